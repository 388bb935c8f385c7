import type { MessageKey } from "./en";

export const sl = {
  "menu.send": "Pošlji v Dropbox",
  "menu.account": "Povezava z Dropboxom",
  "send.background":
    "Pošiljanje v Dropbox. Za prikaz napredka ali, ko je končano, rezultata pri istem elementu znova izberite »Pošlji v Dropbox«.",

  "send.nothingSelected": "Za pošiljanje ni bilo nič izbrano.",
  "send.otherTab":
    "Ta element se že pošilja v Dropbox iz drugega zavihka ali okna tega brskalnika. Za prikaz napredka tam pri elementu izberite »Pošlji v Dropbox«. Če je bil ta zavihek pravkar zaprt, poskusite znova čez nekaj sekund.",

  "resume.question": "Prejšnje pošiljanje tega elementa se je ustavilo, preden se je končalo.",

  "resume.resume": "Nadaljuj — {bytes} od {totalBytes} je že v Dropboxu",

  "resume.startAgain": "Začni znova",

  "progress.preparing": "Pošiljanje v Dropbox se še pripravlja: branje vsebine mape…",
  "progress.running":
    "Pošiljanje v Dropbox še poteka: {files, plural, one {# datoteka} two {# datoteki} few {# datoteke} other {# datotek}} od {totalFiles}, {bytes} od {totalBytes}.",
  "progress.title": "Pošiljanje v Dropbox",
  "progress.explain": "Ko se opravilo konča, boste videli, kam je šlo vse.",
  "progress.refresh": "Osveži",
  "progress.cancel": "Prekliči pošiljanje",
  "progress.cancelling":
    "Preklic poteka. Že poslane datoteke ostanejo v Dropboxu; nič nepopolnega se ne shrani.",
  "progress.operation": "Pošiljanje v Dropbox: {name}",
  "progress.operationMany": "Pošiljanje v Dropbox: izbrani elementi ({count})",

  "result.fileSent": "Poslano v Dropbox: {path}",
  "result.fileFailed": "»{name}« ni bil poslan. {reason}",
  "result.empty": "Ničesar ni za pošiljanje: izbor ne vsebuje datotek. {path} ni bila spremenjena.",
  "result.summaryToast":
    "Pošiljanje v Dropbox je končano: {sent, plural, one {poslana # datoteka} two {poslani # datoteki} few {poslane # datoteke} other {poslanih # datotek}} od {total}.",
  "result.title": "Poslano v Dropbox",
  "result.where.appFolder": "{path} v mapi te aplikacije v Dropboxu (pod »Apps«)",
  "result.where.appFolderRoot": "mapo te aplikacije v Dropboxu (pod »Apps«)",
  "result.where.root": "najvišjo raven Dropboxa",
  "result.account": "Račun Dropbox: {name}",
  "result.fileRenamedWhy": "Poslano v Dropbox kot {path}, preimenovano iz »{name}«: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox v imenih ne sprejema »/«, »\\« in nekaterih krmilnih znakov",
  "rename.controlCharacter": "zamenjani so bili nevidni znaki, ki spremenijo branje imena",
  "rename.invalidText": "ime je vsebovalo poškodovano besedilo (neveljaven znak)",
  "rename.surroundingSpace": "Dropbox ne ohranja presledkov na začetku ali koncu imena",
  "rename.relativeName": "ime je bilo prazno ali iz samih pik",
  "rename.notSynced": "Dropbox ne sinhronizira imen, kot sta desktop.ini ali zaklepne datoteke ~$",
  "rename.tooLong": "Dropbox dovoli največ 255 znakov v imenu",
  "rename.nameClash":
    "drug element tega pošiljanja ima enako ime (Dropbox ne razlikuje velikih in malih črk)",
  "rename.keptBoth": "datoteka s tem imenom je že obstajala, zato jo je Dropbox oštevilčil",
  "mixed.title": "Nekaterih elementov ni mogoče poslati",
  "mixed.intro": "Teh izbranih elementov ne smete prenašati, zato so izpuščeni:",
  "mixed.send": "Pošlji ostale ({count})",
  "result.titleWithProblems": "Poslano v Dropbox, s težavami",
  "result.counts":
    "{sent, plural, one {Poslana # datoteka} two {Poslani # datoteki} few {Poslane # datoteke} other {Poslanih # datotek}} od {total} v {path}.",
  "result.failedHeading":
    "{count, plural, one {# datoteka ni bila poslana:} two {# datoteki nista bili poslani:} few {# datoteke niso bile poslane:} other {# datotek ni bilo poslanih:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# datoteka preimenovana za Dropbox:} two {# datoteki preimenovani za Dropbox:} few {# datoteke preimenovane za Dropbox:} other {# datotek preimenovanih za Dropbox:}}",
  "result.andMore": "…in še {count}.",
  "result.item": "Element {id}",
  "result.linkTitle": "Povezava za skupno rabo",
  "result.linkIntro": "Vsak s to povezavo si lahko ogleda datoteko v Dropboxu. Kopirajte jo iz polja:",
  "result.linkLabel": "Povezava za skupno rabo",
  "result.linkCopied": "Povezava za skupno rabo je bila kopirana v odložišče.",

  "connect.title": "Povežite Dropbox",
  "account.title": "Povezava z Dropboxom",
  "account.sharedMode":
    "Ta portal pošilja v en skupni račun Dropbox, ki ga skrbniki DocSpace upravljajo v nastavitvah vtičnika.",
  "connect.intro": "Za pošiljanje datotek vtičnik potrebuje dovoljenje za pisanje v vaš Dropbox.",
  "connect.privacy":
    "Vaša povezava z Dropboxom je shranjena v tem brskalniku, samo za vaš račun DocSpace; strežnik portala je nikoli ne prejme. Drugi vtičniki, nameščeni na tem portalu, se izvajajo na isti strani in bi jo lahko prebrali. Odstrani se, ko prekinete povezavo, ko se tukaj odjavite iz DocSpace in ko se v tem brskalniku na portal prijavi nekdo drug.",
  "connect.step1": "1. Odprite Dropbox na novem zavihku, se prijavite in dovolite dostop.",
  "connect.openDropbox": "Odpri Dropbox",
  "connect.popupBlocked": "Brskalnik je blokiral nov zavihek. Ta naslov sami kopirajte v nov zavihek:",
  "connect.step2": "2. Dropbox nato prikaže kodo. Kopirajte jo in jo prilepite sem:",
  "connect.codePlaceholder": "Koda iz Dropboxa",
  "connect.sessionOnly": "Ne ohrani povezave v tem računalniku (samo ta zavihek, dokler ni zaprt)",
  "connect.connect": "Poveži",
  "connect.connectedAs": "Povezano kot {name} ({email})",
  "connect.connectedAsName": "Povezano kot {name}",
  "connect.accountUnknown": "račun Dropbox",
  "connect.disconnect": "Prekini povezavo",
  "connect.sendNow": "Pošlji zdaj",
  "connect.codeMissing": "Prilepite kodo, ki vam jo je prikazal Dropbox, in izberite »Poveži«.",
  "connect.codeRejected":
    "Dropbox te kode ni sprejel. Koda deluje enkrat in le nekaj minut: znova izberite »Odpri Dropbox« in prilepite novo kodo.",
  "connect.appKeyMissing": "Najprej vnesite ključ aplikacije Dropbox.",
  "connect.storageDenied":
    "Ta brskalnik vtičniku ne dovoli shraniti povezave (podatki spletnih mest so blokirani). Dovolite podatke spletnega mesta za portal in se znova povežite.",

  "settings.app.title": "Aplikacija Dropbox",
  "settings.app.howto1":
    "1. V Dropbox App Console (https://www.dropbox.com/developers/apps) ustvarite aplikacijo s Scoped access. Izberite App folder (priporočeno: vtičnik vidi samo svojo mapo) ali Full Dropbox.",
  "settings.app.howto2":
    "2. Na zavihku Permissions označite files.content.write in account_info.read, za povezave za skupno rabo še sharing.write in sharing.read, ter potrdite.",
  "settings.app.howto3":
    "3. Kopirajte App key z zavihka Settings v spodnje polje. Skrivnost aplikacije ni nikoli potrebna.",
  "settings.appKey.label": "Ključ aplikacije Dropbox",
  "settings.appKey.placeholder": "npr. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ključ aplikacije Dropbox vsebuje le črke, števke, »-« in »_«. Odstranite {characters}.",
  "settings.appKey.tooLong":
    "Ključ aplikacije Dropbox ima največ {max} znakov. Znova ga kopirajte iz App Console.",
  "settings.appKey.checkedLater":
    "Dropbox preveri ključ ob prvi povezavi: pri napačnem ključu pokaže stran »Invalid client_id«.",
  "settings.access.label": "Vrsta dostopa aplikacije (izbrana ob ustvarjanju)",
  "settings.access.appFolder": "Mapa aplikacije: datoteke gredo v »Apps«, v mapo aplikacije",
  "settings.access.full": "Celoten Dropbox",
  "settings.mode.label": "Čigav Dropbox prejme datoteke",
  "settings.mode.personal": "Vsak uporabnik poveže svoj Dropbox (priporočeno)",
  "settings.mode.shared": "En skupni račun Dropbox za celoten portal",
  "settings.mode.personalHint":
    "Vsak uporabnik bo ob prvem pošiljanju pozvan, naj se poveže. Povezava je shranjena v brskalniku tega uporabnika, ne na strežniku portala, in se odstrani, ko uporabnik prekine povezavo ali se odjavi ali ko se v tem brskalniku prijavi drug uporabnik; drugi vtičniki, nameščeni na tem portalu, se izvajajo na isti strani in bi jo lahko prebrali.",
  "settings.mode.sharedWarning":
    "Pozor: DocSpace pošilja nastavitve vtičnikov v brskalnik vsakega člana portala, zato lahko vsak član prebere žeton skupnega računa. Uporabite aplikacijo Dropbox vrste App folder, da žeton seže samo do te mape.",
  "settings.connect.saveHint": "Izberite »Shrani«, da obdržite to povezavo.",
  "settings.connect.notRevoked":
    "Skupna povezava je bila tukaj odstranjena, vendar Dropboxa ni bilo mogoče doseči, da bi jo preklicali, zato njen žeton še vedno deluje za vsakogar, ki ga je prebral iz teh nastavitev. Če jo želite preklicati, se prijavite v ta račun Dropbox, odprite Nastavitve › Povezane aplikacije (https://www.dropbox.com/account/connected_apps) in odstranite to aplikacijo.",
  "settings.token.label": "Ali prilepite žeton za dostop",
  "settings.token.placeholder": "Žeton za dostop do Dropboxa",
  "settings.token.warning":
    "Kratkotrajni žetoni za dostop do Dropboxa potečejo po 4 urah; pošiljanje nato ne deluje, dokler ne prilepite novega. Za trajno povezavo uporabite »Poveži« zgoraj.",
  "settings.token.invalid":
    "Žeton za dostop vsebuje znake, ki jih žetoni Dropbox nikoli nimajo. Kopirajte ga znova.",
  "settings.folder.label": "Ciljna mapa v Dropboxu",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Prazno pomeni najvišjo raven (pri aplikacijah App folder lastno mapo aplikacije).",
  "settings.folder.noLeadingSlash": "Mapa se mora začeti z »/«, na primer /DocSpace.",
  "settings.folder.emptyComponent": "Mapa ne sme vsebovati »//«.",
  "settings.folder.componentTooLong": "Vsako ime mape ima lahko največ 255 znakov.",
  "settings.folder.trailingSpaceOrDot": "Imena map se ne smejo končati s presledkom ali piko.",
  "settings.folder.unsafeCharacter": 'Imena map ne smejo vsebovati < > : " | ? * \\ ali krmilnih znakov.',
  "settings.folder.disallowedName":
    "Dropbox ne sprejme tega imena mape (na primer desktop.ini ali imen, ki se začnejo z ~$).",
  "settings.folder.invalid": "Nastavitve niso bile shranjene. Ciljna mapa: {reason}",
  "settings.folder.savedAs": "Shranjeno bo kot {folder}",
  "settings.budget.left": "Še na voljo za te nastavitve: {left} od {limit} znakov.",
  "settings.budget.over":
    "Predolgo: potrebujejo {length, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}, DocSpace pa shrani največ {limit}. Skrajšajte ciljno mapo za {excess, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}.",
  "settings.budget.overToken":
    "Predolgo: s tem žetonom za dostop potrebujejo {length, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}, DocSpace pa shrani največ {limit}. Namesto lepljenja žetona uporabite »Poveži« ali skrajšajte ciljno mapo za {excess, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}.",
  "settings.saveBlocked": "Shranjevanje ni mogoče, dokler niso odpravljene zgoraj označene težave.",
  "settings.notSaved": "Nastavitve niso bile shranjene: {reason}",
  "settings.changedElsewhere":
    "Nastavitve niso bile shranjene: odkar je bila ta plošča odprta, so bile spremenjene v drugem oknu ali zavihku. Zaprite nastavitve in jih znova odprite, da vidite trenutne vrednosti.",
  "settings.conflict.label": "Ko je tam že datoteka z enakim imenom",
  "settings.conflict.keepBoth": "Obdrži obe (nova datoteka dobi številko)",
  "settings.conflict.overwrite": "Zamenjaj obstoječo datoteko",
  "settings.shareLink.label": "Ustvari povezavo za skupno rabo za poslane datoteke",
  "settings.audience.label": "Kdo lahko pošilja v Dropbox",
  "settings.audience.everyone": "Vsak, ki lahko prenese element",
  "settings.audience.admins": "Samo lastnik in skrbniki DocSpace",
  "settings.audience.hint": "To skrije element menija drugim uporabnikom; teh nastavitev ne skrije.",
  "settings.save": "Shrani",
  "settings.saved": "Nastavitve »Pošlji v Dropbox« so shranjene.",
  "settings.saved.noAppKey":
    "Nastavitve so shranjene. »Pošlji v Dropbox« ostane skrito, dokler ni vnesen ključ aplikacije Dropbox.",
  "settings.saved.sharedNotConnected":
    "Nastavitve so shranjene. »Pošlji v Dropbox« ostane skrito, dokler skupni račun Dropbox ni povezan.",
  "settings.saved.accessToken":
    "Nastavitve so shranjene s prilepljenim žetonom za dostop. Če je kratkotrajen, pošiljanje po 4 urah ne bo več delovalo.",
  "settings.tooLong":
    "Nastavitve niso bile shranjene: potrebujejo {length, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}, DocSpace pa shrani največ {limit}. Skrajšajte ciljno mapo za {excess, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}.",
  "settings.tooLong.token":
    "Nastavitve niso bile shranjene: s tem žetonom za dostop potrebujejo {length, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}, DocSpace pa shrani največ {limit}. Namesto lepljenja žetona uporabite »Poveži« ali skrajšajte ciljno mapo za {excess, plural, one {# znak} two {# znaka} few {# znake} other {# znakov}}.",

  "error.notConnected": "Povežite svoj račun Dropbox, da boste lahko pošiljali datoteke.",
  "error.notConnected.shared":
    "Skupni račun Dropbox ni povezan. Prosite skrbnika DocSpace, naj ga poveže v nastavitvah vtičnika.",
  "error.dropboxAuth":
    "Dropbox ne sprejema več vaše povezave (preklicana je ali je potekla). Znova povežite Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox ne sprejema več skupne povezave (preklicana je ali je potekla). Prosite skrbnika DocSpace, naj jo znova poveže v nastavitvah vtičnika.",
  "error.dropboxAuth.reconnected":
    "Pošiljanje se je ustavilo: Dropbox ne sprejema več povezave, s katero se je začelo (preklicana je ali je potekla). Medtem ste Dropbox znova povezali, zato pri elementu znova izberite »Pošlji v Dropbox«.",
  "error.dropboxPermission":
    "Aplikaciji Dropbox manjka potrebno dovoljenje (na primer files.content.write ali sharing.write). Prosite skrbnika, naj ga omogoči v Dropbox App Console, nato se znova povežite.",
  "error.insufficientSpace":
    "Vaš Dropbox je poln. Sprostite prostor ali zamenjajte paket in poskusite znova.",
  "error.tooLarge": "Datoteka je večja, kot jo Dropbox sprejme za posamezno datoteko.",
  "error.invalidPath":
    "Dropbox ne sprejme ciljne poti. Prosite skrbnika, naj preveri ciljno mapo v nastavitvah vtičnika.",
  "error.conflict":
    "Nekaj v Dropboxu je v napoto (na primer mapa z imenom datoteke) in tega ni mogoče zamenjati. Preimenujte ali premaknite to in poskusite znova.",
  "error.notFound": "Element v DocSpace ne obstaja več. Osvežite stran in poskusite znova.",
  "error.noDownloadPermission":
    "Tega elementa v DocSpace ne smete prenesti, zato ga ni mogoče poslati. Prosite skrbnika sobe za pravico do prenosa.",
  "error.docspaceSignedOut": "Vaša seja DocSpace je potekla. Znova se prijavite in poskusite še enkrat.",
  "error.rateLimited": "Trenutno je preveč zahtev. Počakajte minuto in poskusite znova.",
  "error.network":
    "Povezava ni uspela. Preverite omrežje, znova naložite stran (pravkar nameščen ali vklopljen vtičnik deluje po ponovnem nalaganju) in poskusite znova.",
  "error.server": "DocSpace ali Dropbox ima trenutno težave. Poskusite pozneje.",
  "error.incompleteDownload":
    "Prenos iz DocSpace se je predčasno ustavil, zato ni bilo nič shranjeno. Poskusite znova.",
  "error.incompleteListing":
    "Seznam te mape v DocSpace se je med branjem spreminjal, zato nekatere njene datoteke morda niso bile poslane. Znova pošljite mapo.",
  "error.integrity": "Kopija v Dropboxu se ni ujemala z izvirnikom, zato ni bila obdržana. Poskusite znova.",
  "error.cancelled": "Pošiljanje je bilo preklicano. Nič nepopolnega ni bilo shranjeno.",
  "error.unknown":
    "»Pošlji v Dropbox« ni uspelo iz nepričakovanega razloga. Podrobnosti so v konzoli brskalnika (F12); poskusite znova in težavo prijavite, če se ponavlja.",
  "error.notConfigured":
    "»Pošlji v Dropbox« še ni nastavljeno. Prosite skrbnika DocSpace, naj dokonča nastavitve vtičnika.",
  "error.notAllowed": "Na tem portalu lahko v Dropbox pošiljajo samo skrbniki DocSpace.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Zapri",
} as const satisfies Record<MessageKey, string>;
