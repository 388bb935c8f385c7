// Generated from sr-Cyrl-RS.ts by scripts/i18n-sr-latin.ts; edit the Cyrillic file and run it again.
import type { MessageKey } from "./en";

export const srLatnRS = {
  "menu.send": "Pošalji u Dropbox",
  "menu.account": "Veza sa Dropbox-om",
  "send.background":
    "Šalje se u Dropbox. Ponovo izaberite „Pošalji u Dropbox“ za istu stavku da biste videli napredak ili, kada se završi, rezultat.",

  "send.nothingSelected": "Ništa nije izabrano za slanje.",
  "send.otherTab":
    "Ova stavka se već šalje u Dropbox iz druge kartice ili prozora ovog pregledača. Da biste videli napredak, tamo izaberite „Pošalji u Dropbox“ za stavku. Ako je ta kartica upravo zatvorena, pokušajte ponovo za nekoliko sekundi.",

  "resume.question": "Prethodno slanje ove stavke se zaustavilo pre završetka.",

  "resume.resume": "Nastavi — {bytes} od {totalBytes} već je u Dropbox-u",

  "resume.startAgain": "Počni iznova",

  "progress.preparing": "Slanje u Dropbox se još priprema: čita se sadržaj fascikle…",
  "progress.running":
    "Slanje u Dropbox je u toku: {files, plural, one {# datoteka} few {# datoteke} other {# datoteka}} od {totalFiles}, {bytes} od {totalBytes}.",
  "progress.title": "Slanje u Dropbox",
  "progress.explain": "Kada se posao završi, videćete gde je sve otišlo.",
  "progress.refresh": "Osveži",
  "progress.cancel": "Otkaži slanje",
  "progress.cancelling": "Otkazuje se. Već poslate datoteke ostaju u Dropbox-u; ništa nepotpuno se ne čuva.",
  "progress.operation": "Slanje u Dropbox: {name}",
  "progress.operationMany": "Slanje u Dropbox: izabrane stavke ({count})",

  "result.fileSent": "Poslato u Dropbox: {path}",
  "result.fileFailed": "„{name}” nije poslat. {reason}",
  "result.empty": "Nema šta da se pošalje: izbor ne sadrži datoteke. {path} nije promenjena.",
  "result.summaryToast":
    "Slanje u Dropbox je završeno: {sent, plural, one {poslata # datoteka} few {poslate # datoteke} other {poslato # datoteka}} od {total}.",
  "result.title": "Poslato u Dropbox",
  "result.where.appFolder": "{path} u fascikli ove aplikacije u Dropbox-u (pod „Apps“)",
  "result.where.appFolderRoot": "fasciklu ove aplikacije u Dropbox-u (pod „Apps“)",
  "result.where.root": "najviši nivo Dropbox-a",
  "result.account": "Dropbox nalog: {name}",
  "result.fileRenamedWhy": "Poslato u Dropbox kao {path}, preimenovano iz „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox u imenima ne prihvata „/“, „\\“ i neke kontrolne znakove",
  "rename.controlCharacter": "zamenjeni su nevidljivi znakovi koji menjaju čitanje imena",
  "rename.invalidText": "ime je sadržalo oštećen tekst (nevažeći znak)",
  "rename.surroundingSpace": "Dropbox ne čuva razmake na početku ili kraju imena",
  "rename.relativeName": "ime je bilo prazno ili samo od tačaka",
  "rename.notSynced": "Dropbox ne sinhronizuje imena kao što su desktop.ini ili ~$ datoteke zaključavanja",
  "rename.tooLong": "Dropbox dozvoljava najviše 255 znakova u imenu",
  "rename.nameClash": "druga stavka ovog slanja ima isto ime (Dropbox ne razlikuje velika i mala slova)",
  "rename.keptBoth": "datoteka sa ovim imenom je već postojala, pa ju je Dropbox numerisao",
  "mixed.title": "Neke stavke ne mogu da se pošalju",
  "mixed.intro": "Ove izabrane stavke ne smete da preuzimate, pa su izostavljene:",
  "mixed.send": "Pošalji ostale ({count})",
  "result.titleWithProblems": "Poslato u Dropbox, uz probleme",
  "result.counts":
    "{sent, plural, one {Poslata # datoteka} few {Poslate # datoteke} other {Poslato # datoteka}} od {total} u {path}.",
  "result.failedHeading":
    "{count, plural, one {# datoteka nije poslata:} few {# datoteke nisu poslate:} other {# datoteka nije poslato:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# datoteka preimenovana za Dropbox:} few {# datoteke preimenovane za Dropbox:} other {# datoteka preimenovano za Dropbox:}}",
  "result.andMore": "…i još {count}.",
  "result.item": "Stavka {id}",
  "result.linkTitle": "Veza za deljenje",
  "result.linkIntro": "Svako ko ima ovu vezu može da vidi datoteku u Dropbox-u. Kopirajte je iz polja:",
  "result.linkLabel": "Veza za deljenje",
  "result.linkCopied": "Veza za deljenje je kopirana u ostavu.",

  "connect.title": "Povežite Dropbox",
  "account.title": "Veza sa Dropbox-om",
  "account.sharedMode":
    "Ovaj portal šalje na jedan zajednički Dropbox nalog, kojim administratori DocSpace-a upravljaju u podešavanjima dodatka.",
  "connect.intro": "Da bi slao datoteke, dodatku je potrebna dozvola da piše u vaš Dropbox.",
  "connect.privacy":
    "Vaša veza sa Dropbox-om čuva se u ovom pregledaču, samo za vaš DocSpace nalog; server portala je nikada ne prima. Drugi dodaci instalirani na ovom portalu rade na istoj stranici i mogli bi da je pročitaju. Uklanja se kada prekinete vezu, kada se ovde odjavite sa DocSpace-a i kada se neko drugi prijavi na portal u ovom pregledaču.",
  "connect.step1": "1. Otvorite Dropbox u novoj kartici, prijavite se i dozvolite pristup.",
  "connect.openDropbox": "Otvori Dropbox",
  "connect.popupBlocked": "Pregledač je blokirao novu karticu. Sami kopirajte ovu adresu u novu karticu:",
  "connect.step2": "2. Dropbox zatim prikazuje kôd. Kopirajte ga i nalepite ovde:",
  "connect.codePlaceholder": "Kôd iz Dropbox-a",
  "connect.sessionOnly": "Ne zadržavaj vezu na ovom računaru (samo ova kartica, dok se ne zatvori)",
  "connect.connect": "Poveži",
  "connect.connectedAs": "Povezano kao {name} ({email})",
  "connect.connectedAsName": "Povezano kao {name}",
  "connect.accountUnknown": "Dropbox nalog",
  "connect.disconnect": "Prekini vezu",
  "connect.sendNow": "Pošalji sada",
  "connect.codeMissing": "Nalepite kôd koji vam je Dropbox prikazao, pa izaberite „Poveži”.",
  "connect.codeRejected":
    "Dropbox nije prihvatio ovaj kôd. Kôd važi jednom i samo nekoliko minuta: ponovo izaberite „Otvori Dropbox” i nalepite novi kôd.",
  "connect.appKeyMissing": "Prvo unesite ključ Dropbox aplikacije.",
  "connect.storageDenied":
    "Ovaj pregledač ne dozvoljava dodatku da sačuva vezu (podaci sajtova su blokirani). Dozvolite podatke sajta za portal i ponovo se povežite.",

  "settings.app.title": "Dropbox aplikacija",
  "settings.app.howto1":
    "1. U Dropbox App Console (https://www.dropbox.com/developers/apps) napravite aplikaciju sa Scoped access. Izaberite App folder (preporučeno: dodatak vidi samo svoju fasciklu) ili Full Dropbox.",
  "settings.app.howto2":
    "2. Na kartici Permissions označite files.content.write i account_info.read, a za veze za deljenje i sharing.write i sharing.read, pa potvrdite.",
  "settings.app.howto3":
    "3. Kopirajte App key sa kartice Settings u polje ispod. Tajna aplikacije nikada nije potrebna.",
  "settings.appKey.label": "Ključ Dropbox aplikacije",
  "settings.appKey.placeholder": "npr. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ključ Dropbox aplikacije sadrži samo slova, cifre, „-“ i „_“. Uklonite {characters}.",
  "settings.appKey.tooLong":
    "Ključ Dropbox aplikacije ima najviše {max} znakova. Ponovo ga kopirajte iz App Console.",
  "settings.appKey.checkedLater":
    "Dropbox proverava ključ pri prvom povezivanju: uz pogrešan ključ Dropbox prikazuje stranicu „Invalid client_id“.",
  "settings.access.label": "Vrsta pristupa aplikacije (izabrana pri pravljenju)",
  "settings.access.appFolder": "Fascikla aplikacije: datoteke idu u „Apps“, u fasciklu aplikacije",
  "settings.access.full": "Ceo Dropbox",
  "settings.mode.label": "Čiji Dropbox prima datoteke",
  "settings.mode.personal": "Svaki korisnik povezuje svoj Dropbox (preporučeno)",
  "settings.mode.shared": "Jedan zajednički Dropbox nalog za ceo portal",
  "settings.mode.personalHint":
    "Svaki korisnik će biti zamoljen da se poveže pri prvom slanju. Veza se čuva u pregledaču tog korisnika, a ne na serveru portala, i uklanja se kada on prekine vezu ili se odjavi ili kada se u tom pregledaču prijavi drugi korisnik; drugi dodaci instalirani na ovom portalu rade na istoj stranici i mogli bi da je pročitaju.",
  "settings.mode.sharedWarning":
    "Pažnja: DocSpace šalje podešavanja dodataka u pregledač svakog člana portala, pa svaki član može da pročita token zajedničkog naloga. Koristite Dropbox aplikaciju tipa App folder, da bi token dosezao samo tu fasciklu.",
  "settings.connect.saveHint": "Izaberite „Sačuvaj” da biste zadržali ovu vezu.",
  "settings.connect.notRevoked":
    "Zajednička veza je ovde uklonjena, ali Dropbox nije bio dostupan da bi bila opozvana, pa njen token i dalje radi za svakoga ko ga je pročitao iz ovih podešavanja. Da biste je opozvali, prijavite se na taj Dropbox nalog, otvorite Podešavanja › Povezane aplikacije (https://www.dropbox.com/account/connected_apps) i uklonite ovu aplikaciju.",
  "settings.token.label": "Ili nalepite pristupni token",
  "settings.token.placeholder": "Dropbox pristupni token",
  "settings.token.warning":
    "Kratkotrajni Dropbox pristupni tokeni ističu posle 4 sata; slanje prestaje da radi dok ne nalepite novi. Za trajnu vezu koristite „Poveži” iznad.",
  "settings.token.invalid":
    "Pristupni token sadrži znakove koje Dropbox tokeni nikada nemaju. Kopirajte ga ponovo.",
  "settings.folder.label": "Odredišna fascikla u Dropbox-u",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Prazno znači najviši nivo (za App folder aplikacije sopstvenu fasciklu aplikacije).",
  "settings.folder.noLeadingSlash": "Fascikla mora da počinje sa „/”, na primer /DocSpace.",
  "settings.folder.emptyComponent": "Fascikla ne sme da sadrži „//”.",
  "settings.folder.componentTooLong": "Svako ime fascikle može imati najviše 255 znakova.",
  "settings.folder.trailingSpaceOrDot": "Imena fascikli ne smeju da se završavaju razmakom ili tačkom.",
  "settings.folder.unsafeCharacter":
    'Imena fascikli ne smeju da sadrže < > : " | ? * \\ niti kontrolne znakove.',
  "settings.folder.disallowedName":
    "Dropbox ne prihvata ovo ime fascikle (na primer desktop.ini ili imena koja počinju sa ~$).",
  "settings.folder.invalid": "Podešavanja nisu sačuvana. Odredišna fascikla: {reason}",
  "settings.folder.savedAs": "Biće sačuvano kao {folder}",
  "settings.budget.left": "Preostalo za ova podešavanja: {left} od {limit} znakova.",
  "settings.budget.over":
    "Predugačko: potrebno im je {length, plural, one {# znak} few {# znaka} other {# znakova}}, a DocSpace čuva najviše {limit}. Skratite odredišnu fasciklu za {excess, plural, one {# znak} few {# znaka} other {# znakova}}.",
  "settings.budget.overToken":
    "Predugačko: sa ovim pristupnim tokenom potrebno im je {length, plural, one {# znak} few {# znaka} other {# znakova}}, a DocSpace čuva najviše {limit}. Koristite „Poveži” umesto nalepljenog tokena ili skratite odredišnu fasciklu za {excess, plural, one {# znak} few {# znaka} other {# znakova}}.",
  "settings.saveBlocked": "Čuvanje nije moguće dok se ne otklone problemi označeni iznad.",
  "settings.notSaved": "Podešavanja nisu sačuvana: {reason}",
  "settings.changedElsewhere":
    "Podešavanja nisu sačuvana: promenjena su u drugom prozoru ili kartici nakon što je ovaj panel otvoren. Zatvorite podešavanja i ponovo ih otvorite da biste videli trenutne vrednosti.",
  "settings.conflict.label": "Kada tamo već postoji datoteka sa istim imenom",
  "settings.conflict.keepBoth": "Zadrži obe (nova datoteka dobija broj)",
  "settings.conflict.overwrite": "Zameni postojeću datoteku",
  "settings.shareLink.label": "Napravi vezu za deljenje za poslate datoteke",
  "settings.audience.label": "Ko može da šalje u Dropbox",
  "settings.audience.everyone": "Svako ko može da preuzme stavku",
  "settings.audience.admins": "Samo vlasnik i administratori DocSpace-a",
  "settings.audience.hint": "Ovo skriva stavku menija od ostalih korisnika; ne skriva ova podešavanja.",
  "settings.save": "Sačuvaj",
  "settings.saved": "Podešavanja „Pošalji u Dropbox” su sačuvana.",
  "settings.saved.noAppKey":
    "Podešavanja su sačuvana. „Pošalji u Dropbox” ostaje skriveno dok se ne unese ključ Dropbox aplikacije.",
  "settings.saved.sharedNotConnected":
    "Podešavanja su sačuvana. „Pošalji u Dropbox” ostaje skriveno dok se zajednički Dropbox nalog ne poveže.",
  "settings.saved.accessToken":
    "Podešavanja su sačuvana sa nalepljenim pristupnim tokenom. Ako je kratkotrajan, slanje će prestati da radi posle 4 sata.",
  "settings.tooLong":
    "Podešavanja nisu sačuvana: potrebno im je {length, plural, one {# znak} few {# znaka} other {# znakova}}, a DocSpace čuva najviše {limit}. Skratite odredišnu fasciklu za {excess, plural, one {# znak} few {# znaka} other {# znakova}}.",
  "settings.tooLong.token":
    "Podešavanja nisu sačuvana: sa ovim pristupnim tokenom potrebno im je {length, plural, one {# znak} few {# znaka} other {# znakova}}, a DocSpace čuva najviše {limit}. Koristite „Poveži” umesto nalepljenog tokena ili skratite odredišnu fasciklu za {excess, plural, one {# znak} few {# znaka} other {# znakova}}.",

  "error.notConnected": "Povežite svoj Dropbox nalog da biste slali datoteke.",
  "error.notConnected.shared":
    "Zajednički Dropbox nalog nije povezan. Zamolite administratora DocSpace-a da ga poveže u podešavanjima dodatka.",
  "error.dropboxAuth":
    "Dropbox više ne prihvata vašu vezu (opozvana je ili je istekla). Ponovo povežite Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox više ne prihvata zajedničku vezu (opozvana je ili je istekla). Zamolite administratora DocSpace-a da je ponovo poveže u podešavanjima dodatka.",
  "error.dropboxAuth.reconnected":
    "Slanje je zaustavljeno: Dropbox više ne prihvata vezu sa kojom je počelo (opozvana je ili je istekla). U međuvremenu ste ponovo povezali Dropbox, pa ponovo izaberite „Pošalji u Dropbox“ za stavku.",
  "error.dropboxPermission":
    "Dropbox aplikaciji nedostaje potrebna dozvola (na primer files.content.write ili sharing.write). Zamolite administratora da je omogući u Dropbox App Console, pa se ponovo povežite.",
  "error.insufficientSpace":
    "Vaš Dropbox je pun. Oslobodite prostor ili promenite paket, pa pokušajte ponovo.",
  "error.tooLarge": "Datoteka je veća nego što Dropbox prihvata za jednu datoteku.",
  "error.invalidPath":
    "Dropbox ne prihvata odredišnu putanju. Zamolite administratora da proveri odredišnu fasciklu u podešavanjima dodatka.",
  "error.conflict":
    "Nešto u Dropbox-u smeta (na primer fascikla sa imenom datoteke) i ne može se zameniti. Preimenujte ga ili premestite, pa pokušajte ponovo.",
  "error.notFound": "Stavka više ne postoji u DocSpace-u. Osvežite stranicu i pokušajte ponovo.",
  "error.noDownloadPermission":
    "Ne smete da preuzmete ovu stavku u DocSpace-u, pa se ne može poslati. Zamolite administratora sobe za pravo preuzimanja.",
  "error.docspaceSignedOut": "Vaša DocSpace sesija je istekla. Ponovo se prijavite, pa pokušajte opet.",
  "error.rateLimited": "Trenutno ima previše zahteva. Sačekajte minut, pa pokušajte ponovo.",
  "error.network":
    "Veza nije uspela. Proverite mrežu, ponovo učitajte stranicu (tek instaliran ili uključen dodatak radi posle ponovnog učitavanja) i pokušajte ponovo.",
  "error.server": "DocSpace ili Dropbox trenutno ima problema. Pokušajte kasnije.",
  "error.incompleteDownload":
    "Preuzimanje iz DocSpace-a se prerano zaustavilo, pa ništa nije sačuvano. Pokušajte ponovo.",
  "error.incompleteListing":
    "Spisak ove fascikle u DocSpace-u se menjao tokom čitanja, pa neke njene datoteke možda nisu poslate. Pošaljite fasciklu ponovo.",
  "error.integrity":
    "Kopija u Dropbox-u se nije poklapala sa originalom, pa nije zadržana. Pokušajte ponovo.",
  "error.cancelled": "Slanje je otkazano. Ništa nepotpuno nije sačuvano.",
  "error.unknown":
    "„Pošalji u Dropbox” nije uspelo iz neočekivanog razloga. Detalji su u konzoli pregledača (F12); pokušajte ponovo i prijavite problem ako se ponavlja.",
  "error.notConfigured":
    "„Pošalji u Dropbox” još nije podešeno. Zamolite administratora DocSpace-a da dovrši podešavanja dodatka.",
  "error.notAllowed": "Na ovom portalu u Dropbox mogu da šalju samo administratori DocSpace-a.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Zatvori",
} as const satisfies Record<MessageKey, string>;
