import type { MessageKey } from "./en";

export const lv = {
  "menu.send": "Sūtīt uz Dropbox",
  "menu.account": "Dropbox savienojums",
  "send.background":
    "Notiek sūtīšana uz Dropbox. Lai redzētu gaitu vai pēc pabeigšanas rezultātu, tam pašam vienumam vēlreiz izvēlieties “Sūtīt uz Dropbox”.",

  "send.nothingSelected": "Nekas nav atlasīts sūtīšanai.",
  "send.otherTab":
    "Šis vienums jau tiek sūtīts uz Dropbox no citas šī pārlūka cilnes vai loga. Lai redzētu gaitu, tur šim vienumam izvēlieties “Sūtīt uz Dropbox”. Ja šī cilne tikko tika aizvērta, mēģiniet vēlreiz pēc dažām sekundēm.",

  "resume.question": "Iepriekšēja šī vienuma sūtīšana apstājās pirms pabeigšanas.",

  "resume.resume": "Turpināt — {bytes} no {totalBytes} jau ir Dropbox",

  "resume.startAgain": "Sākt no jauna",

  "progress.preparing": "Sūtīšana uz Dropbox vēl tiek sagatavota: tiek nolasīts mapes saturs…",
  "progress.running":
    "Joprojām notiek sūtīšana uz Dropbox: {files, plural, zero {# failu} one {# fails} other {# faili}} no {totalFiles}, {bytes} no {totalBytes}.",
  "progress.title": "Sūtīšana uz Dropbox",
  "progress.explain": "Kad darbs beigsies, redzēsiet, kur viss nonāca.",
  "progress.refresh": "Atsvaidzināt",
  "progress.cancel": "Atcelt sūtīšanu",
  "progress.cancelling":
    "Notiek atcelšana. Jau nosūtītie faili paliek Dropbox; nekas nepilnīgs netiek saglabāts.",
  "progress.operation": "Sūtīšana uz Dropbox: {name}",
  "progress.operationMany": "Sūtīšana uz Dropbox: atlasītie vienumi ({count})",

  "result.fileSent": "Nosūtīts uz Dropbox: {path}",
  "result.fileFailed": "“{name}” netika nosūtīts. {reason}",
  "result.empty": "Nav ko sūtīt: atlasē nav failu. {path} netika mainīta.",
  "result.summaryToast":
    "Sūtīšana uz Dropbox pabeigta: {sent, plural, zero {nosūtīti # failu} one {nosūtīts # fails} other {nosūtīti # faili}} no {total}.",
  "result.title": "Nosūtīts uz Dropbox",
  "result.where.appFolder": "{path} šīs lietotnes mapē Dropbox (zem “Apps”)",
  "result.where.appFolderRoot": "šīs lietotnes mapi Dropbox (zem “Apps”)",
  "result.where.root": "Dropbox augšējo līmeni",
  "result.account": "Dropbox konts: {name}",
  "result.fileRenamedWhy": "Nosūtīts uz Dropbox kā {path}, pārdēvēts no “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox nosaukumos nepieņem “/”, “\\” un dažas vadības rakstzīmes",
  "rename.controlCharacter": "aizstātas neredzamas rakstzīmes, kas maina nosaukuma lasījumu",
  "rename.invalidText": "nosaukumā bija bojāts teksts (nederīga rakstzīme)",
  "rename.surroundingSpace": "Dropbox nesaglabā atstarpes nosaukuma sākumā vai beigās",
  "rename.relativeName": "nosaukums bija tukšs vai tikai no punktiem",
  "rename.notSynced": "Dropbox nesinhronizē tādus nosaukumus kā desktop.ini vai ~$ bloķēšanas failus",
  "rename.tooLong": "Dropbox atļauj nosaukumā ne vairāk kā 255 rakstzīmes",
  "rename.nameClash":
    "citam šīs sūtīšanas vienumam ir tāds pats nosaukums (Dropbox neatšķir lielos un mazos burtus)",
  "rename.keptBoth": "fails ar šādu nosaukumu jau bija, tāpēc Dropbox šo sanumurēja",
  "mixed.title": "Dažus vienumus nevar nosūtīt",
  "mixed.intro": "Jums nav atļauts lejupielādēt šos atlasītos vienumus, tāpēc tie ir izlaisti:",
  "mixed.send": "Nosūtīt pārējos ({count})",
  "result.titleWithProblems": "Nosūtīts uz Dropbox, ar problēmām",
  "result.counts":
    "{sent, plural, zero {Nosūtīti # failu} one {Nosūtīts # fails} other {Nosūtīti # faili}} no {total} uz {path}.",
  "result.failedHeading":
    "{count, plural, zero {# failu netika nosūtīti:} one {# fails netika nosūtīts:} other {# faili netika nosūtīti:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, zero {# failu pārdēvēti Dropbox vajadzībām:} one {# fails pārdēvēts Dropbox vajadzībām:} other {# faili pārdēvēti Dropbox vajadzībām:}}",
  "result.andMore": "…un vēl {count}.",
  "result.item": "Vienums {id}",
  "result.linkTitle": "Koplietošanas saite",
  "result.linkIntro": "Ikviens ar šo saiti var skatīt failu Dropbox. Nokopējiet to no lauka:",
  "result.linkLabel": "Koplietošanas saite",
  "result.linkCopied": "Koplietošanas saite nokopēta starpliktuvē.",

  "connect.title": "Savienot Dropbox",
  "account.title": "Dropbox savienojums",
  "account.sharedMode":
    "Šis portāls sūta uz vienu koplietotu Dropbox kontu, ko DocSpace administratori pārvalda spraudņa iestatījumos.",
  "connect.intro": "Lai sūtītu failus, spraudnim vajadzīga atļauja rakstīt jūsu Dropbox.",
  "connect.privacy":
    "Jūsu Dropbox savienojums tiek glabāts šajā pārlūkā, tikai jūsu DocSpace kontam; portāla serveris to nekad nesaņem. Citi šajā portālā instalētie spraudņi darbojas tajā pašā lapā un varētu to nolasīt. Tas tiek dzēsts, kad atvienojaties, kad šeit izrakstāties no DocSpace un kad šajā pārlūkā portālā pierakstās kāds cits.",
  "connect.step1": "1. Atveriet Dropbox jaunā cilnē, pierakstieties un atļaujiet piekļuvi.",
  "connect.openDropbox": "Atvērt Dropbox",
  "connect.popupBlocked": "Pārlūks bloķēja jauno cilni. Iekopējiet šo adresi jaunā cilnē pats:",
  "connect.step2": "2. Pēc tam Dropbox parāda kodu. Nokopējiet to un ielīmējiet šeit:",
  "connect.codePlaceholder": "Kods no Dropbox",
  "connect.sessionOnly": "Nesaglabāt savienojumu šajā datorā (tikai šī cilne, līdz tā tiek aizvērta)",
  "connect.connect": "Savienot",
  "connect.connectedAs": "Savienots kā {name} ({email})",
  "connect.connectedAsName": "Savienots kā {name}",
  "connect.accountUnknown": "Dropbox konts",
  "connect.disconnect": "Atvienot",
  "connect.sendNow": "Sūtīt tagad",
  "connect.codeMissing": "Ielīmējiet kodu, ko parādīja Dropbox, un izvēlieties “Savienot”.",
  "connect.codeRejected":
    "Dropbox nepieņēma šo kodu. Kods derīgs vienu reizi un tikai dažas minūtes: vēlreiz izvēlieties “Atvērt Dropbox” un ielīmējiet jauno kodu.",
  "connect.appKeyMissing": "Vispirms ievadiet Dropbox lietotnes atslēgu.",
  "connect.storageDenied":
    "Šis pārlūks neļauj spraudnim saglabāt savienojumu (vietņu dati ir bloķēti). Atļaujiet vietnes datus portālam un savienojiet vēlreiz.",

  "settings.app.title": "Dropbox lietotne",
  "settings.app.howto1":
    "1. Dropbox App Console (https://www.dropbox.com/developers/apps) izveidojiet lietotni ar Scoped access. Izvēlieties App folder (ieteicams: spraudnis redz tikai savu mapi) vai Full Dropbox.",
  "settings.app.howto2":
    "2. Cilnē Permissions atzīmējiet files.content.write un account_info.read, koplietošanas saitēm arī sharing.write un sharing.read, un iesniedziet.",
  "settings.app.howto3":
    "3. Nokopējiet App key no cilnes Settings laukā zemāk. Lietotnes noslēpums nekad nav vajadzīgs.",
  "settings.appKey.label": "Dropbox lietotnes atslēga",
  "settings.appKey.placeholder": "piem., a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox lietotnes atslēgā ir tikai burti, cipari, “-” un “_”. Noņemiet {characters}.",
  "settings.appKey.tooLong":
    "Dropbox lietotnes atslēgā ir ne vairāk kā {max} rakstzīmes. Nokopējiet to vēlreiz no App Console.",
  "settings.appKey.checkedLater":
    "Dropbox pārbauda atslēgu pirmajā savienojumā: ar nepareizu atslēgu Dropbox rāda lapu “Invalid client_id”.",
  "settings.access.label": "Lietotnes piekļuves veids (izvēlēts, to izveidojot)",
  "settings.access.appFolder": "Lietotnes mape: faili nonāk “Apps”, lietotnes mapē",
  "settings.access.full": "Viss Dropbox",
  "settings.mode.label": "Kura Dropbox saņem failus",
  "settings.mode.personal": "Katrs lietotājs savieno savu Dropbox (ieteicams)",
  "settings.mode.shared": "Viens koplietots Dropbox konts visam portālam",
  "settings.mode.personalHint":
    "Katram lietotājam pirmajā sūtīšanas reizē tiek lūgts savienot. Savienojums tiek glabāts attiecīgā lietotāja pārlūkā, nevis portāla serverī, un tiek dzēsts, kad lietotājs atvienojas vai izrakstās vai kad tajā pārlūkā pierakstās cits lietotājs; citi šajā portālā instalētie spraudņi darbojas tajā pašā lapā un varētu to nolasīt.",
  "settings.mode.sharedWarning":
    "Uzmanību: DocSpace sūta spraudņu iestatījumus katra portāla dalībnieka pārlūkam, tāpēc ikviens dalībnieks var nolasīt koplietotā konta marķieri. Izmantojiet App folder tipa Dropbox lietotni, lai marķieris sniegtos tikai līdz šai mapei.",
  "settings.connect.saveHint": "Izvēlieties “Saglabāt”, lai paturētu šo savienojumu.",
  "settings.connect.notRevoked":
    "Koplietotais savienojums šeit ir noņemts, taču ar Dropbox neizdevās sazināties, lai to atsauktu, tāpēc tā marķieris joprojām darbojas ikvienam, kas to nolasījis no šiem iestatījumiem. Lai to atsauktu, pierakstieties šajā Dropbox kontā, atveriet Iestatījumi › Pievienotās lietotnes (https://www.dropbox.com/account/connected_apps) un noņemiet šo lietotni.",
  "settings.token.label": "Vai ielīmējiet piekļuves marķieri",
  "settings.token.placeholder": "Dropbox piekļuves marķieris",
  "settings.token.warning":
    "Īstermiņa Dropbox piekļuves marķieri beidzas pēc 4 stundām; sūtīšana pārstāj darboties, līdz ielīmējat jaunu. Ilgstošam savienojumam izmantojiet “Savienot” augstāk.",
  "settings.token.invalid":
    "Piekļuves marķierī ir rakstzīmes, kādu Dropbox marķieros nekad nav. Nokopējiet to vēlreiz.",
  "settings.folder.label": "Mērķa mape Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Tukšs nozīmē augšējo līmeni (App folder lietotnēm — lietotnes pašas mapi).",
  "settings.folder.noLeadingSlash": "Mapei jāsākas ar “/”, piemēram, /DocSpace.",
  "settings.folder.emptyComponent": "Mapē nedrīkst būt “//”.",
  "settings.folder.componentTooLong": "Katrā mapes nosaukumā var būt ne vairāk kā 255 rakstzīmes.",
  "settings.folder.trailingSpaceOrDot": "Mapju nosaukumi nedrīkst beigties ar atstarpi vai punktu.",
  "settings.folder.unsafeCharacter": 'Mapju nosaukumos nedrīkst būt < > : " | ? * \\ vai vadības rakstzīmes.',
  "settings.folder.disallowedName":
    "Dropbox nepieņem šo mapes nosaukumu (piemēram, desktop.ini vai nosaukumus, kas sākas ar ~$).",
  "settings.folder.invalid": "Iestatījumi netika saglabāti. Mērķa mape: {reason}",
  "settings.folder.savedAs": "Tiks saglabāts kā {folder}",
  "settings.budget.left": "Šiem iestatījumiem atlicis: {left} no {limit} rakstzīmēm.",
  "settings.budget.over":
    "Pārāk garš: tiem vajag {length, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}, bet DocSpace glabā ne vairāk kā {limit}. Saīsiniet mērķa mapi par {excess, plural, zero {# rakstzīmēm} one {# rakstzīmi} other {# rakstzīmēm}}.",
  "settings.budget.overToken":
    "Pārāk garš: ar šo piekļuves marķieri tiem vajag {length, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}, bet DocSpace glabā ne vairāk kā {limit}. Izmantojiet “Savienot”, nevis ielīmētu marķieri, vai saīsiniet mērķa mapi par {excess, plural, zero {# rakstzīmēm} one {# rakstzīmi} other {# rakstzīmēm}}.",
  "settings.saveBlocked": "Saglabāt varēs, kad augstāk atzīmētās problēmas būs novērstas.",
  "settings.notSaved": "Iestatījumi netika saglabāti: {reason}",
  "settings.changedElsewhere":
    "Iestatījumi netika saglabāti: kopš šī paneļa atvēršanas tie ir mainīti citā logā vai cilnē. Aizveriet iestatījumus un atveriet tos vēlreiz, lai redzētu pašreizējās vērtības.",
  "settings.conflict.label": "Ja tur jau ir fails ar tādu pašu nosaukumu",
  "settings.conflict.keepBoth": "Paturēt abus (jaunais fails saņem numuru)",
  "settings.conflict.overwrite": "Aizstāt esošo failu",
  "settings.shareLink.label": "Izveidot koplietošanas saiti nosūtītajiem failiem",
  "settings.audience.label": "Kas var sūtīt uz Dropbox",
  "settings.audience.everyone": "Ikviens, kas drīkst lejupielādēt vienumu",
  "settings.audience.admins": "Tikai DocSpace īpašnieks un administratori",
  "settings.audience.hint":
    "Tas paslēpj izvēlnes vienumu no citiem lietotājiem; šos iestatījumus tas nepaslēpj.",
  "settings.save": "Saglabāt",
  "settings.saved": "“Sūtīt uz Dropbox” iestatījumi saglabāti.",
  "settings.saved.noAppKey":
    "Iestatījumi saglabāti. “Sūtīt uz Dropbox” paliek paslēpts, līdz tiek ievadīta Dropbox lietotnes atslēga.",
  "settings.saved.sharedNotConnected":
    "Iestatījumi saglabāti. “Sūtīt uz Dropbox” paliek paslēpts, līdz tiek savienots koplietotais Dropbox konts.",
  "settings.saved.accessToken":
    "Iestatījumi saglabāti ar ielīmētu piekļuves marķieri. Ja tas ir īstermiņa, sūtīšana pārstās darboties pēc 4 stundām.",
  "settings.tooLong":
    "Iestatījumi netika saglabāti: tiem vajag {length, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}, bet DocSpace glabā ne vairāk kā {limit}. Saīsiniet mērķa mapi par {excess, plural, zero {# rakstzīmēm} one {# rakstzīmi} other {# rakstzīmēm}}.",
  "settings.tooLong.token":
    "Iestatījumi netika saglabāti: ar šo piekļuves marķieri tiem vajag {length, plural, zero {# rakstzīmju} one {# rakstzīmi} other {# rakstzīmes}}, bet DocSpace glabā ne vairāk kā {limit}. Izmantojiet “Savienot”, nevis ielīmētu marķieri, vai saīsiniet mērķa mapi par {excess, plural, zero {# rakstzīmēm} one {# rakstzīmi} other {# rakstzīmēm}}.",

  "error.notConnected": "Savienojiet savu Dropbox kontu, lai sūtītu failus.",
  "error.notConnected.shared":
    "Koplietotais Dropbox konts nav savienots. Lūdziet DocSpace administratoram to savienot spraudņa iestatījumos.",
  "error.dropboxAuth":
    "Dropbox vairs nepieņem jūsu savienojumu (tas atsaukts vai beidzies). Savienojiet Dropbox vēlreiz.",
  "error.dropboxAuth.shared":
    "Dropbox vairs nepieņem koplietoto savienojumu (tas atsaukts vai beidzies). Lūdziet DocSpace administratoram to atkārtoti savienot spraudņa iestatījumos.",
  "error.dropboxAuth.reconnected":
    "Sūtīšana apturēta: Dropbox vairs nepieņem savienojumu, ar kuru tā tika sākta (tas atsaukts vai beidzies). Kopš tā laika Dropbox ir atkal savienots, tāpēc šim vienumam vēlreiz izvēlieties “Sūtīt uz Dropbox”.",
  "error.dropboxPermission":
    "Dropbox lietotnei trūkst vajadzīgās atļaujas (piemēram, files.content.write vai sharing.write). Lūdziet administratoram to iespējot Dropbox App Console, pēc tam savienojiet vēlreiz.",
  "error.insufficientSpace":
    "Jūsu Dropbox ir pilns. Atbrīvojiet vietu vai mainiet plānu un mēģiniet vēlreiz.",
  "error.tooLarge": "Fails ir lielāks, nekā Dropbox pieņem vienam failam.",
  "error.invalidPath":
    "Dropbox nepieņem mērķa ceļu. Lūdziet administratoram pārbaudīt mērķa mapi spraudņa iestatījumos.",
  "error.conflict":
    "Dropbox kaut kas traucē (piemēram, mape ar faila nosaukumu), un to nevar aizstāt. Pārdēvējiet vai pārvietojiet to un mēģiniet vēlreiz.",
  "error.notFound": "Vienums DocSpace vairs nepastāv. Atsvaidziniet lapu un mēģiniet vēlreiz.",
  "error.noDownloadPermission":
    "Jums nav atļauts lejupielādēt šo vienumu DocSpace, tāpēc to nevar nosūtīt. Lūdziet telpas administratoram lejupielādes tiesības.",
  "error.docspaceSignedOut": "Jūsu DocSpace sesija ir beigusies. Pierakstieties vēlreiz un mēģiniet vēlreiz.",
  "error.rateLimited": "Pašlaik pārāk daudz pieprasījumu. Pagaidiet minūti un mēģiniet vēlreiz.",
  "error.network":
    "Savienojums neizdevās. Pārbaudiet tīklu, pārlādējiet lapu (tikko instalēts vai ieslēgts spraudnis sāk darboties pēc pārlādes) un mēģiniet vēlreiz.",
  "error.server": "DocSpace vai Dropbox pašlaik ir problēmas. Mēģiniet vēlāk.",
  "error.incompleteDownload":
    "Lejupielāde no DocSpace apstājās priekšlaicīgi, tāpēc nekas netika saglabāts. Mēģiniet vēlreiz.",
  "error.incompleteListing":
    "Šīs mapes saraksts DocSpace lasīšanas laikā mainījās, tāpēc daži tās faili, iespējams, netika nosūtīti. Nosūtiet mapi vēlreiz.",
  "error.integrity": "Kopija Dropbox neatbilda oriģinālam, tāpēc tā netika paturēta. Mēģiniet vēlreiz.",
  "error.cancelled": "Sūtīšana atcelta. Nekas nepilnīgs netika saglabāts.",
  "error.unknown":
    "“Sūtīt uz Dropbox” neizdevās negaidīta iemesla dēļ. Sīkāka informācija ir pārlūka konsolē (F12); mēģiniet vēlreiz un ziņojiet, ja problēma atkārtojas.",
  "error.notConfigured":
    "“Sūtīt uz Dropbox” vēl nav iestatīts. Lūdziet DocSpace administratoram pabeigt spraudņa iestatījumus.",
  "error.notAllowed": "Šajā portālā uz Dropbox drīkst sūtīt tikai DocSpace administratori.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Aizvērt",
} as const satisfies Record<MessageKey, string>;
