import type { MessageKey } from "./en";

export const srCyrlRS = {
  "menu.send": "Пошаљи у Dropbox",
  "menu.account": "Веза са Dropbox-ом",
  "send.background":
    "Шаље се у Dropbox. Поново изаберите „Пошаљи у Dropbox“ за исту ставку да бисте видели напредак или, када се заврши, резултат.",

  "send.nothingSelected": "Ништа није изабрано за слање.",
  "send.otherTab":
    "Ова ставка се већ шаље у Dropbox из друге картице или прозора овог прегледача. Да бисте видели напредак, тамо изаберите „Пошаљи у Dropbox“ за ставку. Ако је та картица управо затворена, покушајте поново за неколико секунди.",

  "resume.question": "Претходно слање ове ставке се зауставило пре завршетка.",

  "resume.resume": "Настави — {bytes} од {totalBytes} већ је у Dropbox-у",

  "resume.startAgain": "Почни изнова",

  "progress.preparing": "Слање у Dropbox се још припрема: чита се садржај фасцикле…",
  "progress.running":
    "Слање у Dropbox је у току: {files, plural, one {# датотека} few {# датотеке} other {# датотека}} од {totalFiles}, {bytes} од {totalBytes}.",
  "progress.title": "Слање у Dropbox",
  "progress.explain": "Када се посао заврши, видећете где је све отишло.",
  "progress.refresh": "Освежи",
  "progress.cancel": "Откажи слање",
  "progress.cancelling": "Отказује се. Већ послате датотеке остају у Dropbox-у; ништа непотпуно се не чува.",
  "progress.operation": "Слање у Dropbox: {name}",
  "progress.operationMany": "Слање у Dropbox: изабране ставке ({count})",

  "result.fileSent": "Послато у Dropbox: {path}",
  "result.fileFailed": "„{name}” није послат. {reason}",
  "result.empty": "Нема шта да се пошаље: избор не садржи датотеке. {path} није промењена.",
  "result.summaryToast":
    "Слање у Dropbox је завршено: {sent, plural, one {послата # датотека} few {послате # датотеке} other {послато # датотека}} од {total}.",
  "result.title": "Послато у Dropbox",
  "result.where.appFolder": "{path} у фасцикли ове апликације у Dropbox-у (под „Apps“)",
  "result.where.appFolderRoot": "фасциклу ове апликације у Dropbox-у (под „Apps“)",
  "result.where.root": "највиши ниво Dropbox-а",
  "result.account": "Dropbox налог: {name}",
  "result.fileRenamedWhy": "Послато у Dropbox као {path}, преименовано из „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox у именима не прихвата „/“, „\\“ и неке контролне знакове",
  "rename.controlCharacter": "замењени су невидљиви знакови који мењају читање имена",
  "rename.invalidText": "име је садржало оштећен текст (неважећи знак)",
  "rename.surroundingSpace": "Dropbox не чува размаке на почетку или крају имена",
  "rename.relativeName": "име је било празно или само од тачака",
  "rename.notSynced": "Dropbox не синхронизује имена као што су desktop.ini или ~$ датотеке закључавања",
  "rename.tooLong": "Dropbox дозвољава највише 255 знакова у имену",
  "rename.nameClash": "друга ставка овог слања има исто име (Dropbox не разликује велика и мала слова)",
  "rename.keptBoth": "датотека са овим именом је већ постојала, па ју је Dropbox нумерисао",
  "mixed.title": "Неке ставке не могу да се пошаљу",
  "mixed.intro": "Ове изабране ставке не смете да преузимате, па су изостављене:",
  "mixed.send": "Пошаљи остале ({count})",
  "result.titleWithProblems": "Послато у Dropbox, уз проблеме",
  "result.counts":
    "{sent, plural, one {Послата # датотека} few {Послате # датотеке} other {Послато # датотека}} од {total} у {path}.",
  "result.failedHeading":
    "{count, plural, one {# датотека није послата:} few {# датотеке нису послате:} other {# датотека није послато:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# датотека преименована за Dropbox:} few {# датотеке преименоване за Dropbox:} other {# датотека преименовано за Dropbox:}}",
  "result.andMore": "…и још {count}.",
  "result.item": "Ставка {id}",
  "result.linkTitle": "Веза за дељење",
  "result.linkIntro": "Свако ко има ову везу може да види датотеку у Dropbox-у. Копирајте је из поља:",
  "result.linkLabel": "Веза за дељење",
  "result.linkCopied": "Веза за дељење је копирана у оставу.",

  "connect.title": "Повежите Dropbox",
  "account.title": "Веза са Dropbox-ом",
  "account.sharedMode":
    "Овај портал шаље на један заједнички Dropbox налог, којим администратори DocSpace-а управљају у подешавањима додатка.",
  "connect.intro": "Да би слао датотеке, додатку је потребна дозвола да пише у ваш Dropbox.",
  "connect.privacy":
    "Ваша веза са Dropbox-ом чува се у овом прегледачу, само за ваш DocSpace налог; сервер портала је никада не прима. Други додаци инсталирани на овом порталу раде на истој страници и могли би да је прочитају. Уклања се када прекинете везу, када се овде одјавите са DocSpace-а и када се неко други пријави на портал у овом прегледачу.",
  "connect.step1": "1. Отворите Dropbox у новој картици, пријавите се и дозволите приступ.",
  "connect.openDropbox": "Отвори Dropbox",
  "connect.popupBlocked": "Прегледач је блокирао нову картицу. Сами копирајте ову адресу у нову картицу:",
  "connect.step2": "2. Dropbox затим приказује кôд. Копирајте га и налепите овде:",
  "connect.codePlaceholder": "Кôд из Dropbox-а",
  "connect.sessionOnly": "Не задржавај везу на овом рачунару (само ова картица, док се не затвори)",
  "connect.connect": "Повежи",
  "connect.connectedAs": "Повезано као {name} ({email})",
  "connect.connectedAsName": "Повезано као {name}",
  "connect.accountUnknown": "Dropbox налог",
  "connect.disconnect": "Прекини везу",
  "connect.sendNow": "Пошаљи сада",
  "connect.codeMissing": "Налепите кôд који вам је Dropbox приказао, па изаберите „Повежи”.",
  "connect.codeRejected":
    "Dropbox није прихватио овај кôд. Кôд важи једном и само неколико минута: поново изаберите „Отвори Dropbox” и налепите нови кôд.",
  "connect.appKeyMissing": "Прво унесите кључ Dropbox апликације.",
  "connect.storageDenied":
    "Овај прегледач не дозвољава додатку да сачува везу (подаци сајтова су блокирани). Дозволите податке сајта за портал и поново се повежите.",

  "settings.app.title": "Dropbox апликација",
  "settings.app.howto1":
    "1. У Dropbox App Console (https://www.dropbox.com/developers/apps) направите апликацију са Scoped access. Изаберите App folder (препоручено: додатак види само своју фасциклу) или Full Dropbox.",
  "settings.app.howto2":
    "2. На картици Permissions означите files.content.write и account_info.read, а за везе за дељење и sharing.write и sharing.read, па потврдите.",
  "settings.app.howto3":
    "3. Копирајте App key са картице Settings у поље испод. Тајна апликације никада није потребна.",
  "settings.appKey.label": "Кључ Dropbox апликације",
  "settings.appKey.placeholder": "нпр. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Кључ Dropbox апликације садржи само слова, цифре, „-“ и „_“. Уклоните {characters}.",
  "settings.appKey.tooLong":
    "Кључ Dropbox апликације има највише {max} знакова. Поново га копирајте из App Console.",
  "settings.appKey.checkedLater":
    "Dropbox проверава кључ при првом повезивању: уз погрешан кључ Dropbox приказује страницу „Invalid client_id“.",
  "settings.access.label": "Врста приступа апликације (изабрана при прављењу)",
  "settings.access.appFolder": "Фасцикла апликације: датотеке иду у „Apps“, у фасциклу апликације",
  "settings.access.full": "Цео Dropbox",
  "settings.mode.label": "Чији Dropbox прима датотеке",
  "settings.mode.personal": "Сваки корисник повезује свој Dropbox (препоручено)",
  "settings.mode.shared": "Један заједнички Dropbox налог за цео портал",
  "settings.mode.personalHint":
    "Сваки корисник ће бити замољен да се повеже при првом слању. Веза се чува у прегледачу тог корисника, а не на серверу портала, и уклања се када он прекине везу или се одјави или када се у том прегледачу пријави други корисник; други додаци инсталирани на овом порталу раде на истој страници и могли би да је прочитају.",
  "settings.mode.sharedWarning":
    "Пажња: DocSpace шаље подешавања додатака у прегледач сваког члана портала, па сваки члан може да прочита токен заједничког налога. Користите Dropbox апликацију типа App folder, да би токен досезао само ту фасциклу.",
  "settings.connect.saveHint": "Изаберите „Сачувај” да бисте задржали ову везу.",
  "settings.connect.notRevoked":
    "Заједничка веза је овде уклоњена, али Dropbox није био доступан да би била опозвана, па њен токен и даље ради за свакога ко га је прочитао из ових подешавања. Да бисте је опозвали, пријавите се на тај Dropbox налог, отворите Подешавања › Повезане апликације (https://www.dropbox.com/account/connected_apps) и уклоните ову апликацију.",
  "settings.token.label": "Или налепите приступни токен",
  "settings.token.placeholder": "Dropbox приступни токен",
  "settings.token.warning":
    "Краткотрајни Dropbox приступни токени истичу после 4 сата; слање престаје да ради док не налепите нови. За трајну везу користите „Повежи” изнад.",
  "settings.token.invalid":
    "Приступни токен садржи знакове које Dropbox токени никада немају. Копирајте га поново.",
  "settings.folder.label": "Одредишна фасцикла у Dropbox-у",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Празно значи највиши ниво (за App folder апликације сопствену фасциклу апликације).",
  "settings.folder.noLeadingSlash": "Фасцикла мора да почиње са „/”, на пример /DocSpace.",
  "settings.folder.emptyComponent": "Фасцикла не сме да садржи „//”.",
  "settings.folder.componentTooLong": "Свако име фасцикле може имати највише 255 знакова.",
  "settings.folder.trailingSpaceOrDot": "Имена фасцикли не смеју да се завршавају размаком или тачком.",
  "settings.folder.unsafeCharacter":
    'Имена фасцикли не смеју да садрже < > : " | ? * \\ нити контролне знакове.',
  "settings.folder.disallowedName":
    "Dropbox не прихвата ово име фасцикле (на пример desktop.ini или имена која почињу са ~$).",
  "settings.folder.invalid": "Подешавања нису сачувана. Одредишна фасцикла: {reason}",
  "settings.folder.savedAs": "Биће сачувано као {folder}",
  "settings.budget.left": "Преостало за ова подешавања: {left} од {limit} знакова.",
  "settings.budget.over":
    "Предугачко: потребно им је {length, plural, one {# знак} few {# знака} other {# знакова}}, а DocSpace чува највише {limit}. Скратите одредишну фасциклу за {excess, plural, one {# знак} few {# знака} other {# знакова}}.",
  "settings.budget.overToken":
    "Предугачко: са овим приступним токеном потребно им је {length, plural, one {# знак} few {# знака} other {# знакова}}, а DocSpace чува највише {limit}. Користите „Повежи” уместо налепљеног токена или скратите одредишну фасциклу за {excess, plural, one {# знак} few {# знака} other {# знакова}}.",
  "settings.saveBlocked": "Чување није могуће док се не отклоне проблеми означени изнад.",
  "settings.notSaved": "Подешавања нису сачувана: {reason}",
  "settings.changedElsewhere":
    "Подешавања нису сачувана: промењена су у другом прозору или картици након што је овај панел отворен. Затворите подешавања и поново их отворите да бисте видели тренутне вредности.",
  "settings.conflict.label": "Када тамо већ постоји датотека са истим именом",
  "settings.conflict.keepBoth": "Задржи обе (нова датотека добија број)",
  "settings.conflict.overwrite": "Замени постојећу датотеку",
  "settings.shareLink.label": "Направи везу за дељење за послате датотеке",
  "settings.audience.label": "Ко може да шаље у Dropbox",
  "settings.audience.everyone": "Свако ко може да преузме ставку",
  "settings.audience.admins": "Само власник и администратори DocSpace-а",
  "settings.audience.hint": "Ово скрива ставку менија од осталих корисника; не скрива ова подешавања.",
  "settings.save": "Сачувај",
  "settings.saved": "Подешавања „Пошаљи у Dropbox” су сачувана.",
  "settings.saved.noAppKey":
    "Подешавања су сачувана. „Пошаљи у Dropbox” остаје скривено док се не унесе кључ Dropbox апликације.",
  "settings.saved.sharedNotConnected":
    "Подешавања су сачувана. „Пошаљи у Dropbox” остаје скривено док се заједнички Dropbox налог не повеже.",
  "settings.saved.accessToken":
    "Подешавања су сачувана са налепљеним приступним токеном. Ако је краткотрајан, слање ће престати да ради после 4 сата.",
  "settings.tooLong":
    "Подешавања нису сачувана: потребно им је {length, plural, one {# знак} few {# знака} other {# знакова}}, а DocSpace чува највише {limit}. Скратите одредишну фасциклу за {excess, plural, one {# знак} few {# знака} other {# знакова}}.",
  "settings.tooLong.token":
    "Подешавања нису сачувана: са овим приступним токеном потребно им је {length, plural, one {# знак} few {# знака} other {# знакова}}, а DocSpace чува највише {limit}. Користите „Повежи” уместо налепљеног токена или скратите одредишну фасциклу за {excess, plural, one {# знак} few {# знака} other {# знакова}}.",

  "error.notConnected": "Повежите свој Dropbox налог да бисте слали датотеке.",
  "error.notConnected.shared":
    "Заједнички Dropbox налог није повезан. Замолите администратора DocSpace-а да га повеже у подешавањима додатка.",
  "error.dropboxAuth":
    "Dropbox више не прихвата вашу везу (опозвана је или је истекла). Поново повежите Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox више не прихвата заједничку везу (опозвана је или је истекла). Замолите администратора DocSpace-а да је поново повеже у подешавањима додатка.",
  "error.dropboxAuth.reconnected":
    "Слање је заустављено: Dropbox више не прихвата везу са којом је почело (опозвана је или је истекла). У међувремену сте поново повезали Dropbox, па поново изаберите „Пошаљи у Dropbox“ за ставку.",
  "error.dropboxPermission":
    "Dropbox апликацији недостаје потребна дозвола (на пример files.content.write или sharing.write). Замолите администратора да је омогући у Dropbox App Console, па се поново повежите.",
  "error.insufficientSpace":
    "Ваш Dropbox је пун. Ослободите простор или промените пакет, па покушајте поново.",
  "error.tooLarge": "Датотека је већа него што Dropbox прихвата за једну датотеку.",
  "error.invalidPath":
    "Dropbox не прихвата одредишну путању. Замолите администратора да провери одредишну фасциклу у подешавањима додатка.",
  "error.conflict":
    "Нешто у Dropbox-у смета (на пример фасцикла са именом датотеке) и не може се заменити. Преименујте га или преместите, па покушајте поново.",
  "error.notFound": "Ставка више не постоји у DocSpace-у. Освежите страницу и покушајте поново.",
  "error.noDownloadPermission":
    "Не смете да преузмете ову ставку у DocSpace-у, па се не може послати. Замолите администратора собе за право преузимања.",
  "error.docspaceSignedOut": "Ваша DocSpace сесија је истекла. Поново се пријавите, па покушајте опет.",
  "error.rateLimited": "Тренутно има превише захтева. Сачекајте минут, па покушајте поново.",
  "error.network":
    "Веза није успела. Проверите мрежу, поново учитајте страницу (тек инсталиран или укључен додатак ради после поновног учитавања) и покушајте поново.",
  "error.server": "DocSpace или Dropbox тренутно има проблема. Покушајте касније.",
  "error.incompleteDownload":
    "Преузимање из DocSpace-а се прерано зауставило, па ништа није сачувано. Покушајте поново.",
  "error.incompleteListing":
    "Списак ове фасцикле у DocSpace-у се мењао током читања, па неке њене датотеке можда нису послате. Пошаљите фасциклу поново.",
  "error.integrity":
    "Копија у Dropbox-у се није поклапала са оригиналом, па није задржана. Покушајте поново.",
  "error.cancelled": "Слање је отказано. Ништа непотпуно није сачувано.",
  "error.unknown":
    "„Пошаљи у Dropbox” није успело из неочекиваног разлога. Детаљи су у конзоли прегледача (F12); покушајте поново и пријавите проблем ако се понавља.",
  "error.notConfigured":
    "„Пошаљи у Dropbox” још није подешено. Замолите администратора DocSpace-а да доврши подешавања додатка.",
  "error.notAllowed": "На овом порталу у Dropbox могу да шаљу само администратори DocSpace-а.",

  "size.bytes": "{n}\u00a0Б",
  "size.kb": "{n}\u00a0КБ",
  "size.mb": "{n}\u00a0МБ",
  "size.gb": "{n}\u00a0ГБ",
  "size.tb": "{n}\u00a0ТБ",

  "common.close": "Затвори",
} as const satisfies Record<MessageKey, string>;
