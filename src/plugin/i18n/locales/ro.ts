import type { MessageKey } from "./en";

export const ro = {
  "menu.send": "Trimite în Dropbox",
  "menu.account": "Conexiunea Dropbox",
  "send.background":
    "Se trimite în Dropbox. Alegeți din nou „Trimite în Dropbox” pentru același element ca să vedeți progresul sau, la final, rezultatul.",

  "send.nothingSelected": "Nu a fost selectat nimic pentru trimitere.",
  "send.otherTab":
    "Acest element se trimite deja în Dropbox dintr-o altă filă sau fereastră a acestui browser. Alegeți acolo „Trimite în Dropbox” pentru element ca să vedeți progresul. Dacă fila respectivă tocmai a fost închisă, încercați din nou peste câteva secunde.",

  "resume.question": "O trimitere anterioară a acestui element s-a oprit înainte de final.",

  "resume.resume": "Reluare — {bytes} din {totalBytes} deja în Dropbox",

  "resume.startAgain": "Începe din nou",

  "progress.preparing": "Trimiterea în Dropbox încă se pregătește: se citește conținutul folderului…",
  "progress.running":
    "Trimiterea în Dropbox continuă: {files} din {totalFiles, plural, one {# fișier} few {# fișiere} other {# de fișiere}}, {bytes} din {totalBytes}.",
  "progress.title": "Se trimite în Dropbox",
  "progress.explain": "La finalul lucrării veți vedea unde a ajuns totul.",
  "progress.refresh": "Reîmprospătează",
  "progress.cancel": "Anulează trimiterea",
  "progress.cancelling":
    "Se anulează. Fișierele deja trimise rămân în Dropbox; nu se salvează nimic incomplet.",
  "progress.operation": "Se trimite în Dropbox: {name}",
  "progress.operationMany": "Se trimite în Dropbox: elementele selectate ({count})",

  "result.fileSent": "Trimis în Dropbox: {path}",
  "result.fileFailed": "„{name}” nu a fost trimis. {reason}",
  "result.empty": "Nimic de trimis: selecția nu conține fișiere. {path} nu a fost modificat.",
  "result.summaryToast":
    "Trimiterea în Dropbox s-a încheiat: {sent} din {total, plural, one {# fișier trimis} few {# fișiere trimise} other {# de fișiere trimise}}.",
  "result.title": "Trimis în Dropbox",
  "result.where.appFolder": "{path} în folderul acestei aplicații din Dropbox (în „Apps”)",
  "result.where.appFolderRoot": "folderul acestei aplicații din Dropbox (în „Apps”)",
  "result.where.root": "nivelul superior al Dropbox",
  "result.account": "Cont Dropbox: {name}",
  "result.fileRenamedWhy": "Trimis în Dropbox ca {path}, redenumit din „{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox nu acceptă în nume „/”, „\\” și unele caractere de control",
  "rename.controlCharacter": "au fost înlocuite caractere invizibile care schimbă citirea numelui",
  "rename.invalidText": "numele conținea text deteriorat (un caracter nevalid)",
  "rename.surroundingSpace": "Dropbox nu păstrează spațiile de la începutul sau sfârșitul unui nume",
  "rename.relativeName": "numele era gol sau doar din puncte",
  "rename.notSynced": "Dropbox nu sincronizează nume precum desktop.ini sau fișierele de blocare ~$",
  "rename.tooLong": "Dropbox permite cel mult 255 de caractere într-un nume",
  "rename.nameClash":
    "alt element al acestei trimiteri are același nume (Dropbox nu face diferența între majuscule și minuscule)",
  "rename.keptBoth": "exista deja un fișier cu acest nume, așa că Dropbox l-a numerotat pe acesta",
  "mixed.title": "Unele elemente nu pot fi trimise",
  "mixed.intro": "Nu aveți voie să descărcați aceste elemente selectate, așa că sunt omise:",
  "mixed.send": "Trimite-le pe celelalte ({count})",
  "result.titleWithProblems": "Trimis în Dropbox, cu probleme",
  "result.counts":
    "{sent} din {total, plural, one {# fișier trimis} few {# fișiere trimise} other {# de fișiere trimise}} în {path}.",
  "result.failedHeading":
    "{count, plural, one {# fișier netrimis:} few {# fișiere netrimise:} other {# de fișiere netrimise:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# fișier redenumit pentru Dropbox:} few {# fișiere redenumite pentru Dropbox:} other {# de fișiere redenumite pentru Dropbox:}}",
  "result.andMore": "…și încă {count}.",
  "result.item": "Elementul {id}",
  "result.linkTitle": "Link de partajare",
  "result.linkIntro": "Oricine are acest link poate vedea fișierul în Dropbox. Copiați-l din câmp:",
  "result.linkLabel": "Link de partajare",
  "result.linkCopied": "Linkul de partajare a fost copiat în clipboard.",

  "connect.title": "Conectați Dropbox",
  "account.title": "Conexiunea Dropbox",
  "account.sharedMode":
    "Acest portal trimite către un singur cont Dropbox partajat, pe care administratorii DocSpace îl gestionează în setările pluginului.",
  "connect.intro":
    "Pentru a trimite fișiere, pluginul are nevoie de permisiunea de a scrie în Dropbox-ul dvs.",
  "connect.privacy":
    "Conexiunea dvs. la Dropbox este păstrată în acest browser, doar pentru contul dvs. DocSpace; serverul portalului nu o primește niciodată. Alte pluginuri instalate pe acest portal rulează în aceeași pagină și ar putea să o citească. Este eliminată când o deconectați, când ieșiți din DocSpace aici și când altcineva se autentifică pe portal în acest browser.",
  "connect.step1": "1. Deschideți Dropbox într-o filă nouă, autentificați-vă și permiteți accesul.",
  "connect.openDropbox": "Deschide Dropbox",
  "connect.popupBlocked": "Browserul a blocat fila nouă. Copiați singur această adresă într-o filă nouă:",
  "connect.step2": "2. Dropbox afișează apoi un cod. Copiați-l și lipiți-l aici:",
  "connect.codePlaceholder": "Codul de la Dropbox",
  "connect.sessionOnly":
    "Nu mă menține conectat pe acest computer (doar această filă, până când este închisă)",
  "connect.connect": "Conectează",
  "connect.connectedAs": "Conectat ca {name} ({email})",
  "connect.connectedAsName": "Conectat ca {name}",
  "connect.accountUnknown": "un cont Dropbox",
  "connect.disconnect": "Deconectează",
  "connect.sendNow": "Trimite acum",
  "connect.codeMissing": "Lipiți codul afișat de Dropbox, apoi alegeți „Conectează”.",
  "connect.codeRejected":
    "Dropbox nu a acceptat acest cod. Un cod funcționează o singură dată și doar câteva minute: alegeți din nou „Deschide Dropbox” și lipiți noul cod.",
  "connect.appKeyMissing": "Introduceți mai întâi cheia aplicației Dropbox.",
  "connect.storageDenied":
    "Acest browser nu permite pluginului să păstreze conexiunea (datele site-urilor sunt blocate). Permiteți datele site-ului pentru portal și conectați-vă din nou.",

  "settings.app.title": "Aplicația Dropbox",
  "settings.app.howto1":
    "1. În Dropbox App Console (https://www.dropbox.com/developers/apps) creați o aplicație cu Scoped access. Alegeți App folder (recomandat: pluginul vede doar propriul folder) sau Full Dropbox.",
  "settings.app.howto2":
    "2. În fila Permissions bifați files.content.write și account_info.read, plus sharing.write și sharing.read pentru linkurile de partajare, și trimiteți.",
  "settings.app.howto3":
    "3. Copiați App key din fila Settings în câmpul de mai jos. Secretul aplicației nu este niciodată necesar.",
  "settings.appKey.label": "Cheia aplicației Dropbox",
  "settings.appKey.placeholder": "de ex. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "O cheie de aplicație Dropbox conține doar litere, cifre, „-” și „_”. Eliminați {characters}.",
  "settings.appKey.tooLong":
    "O cheie de aplicație Dropbox are cel mult {max} caractere. Copiați-o din nou din App Console.",
  "settings.appKey.checkedLater":
    "Dropbox verifică cheia la prima conectare: cu o cheie greșită, Dropbox afișează pagina „Invalid client_id”.",
  "settings.access.label": "Tipul de acces al aplicației (ales la creare)",
  "settings.access.appFolder": "Folder de aplicație: fișierele ajung în „Apps”, în folderul aplicației",
  "settings.access.full": "Tot Dropbox-ul",
  "settings.mode.label": "Al cui Dropbox primește fișierele",
  "settings.mode.personal": "Fiecare utilizator își conectează propriul Dropbox (recomandat)",
  "settings.mode.shared": "Un singur cont Dropbox partajat pentru tot portalul",
  "settings.mode.personalHint":
    "Fiecărui utilizator i se cere să se conecteze la prima trimitere. Conexiunea este păstrată în browserul acelui utilizator, nu pe serverul portalului, și este eliminată când acesta o deconectează, iese din cont sau când alt utilizator se autentifică în acel browser; alte pluginuri instalate pe acest portal rulează în aceeași pagină și ar putea să o citească.",
  "settings.mode.sharedWarning":
    "Atenție: DocSpace trimite setările pluginurilor în browserul fiecărui membru al portalului, așa că orice membru poate citi tokenul contului partajat. Folosiți o aplicație Dropbox de tip App folder, ca tokenul să ajungă doar la acel folder.",
  "settings.connect.saveHint": "Alegeți „Salvează” pentru a păstra această conexiune.",
  "settings.connect.notRevoked":
    "Conexiunea partajată a fost eliminată aici, dar Dropbox nu a putut fi contactat pentru a o revoca, așa că tokenul ei funcționează în continuare pentru oricine l-a citit din aceste setări. Pentru a o revoca, conectați-vă la acel cont Dropbox, deschideți Setări › Aplicații conectate (https://www.dropbox.com/account/connected_apps) și eliminați această aplicație.",
  "settings.token.label": "Sau lipiți un token de acces",
  "settings.token.placeholder": "Token de acces Dropbox",
  "settings.token.warning":
    "Tokenurile de acces Dropbox de scurtă durată expiră după 4 ore; trimiterea nu mai funcționează până nu lipiți unul nou. Pentru o conexiune durabilă folosiți „Conectează” de mai sus.",
  "settings.token.invalid":
    "Tokenul de acces conține caractere pe care tokenurile Dropbox nu le au niciodată. Copiați-l din nou.",
  "settings.folder.label": "Folderul de destinație în Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Gol înseamnă nivelul de sus (folderul propriu al aplicației pentru aplicațiile App folder).",
  "settings.folder.noLeadingSlash": "Folderul trebuie să înceapă cu „/”, de exemplu /DocSpace.",
  "settings.folder.emptyComponent": "Folderul nu trebuie să conțină „//”.",
  "settings.folder.componentTooLong": "Fiecare nume de folder poate avea cel mult 255 de caractere.",
  "settings.folder.trailingSpaceOrDot": "Numele folderelor nu trebuie să se termine cu spațiu sau punct.",
  "settings.folder.unsafeCharacter":
    'Numele folderelor nu trebuie să conțină < > : " | ? * \\ sau caractere de control.',
  "settings.folder.disallowedName":
    "Dropbox nu acceptă acest nume de folder (de exemplu desktop.ini sau nume care încep cu ~$).",
  "settings.folder.invalid": "Setările nu au fost salvate. Folderul de destinație: {reason}",
  "settings.folder.savedAs": "Va fi salvat ca {folder}",
  "settings.budget.left": "Disponibil pentru aceste setări: {left} din {limit} caractere.",
  "settings.budget.over":
    "Prea lung: au nevoie de {length, plural, one {# caracter} few {# caractere} other {# de caractere}}, iar DocSpace stochează cel mult {limit}. Scurtați folderul de destinație cu {excess, plural, one {# caracter} few {# caractere} other {# de caractere}}.",
  "settings.budget.overToken":
    "Prea lung: cu acest token de acces au nevoie de {length, plural, one {# caracter} few {# caractere} other {# de caractere}}, iar DocSpace stochează cel mult {limit}. Folosiți „Conectează” în loc să lipiți un token sau scurtați folderul de destinație cu {excess, plural, one {# caracter} few {# caractere} other {# de caractere}}.",
  "settings.saveBlocked": "Salvarea nu este posibilă până nu sunt corectate problemele marcate mai sus.",
  "settings.notSaved": "Setările nu au fost salvate: {reason}",
  "settings.changedElsewhere":
    "Setările nu au fost salvate: au fost modificate în altă fereastră sau filă după deschiderea acestui panou. Închideți setările și deschideți-le din nou pentru a vedea valorile actuale.",
  "settings.conflict.label": "Când există deja un fișier cu același nume",
  "settings.conflict.keepBoth": "Păstrează-le pe amândouă (fișierul nou primește un număr)",
  "settings.conflict.overwrite": "Înlocuiește fișierul existent",
  "settings.shareLink.label": "Creează un link de partajare pentru fișierele trimise",
  "settings.audience.label": "Cine poate trimite în Dropbox",
  "settings.audience.everyone": "Oricine poate descărca elementul",
  "settings.audience.admins": "Doar proprietarul și administratorii DocSpace",
  "settings.audience.hint":
    "Astfel elementul de meniu este ascuns celorlalți utilizatori; aceste setări nu sunt ascunse.",
  "settings.save": "Salvează",
  "settings.saved": "Setările „Trimite în Dropbox” au fost salvate.",
  "settings.saved.noAppKey":
    "Setări salvate. „Trimite în Dropbox” rămâne ascuns până când se introduce o cheie a aplicației Dropbox.",
  "settings.saved.sharedNotConnected":
    "Setări salvate. „Trimite în Dropbox” rămâne ascuns până când contul Dropbox partajat este conectat.",
  "settings.saved.accessToken":
    "Setări salvate cu un token de acces lipit. Dacă este de scurtă durată, trimiterea nu va mai funcționa după 4 ore.",
  "settings.tooLong":
    "Setările nu au fost salvate: au nevoie de {length, plural, one {# caracter} few {# caractere} other {# de caractere}}, iar DocSpace stochează cel mult {limit}. Scurtați folderul de destinație cu {excess, plural, one {# caracter} few {# caractere} other {# de caractere}}.",
  "settings.tooLong.token":
    "Setările nu au fost salvate: cu acest token de acces au nevoie de {length, plural, one {# caracter} few {# caractere} other {# de caractere}}, iar DocSpace stochează cel mult {limit}. Folosiți „Conectează” în loc să lipiți un token sau scurtați folderul de destinație cu {excess, plural, one {# caracter} few {# caractere} other {# de caractere}}.",

  "error.notConnected": "Conectați-vă contul Dropbox pentru a trimite fișiere.",
  "error.notConnected.shared":
    "Contul Dropbox partajat nu este conectat. Cereți unui administrator DocSpace să îl conecteze în setările pluginului.",
  "error.dropboxAuth":
    "Dropbox nu vă mai acceptă conexiunea (a fost revocată sau a expirat). Conectați din nou Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox nu mai acceptă conexiunea partajată (a fost revocată sau a expirat). Cereți unui administrator DocSpace să o reconecteze în setările pluginului.",
  "error.dropboxAuth.reconnected":
    "Trimiterea s-a oprit: Dropbox nu mai acceptă conexiunea cu care a început (a fost revocată sau a expirat). Între timp ați conectat din nou Dropbox, așa că alegeți din nou „Trimite în Dropbox” pentru element.",
  "error.dropboxPermission":
    "Aplicației Dropbox îi lipsește o permisiune necesară (de exemplu files.content.write sau sharing.write). Cereți unui administrator să o activeze în Dropbox App Console, apoi conectați-vă din nou.",
  "error.insufficientSpace":
    "Dropbox-ul dvs. este plin. Eliberați spațiu sau schimbați planul, apoi încercați din nou.",
  "error.tooLarge": "Fișierul este mai mare decât acceptă Dropbox pentru un singur fișier.",
  "error.invalidPath":
    "Dropbox nu acceptă calea de destinație. Cereți unui administrator să verifice folderul de destinație în setările pluginului.",
  "error.conflict":
    "Ceva din Dropbox stă în cale (de exemplu un folder cu numele fișierului) și nu poate fi înlocuit. Redenumiți-l sau mutați-l, apoi încercați din nou.",
  "error.notFound": "Elementul nu mai există în DocSpace. Reîmprospătați pagina și încercați din nou.",
  "error.noDownloadPermission":
    "Nu aveți voie să descărcați acest element în DocSpace, deci nu poate fi trimis. Cereți administratorului camerei drepturi de descărcare.",
  "error.docspaceSignedOut": "Sesiunea DocSpace a expirat. Autentificați-vă din nou, apoi reîncercați.",
  "error.rateLimited": "Prea multe solicitări în acest moment. Așteptați un minut, apoi încercați din nou.",
  "error.network":
    "Conexiunea a eșuat. Verificați rețeaua, reîncărcați pagina (un plugin abia instalat sau activat funcționează după reîncărcare) și încercați din nou.",
  "error.server": "DocSpace sau Dropbox are probleme în acest moment. Încercați mai târziu.",
  "error.incompleteDownload":
    "Descărcarea din DocSpace s-a oprit prea devreme, așa că nu s-a salvat nimic. Încercați din nou.",
  "error.incompleteListing":
    "Lista acestui dosar din DocSpace s-a schimbat în timpul citirii, așa că este posibil ca unele fișiere să nu fi fost trimise. Trimiteți din nou dosarul.",
  "error.integrity":
    "Copia din Dropbox nu a corespuns originalului, așa că nu a fost păstrată. Încercați din nou.",
  "error.cancelled": "Trimiterea a fost anulată. Nu s-a salvat nimic incomplet.",
  "error.unknown":
    "„Trimite în Dropbox” a eșuat dintr-un motiv neașteptat. Detaliile sunt în consola browserului (F12); încercați din nou și raportați dacă problema persistă.",
  "error.notConfigured":
    "„Trimite în Dropbox” nu este încă configurat. Cereți unui administrator DocSpace să finalizeze setările pluginului.",
  "error.notAllowed": "Pe acest portal doar administratorii DocSpace pot trimite în Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Închide",
} as const satisfies Record<MessageKey, string>;
