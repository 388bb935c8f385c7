import type { MessageKey } from "./en";

export const elGR = {
  "menu.send": "Αποστολή στο Dropbox",
  "menu.account": "Σύνδεση Dropbox",
  "send.background":
    "Αποστολή στο Dropbox. Επιλέξτε ξανά «Αποστολή στο Dropbox» για το ίδιο στοιχείο για να δείτε την πρόοδο ή, όταν ολοκληρωθεί, το αποτέλεσμα.",

  "send.nothingSelected": "Δεν επιλέχθηκε τίποτα για αποστολή.",

  "resume.question": "Μια προηγούμενη αποστολή αυτού του στοιχείου σταμάτησε πριν ολοκληρωθεί.",

  "resume.resume": "Συνέχεια — {bytes} από {totalBytes} ήδη στο Dropbox",

  "resume.startAgain": "Έναρξη από την αρχή",

  "progress.preparing":
    "Η αποστολή στο Dropbox προετοιμάζεται ακόμη: διαβάζονται τα περιεχόμενα του φακέλου…",
  "progress.running":
    "Η αποστολή στο Dropbox συνεχίζεται: {files} από {totalFiles, plural, one {# αρχείο} other {# αρχεία}}, {bytes} από {totalBytes}.",
  "progress.title": "Αποστολή στο Dropbox",
  "progress.explain": "Όταν τελειώσει η εργασία, θα δείτε πού πήγαν όλα.",
  "progress.refresh": "Ανανέωση",
  "progress.cancel": "Ακύρωση αποστολής",
  "progress.cancelling":
    "Γίνεται ακύρωση. Τα αρχεία που έχουν ήδη σταλεί μένουν στο Dropbox· τίποτα μισό δεν αποθηκεύεται.",
  "progress.operation": "Αποστολή στο Dropbox: {name}",
  "progress.operationMany": "Αποστολή στο Dropbox: επιλεγμένα στοιχεία ({count})",

  "result.fileSent": "Στάλθηκε στο Dropbox: {path}",
  "result.fileFailed": "Το «{name}» δεν στάλθηκε. {reason}",
  "result.empty": "Τίποτα για αποστολή: η επιλογή δεν περιέχει αρχεία. Το {path} δεν άλλαξε.",
  "result.summaryToast":
    "Η αποστολή στο Dropbox ολοκληρώθηκε: στάλθηκαν {sent} από {total, plural, one {# αρχείο} other {# αρχεία}}.",
  "result.title": "Στάλθηκε στο Dropbox",
  "result.where.appFolder": "{path} μέσα στον φάκελο αυτής της εφαρμογής στο Dropbox (στο «Apps»)",
  "result.where.appFolderRoot": "τον φάκελο αυτής της εφαρμογής στο Dropbox (στο «Apps»)",
  "result.where.root": "το ανώτατο επίπεδο του Dropbox",
  "result.account": "Λογαριασμός Dropbox: {name}",
  "result.fileRenamedWhy": "Στάλθηκε στο Dropbox ως {path}, μετονομάστηκε από «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "το Dropbox δεν δέχεται «/», «\\» και ορισμένους χαρακτήρες ελέγχου σε ονόματα",
  "rename.controlCharacter": "αντικαταστάθηκαν αόρατοι χαρακτήρες που αλλάζουν την ανάγνωση του ονόματος",
  "rename.invalidText": "το όνομα περιείχε κατεστραμμένο κείμενο (μη έγκυρο χαρακτήρα)",
  "rename.surroundingSpace": "το Dropbox δεν κρατά κενά στην αρχή ή στο τέλος ενός ονόματος",
  "rename.relativeName": "το όνομα ήταν κενό ή μόνο τελείες",
  "rename.notSynced": "το Dropbox δεν συγχρονίζει ονόματα όπως desktop.ini ή αρχεία κλειδώματος ~$",
  "rename.tooLong": "το Dropbox επιτρέπει το πολύ 255 χαρακτήρες σε ένα όνομα",
  "rename.nameClash":
    "άλλο στοιχείο αυτής της αποστολής έχει το ίδιο όνομα (το Dropbox δεν διακρίνει κεφαλαία από πεζά)",
  "rename.keptBoth": "υπήρχε ήδη αρχείο με αυτό το όνομα, οπότε το Dropbox αρίθμησε αυτό",
  "mixed.title": "Ορισμένα στοιχεία δεν μπορούν να σταλούν",
  "mixed.intro": "Δεν επιτρέπεται να κατεβάσετε αυτά τα επιλεγμένα στοιχεία, οπότε παραλείπονται:",
  "mixed.send": "Αποστολή των υπολοίπων ({count})",
  "result.titleWithProblems": "Στάλθηκε στο Dropbox, με προβλήματα",
  "result.counts": "Στάλθηκαν {sent} από {total, plural, one {# αρχείο} other {# αρχεία}} στο {path}.",
  "result.failedHeading": "{count, plural, one {# αρχείο δεν στάλθηκε:} other {# αρχεία δεν στάλθηκαν:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# αρχείο μετονομάστηκε για το Dropbox:} other {# αρχεία μετονομάστηκαν για το Dropbox:}}",
  "result.andMore": "…και {count} ακόμη.",
  "result.item": "Στοιχείο {id}",
  "result.linkTitle": "Σύνδεσμος κοινής χρήσης",
  "result.linkIntro":
    "Όποιος έχει αυτόν τον σύνδεσμο μπορεί να δει το αρχείο στο Dropbox. Αντιγράψτε τον από το πεδίο:",
  "result.linkLabel": "Σύνδεσμος κοινής χρήσης",
  "result.linkCopied": "Ο σύνδεσμος κοινής χρήσης αντιγράφηκε στο πρόχειρο.",

  "connect.title": "Σύνδεση με Dropbox",
  "account.title": "Σύνδεση Dropbox",
  "account.sharedMode":
    "Αυτή η πύλη στέλνει σε έναν κοινόχρηστο λογαριασμό Dropbox, τον οποίο διαχειρίζονται οι διαχειριστές του DocSpace στις ρυθμίσεις της προσθήκης.",
  "connect.intro": "Για να στέλνει αρχεία, η προσθήκη χρειάζεται άδεια εγγραφής στο Dropbox σας.",
  "connect.privacy":
    "Η σύνδεσή σας με το Dropbox αποθηκεύεται σε αυτό το πρόγραμμα περιήγησης, μόνο για τον λογαριασμό σας στο DocSpace· ο διακομιστής της πύλης δεν τη λαμβάνει ποτέ. Άλλες προσθήκες εγκατεστημένες σε αυτή την πύλη εκτελούνται στην ίδια σελίδα και θα μπορούσαν να τη διαβάσουν. Διαγράφεται όταν διακόψετε τη σύνδεση, όταν αποσυνδεθείτε από το DocSpace εδώ και όταν κάποιος άλλος συνδεθεί στην πύλη σε αυτό το πρόγραμμα περιήγησης.",
  "connect.step1": "1. Ανοίξτε το Dropbox σε νέα καρτέλα, συνδεθείτε και επιτρέψτε την πρόσβαση.",
  "connect.openDropbox": "Άνοιγμα Dropbox",
  "connect.popupBlocked":
    "Το πρόγραμμα περιήγησης μπλόκαρε τη νέα καρτέλα. Αντιγράψτε μόνοι σας αυτή τη διεύθυνση σε νέα καρτέλα:",
  "connect.step2": "2. Το Dropbox εμφανίζει έπειτα έναν κωδικό. Αντιγράψτε τον και επικολλήστε τον εδώ:",
  "connect.codePlaceholder": "Κωδικός από το Dropbox",
  "connect.sessionOnly":
    "Να μη διατηρηθεί η σύνδεση σε αυτόν τον υπολογιστή (μόνο σε αυτή την καρτέλα, μέχρι να κλείσει)",
  "connect.connect": "Σύνδεση",
  "connect.connectedAs": "Συνδεδεμένος ως {name} ({email})",
  "connect.connectedAsName": "Συνδεδεμένος ως {name}",
  "connect.accountUnknown": "ένας λογαριασμός Dropbox",
  "connect.disconnect": "Αποσύνδεση",
  "connect.sendNow": "Αποστολή τώρα",
  "connect.codeMissing": "Επικολλήστε τον κωδικό που σας έδειξε το Dropbox και επιλέξτε «Σύνδεση».",
  "connect.codeRejected":
    "Το Dropbox δεν δέχτηκε αυτόν τον κωδικό. Ένας κωδικός ισχύει μία φορά και μόνο για λίγα λεπτά: επιλέξτε ξανά «Άνοιγμα Dropbox» και επικολλήστε τον νέο κωδικό.",
  "connect.appKeyMissing": "Εισαγάγετε πρώτα το κλειδί εφαρμογής Dropbox.",
  "connect.storageDenied":
    "Αυτό το πρόγραμμα περιήγησης δεν επιτρέπει στην προσθήκη να κρατήσει τη σύνδεσή σας (τα δεδομένα ιστοτόπων είναι αποκλεισμένα). Επιτρέψτε τα δεδομένα ιστοτόπου για την πύλη και συνδεθείτε ξανά.",

  "settings.app.title": "Εφαρμογή Dropbox",
  "settings.app.howto1":
    "1. Στο Dropbox App Console (https://www.dropbox.com/developers/apps) δημιουργήστε μια εφαρμογή με Scoped access. Επιλέξτε App folder (συνιστάται: η προσθήκη βλέπει μόνο τον δικό της φάκελο) ή Full Dropbox.",
  "settings.app.howto2":
    "2. Στην καρτέλα Permissions επιλέξτε files.content.write και account_info.read, και για συνδέσμους κοινής χρήσης sharing.write και sharing.read, και υποβάλετε.",
  "settings.app.howto3":
    "3. Αντιγράψτε το App key από την καρτέλα Settings στο παρακάτω πεδίο. Το μυστικό της εφαρμογής δεν χρειάζεται ποτέ.",
  "settings.appKey.label": "Κλειδί εφαρμογής Dropbox",
  "settings.appKey.placeholder": "π.χ. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ένα κλειδί εφαρμογής Dropbox έχει μόνο γράμματα, ψηφία, «-» και «_». Αφαιρέστε {characters}.",
  "settings.appKey.tooLong":
    "Ένα κλειδί εφαρμογής Dropbox έχει το πολύ {max} χαρακτήρες. Αντιγράψτε το ξανά από το App Console.",
  "settings.appKey.checkedLater":
    "Το Dropbox ελέγχει το κλειδί στην πρώτη σύνδεση: με λάθος κλειδί το Dropbox δείχνει τη σελίδα «Invalid client_id».",
  "settings.access.label": "Τύπος πρόσβασης της εφαρμογής (επιλέχθηκε κατά τη δημιουργία)",
  "settings.access.appFolder": "Φάκελος εφαρμογής: τα αρχεία πάνε στο «Apps», στον φάκελο της εφαρμογής",
  "settings.access.full": "Ολόκληρο το Dropbox",
  "settings.mode.label": "Ποιου το Dropbox λαμβάνει τα αρχεία",
  "settings.mode.personal": "Κάθε χρήστης συνδέει το δικό του Dropbox (συνιστάται)",
  "settings.mode.shared": "Ένας κοινόχρηστος λογαριασμός Dropbox για όλη την πύλη",
  "settings.mode.personalHint":
    "Κάθε χρήστης καλείται να συνδεθεί την πρώτη φορά που στέλνει. Η σύνδεση αποθηκεύεται στο πρόγραμμα περιήγησης του συγκεκριμένου χρήστη, όχι στον διακομιστή της πύλης, και διαγράφεται όταν εκείνος διακόψει τη σύνδεση ή αποσυνδεθεί ή όταν συνδεθεί άλλος χρήστης σε εκείνο το πρόγραμμα περιήγησης· άλλες προσθήκες εγκατεστημένες σε αυτή την πύλη εκτελούνται στην ίδια σελίδα και θα μπορούσαν να τη διαβάσουν.",
  "settings.mode.sharedWarning":
    "Προσοχή: το DocSpace στέλνει τις ρυθμίσεις των προσθηκών στο πρόγραμμα περιήγησης κάθε μέλους της πύλης, οπότε κάθε μέλος μπορεί να διαβάσει το διακριτικό του κοινόχρηστου λογαριασμού. Χρησιμοποιήστε εφαρμογή Dropbox τύπου App folder ώστε το διακριτικό να φτάνει μόνο σε εκείνον τον φάκελο.",
  "settings.connect.saveHint": "Επιλέξτε «Αποθήκευση» για να κρατήσετε αυτή τη σύνδεση.",
  "settings.token.label": "Ή επικολλήστε ένα διακριτικό πρόσβασης",
  "settings.token.placeholder": "Διακριτικό πρόσβασης Dropbox",
  "settings.token.warning":
    "Τα βραχύβια διακριτικά πρόσβασης του Dropbox λήγουν μετά από 4 ώρες· η αποστολή σταματά μέχρι να επικολλήσετε νέο. Για μόνιμη σύνδεση χρησιμοποιήστε τη «Σύνδεση» παραπάνω.",
  "settings.token.invalid":
    "Το διακριτικό πρόσβασης περιέχει χαρακτήρες που τα διακριτικά του Dropbox δεν έχουν ποτέ. Αντιγράψτε το ξανά.",
  "settings.folder.label": "Φάκελος προορισμού στο Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Κενό σημαίνει το ανώτατο επίπεδο (ο δικός φάκελος της εφαρμογής για εφαρμογές App folder).",
  "settings.folder.noLeadingSlash": "Ο φάκελος πρέπει να αρχίζει με «/», για παράδειγμα /DocSpace.",
  "settings.folder.emptyComponent": "Ο φάκελος δεν πρέπει να περιέχει «//».",
  "settings.folder.componentTooLong": "Κάθε όνομα φακέλου μπορεί να έχει έως 255 χαρακτήρες.",
  "settings.folder.trailingSpaceOrDot": "Τα ονόματα φακέλων δεν πρέπει να τελειώνουν σε κενό ή τελεία.",
  "settings.folder.unsafeCharacter":
    'Τα ονόματα φακέλων δεν πρέπει να περιέχουν < > : " | ? * \\ ή χαρακτήρες ελέγχου.',
  "settings.folder.disallowedName":
    "Το Dropbox δεν δέχεται αυτό το όνομα φακέλου (για παράδειγμα desktop.ini ή ονόματα που αρχίζουν με ~$).",
  "settings.folder.invalid": "Οι ρυθμίσεις δεν αποθηκεύτηκαν. Φάκελος προορισμού: {reason}",
  "settings.folder.savedAs": "Θα αποθηκευτεί ως {folder}",
  "settings.budget.left": "Διαθέσιμοι για αυτές τις ρυθμίσεις: {left} από {limit} χαρακτήρες.",
  "settings.budget.over":
    "Πολύ μεγάλο: χρειάζονται {length} χαρακτήρες και το DocSpace αποθηκεύει το πολύ {limit}. Συντομεύστε τον φάκελο προορισμού κατά {excess, plural, one {# χαρακτήρα} other {# χαρακτήρες}}.",
  "settings.budget.overToken":
    "Πολύ μεγάλο: με αυτό το διακριτικό πρόσβασης χρειάζονται {length} χαρακτήρες και το DocSpace αποθηκεύει το πολύ {limit}. Χρησιμοποιήστε τη «Σύνδεση» αντί για επικόλληση διακριτικού ή συντομεύστε τον φάκελο προορισμού κατά {excess, plural, one {# χαρακτήρα} other {# χαρακτήρες}}.",
  "settings.saveBlocked":
    "Η αποθήκευση δεν είναι δυνατή μέχρι να διορθωθούν τα προβλήματα που σημειώνονται παραπάνω.",
  "settings.notSaved": "Οι ρυθμίσεις δεν αποθηκεύτηκαν: {reason}",
  "settings.conflict.label": "Όταν υπάρχει ήδη αρχείο με το ίδιο όνομα",
  "settings.conflict.keepBoth": "Διατήρηση και των δύο (το νέο αρχείο παίρνει αριθμό)",
  "settings.conflict.overwrite": "Αντικατάσταση του υπάρχοντος αρχείου",
  "settings.shareLink.label": "Δημιουργία συνδέσμου κοινής χρήσης για τα αρχεία που στέλνονται",
  "settings.audience.label": "Ποιος μπορεί να στέλνει στο Dropbox",
  "settings.audience.everyone": "Όποιος μπορεί να κατεβάσει το στοιχείο",
  "settings.audience.admins": "Μόνο ο κάτοχος και οι διαχειριστές του DocSpace",
  "settings.audience.hint":
    "Έτσι το στοιχείο μενού κρύβεται από τους άλλους χρήστες· οι ρυθμίσεις αυτές δεν κρύβονται.",
  "settings.save": "Αποθήκευση",
  "settings.saved": "Οι ρυθμίσεις της «Αποστολής στο Dropbox» αποθηκεύτηκαν.",
  "settings.saved.noAppKey":
    "Οι ρυθμίσεις αποθηκεύτηκαν. Η «Αποστολή στο Dropbox» μένει κρυφή μέχρι να εισαχθεί κλειδί εφαρμογής Dropbox.",
  "settings.saved.sharedNotConnected":
    "Οι ρυθμίσεις αποθηκεύτηκαν. Η «Αποστολή στο Dropbox» μένει κρυφή μέχρι να συνδεθεί ο κοινόχρηστος λογαριασμός Dropbox.",
  "settings.saved.accessToken":
    "Οι ρυθμίσεις αποθηκεύτηκαν με επικολλημένο διακριτικό πρόσβασης. Αν είναι βραχύβιο, η αποστολή θα σταματήσει μετά από 4 ώρες.",
  "settings.tooLong":
    "Οι ρυθμίσεις δεν αποθηκεύτηκαν: χρειάζονται {length} χαρακτήρες και το DocSpace αποθηκεύει το πολύ {limit}. Συντομεύστε τον φάκελο προορισμού κατά {excess, plural, one {# χαρακτήρα} other {# χαρακτήρες}}.",
  "settings.tooLong.token":
    "Οι ρυθμίσεις δεν αποθηκεύτηκαν: με αυτό το διακριτικό πρόσβασης χρειάζονται {length} χαρακτήρες και το DocSpace αποθηκεύει το πολύ {limit}. Χρησιμοποιήστε τη «Σύνδεση» αντί για επικόλληση διακριτικού ή συντομεύστε τον φάκελο προορισμού κατά {excess, plural, one {# χαρακτήρα} other {# χαρακτήρες}}.",

  "error.notConnected": "Συνδέστε τον λογαριασμό σας Dropbox για να στέλνετε αρχεία.",
  "error.notConnected.shared":
    "Ο κοινόχρηστος λογαριασμός Dropbox δεν είναι συνδεδεμένος. Ζητήστε από έναν διαχειριστή του DocSpace να τον συνδέσει στις ρυθμίσεις της προσθήκης.",
  "error.dropboxAuth":
    "Το Dropbox δεν δέχεται πλέον τη σύνδεσή σας (ανακλήθηκε ή έληξε). Συνδέστε ξανά το Dropbox.",
  "error.dropboxAuth.shared":
    "Το Dropbox δεν δέχεται πλέον την κοινόχρηστη σύνδεση (ανακλήθηκε ή έληξε). Ζητήστε από έναν διαχειριστή του DocSpace να τη συνδέσει ξανά στις ρυθμίσεις της προσθήκης.",
  "error.dropboxPermission":
    "Στην εφαρμογή Dropbox λείπει μια απαραίτητη άδεια (για παράδειγμα files.content.write ή sharing.write). Ζητήστε από έναν διαχειριστή να την ενεργοποιήσει στο Dropbox App Console και συνδεθείτε ξανά.",
  "error.insufficientSpace":
    "Το Dropbox σας είναι γεμάτο. Ελευθερώστε χώρο ή αναβαθμίστε το πρόγραμμά σας και δοκιμάστε ξανά.",
  "error.tooLarge": "Το αρχείο είναι μεγαλύτερο από όσο δέχεται το Dropbox για ένα μόνο αρχείο.",
  "error.invalidPath":
    "Το Dropbox δεν δέχεται τη διαδρομή προορισμού. Ζητήστε από έναν διαχειριστή να ελέγξει τον φάκελο προορισμού στις ρυθμίσεις της προσθήκης.",
  "error.conflict":
    "Κάτι στο Dropbox εμποδίζει (για παράδειγμα ένας φάκελος με το όνομα του αρχείου) και δεν μπορεί να αντικατασταθεί. Μετονομάστε ή μετακινήστε το και δοκιμάστε ξανά.",
  "error.notFound": "Το στοιχείο δεν υπάρχει πλέον στο DocSpace. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.",
  "error.noDownloadPermission":
    "Δεν επιτρέπεται να κατεβάσετε αυτό το στοιχείο στο DocSpace, οπότε δεν μπορεί να σταλεί. Ζητήστε από τον διαχειριστή του δωματίου δικαιώματα λήψης.",
  "error.docspaceSignedOut": "Η συνεδρία σας στο DocSpace έληξε. Συνδεθείτε ξανά και δοκιμάστε πάλι.",
  "error.rateLimited": "Πάρα πολλά αιτήματα αυτή τη στιγμή. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.",
  "error.network":
    "Η σύνδεση απέτυχε. Ελέγξτε το δίκτυό σας, φορτώστε ξανά τη σελίδα (μια προσθήκη που μόλις εγκαταστάθηκε ή ενεργοποιήθηκε λειτουργεί μετά την επαναφόρτωση) και δοκιμάστε ξανά.",
  "error.server": "Το DocSpace ή το Dropbox έχει πρόβλημα αυτή τη στιγμή. Δοκιμάστε αργότερα.",
  "error.incompleteDownload":
    "Η λήψη από το DocSpace σταμάτησε πρόωρα, οπότε δεν αποθηκεύτηκε τίποτα. Δοκιμάστε ξανά.",
  "error.integrity":
    "Το αντίγραφο στο Dropbox δεν ταίριαζε με το πρωτότυπο, οπότε δεν κρατήθηκε. Δοκιμάστε ξανά.",
  "error.cancelled": "Η αποστολή ακυρώθηκε. Δεν αποθηκεύτηκε τίποτα μισό.",
  "error.unknown":
    "Η «Αποστολή στο Dropbox» απέτυχε για απρόβλεπτο λόγο. Λεπτομέρειες υπάρχουν στην κονσόλα του προγράμματος περιήγησης (F12)· δοκιμάστε ξανά και αναφέρετέ το αν επιμένει.",
  "error.notConfigured":
    "Η «Αποστολή στο Dropbox» δεν έχει ρυθμιστεί ακόμη. Ζητήστε από έναν διαχειριστή του DocSpace να ολοκληρώσει τις ρυθμίσεις της προσθήκης.",
  "error.notAllowed": "Σε αυτή την πύλη μόνο οι διαχειριστές του DocSpace μπορούν να στέλνουν στο Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Κλείσιμο",
} as const satisfies Record<MessageKey, string>;
