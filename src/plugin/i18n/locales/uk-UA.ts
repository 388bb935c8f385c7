import type { MessageKey } from "./en";

export const ukUA = {
  "menu.send": "Надіслати в Dropbox",
  "menu.account": "Підключення Dropbox",
  "send.background":
    "Надсилання в Dropbox. Знову виберіть «Надіслати в Dropbox» для того самого елемента, щоб побачити перебіг або, після завершення, результат.",

  "send.nothingSelected": "Нічого не вибрано для надсилання.",
  "send.otherTab":
    "Цей елемент уже надсилається в Dropbox з іншої вкладки або вікна цього браузера. Щоб побачити перебіг, виберіть там «Надіслати в Dropbox» для цього елемента. Якщо ту вкладку щойно закрили, спробуйте ще раз за кілька секунд.",

  "resume.question": "Попереднє надсилання цього елемента зупинилося, не завершившись.",

  "resume.resume": "Продовжити — {bytes} з {totalBytes} вже в Dropbox",

  "resume.startAgain": "Почати знову",

  "progress.preparing": "Надсилання в Dropbox ще готується: читається вміст папки…",
  "progress.running":
    "Триває надсилання в Dropbox: {files, plural, one {# файл} few {# файли} many {# файлів} other {# файлу}} з {totalFiles}, {bytes} з {totalBytes}.",
  "progress.title": "Надсилання в Dropbox",
  "progress.explain": "Коли завдання завершиться, ви побачите, куди все потрапило.",
  "progress.refresh": "Оновити",
  "progress.cancel": "Скасувати надсилання",
  "progress.cancelling":
    "Скасування. Уже надіслані файли лишаються в Dropbox; нічого неповного не зберігається.",
  "progress.operation": "Надсилання в Dropbox: {name}",
  "progress.operationMany": "Надсилання в Dropbox: вибрані елементи ({count})",

  "result.fileSent": "Надіслано в Dropbox: {path}",
  "result.fileFailed": "«{name}» не надіслано. {reason}",
  "result.empty": "Нічого надсилати: у вибраному немає файлів. {path} не змінено.",
  "result.summaryToast":
    "Надсилання в Dropbox завершено: {sent, plural, one {надіслано # файл} few {надіслано # файли} many {надіслано # файлів} other {надіслано # файлу}} з {total}.",
  "result.title": "Надіслано в Dropbox",
  "result.where.appFolder": "{path} у папці цього застосунку в Dropbox (в «Apps»)",
  "result.where.appFolderRoot": "папку цього застосунку в Dropbox (в «Apps»)",
  "result.where.root": "верхній рівень Dropbox",
  "result.account": "Обліковий запис Dropbox: {name}",
  "result.fileRenamedWhy": "Надіслано в Dropbox як {path}, перейменовано з «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox не приймає в іменах «/», «\\» і деякі керівні символи",
  "rename.controlCharacter": "замінено невидимі символи, що змінюють прочитання імені",
  "rename.invalidText": "ім’я містило пошкоджений текст (неприпустимий символ)",
  "rename.surroundingSpace": "Dropbox не зберігає пробіли на початку та в кінці імені",
  "rename.relativeName": "ім’я було порожнім або складалося лише з крапок",
  "rename.notSynced": "Dropbox не синхронізує імена на кшталт desktop.ini та файлів блокування ~$",
  "rename.tooLong": "Dropbox дозволяє не більше 255 символів в імені",
  "rename.nameClash":
    "інший елемент цього надсилання має таке саме ім’я (Dropbox не розрізняє великі й малі літери)",
  "rename.keptBoth": "файл із таким ім’ям уже був, тому Dropbox пронумерував цей",
  "mixed.title": "Деякі елементи не можна надіслати",
  "mixed.intro": "Вам не можна завантажувати ці вибрані елементи, тому їх пропущено:",
  "mixed.send": "Надіслати решту ({count})",
  "result.titleWithProblems": "Надіслано в Dropbox, з проблемами",
  "result.counts":
    "{sent, plural, one {Надіслано # файл} few {Надіслано # файли} many {Надіслано # файлів} other {Надіслано # файлу}} з {total} до {path}.",
  "result.failedHeading":
    "{count, plural, one {# файл не надіслано:} few {# файли не надіслано:} many {# файлів не надіслано:} other {# файлу не надіслано:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# файл перейменовано для Dropbox:} few {# файли перейменовано для Dropbox:} many {# файлів перейменовано для Dropbox:} other {# файлу перейменовано для Dropbox:}}",
  "result.andMore": "…і ще {count}.",
  "result.item": "Елемент {id}",
  "result.linkTitle": "Посилання для доступу",
  "result.linkIntro": "Будь-хто з цим посиланням може переглянути файл у Dropbox. Скопіюйте його з поля:",
  "result.linkLabel": "Посилання для доступу",
  "result.linkCopied": "Посилання для доступу скопійовано в буфер обміну.",

  "connect.title": "Підключити Dropbox",
  "account.title": "Підключення Dropbox",
  "account.sharedMode":
    "Цей портал надсилає файли в один спільний обліковий запис Dropbox, яким адміністратори DocSpace керують у налаштуваннях плагіна.",
  "connect.intro": "Щоб надсилати файли, плагіну потрібен дозвіл на запис у ваш Dropbox.",
  "connect.privacy":
    "Підключення до Dropbox зберігається в цьому браузері й лише для вашого облікового запису DocSpace; сервер порталу ніколи його не отримує. Інші плагіни, встановлені на цьому порталі, працюють на тій самій сторінці й могли б його прочитати. Воно видаляється, коли ви відключаєтеся, коли виходите з DocSpace тут і коли в цьому браузері на портал входить хтось інший.",
  "connect.step1": "1. Відкрийте Dropbox у новій вкладці, увійдіть і дозвольте доступ.",
  "connect.openDropbox": "Відкрити Dropbox",
  "connect.popupBlocked": "Браузер заблокував нову вкладку. Скопіюйте цю адресу в нову вкладку самостійно:",
  "connect.step2": "2. Dropbox покаже код. Скопіюйте його та вставте сюди:",
  "connect.codePlaceholder": "Код із Dropbox",
  "connect.sessionOnly": "Не зберігати підключення на цьому комп’ютері (лише ця вкладка, доки її не закрито)",
  "connect.connect": "Підключити",
  "connect.connectedAs": "Підключено: {name} ({email})",
  "connect.connectedAsName": "Підключено: {name}",
  "connect.accountUnknown": "обліковий запис Dropbox",
  "connect.disconnect": "Відключити",
  "connect.sendNow": "Надіслати зараз",
  "connect.codeMissing": "Вставте код, який показав Dropbox, і виберіть «Підключити».",
  "connect.codeRejected":
    "Dropbox не прийняв цей код. Код діє один раз і лише кілька хвилин: знову виберіть «Відкрити Dropbox» і вставте новий код.",
  "connect.appKeyMissing": "Спочатку введіть ключ застосунку Dropbox.",
  "connect.storageDenied":
    "Цей браузер не дозволяє плагіну зберегти підключення (дані сайтів заблоковано). Дозвольте дані сайту для порталу та підключіться знову.",

  "settings.app.title": "Застосунок Dropbox",
  "settings.app.howto1":
    "1. У Dropbox App Console (https://www.dropbox.com/developers/apps) створіть застосунок зі Scoped access. Виберіть App folder (рекомендовано: плагін бачить лише свою папку) або Full Dropbox.",
  "settings.app.howto2":
    "2. На вкладці Permissions позначте files.content.write і account_info.read, а для посилань — sharing.write і sharing.read, і збережіть.",
  "settings.app.howto3":
    "3. Скопіюйте App key з вкладки Settings у поле нижче. Секрет застосунку ніколи не потрібен.",
  "settings.appKey.label": "Ключ застосунку Dropbox",
  "settings.appKey.placeholder": "наприклад, a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ключ застосунку Dropbox складається лише з літер, цифр, «-» і «_». Видаліть {characters}.",
  "settings.appKey.tooLong":
    "Ключ застосунку Dropbox містить не більше {max} символів. Скопіюйте його знову з App Console.",
  "settings.appKey.checkedLater":
    "Dropbox перевіряє ключ під час першого підключення: за неправильного ключа Dropbox показує сторінку «Invalid client_id».",
  "settings.access.label": "Тип доступу застосунку (вибраний під час створення)",
  "settings.access.appFolder": "Папка застосунку: файли потрапляють в «Apps» у папку застосунку",
  "settings.access.full": "Увесь Dropbox",
  "settings.mode.label": "Чий Dropbox отримує файли",
  "settings.mode.personal": "Кожен користувач підключає свій Dropbox (рекомендовано)",
  "settings.mode.shared": "Один спільний обліковий запис Dropbox для всього порталу",
  "settings.mode.personalHint":
    "Під час першого надсилання користувачеві запропонують підключитися. Підключення зберігається в браузері цього користувача, а не на сервері порталу, і видаляється, коли він відключається, виходить із системи або коли в цьому браузері входить інший користувач; інші плагіни, встановлені на цьому порталі, працюють на тій самій сторінці й могли б його прочитати.",
  "settings.mode.sharedWarning":
    "Увага: DocSpace передає налаштування плагінів у браузер кожного учасника порталу, тому токен спільного облікового запису може прочитати будь-який учасник. Використовуйте застосунок Dropbox із доступом App folder, щоб токен відкривав лише цю папку.",
  "settings.connect.saveHint": "Виберіть «Зберегти», щоб зберегти це підключення.",
  "settings.connect.notRevoked":
    "Спільне підключення тут видалено, але зв’язатися з Dropbox, щоб відкликати його, не вдалося, тому його токен і далі працює для всіх, хто прочитав його в цих налаштуваннях. Щоб відкликати його, увійдіть у цей обліковий запис Dropbox, відкрийте Налаштування › Підключені застосунки (https://www.dropbox.com/account/connected_apps) і видаліть цей застосунок.",
  "settings.token.label": "Або вставте токен доступу",
  "settings.token.placeholder": "Токен доступу Dropbox",
  "settings.token.warning":
    "Короткочасні токени доступу Dropbox спливають через 4 години; надсилання не працює, доки ви не вставите новий. Для постійного підключення використовуйте «Підключити» вище.",
  "settings.token.invalid":
    "У токені доступу є символи, яких не буває в токенах Dropbox. Скопіюйте його ще раз.",
  "settings.folder.label": "Папка призначення в Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Порожньо — верхній рівень (для застосунків App folder — власна папка застосунку).",
  "settings.folder.noLeadingSlash": "Шлях має починатися з «/», наприклад /DocSpace.",
  "settings.folder.emptyComponent": "Шлях не має містити «//».",
  "settings.folder.componentTooLong": "Назва кожної папки — не більше 255 символів.",
  "settings.folder.trailingSpaceOrDot": "Назви папок не мають закінчуватися пробілом або крапкою.",
  "settings.folder.unsafeCharacter": 'Назви папок не мають містити < > : " | ? * \\ і керівні символи.',
  "settings.folder.disallowedName":
    "Dropbox не приймає таку назву папки (наприклад, desktop.ini або назви, що починаються з ~$).",
  "settings.folder.invalid": "Налаштування не збережено. Папка призначення: {reason}",
  "settings.folder.savedAs": "Буде збережено як {folder}",
  "settings.budget.left": "Залишилось для цих налаштувань: {left} з {limit} символів.",
  "settings.budget.over":
    "Задовго: їм потрібно {length, plural, one {# символ} few {# символи} many {# символів} other {# символу}}, а DocSpace зберігає не більше {limit}. Скоротіть папку призначення на {excess, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.",
  "settings.budget.overToken":
    "Задовго: із цим токеном їм потрібно {length, plural, one {# символ} few {# символи} many {# символів} other {# символу}}, а DocSpace зберігає не більше {limit}. Використовуйте «Підключити» замість вставлення токена або скоротіть папку призначення на {excess, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.",
  "settings.saveBlocked": "Зберегти можна, коли позначені вище проблеми буде виправлено.",
  "settings.notSaved": "Налаштування не збережено: {reason}",
  "settings.changedElsewhere":
    "Налаштування не збережено: після відкриття цієї панелі їх змінили в іншому вікні або на іншій вкладці. Закрийте налаштування й відкрийте їх знову, щоб побачити поточні значення.",
  "settings.conflict.label": "Якщо файл із такою назвою вже є",
  "settings.conflict.keepBoth": "Зберегти обидва (до нового файлу додасться номер)",
  "settings.conflict.overwrite": "Замінити наявний файл",
  "settings.shareLink.label": "Створювати посилання для доступу до надісланих файлів",
  "settings.audience.label": "Хто може надсилати в Dropbox",
  "settings.audience.everyone": "Усі, хто може завантажити елемент",
  "settings.audience.admins": "Лише власник і адміністратори DocSpace",
  "settings.audience.hint":
    "Пункт меню приховується від інших користувачів; самі налаштування при цьому не приховуються.",
  "settings.save": "Зберегти",
  "settings.saved": "Налаштування «Надіслати в Dropbox» збережено.",
  "settings.saved.noAppKey":
    "Налаштування збережено. Плагін приховано, доки не введено ключ застосунку Dropbox.",
  "settings.saved.sharedNotConnected":
    "Налаштування збережено. Плагін приховано, доки не підключено спільний обліковий запис Dropbox.",
  "settings.saved.accessToken":
    "Налаштування збережено зі вставленим токеном доступу. Якщо він короткочасний, надсилання перестане працювати через 4 години.",
  "settings.tooLong":
    "Налаштування не збережено: їм потрібно {length, plural, one {# символ} few {# символи} many {# символів} other {# символу}}, а DocSpace зберігає не більше {limit}. Скоротіть папку призначення на {excess, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.",
  "settings.tooLong.token":
    "Налаштування не збережено: із цим токеном їм потрібно {length, plural, one {# символ} few {# символи} many {# символів} other {# символу}}, а DocSpace зберігає не більше {limit}. Використовуйте «Підключити» замість вставлення токена або скоротіть папку призначення на {excess, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.",

  "error.notConnected": "Підключіть свій обліковий запис Dropbox, щоб надсилати файли.",
  "error.notConnected.shared":
    "Спільний обліковий запис Dropbox не підключено. Попросіть адміністратора DocSpace підключити його в налаштуваннях плагіна.",
  "error.dropboxAuth":
    "Dropbox більше не приймає ваше підключення (його відкликано або строк дії минув). Підключіть Dropbox знову.",
  "error.dropboxAuth.shared":
    "Dropbox більше не приймає спільне підключення (його відкликано або строк дії минув). Попросіть адміністратора DocSpace перепідключити його в налаштуваннях плагіна.",
  "error.dropboxAuth.reconnected":
    "Надсилання зупинено: Dropbox більше не приймає підключення, з яким воно почалося (його відкликано або строк дії минув). Відтоді ви знову підключили Dropbox, тож знову виберіть «Надіслати в Dropbox» для цього елемента.",
  "error.dropboxPermission":
    "Застосунку Dropbox бракує потрібного дозволу (наприклад, files.content.write або sharing.write). Попросіть адміністратора ввімкнути його в Dropbox App Console, потім підключіться знову.",
  "error.insufficientSpace": "Ваш Dropbox заповнено. Звільніть місце або змініть тариф і спробуйте ще раз.",
  "error.tooLarge": "Файл більший, ніж Dropbox приймає для одного файлу.",
  "error.invalidPath":
    "Dropbox не приймає шлях призначення. Попросіть адміністратора перевірити папку призначення в налаштуваннях плагіна.",
  "error.conflict":
    "У Dropbox заважає наявний об’єкт (наприклад, папка з назвою файлу), і його не можна замінити. Перейменуйте або перемістіть його і спробуйте ще раз.",
  "error.notFound": "Цього елемента більше немає в DocSpace. Оновіть сторінку та спробуйте ще раз.",
  "error.noDownloadPermission":
    "Вам не можна завантажувати цей елемент у DocSpace, тому його не можна надіслати. Попросіть адміністратора кімнати надати право на завантаження.",
  "error.docspaceSignedOut": "Сеанс DocSpace завершився. Увійдіть знову та повторіть спробу.",
  "error.rateLimited": "Зараз забагато запитів. Зачекайте хвилину та спробуйте ще раз.",
  "error.network":
    "Збій з’єднання. Перевірте мережу, оновіть сторінку (щойно встановлений або ввімкнений плагін починає працювати після оновлення) і спробуйте ще раз.",
  "error.server": "У DocSpace або Dropbox зараз неполадки. Спробуйте пізніше.",
  "error.incompleteDownload":
    "Завантаження з DocSpace перервалося, тому нічого не збережено. Спробуйте ще раз.",
  "error.incompleteListing":
    "Список цієї папки в DocSpace змінювався під час читання, тому деякі її файли могли не надіслатися. Надішліть папку ще раз.",
  "error.integrity": "Копія в Dropbox не збіглася з оригіналом, тому її не збережено. Спробуйте ще раз.",
  "error.cancelled": "Надсилання скасовано. Нічого неповного не збережено.",
  "error.unknown":
    "Надсилання в Dropbox не вдалося з непередбаченої причини. Подробиці — в консолі браузера (F12); спробуйте ще раз і повідомте про проблему, якщо вона повториться.",
  "error.notConfigured":
    "Плагін «Надіслати в Dropbox» ще не налаштовано. Попросіть адміністратора DocSpace завершити налаштування.",
  "error.notAllowed": "На цьому порталі надсилати в Dropbox можуть лише адміністратори DocSpace.",

  "size.bytes": "{n}\u00a0Б",
  "size.kb": "{n}\u00a0КБ",
  "size.mb": "{n}\u00a0МБ",
  "size.gb": "{n}\u00a0ГБ",
  "size.tb": "{n}\u00a0ТБ",

  "common.close": "Закрити",
} as const satisfies Record<MessageKey, string>;
