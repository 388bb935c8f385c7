import type { MessageKey } from "./en";

export const ru = {
  "menu.send": "Отправить в Dropbox",
  "menu.account": "Подключение Dropbox",

  "send.background":
    "Отправка в Dropbox. Снова выберите «Отправить в Dropbox» для того же элемента, чтобы увидеть ход отправки или, по окончании, результат.",

  "send.nothingSelected": "Ничего не выбрано для отправки.",
  "send.otherTab":
    "Этот элемент уже отправляется в Dropbox из другой вкладки или окна этого браузера. Чтобы увидеть ход отправки, выберите там «Отправить в Dropbox» для этого элемента. Если ту вкладку только что закрыли, повторите попытку через несколько секунд.",

  "resume.question": "Предыдущая отправка этого элемента остановилась, не завершившись.",

  "resume.resume": "Продолжить — {bytes} из {totalBytes} уже в Dropbox",

  "resume.startAgain": "Начать заново",

  "progress.preparing": "Отправка в Dropbox ещё готовится: читается содержимое папки…",
  "progress.running":
    "Идёт отправка в Dropbox: {files} из {totalFiles, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}}, {bytes} из {totalBytes}.",
  "progress.title": "Отправка в Dropbox",
  "progress.explain": "Когда задание завершится, вы увидите, куда всё попало.",
  "progress.refresh": "Обновить",
  "progress.cancel": "Отменить отправку",
  "progress.cancelling": "Отмена. Уже отправленные файлы остаются в Dropbox; частичные файлы не сохраняются.",
  "progress.operation": "Отправка в Dropbox: {name}",
  "progress.operationMany": "Отправка в Dropbox: выбранные элементы ({count})",

  "result.fileSent": "Отправлено в Dropbox: {path}",
  "result.fileFailed": "«{name}» не отправлен. {reason}",
  "result.empty": "Нечего отправлять: в выбранном нет файлов. {path} не изменена.",
  "result.summaryToast":
    "Отправка в Dropbox завершена: {sent, plural, one {отправлен # файл} few {отправлено # файла} many {отправлено # файлов} other {отправлено # файла}} из {total}.",
  "result.title": "Отправлено в Dropbox",
  "result.where.appFolder": "{path} в папке этого приложения в Dropbox (в «Apps»)",
  "result.where.appFolderRoot": "папку этого приложения в Dropbox (в «Apps»)",
  "result.where.root": "верхний уровень Dropbox",
  "result.account": "Аккаунт Dropbox: {name}",
  "result.fileRenamedWhy": "Отправлено в Dropbox как {path}, переименовано из «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox не принимает в именах «/», «\\» и некоторые управляющие символы",
  "rename.controlCharacter": "заменены невидимые символы, меняющие то, как читается имя",
  "rename.invalidText": "имя содержало повреждённый текст (недопустимый символ)",
  "rename.surroundingSpace": "Dropbox не сохраняет пробелы в начале и в конце имени",
  "rename.relativeName": "имя было пустым или состояло только из точек",
  "rename.notSynced": "Dropbox не синхронизирует имена вроде desktop.ini и файлов блокировки ~$",
  "rename.tooLong": "Dropbox допускает не более 255 символов в имени",
  "rename.nameClash":
    "у другого элемента этой отправки такое же имя (Dropbox не различает прописные и строчные буквы)",
  "rename.keptBoth": "файл с таким именем уже был, поэтому Dropbox пронумеровал этот",
  "mixed.title": "Некоторые элементы нельзя отправить",
  "mixed.intro": "Вам нельзя скачивать эти выбранные элементы, поэтому они пропущены:",
  "mixed.send": "Отправить остальные ({count})",
  "result.titleWithProblems": "Отправлено в Dropbox, с ошибками",
  "result.counts":
    "{sent, plural, one {Отправлен # файл} few {Отправлено # файла} many {Отправлено # файлов} other {Отправлено # файла}} из {total} в {path}.",
  "result.failedHeading":
    "{count, plural, one {# файл не отправлен:} few {# файла не отправлены:} many {# файлов не отправлено:} other {# файла не отправлено:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# файл переименован для Dropbox:} few {# файла переименованы для Dropbox:} many {# файлов переименовано для Dropbox:} other {# файла переименовано для Dropbox:}}",
  "result.andMore": "…и ещё {count}.",
  "result.item": "Элемент {id}",
  "result.linkTitle": "Ссылка для доступа",
  "result.linkIntro":
    "Любой, у кого есть эта ссылка, может просмотреть файл в Dropbox. Скопируйте её из поля:",
  "result.linkLabel": "Ссылка для доступа",
  "result.linkCopied": "Ссылка для доступа скопирована в буфер обмена.",

  "connect.title": "Подключить Dropbox",
  "account.title": "Подключение Dropbox",
  "account.sharedMode":
    "На этом портале файлы отправляются в один общий аккаунт Dropbox, которым администраторы DocSpace управляют в настройках плагина.",
  "connect.intro": "Чтобы отправлять файлы, плагину нужно разрешение на запись в ваш Dropbox.",
  "connect.privacy":
    "Подключение к Dropbox хранится в этом браузере и только для вашей учётной записи DocSpace; сервер портала его не получает. Другие плагины, установленные на портале, работают на той же странице и могут его прочитать. Оно удаляется, когда вы отключаетесь, выходите из DocSpace в этом браузере или когда в нём на портал входит другой пользователь.",
  "connect.step1": "1. Откройте Dropbox в новой вкладке, войдите и разрешите доступ.",
  "connect.openDropbox": "Открыть Dropbox",
  "connect.popupBlocked": "Браузер заблокировал новую вкладку. Скопируйте этот адрес в новую вкладку сами:",
  "connect.step2": "2. Dropbox покажет код. Скопируйте его и вставьте сюда:",
  "connect.codePlaceholder": "Код из Dropbox",
  "connect.sessionOnly": "Не сохранять подключение на этом компьютере (только эта вкладка, пока она открыта)",
  "connect.connect": "Подключить",
  "connect.connectedAs": "Подключено: {name} ({email})",
  "connect.connectedAsName": "Подключено: {name}",
  "connect.accountUnknown": "аккаунт Dropbox",
  "connect.disconnect": "Отключить",
  "connect.sendNow": "Отправить сейчас",
  "connect.codeMissing": "Вставьте код, который показал Dropbox, и нажмите «Подключить».",
  "connect.codeRejected":
    "Dropbox не принял этот код. Код действует один раз и всего несколько минут: снова нажмите «Открыть Dropbox» и вставьте новый код.",
  "connect.appKeyMissing": "Сначала введите ключ приложения Dropbox.",
  "connect.storageDenied":
    "Этот браузер не позволяет плагину сохранить подключение (данные сайтов заблокированы). Разрешите данные сайта для портала и подключитесь снова.",

  "settings.app.title": "Приложение Dropbox",
  "settings.app.howto1":
    "1. В консоли приложений Dropbox (https://www.dropbox.com/developers/apps) создайте приложение с типом доступа Scoped access. Выберите App folder (рекомендуется: плагин видит только свою папку) или Full Dropbox.",
  "settings.app.howto2":
    "2. На вкладке Permissions отметьте files.content.write и account_info.read, а для ссылок — sharing.write и sharing.read, и сохраните.",
  "settings.app.howto3": "3. Скопируйте App key с вкладки Settings в поле ниже. Секрет приложения не нужен.",
  "settings.appKey.label": "Ключ приложения Dropbox",
  "settings.appKey.placeholder": "например, a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ключ приложения Dropbox состоит только из букв, цифр, «-» и «_». Удалите {characters}.",
  "settings.appKey.tooLong":
    "Ключ приложения Dropbox содержит не более {max} символов. Скопируйте его заново из App Console.",
  "settings.appKey.checkedLater":
    "Dropbox проверяет ключ при первом подключении: при неверном ключе Dropbox показывает страницу «Invalid client_id».",
  "settings.access.label": "Тип доступа приложения (выбран при создании)",
  "settings.access.appFolder": "Папка приложения: файлы попадают в «Apps» в папку приложения",
  "settings.access.full": "Весь Dropbox",
  "settings.mode.label": "В чей Dropbox отправляются файлы",
  "settings.mode.personal": "Каждый пользователь подключает свой Dropbox (рекомендуется)",
  "settings.mode.shared": "Один общий аккаунт Dropbox для всего портала",
  "settings.mode.personalHint":
    "При первой отправке пользователю предложат подключиться. Подключение хранится в браузере пользователя, а не на сервере портала, и удаляется, когда он отключается, выходит из системы или в этом браузере входит другой пользователь; другие плагины, установленные на портале, работают на той же странице и могут его прочитать.",
  "settings.mode.sharedWarning":
    "Внимание: DocSpace передаёт настройки плагинов в браузер каждого участника портала, поэтому токен общего аккаунта может прочитать любой участник. Используйте приложение Dropbox с доступом App folder, чтобы токен открывал только эту папку.",
  "settings.connect.saveHint": "Нажмите «Сохранить», чтобы сохранить это подключение.",
  "settings.connect.notRevoked":
    "Общее подключение удалено здесь, но связаться с Dropbox, чтобы отозвать его, не удалось, поэтому его токен по-прежнему работает у всех, кто прочитал его в этих настройках. Чтобы отозвать его, войдите в этот аккаунт Dropbox, откройте Настройки › Подключенные приложения (https://www.dropbox.com/account/connected_apps) и удалите это приложение.",
  "settings.token.label": "Или вставьте токен доступа",
  "settings.token.placeholder": "Токен доступа Dropbox",
  "settings.token.warning":
    "Краткосрочные токены доступа Dropbox истекают через 4 часа, после чего отправка перестаёт работать до вставки нового токена. Для постоянного подключения используйте «Подключить» выше.",
  "settings.token.invalid":
    "В токене доступа есть символы, которых не бывает в токенах Dropbox. Скопируйте его ещё раз.",
  "settings.folder.label": "Папка назначения в Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Пусто — верхний уровень (для приложений App folder — собственная папка приложения).",
  "settings.folder.noLeadingSlash": "Путь должен начинаться с «/», например /DocSpace.",
  "settings.folder.emptyComponent": "Путь не должен содержать «//».",
  "settings.folder.componentTooLong": "Имя каждой папки — не более 255 символов.",
  "settings.folder.trailingSpaceOrDot": "Имена папок не должны заканчиваться пробелом или точкой.",
  "settings.folder.unsafeCharacter":
    'Имена папок не должны содержать < > : " | ? * \\ и управляющие символы.',
  "settings.folder.disallowedName":
    "Dropbox не принимает такое имя папки (например, desktop.ini или имена, начинающиеся с ~$).",
  "settings.folder.invalid": "Настройки не сохранены. Папка назначения: {reason}",
  "settings.folder.savedAs": "Будет сохранено как {folder}",
  "settings.budget.left": "Осталось для этих настроек: {left} из {limit} символов.",
  "settings.budget.over":
    "Слишком длинно: им нужно {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, а DocSpace хранит не более {limit}. Сократите папку назначения на {excess, plural, one {# символ} few {# символа} many {# символов} other {# символа}}.",
  "settings.budget.overToken":
    "Слишком длинно: с этим токеном им нужно {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, а DocSpace хранит не более {limit}. Используйте «Подключить» вместо вставки токена или сократите папку назначения на {excess, plural, one {# символ} few {# символа} many {# символов} other {# символа}}.",
  "settings.saveBlocked": "Сохранить можно, когда отмеченные выше проблемы будут исправлены.",
  "settings.notSaved": "Настройки не сохранены: {reason}",
  "settings.changedElsewhere":
    "Настройки не сохранены: после открытия этой панели их изменили в другом окне или на другой вкладке. Закройте настройки и откройте их снова, чтобы увидеть текущие значения.",
  "settings.conflict.label": "Если файл с таким именем уже есть",
  "settings.conflict.keepBoth": "Сохранить оба (к новому файлу добавится номер)",
  "settings.conflict.overwrite": "Заменить существующий файл",
  "settings.shareLink.label": "Создавать ссылку для доступа к отправленным файлам",
  "settings.audience.label": "Кто может отправлять в Dropbox",
  "settings.audience.everyone": "Все, кто может скачать элемент",
  "settings.audience.admins": "Только владелец и администраторы DocSpace",
  "settings.audience.hint":
    "Пункт меню скрывается от остальных пользователей; сами настройки при этом не скрываются.",
  "settings.save": "Сохранить",
  "settings.saved": "Настройки «Отправить в Dropbox» сохранены.",
  "settings.saved.noAppKey": "Настройки сохранены. Плагин скрыт, пока не введён ключ приложения Dropbox.",
  "settings.saved.sharedNotConnected":
    "Настройки сохранены. Плагин скрыт, пока не подключён общий аккаунт Dropbox.",
  "settings.saved.accessToken":
    "Настройки сохранены со вставленным токеном доступа. Если он краткосрочный, отправка перестанет работать через 4 часа.",
  "settings.tooLong":
    "Настройки не сохранены: им нужно {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, а DocSpace хранит не более {limit}. Сократите папку назначения на {excess, plural, one {# символ} few {# символа} many {# символов} other {# символа}}.",
  "settings.tooLong.token":
    "Настройки не сохранены: с этим токеном им нужно {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}, а DocSpace хранит не более {limit}. Используйте «Подключить» вместо вставки токена или сократите папку назначения на {excess, plural, one {# символ} few {# символа} many {# символов} other {# символа}}.",

  "error.notConnected": "Подключите свой аккаунт Dropbox, чтобы отправлять файлы.",
  "error.notConnected.shared":
    "Общий аккаунт Dropbox не подключён. Попросите администратора DocSpace подключить его в настройках плагина.",
  "error.dropboxAuth":
    "Dropbox больше не принимает ваше подключение (оно отозвано или истекло). Подключите Dropbox снова.",
  "error.dropboxAuth.shared":
    "Dropbox больше не принимает общее подключение (оно отозвано или истекло). Попросите администратора DocSpace переподключить его в настройках плагина.",
  "error.dropboxAuth.reconnected":
    "Отправка остановлена: Dropbox больше не принимает подключение, с которым она началась (оно отозвано или истекло). С тех пор вы снова подключили Dropbox, поэтому снова выберите «Отправить в Dropbox» для этого элемента.",
  "error.dropboxPermission":
    "У приложения Dropbox нет нужного разрешения (например, files.content.write или sharing.write). Попросите администратора включить его в консоли приложений Dropbox, затем подключитесь снова.",
  "error.insufficientSpace": "Ваш Dropbox заполнен. Освободите место или смените тариф и повторите попытку.",
  "error.tooLarge": "Файл больше, чем Dropbox принимает для одного файла.",
  "error.invalidPath":
    "Dropbox не принимает путь назначения. Попросите администратора проверить папку назначения в настройках плагина.",
  "error.conflict":
    "В Dropbox мешает существующий объект (например, папка с именем файла), и его нельзя заменить. Переименуйте или переместите его и повторите попытку.",
  "error.notFound": "Этого элемента больше нет в DocSpace. Обновите страницу и повторите попытку.",
  "error.noDownloadPermission":
    "Вам нельзя скачивать этот элемент в DocSpace, поэтому его нельзя отправить. Попросите администратора комнаты дать право на скачивание.",
  "error.docspaceSignedOut": "Сеанс DocSpace истёк. Войдите снова и повторите попытку.",
  "error.rateLimited": "Сейчас слишком много запросов. Подождите минуту и повторите попытку.",
  "error.network":
    "Сбой соединения. Проверьте сеть, обновите страницу (только что установленный или включённый плагин начинает работать после обновления) и повторите попытку.",
  "error.server": "У DocSpace или Dropbox сейчас неполадки. Повторите попытку позже.",
  "error.incompleteDownload":
    "Скачивание из DocSpace прервалось, поэтому ничего не сохранено. Повторите попытку.",
  "error.incompleteListing":
    "Список этой папки в DocSpace менялся во время чтения, поэтому некоторые её файлы могли не отправиться. Отправьте папку ещё раз.",
  "error.integrity": "Копия в Dropbox не совпала с оригиналом, поэтому она не сохранена. Повторите попытку.",
  "error.cancelled": "Отправка отменена. Частично ничего не сохранено.",
  "error.unknown":
    "Отправка в Dropbox не удалась по непредвиденной причине. Подробности — в консоли браузера (F12); повторите попытку и сообщите о проблеме, если она повторится.",
  "error.notConfigured":
    "Плагин «Отправить в Dropbox» ещё не настроен. Попросите администратора DocSpace завершить настройку.",
  "error.notAllowed": "На этом портале отправлять в Dropbox могут только администраторы DocSpace.",

  "size.bytes": "{n}\u00a0Б",
  "size.kb": "{n}\u00a0КБ",
  "size.mb": "{n}\u00a0МБ",
  "size.gb": "{n}\u00a0ГБ",
  "size.tb": "{n}\u00a0ТБ",

  "common.close": "Закрыть",
} as const satisfies Record<MessageKey, string>;
