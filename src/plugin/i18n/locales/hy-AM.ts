import type { MessageKey } from "./en";

export const hyAM = {
  "menu.send": "Ուղարկել Dropbox",
  "menu.account": "Dropbox-ի միացում",
  "send.background":
    "Ուղարկվում է Dropbox։ Ընթացքը կամ, ավարտից հետո, արդյունքը տեսնելու համար նույն տարրի համար կրկին ընտրեք «Ուղարկել Dropbox»։",

  "send.nothingSelected": "Ուղարկելու համար ոչինչ ընտրված չէ։",
  "send.otherTab":
    "Այս տարրն արդեն ուղարկվում է Dropbox այս դիտարկիչի մեկ այլ ներդիրից կամ պատուհանից։ Ընթացքը տեսնելու համար այնտեղ տարրի համար ընտրեք «Ուղարկել Dropbox»։ Եթե այդ ներդիրը հենց նոր է փակվել, կրկին փորձեք մի քանի վայրկյանից։",

  "resume.question": "Այս տարրի նախորդ ուղարկումը դադարեց՝ նախքան ավարտվելը։",

  "resume.resume": "Շարունակել — {totalBytes}-ից {bytes}-ն արդեն Dropbox-ում է",

  "resume.startAgain": "Սկսել նորից",

  "progress.preparing": "Dropbox ուղարկումը դեռ նախապատրաստվում է՝ թղթապանակի բովանդակությունը կարդացվում է…",
  "progress.running":
    "Dropbox ուղարկումը շարունակվում է՝ {files}/{totalFiles, plural, one {# ֆայլ} other {# ֆայլ}}, {bytes}/{totalBytes}։",
  "progress.title": "Ուղարկվում է Dropbox",
  "progress.explain": "Առաջադրանքի ավարտին կտեսնեք, թե ինչն ուր գնաց։",
  "progress.refresh": "Թարմացնել",
  "progress.cancel": "Չեղարկել ուղարկումը",
  "progress.cancelling":
    "Չեղարկվում է։ Արդեն ուղարկված ֆայլերը մնում են Dropbox-ում, ոչ մի կիսատ ֆայլ չի պահվում։",
  "progress.operation": "Ուղարկվում է Dropbox: {name}",
  "progress.operationMany": "Ուղարկվում է Dropbox: ընտրված տարրեր ({count})",

  "result.fileSent": "Ուղարկվեց Dropbox՝ {path}",
  "result.fileFailed": "«{name}»-ը չուղարկվեց։ {reason}",
  "result.empty": "Ուղարկելու բան չկա՝ ընտրվածը ֆայլեր չի պարունակում։ {path}-ը չի փոխվել։",
  "result.summaryToast":
    "Dropbox ուղարկումն ավարտվեց՝ ուղարկվեց {sent}/{total, plural, one {# ֆայլ} other {# ֆայլ}}։",
  "result.title": "Ուղարկվեց Dropbox",
  "result.where.appFolder": "{path}՝ այս հավելվածի թղթապանակում Dropbox-ում («Apps»-ի ներքո)",
  "result.where.appFolderRoot": "այս հավելվածի թղթապանակը Dropbox-ում («Apps»-ի ներքո)",
  "result.where.root": "Dropbox-ի վերին մակարդակը",
  "result.account": "Dropbox հաշիվ՝ {name}",
  "result.fileRenamedWhy": "Ուղարկվեց Dropbox որպես {path}, վերանվանվեց «{name}»-ից՝ {reasons}։",
  "result.renamedLineWhy": "{name} → {path}՝ {reasons}",
  "rename.reservedCharacter": "Dropbox-ը անուններում չի ընդունում «/», «\\» և որոշ կառավարման նիշեր",
  "rename.controlCharacter": "փոխարինվեցին անտեսանելի նիշեր, որոնք փոխում են անվան ընթերցումը",
  "rename.invalidText": "անունը պարունակում էր վնասված տեքստ (անվավեր նիշ)",
  "rename.surroundingSpace": "Dropbox-ը չի պահում բացատները անվան սկզբում կամ վերջում",
  "rename.relativeName": "անունը դատարկ էր կամ միայն կետերից",
  "rename.notSynced": "Dropbox-ը չի համաժամեցնում desktop.ini-ի կամ ~$ կողպման ֆայլերի նման անուններ",
  "rename.tooLong": "Dropbox-ը թույլ է տալիս անվան մեջ առավելագույնը 255 նիշ",
  "rename.nameClash":
    "այս ուղարկման մեկ այլ տարր ունի նույն անունը (Dropbox-ը չի տարբերում մեծատառն ու փոքրատառը)",
  "rename.keptBoth": "այս անունով ֆայլ արդեն կար, ուստի Dropbox-ը համարակալեց սա",
  "mixed.title": "Որոշ տարրեր հնարավոր չէ ուղարկել",
  "mixed.intro": "Դուք չեք կարող ներբեռնել այս ընտրված տարրերը, ուստի դրանք բաց են թողնված՝",
  "mixed.send": "Ուղարկել մնացածը ({count})",
  "result.titleWithProblems": "Ուղարկվեց Dropbox, խնդիրներով",
  "result.counts": "{sent}/{total, plural, one {# ֆայլ} other {# ֆայլ}} ուղարկվեց {path}։",
  "result.failedHeading": "{count, plural, one {# ֆայլ չուղարկվեց՝} other {# ֆայլ չուղարկվեց՝}}",
  "result.failedLine": "{name}՝ {reason}",
  "result.renamedHeading":
    "{count, plural, one {# ֆայլ վերանվանվեց Dropbox-ի համար՝} other {# ֆայլ վերանվանվեց Dropbox-ի համար՝}}",
  "result.andMore": "…և ևս {count}։",
  "result.item": "Տարր {id}",
  "result.linkTitle": "Կիսվելու հղում",
  "result.linkIntro":
    "Այս հղումն ունեցող յուրաքանչյուր ոք կարող է դիտել ֆայլը Dropbox-ում։ Պատճենեք այն դաշտից՝",
  "result.linkLabel": "Կիսվելու հղում",
  "result.linkCopied": "Կիսվելու հղումը պատճենվեց սեղմատախտակին։",

  "connect.title": "Միացնել Dropbox",
  "account.title": "Dropbox-ի միացում",
  "account.sharedMode":
    "Այս պորտալն ուղարկում է մեկ ընդհանուր Dropbox հաշվի, որը DocSpace-ի ադմինիստրատորները կառավարում են պլագինի կարգավորումներում։",
  "connect.intro": "Ֆայլեր ուղարկելու համար պլագինին անհրաժեշտ է թույլտվություն՝ գրելու ձեր Dropbox-ում։",
  "connect.privacy":
    "Ձեր Dropbox միացումը պահվում է այս դիտարկիչում՝ միայն ձեր DocSpace հաշվի համար, և պորտալի սերվերը երբեք այն չի ստանում։ Այս պորտալում տեղադրված այլ պլագիններն աշխատում են նույն էջում և կարող են կարդալ այն։ Այն հեռացվում է, երբ անջատում եք միացումը, երբ այստեղ դուրս եք գալիս DocSpace-ից, և երբ այս դիտարկիչում ուրիշ մեկը մուտք է գործում պորտալ։",
  "connect.step1": "1. Բացեք Dropbox-ը նոր ներդիրում, մուտք գործեք և թույլատրեք մուտքը։",
  "connect.openDropbox": "Բացել Dropbox",
  "connect.popupBlocked": "Դիտարկիչն արգելափակեց նոր ներդիրը։ Ինքներդ պատճենեք այս հասցեն նոր ներդիր՝",
  "connect.step2": "2. Այնուհետև Dropbox-ը ցույց կտա կոդ։ Պատճենեք այն և տեղադրեք այստեղ՝",
  "connect.codePlaceholder": "Կոդ Dropbox-ից",
  "connect.sessionOnly": "Չպահել միացումն այս համակարգչում (միայն այս ներդիրը, մինչև այն փակվի)",
  "connect.connect": "Միացնել",
  "connect.connectedAs": "Միացված է որպես {name} ({email})",
  "connect.connectedAsName": "Միացված է որպես {name}",
  "connect.accountUnknown": "Dropbox հաշիվ",
  "connect.disconnect": "Անջատել",
  "connect.sendNow": "Ուղարկել հիմա",
  "connect.codeMissing": "Տեղադրեք Dropbox-ի ցույց տված կոդը, ապա ընտրեք «Միացնել»։",
  "connect.codeRejected":
    "Dropbox-ը չընդունեց այս կոդը։ Կոդը գործում է մեկ անգամ և միայն մի քանի րոպե․ կրկին ընտրեք «Բացել Dropbox» և տեղադրեք նոր կոդը։",
  "connect.appKeyMissing": "Նախ մուտքագրեք Dropbox հավելվածի բանալին։",
  "connect.storageDenied":
    "Այս դիտարկիչը թույլ չի տալիս պլագինին պահել ձեր միացումը (կայքերի տվյալներն արգելափակված են)։ Թույլատրեք կայքի տվյալները պորտալի համար և կրկին միացեք։",

  "settings.app.title": "Dropbox հավելված",
  "settings.app.howto1":
    "1. Dropbox App Console-ում (https://www.dropbox.com/developers/apps) ստեղծեք հավելված Scoped access-ով։ Ընտրեք App folder (խորհուրդ է տրվում՝ պլագինը տեսնում է միայն իր թղթապանակը) կամ Full Dropbox։",
  "settings.app.howto2":
    "2. Permissions ներդիրում նշեք files.content.write և account_info.read, իսկ կիսվելու հղումների համար նաև sharing.write և sharing.read, և հաստատեք։",
  "settings.app.howto3":
    "3. Պատճենեք App key-ը Settings ներդիրից ստորև գտնվող դաշտ։ Հավելվածի գաղտնիքը երբեք պետք չէ։",
  "settings.appKey.label": "Dropbox հավելվածի բանալի",
  "settings.appKey.placeholder": "օր.՝ a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox հավելվածի բանալին պարունակում է միայն տառեր, թվեր, «-» և «_»։ Հեռացրեք {characters}։",
  "settings.appKey.tooLong":
    "Dropbox հավելվածի բանալին առավելագույնը {max} նիշ է։ Կրկին պատճենեք այն App Console-ից։",
  "settings.appKey.checkedLater":
    "Dropbox-ը ստուգում է բանալին առաջին միացման ժամանակ․ սխալ բանալու դեպքում Dropbox-ը ցույց է տալիս «Invalid client_id» էջը։",
  "settings.access.label": "Հավելվածի մուտքի տեսակը (ընտրված ստեղծելիս)",
  "settings.access.appFolder": "Հավելվածի թղթապանակ՝ ֆայլերը գնում են «Apps»՝ հավելվածի թղթապանակ",
  "settings.access.full": "Ամբողջ Dropbox-ը",
  "settings.mode.label": "Ում Dropbox-ն է ստանում ֆայլերը",
  "settings.mode.personal": "Յուրաքանչյուր օգտատեր միացնում է իր Dropbox-ը (խորհուրդ է տրվում)",
  "settings.mode.shared": "Մեկ ընդհանուր Dropbox հաշիվ ամբողջ պորտալի համար",
  "settings.mode.personalHint":
    "Յուրաքանչյուր օգտատիրոջից միանալ կպահանջվի առաջին ուղարկման ժամանակ։ Միացումը պահվում է այդ օգտատիրոջ դիտարկիչում, ոչ թե պորտալի սերվերում, և հեռացվում է, երբ նա անջատում է միացումը կամ դուրս է գալիս համակարգից, կամ երբ այդ դիտարկիչում մուտք է գործում մեկ այլ օգտատեր։ Այս պորտալում տեղադրված այլ պլագիններն աշխատում են նույն էջում և կարող են կարդալ այն։",
  "settings.mode.sharedWarning":
    "Ուշադրություն․ DocSpace-ը պլագինների կարգավորումներն ուղարկում է պորտալի յուրաքանչյուր անդամի դիտարկիչ, ուստի ցանկացած անդամ կարող է կարդալ ընդհանուր հաշվի թոքենը։ Օգտագործեք App folder տեսակի Dropbox հավելված, որպեսզի թոքենը հասնի միայն այդ թղթապանակին։",
  "settings.connect.saveHint": "Ընտրեք «Պահել»՝ այս միացումը պահպանելու համար։",
  "settings.connect.notRevoked":
    "Ընդհանուր միացումն այստեղ հեռացվեց, սակայն չհաջողվեց կապվել Dropbox-ի հետ այն չեղարկելու համար, ուստի դրա թոքենը դեռ աշխատում է բոլորի համար, ովքեր այն կարդացել են այս կարգավորումներից։ Այն չեղարկելու համար մուտք գործեք այդ Dropbox հաշիվ, բացեք Կարգավորումներ › Միացված հավելվածներ (https://www.dropbox.com/account/connected_apps) և հեռացրեք այս հավելվածը։",
  "settings.token.label": "Կամ տեղադրեք մուտքի թոքեն",
  "settings.token.placeholder": "Dropbox-ի մուտքի թոքեն",
  "settings.token.warning":
    "Dropbox-ի կարճաժամկետ մուտքի թոքենների ժամկետը լրանում է 4 ժամ հետո, և ուղարկումը դադարում է, մինչև նորը տեղադրեք։ Կայուն միացման համար օգտագործեք վերևի «Միացնել»-ը։",
  "settings.token.invalid":
    "Մուտքի թոքենը պարունակում է նիշեր, որոնք Dropbox-ի թոքեններում երբեք չեն լինում։ Կրկին պատճենեք այն։",
  "settings.folder.label": "Նպատակային թղթապանակ Dropbox-ում",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Դատարկը նշանակում է վերին մակարդակ (App folder հավելվածների համար՝ հավելվածի սեփական թղթապանակը)։",
  "settings.folder.noLeadingSlash": "Թղթապանակը պետք է սկսվի «/»-ով, օրինակ՝ /DocSpace։",
  "settings.folder.emptyComponent": "Թղթապանակը չպետք է պարունակի «//»։",
  "settings.folder.componentTooLong": "Յուրաքանչյուր թղթապանակի անուն կարող է ունենալ առավելագույնը 255 նիշ։",
  "settings.folder.trailingSpaceOrDot": "Թղթապանակների անունները չպետք է ավարտվեն բացատով կամ կետով։",
  "settings.folder.unsafeCharacter":
    'Թղթապանակների անունները չպետք է պարունակեն < > : " | ? * \\ կամ կառավարման նիշեր։',
  "settings.folder.disallowedName":
    "Dropbox-ը չի ընդունում այս թղթապանակի անունը (օրինակ՝ desktop.ini կամ ~$-ով սկսվող անուններ)։",
  "settings.folder.invalid": "Կարգավորումները չպահվեցին։ Նպատակային թղթապանակ՝ {reason}",
  "settings.folder.savedAs": "Կպահվի որպես {folder}",
  "settings.budget.left": "Այս կարգավորումների համար մնացել է՝ {left}/{limit} նիշ։",
  "settings.budget.over":
    "Չափազանց երկար՝ դրանց անհրաժեշտ է {length} նիշ, իսկ DocSpace-ը պահում է առավելագույնը {limit}։ Կրճատեք նպատակային թղթապանակը {excess, plural, one {# նիշով} other {# նիշով}}։",
  "settings.budget.overToken":
    "Չափազանց երկար՝ այս մուտքի թոքենով դրանց անհրաժեշտ է {length} նիշ, իսկ DocSpace-ը պահում է առավելագույնը {limit}։ Թոքեն տեղադրելու փոխարեն օգտագործեք «Միացնել»-ը կամ կրճատեք նպատակային թղթապանակը {excess, plural, one {# նիշով} other {# նիշով}}։",
  "settings.saveBlocked": "Պահել հնարավոր կլինի վերևում նշված խնդիրները շտկելուց հետո։",
  "settings.notSaved": "Կարգավորումները չպահվեցին՝ {reason}",
  "settings.changedElsewhere":
    "Կարգավորումները չպահվեցին՝ այս վահանակը բացելուց հետո դրանք փոխվել են մեկ այլ պատուհանում կամ ներդիրում։ Փակեք կարգավորումները և նորից բացեք՝ ընթացիկ արժեքները տեսնելու համար։",
  "settings.conflict.label": "Երբ նույն անունով ֆայլն արդեն կա այնտեղ",
  "settings.conflict.keepBoth": "Պահել երկուսն էլ (նոր ֆայլը համար է ստանում)",
  "settings.conflict.overwrite": "Փոխարինել առկա ֆայլը",
  "settings.shareLink.label": "Ստեղծել կիսվելու հղում ուղարկված ֆայլերի համար",
  "settings.audience.label": "Ով կարող է ուղարկել Dropbox",
  "settings.audience.everyone": "Բոլորը, ովքեր կարող են ներբեռնել տարրը",
  "settings.audience.admins": "Միայն DocSpace-ի սեփականատերը և ադմինիստրատորները",
  "settings.audience.hint":
    "Սա թաքցնում է ընտրացանկի տարրը մյուս օգտատերերից, բայց չի թաքցնում այս կարգավորումները։",
  "settings.save": "Պահել",
  "settings.saved": "«Ուղարկել Dropbox» կարգավորումները պահվեցին։",
  "settings.saved.noAppKey":
    "Կարգավորումները պահվեցին։ «Ուղարկել Dropbox»-ը թաքնված կմնա, մինչև մուտքագրվի Dropbox հավելվածի բանալին։",
  "settings.saved.sharedNotConnected":
    "Կարգավորումները պահվեցին։ «Ուղարկել Dropbox»-ը թաքնված կմնա, մինչև միացվի ընդհանուր Dropbox հաշիվը։",
  "settings.saved.accessToken":
    "Կարգավորումները պահվեցին տեղադրված մուտքի թոքենով։ Եթե այն կարճաժամկետ է, ուղարկումը կդադարի 4 ժամ հետո։",
  "settings.tooLong":
    "Կարգավորումները չպահվեցին՝ դրանց անհրաժեշտ է {length} նիշ, իսկ DocSpace-ը պահում է առավելագույնը {limit}։ Կրճատեք նպատակային թղթապանակը {excess, plural, one {# նիշով} other {# նիշով}}։",
  "settings.tooLong.token":
    "Կարգավորումները չպահվեցին՝ այս մուտքի թոքենով դրանց անհրաժեշտ է {length} նիշ, իսկ DocSpace-ը պահում է առավելագույնը {limit}։ Թոքեն տեղադրելու փոխարեն օգտագործեք «Միացնել»-ը կամ կրճատեք նպատակային թղթապանակը {excess, plural, one {# նիշով} other {# նիշով}}։",

  "error.notConnected": "Միացրեք ձեր Dropbox հաշիվը՝ ֆայլեր ուղարկելու համար։",
  "error.notConnected.shared":
    "Ընդհանուր Dropbox հաշիվը միացված չէ։ Խնդրեք DocSpace-ի ադմինիստրատորին միացնել այն պլագինի կարգավորումներում։",
  "error.dropboxAuth":
    "Dropbox-ն այլևս չի ընդունում ձեր միացումը (այն չեղարկվել է կամ ժամկետանց է)։ Կրկին միացրեք Dropbox-ը։",
  "error.dropboxAuth.shared":
    "Dropbox-ն այլևս չի ընդունում ընդհանուր միացումը (այն չեղարկվել է կամ ժամկետանց է)։ Խնդրեք DocSpace-ի ադմինիստրատորին կրկին միացնել այն պլագինի կարգավորումներում։",
  "error.dropboxAuth.reconnected":
    "Ուղարկումը դադարեց․ Dropbox-ն այլևս չի ընդունում այն միացումը, որով այն սկսվել էր (այն չեղարկվել է կամ ժամկետանց է)։ Այդ ընթացքում դուք կրկին միացրել եք Dropbox-ը, ուստի տարրի համար կրկին ընտրեք «Ուղարկել Dropbox»։",
  "error.dropboxPermission":
    "Dropbox հավելվածին պակասում է անհրաժեշտ թույլտվություն (օրինակ՝ files.content.write կամ sharing.write)։ Խնդրեք ադմինիստրատորին միացնել այն Dropbox App Console-ում, ապա կրկին միացեք։",
  "error.insufficientSpace": "Ձեր Dropbox-ը լիքն է։ Ազատեք տեղ կամ թարմացրեք ձեր փաթեթը, ապա կրկին փորձեք։",
  "error.tooLarge": "Ֆայլն ավելի մեծ է, քան Dropbox-ն ընդունում է մեկ ֆայլի համար։",
  "error.invalidPath":
    "Dropbox-ը չի ընդունում նպատակային ուղին։ Խնդրեք ադմինիստրատորին ստուգել նպատակային թղթապանակը պլագինի կարգավորումներում։",
  "error.conflict":
    "Dropbox-ում ինչ-որ բան խանգարում է (օրինակ՝ ֆայլի անունով թղթապանակ) և այն հնարավոր չէ փոխարինել։ Վերանվանեք կամ տեղափոխեք այն, ապա կրկին փորձեք։",
  "error.notFound": "Տարրն այլևս գոյություն չունի DocSpace-ում։ Թարմացրեք էջը և կրկին փորձեք։",
  "error.noDownloadPermission":
    "Դուք չեք կարող ներբեռնել այս տարրը DocSpace-ում, ուստի այն հնարավոր չէ ուղարկել։ Խնդրեք սենյակի ադմինիստրատորին ներբեռնման իրավունք։",
  "error.docspaceSignedOut":
    "Ձեր DocSpace-ի աշխատաշրջանի ժամկետը լրացել է։ Կրկին մուտք գործեք, ապա փորձեք նորից։",
  "error.rateLimited": "Այս պահին չափազանց շատ հարցումներ կան։ Սպասեք մեկ րոպե, ապա կրկին փորձեք։",
  "error.network":
    "Կապը ձախողվեց։ Ստուգեք ցանցը, վերաբեռնեք էջը (նոր տեղադրված կամ միացված պլագինը գործում է վերաբեռնումից հետո) և կրկին փորձեք։",
  "error.server": "DocSpace-ը կամ Dropbox-ը այս պահին խնդիրներ ունի։ Փորձեք ավելի ուշ։",
  "error.incompleteDownload": "DocSpace-ից ներբեռնումը վաղաժամ դադարեց, ուստի ոչինչ չպահվեց։ Կրկին փորձեք։",
  "error.incompleteListing":
    "Այս թղթապանակի ցանկը DocSpace-ում փոխվում էր ընթերցման ընթացքում, ուստի նրա որոշ ֆայլեր կարող է չուղարկվել։ Կրկին ուղարկեք թղթապանակը։",
  "error.integrity": "Dropbox-ի պատճենը չհամընկավ բնօրինակի հետ, ուստի այն չպահվեց։ Կրկին փորձեք։",
  "error.cancelled": "Ուղարկումը չեղարկվեց։ Ոչ մի կիսատ ֆայլ չպահվեց։",
  "error.unknown":
    "«Ուղարկել Dropbox»-ը ձախողվեց անսպասելի պատճառով։ Մանրամասները դիտարկիչի վահանակում են (F12)․ կրկին փորձեք և հայտնեք, եթե խնդիրը շարունակվի։",
  "error.notConfigured":
    "«Ուղարկել Dropbox»-ը դեռ կարգավորված չէ։ Խնդրեք DocSpace-ի ադմինիստրատորին ավարտել պլագինի կարգավորումները։",
  "error.notAllowed": "Այս պորտալում միայն DocSpace-ի ադմինիստրատորները կարող են ուղարկել Dropbox։",

  "size.bytes": "{n}\u00a0Բ",
  "size.kb": "{n}\u00a0ԿԲ",
  "size.mb": "{n}\u00a0ՄԲ",
  "size.gb": "{n}\u00a0ԳԲ",
  "size.tb": "{n}\u00a0ՏԲ",

  "common.close": "Փակել",
} as const satisfies Record<MessageKey, string>;
