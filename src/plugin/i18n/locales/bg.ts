import type { MessageKey } from "./en";

export const bg = {
  "menu.send": "Изпращане в Dropbox",
  "menu.account": "Връзка с Dropbox",
  "send.background":
    "Изпраща се в Dropbox. Изберете отново „Изпращане в Dropbox“ за същия елемент, за да видите напредъка или, след приключване, резултата.",

  "send.nothingSelected": "Нищо не е избрано за изпращане.",
  "send.otherTab":
    "Този елемент вече се изпраща в Dropbox от друг раздел или прозорец на този браузър. За да видите напредъка, изберете там „Изпращане в Dropbox“ за елемента. Ако този раздел току-що е затворен, опитайте отново след няколко секунди.",

  "resume.question": "Предишно изпращане на този елемент спря, преди да завърши.",

  "resume.resume": "Продължаване — {bytes} от {totalBytes} вече са в Dropbox",

  "resume.startAgain": "Започване отначало",

  "progress.preparing": "Изпращането в Dropbox още се подготвя: чете се съдържанието на папката…",
  "progress.running":
    "Изпращането в Dropbox продължава: {files} от {totalFiles, plural, one {# файл} other {# файла}}, {bytes} от {totalBytes}.",
  "progress.title": "Изпращане в Dropbox",
  "progress.explain": "Когато задачата приключи, ще видите къде е отишло всичко.",
  "progress.refresh": "Опресняване",
  "progress.cancel": "Отказ от изпращането",
  "progress.cancelling": "Отказване. Вече изпратените файлове остават в Dropbox; нищо непълно не се запазва.",
  "progress.operation": "Изпращане в Dropbox: {name}",
  "progress.operationMany": "Изпращане в Dropbox: избраните елементи ({count})",

  "result.fileSent": "Изпратено в Dropbox: {path}",
  "result.fileFailed": "„{name}“ не беше изпратен. {reason}",
  "result.empty": "Няма нищо за изпращане: избраното не съдържа файлове. {path} не е променена.",
  "result.summaryToast":
    "Изпращането в Dropbox завърши: изпратени {sent} от {total, plural, one {# файл} other {# файла}}.",
  "result.title": "Изпратено в Dropbox",
  "result.where.appFolder": "{path} в папката на това приложение в Dropbox (в „Apps“)",
  "result.where.appFolderRoot": "папката на това приложение в Dropbox (в „Apps“)",
  "result.where.root": "най-горното ниво на Dropbox",
  "result.account": "Акаунт в Dropbox: {name}",
  "result.fileRenamedWhy": "Изпратено в Dropbox като {path}, преименувано от „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox не приема в имената „/“, „\\“ и някои управляващи знаци",
  "rename.controlCharacter": "заменени са невидими знаци, които променят прочита на името",
  "rename.invalidText": "името съдържаше повреден текст (невалиден знак)",
  "rename.surroundingSpace": "Dropbox не запазва интервали в началото или края на името",
  "rename.relativeName": "името беше празно или само от точки",
  "rename.notSynced": "Dropbox не синхронизира имена като desktop.ini или заключващи файлове ~$",
  "rename.tooLong": "Dropbox позволява най-много 255 знака в име",
  "rename.nameClash":
    "друг елемент от това изпращане има същото име (Dropbox не различава главни и малки букви)",
  "rename.keptBoth": "вече имаше файл с това име, затова Dropbox номерира този",
  "mixed.title": "Някои елементи не могат да бъдат изпратени",
  "mixed.intro": "Нямате право да изтегляте тези избрани елементи, затова са пропуснати:",
  "mixed.send": "Изпращане на останалите ({count})",
  "result.titleWithProblems": "Изпратено в Dropbox, с проблеми",
  "result.counts": "Изпратени {sent} от {total, plural, one {# файл} other {# файла}} в {path}.",
  "result.failedHeading": "{count, plural, one {# файл не е изпратен:} other {# файла не са изпратени:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# файл е преименуван за Dropbox:} other {# файла са преименувани за Dropbox:}}",
  "result.andMore": "…и още {count}.",
  "result.item": "Елемент {id}",
  "result.linkTitle": "Връзка за споделяне",
  "result.linkIntro": "Всеки с тази връзка може да види файла в Dropbox. Копирайте я от полето:",
  "result.linkLabel": "Връзка за споделяне",
  "result.linkCopied": "Връзката за споделяне е копирана в клипборда.",

  "connect.title": "Свързване с Dropbox",
  "account.title": "Връзка с Dropbox",
  "account.sharedMode":
    "Този портал изпраща към един общ акаунт в Dropbox, който администраторите на DocSpace управляват в настройките на плъгина.",
  "connect.intro": "За да изпраща файлове, плъгинът се нуждае от разрешение да записва във вашия Dropbox.",
  "connect.privacy":
    "Връзката ви с Dropbox се пази в този браузър, само за вашия акаунт в DocSpace; сървърът на портала никога не я получава. Други плъгини, инсталирани на този портал, работят на същата страница и биха могли да я прочетат. Тя се премахва, когато прекъснете връзката, когато излезете от DocSpace тук и когато някой друг влезе в портала в този браузър.",
  "connect.step1": "1. Отворете Dropbox в нов раздел, влезте и разрешете достъпа.",
  "connect.openDropbox": "Отваряне на Dropbox",
  "connect.popupBlocked": "Браузърът блокира новия раздел. Копирайте сами този адрес в нов раздел:",
  "connect.step2": "2. След това Dropbox показва код. Копирайте го и го поставете тук:",
  "connect.codePlaceholder": "Код от Dropbox",
  "connect.sessionOnly":
    "Без запазване на връзката на този компютър (само в този раздел, докато не бъде затворен)",
  "connect.connect": "Свързване",
  "connect.connectedAs": "Свързан като {name} ({email})",
  "connect.connectedAsName": "Свързан като {name}",
  "connect.accountUnknown": "акаунт в Dropbox",
  "connect.disconnect": "Прекъсване",
  "connect.sendNow": "Изпращане сега",
  "connect.codeMissing": "Поставете кода, който Dropbox ви показа, и изберете „Свързване“.",
  "connect.codeRejected":
    "Dropbox не прие този код. Кодът важи веднъж и само няколко минути: изберете отново „Отваряне на Dropbox“ и поставете новия код.",
  "connect.appKeyMissing": "Първо въведете ключа на приложението в Dropbox.",
  "connect.storageDenied":
    "Този браузър не позволява на плъгина да запази връзката ви (данните на сайтове са блокирани). Разрешете данните на сайта за портала и се свържете отново.",

  "settings.app.title": "Приложение в Dropbox",
  "settings.app.howto1":
    "1. В Dropbox App Console (https://www.dropbox.com/developers/apps) създайте приложение със Scoped access. Изберете App folder (препоръчително: плъгинът вижда само своята папка) или Full Dropbox.",
  "settings.app.howto2":
    "2. В раздела Permissions отметнете files.content.write и account_info.read, а за връзки за споделяне и sharing.write и sharing.read, и потвърдете.",
  "settings.app.howto3":
    "3. Копирайте App key от раздела Settings в полето по-долу. Тайната на приложението никога не е нужна.",
  "settings.appKey.label": "Ключ на приложението в Dropbox",
  "settings.appKey.placeholder": "напр. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ключът на приложение в Dropbox съдържа само букви, цифри, „-“ и „_“. Премахнете {characters}.",
  "settings.appKey.tooLong":
    "Ключът на приложение в Dropbox има най-много {max} знака. Копирайте го отново от App Console.",
  "settings.appKey.checkedLater":
    "Dropbox проверява ключа при първото свързване: при грешен ключ Dropbox показва страницата „Invalid client_id“.",
  "settings.access.label": "Тип достъп на приложението (избран при създаването му)",
  "settings.access.appFolder": "Папка на приложението: файловете отиват в „Apps“, в папката на приложението",
  "settings.access.full": "Целият Dropbox",
  "settings.mode.label": "Чий Dropbox получава файловете",
  "settings.mode.personal": "Всеки потребител свързва своя Dropbox (препоръчително)",
  "settings.mode.shared": "Един общ акаунт в Dropbox за целия портал",
  "settings.mode.personalHint":
    "Всеки потребител ще бъде помолен да се свърже при първото изпращане. Връзката се пази в браузъра на този потребител, а не на сървъра на портала, и се премахва, когато той прекъсне връзката, излезе от системата или друг потребител влезе в този браузър; други плъгини, инсталирани на този портал, работят на същата страница и биха могли да я прочетат.",
  "settings.mode.sharedWarning":
    "Внимание: DocSpace изпраща настройките на плъгините до браузъра на всеки член на портала, така че всеки член може да прочете токена на общия акаунт. Използвайте приложение в Dropbox с App folder, за да достига токенът само до тази папка.",
  "settings.connect.saveHint": "Изберете „Запазване“, за да запазите тази връзка.",
  "settings.connect.notRevoked":
    "Общата връзка беше премахната тук, но Dropbox не беше достъпен, за да бъде отменена, така че токенът ѝ продължава да работи за всеки, който го е прочел от тези настройки. За да я отмените, влезте в този акаунт в Dropbox, отворете Настройки › Свързани приложения (https://www.dropbox.com/account/connected_apps) и премахнете това приложение.",
  "settings.token.label": "Или поставете токен за достъп",
  "settings.token.placeholder": "Токен за достъп до Dropbox",
  "settings.token.warning":
    "Краткотрайните токени за достъп до Dropbox изтичат след 4 часа; изпращането спира, докато не поставите нов. За трайна връзка използвайте „Свързване“ по-горе.",
  "settings.token.invalid":
    "Токенът за достъп съдържа знаци, които токените на Dropbox никога нямат. Копирайте го отново.",
  "settings.folder.label": "Целева папка в Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Празно означава най-горното ниво (собствената папка на приложението при App folder).",
  "settings.folder.noLeadingSlash": "Папката трябва да започва с „/“, например /DocSpace.",
  "settings.folder.emptyComponent": "Папката не трябва да съдържа „//“.",
  "settings.folder.componentTooLong": "Всяко име на папка може да има най-много 255 знака.",
  "settings.folder.trailingSpaceOrDot": "Имената на папки не трябва да завършват с интервал или точка.",
  "settings.folder.unsafeCharacter":
    'Имената на папки не трябва да съдържат < > : " | ? * \\ или управляващи знаци.',
  "settings.folder.disallowedName":
    "Dropbox не приема това име на папка (например desktop.ini или имена, започващи с ~$).",
  "settings.folder.invalid": "Настройките не бяха запазени. Целева папка: {reason}",
  "settings.folder.savedAs": "Ще бъде запазено като {folder}",
  "settings.budget.left": "Остават за тези настройки: {left} от {limit} знака.",
  "settings.budget.over":
    "Твърде дълго: нужни са им {length} знака, а DocSpace пази най-много {limit}. Съкратете целевата папка с {excess, plural, one {# знак} other {# знака}}.",
  "settings.budget.overToken":
    "Твърде дълго: с този токен за достъп са им нужни {length} знака, а DocSpace пази най-много {limit}. Използвайте „Свързване“ вместо поставен токен или съкратете целевата папка с {excess, plural, one {# знак} other {# знака}}.",
  "settings.saveBlocked":
    "Запазването е възможно едва след като проблемите, отбелязани по-горе, са отстранени.",
  "settings.notSaved": "Настройките не бяха запазени: {reason}",
  "settings.changedElsewhere":
    "Настройките не бяха запазени: след отварянето на този панел те са променени в друг прозорец или раздел. Затворете настройките и ги отворете отново, за да видите текущите стойности.",
  "settings.conflict.label": "Когато там вече има файл със същото име",
  "settings.conflict.keepBoth": "Запазване и на двата (новият файл получава номер)",
  "settings.conflict.overwrite": "Замяна на съществуващия файл",
  "settings.shareLink.label": "Създаване на връзка за споделяне за изпратените файлове",
  "settings.audience.label": "Кой може да изпраща в Dropbox",
  "settings.audience.everyone": "Всеки, който може да изтегли елемента",
  "settings.audience.admins": "Само собственикът и администраторите на DocSpace",
  "settings.audience.hint": "Това скрива елемента от менюто за останалите; не скрива тези настройки.",
  "settings.save": "Запазване",
  "settings.saved": "Настройките на „Изпращане в Dropbox“ са запазени.",
  "settings.saved.noAppKey":
    "Настройките са запазени. „Изпращане в Dropbox“ остава скрито, докато не бъде въведен ключ на приложението в Dropbox.",
  "settings.saved.sharedNotConnected":
    "Настройките са запазени. „Изпращане в Dropbox“ остава скрито, докато общият акаунт в Dropbox не бъде свързан.",
  "settings.saved.accessToken":
    "Настройките са запазени с поставен токен за достъп. Ако е краткотраен, изпращането ще спре да работи след 4 часа.",
  "settings.tooLong":
    "Настройките не бяха запазени: нужни са им {length} знака, а DocSpace пази най-много {limit}. Съкратете целевата папка с {excess, plural, one {# знак} other {# знака}}.",
  "settings.tooLong.token":
    "Настройките не бяха запазени: с този токен за достъп са им нужни {length} знака, а DocSpace пази най-много {limit}. Използвайте „Свързване“ вместо поставен токен или съкратете целевата папка с {excess, plural, one {# знак} other {# знака}}.",

  "error.notConnected": "Свържете своя акаунт в Dropbox, за да изпращате файлове.",
  "error.notConnected.shared":
    "Общият акаунт в Dropbox не е свързан. Помолете администратор на DocSpace да го свърже в настройките на плъгина.",
  "error.dropboxAuth":
    "Dropbox вече не приема връзката ви (отменена е или е изтекла). Свържете Dropbox отново.",
  "error.dropboxAuth.shared":
    "Dropbox вече не приема общата връзка (отменена е или е изтекла). Помолете администратор на DocSpace да я свърже отново в настройките на плъгина.",
  "error.dropboxAuth.reconnected":
    "Изпращането спря: Dropbox вече не приема връзката, с която то започна (отменена е или е изтекла). Междувременно сте свързали Dropbox отново, затова изберете отново „Изпращане в Dropbox“ за елемента.",
  "error.dropboxPermission":
    "На приложението в Dropbox липсва нужно разрешение (например files.content.write или sharing.write). Помолете администратор да го включи в Dropbox App Console, след това се свържете отново.",
  "error.insufficientSpace":
    "Вашият Dropbox е пълен. Освободете място или сменете плана си и опитайте отново.",
  "error.tooLarge": "Файлът е по-голям, отколкото Dropbox приема за един файл.",
  "error.invalidPath":
    "Dropbox не приема целевия път. Помолете администратор да провери целевата папка в настройките на плъгина.",
  "error.conflict":
    "Нещо в Dropbox пречи (например папка с името на файла) и не може да бъде заменено. Преименувайте го или го преместете и опитайте отново.",
  "error.notFound": "Елементът вече не съществува в DocSpace. Опреснете страницата и опитайте отново.",
  "error.noDownloadPermission":
    "Нямате право да изтеглите този елемент в DocSpace, затова не може да бъде изпратен. Помолете администратора на стаята за права за изтегляне.",
  "error.docspaceSignedOut": "Сесията ви в DocSpace е изтекла. Влезте отново и опитайте пак.",
  "error.rateLimited": "В момента има твърде много заявки. Изчакайте минута и опитайте отново.",
  "error.network":
    "Връзката не успя. Проверете мрежата, презаредете страницата (току-що инсталиран или включен плъгин заработва след презареждане) и опитайте отново.",
  "error.server": "DocSpace или Dropbox имат проблем в момента. Опитайте по-късно.",
  "error.incompleteDownload":
    "Изтеглянето от DocSpace спря преждевременно, затова нищо не е запазено. Опитайте отново.",
  "error.incompleteListing":
    "Списъкът на тази папка в DocSpace се променяше, докато се четеше, затова някои от файловете ѝ може да не са изпратени. Изпратете папката отново.",
  "error.integrity": "Копието в Dropbox не съвпадна с оригинала, затова не беше запазено. Опитайте отново.",
  "error.cancelled": "Изпращането е отменено. Нищо непълно не е запазено.",
  "error.unknown":
    "„Изпращане в Dropbox“ не успя по неочаквана причина. Подробности има в конзолата на браузъра (F12); опитайте отново и съобщете, ако проблемът продължи.",
  "error.notConfigured":
    "„Изпращане в Dropbox“ още не е настроено. Помолете администратор на DocSpace да завърши настройките на плъгина.",
  "error.notAllowed": "В този портал само администраторите на DocSpace могат да изпращат в Dropbox.",

  "size.bytes": "{n}\u00a0Б",
  "size.kb": "{n}\u00a0КБ",
  "size.mb": "{n}\u00a0МБ",
  "size.gb": "{n}\u00a0ГБ",
  "size.tb": "{n}\u00a0ТБ",

  "common.close": "Затваряне",
} as const satisfies Record<MessageKey, string>;
