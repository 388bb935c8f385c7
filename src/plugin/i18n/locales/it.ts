import type { MessageKey } from "./en";

export const it = {
  "menu.send": "Invia a Dropbox",
  "menu.account": "Connessione Dropbox",
  "send.background":
    "Invio a Dropbox in corso. Scegli di nuovo «Invia a Dropbox» sullo stesso elemento per vederne l’avanzamento o, al termine, il risultato.",

  "send.nothingSelected": "Non è stato selezionato nulla da inviare.",
  "send.otherTab":
    "Questo elemento è già in fase di invio a Dropbox da un’altra scheda o finestra di questo browser. Scegli lì «Invia a Dropbox» sull’elemento per vederne l’avanzamento. Se quella scheda è stata appena chiusa, riprova tra qualche secondo.",

  "resume.question": "Un invio precedente di questo elemento si è interrotto prima di finire.",

  "resume.resume": "Riprendi — {bytes} di {totalBytes} già in Dropbox",

  "resume.startAgain": "Ricomincia",

  "progress.preparing": "L’invio a Dropbox è ancora in preparazione: lettura del contenuto della cartella…",
  "progress.running":
    "Invio a Dropbox in corso: {files} di {totalFiles, plural, one {# file} many {# di file} other {# file}}, {bytes} di {totalBytes}.",
  "progress.title": "Invio a Dropbox",
  "progress.explain": "Quando il processo termina, vedrai dove è finito tutto.",
  "progress.refresh": "Aggiorna",
  "progress.cancel": "Annulla invio",
  "progress.cancelling":
    "Annullamento in corso. I file già inviati restano in Dropbox; non viene salvato nulla di parziale.",
  "progress.operation": "Invio a Dropbox: {name}",
  "progress.operationMany": "Invio a Dropbox: elementi selezionati ({count})",

  "result.fileSent": "Inviato a Dropbox: {path}",
  "result.fileFailed": "“{name}” non è stato inviato. {reason}",
  "result.empty": "Niente da inviare: la selezione non contiene file. {path} non è stata modificata.",
  "result.summaryToast":
    "Invio a Dropbox completato: {sent} di {total, plural, one {# file inviato} many {# di file inviati} other {# file inviati}}.",
  "result.title": "Inviato a Dropbox",
  "result.where.appFolder": "{path} nella cartella di questa app in Dropbox (sotto «Apps»)",
  "result.where.appFolderRoot": "la cartella di questa app in Dropbox (sotto «Apps»)",
  "result.where.root": "il livello principale di Dropbox",
  "result.account": "Account Dropbox: {name}",
  "result.fileRenamedWhy": "Inviato a Dropbox come {path}, rinominato da «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox non accetta «/», «\\» e alcuni caratteri di controllo nei nomi",
  "rename.controlCharacter": "sono stati sostituiti caratteri invisibili che cambiano la lettura del nome",
  "rename.invalidText": "il nome conteneva testo danneggiato (un carattere non valido)",
  "rename.surroundingSpace": "Dropbox non mantiene gli spazi all’inizio o alla fine di un nome",
  "rename.relativeName": "il nome era vuoto o composto solo da punti",
  "rename.notSynced": "Dropbox non sincronizza nomi come desktop.ini o i file di blocco ~$",
  "rename.tooLong": "Dropbox consente al massimo 255 caratteri in un nome",
  "rename.nameClash":
    "un altro elemento di questo invio ha lo stesso nome (Dropbox non distingue maiuscole e minuscole)",
  "rename.keptBoth": "c’era già un file con questo nome, quindi Dropbox ha numerato questo",
  "mixed.title": "Alcuni elementi non possono essere inviati",
  "mixed.intro": "Non puoi scaricare questi elementi selezionati, quindi vengono esclusi:",
  "mixed.send": "Invia gli altri ({count})",
  "result.titleWithProblems": "Inviato a Dropbox, con problemi",
  "result.counts":
    "{sent} di {total, plural, one {# file inviato} many {# di file inviati} other {# file inviati}} a {path}.",
  "result.failedHeading":
    "{count, plural, one {# file non inviato:} many {# di file non inviati:} other {# file non inviati:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# file rinominato per Dropbox:} many {# di file rinominati per Dropbox:} other {# file rinominati per Dropbox:}}",
  "result.andMore": "…e altri {count}.",
  "result.item": "Elemento {id}",
  "result.linkTitle": "Link di condivisione",
  "result.linkIntro": "Chiunque abbia questo link può vedere il file in Dropbox. Copialo dal campo:",
  "result.linkLabel": "Link di condivisione",
  "result.linkCopied": "Il link di condivisione è stato copiato negli appunti.",

  "connect.title": "Connetti Dropbox",
  "account.title": "Connessione Dropbox",
  "account.sharedMode":
    "Questo portale invia a un unico account Dropbox condiviso, che gli amministratori di DocSpace gestiscono nelle impostazioni del plugin.",
  "connect.intro": "Per inviare file, il plugin ha bisogno dell’autorizzazione a scrivere nel tuo Dropbox.",
  "connect.privacy":
    "La tua connessione a Dropbox è conservata in questo browser, solo per il tuo account DocSpace; il server del portale non la riceve mai. Altri plugin installati su questo portale vengono eseguiti nella stessa pagina e potrebbero leggerla. Viene rimossa quando ti disconnetti, quando esci da DocSpace qui e quando un’altra persona accede al portale in questo browser.",
  "connect.step1": "1. Apri Dropbox in una nuova scheda, accedi e consenti l’accesso.",
  "connect.openDropbox": "Apri Dropbox",
  "connect.popupBlocked":
    "Il browser ha bloccato la nuova scheda. Copia tu stesso questo indirizzo in una nuova scheda:",
  "connect.step2": "2. Dropbox mostra quindi un codice. Copialo e incollalo qui:",
  "connect.codePlaceholder": "Codice da Dropbox",
  "connect.sessionOnly":
    "Non mantenere la connessione su questo computer (solo questa scheda, finché non viene chiusa)",
  "connect.connect": "Connetti",
  "connect.connectedAs": "Connesso come {name} ({email})",
  "connect.connectedAsName": "Connesso come {name}",
  "connect.accountUnknown": "un account Dropbox",
  "connect.disconnect": "Disconnetti",
  "connect.sendNow": "Invia ora",
  "connect.codeMissing": "Incolla il codice mostrato da Dropbox, poi scegli “Connetti”.",
  "connect.codeRejected":
    "Dropbox non ha accettato questo codice. Un codice vale una sola volta e solo per pochi minuti: scegli di nuovo “Apri Dropbox” e incolla il nuovo codice.",
  "connect.appKeyMissing": "Inserisci prima la chiave dell’app Dropbox.",
  "connect.storageDenied":
    "Questo browser non consente al plugin di conservare la connessione (i dati dei siti sono bloccati). Consenti i dati del sito per il portale e connettiti di nuovo.",

  "settings.app.title": "App Dropbox",
  "settings.app.howto1":
    "1. Nella Dropbox App Console (https://www.dropbox.com/developers/apps) crea un’app con Scoped access. Scegli App folder (consigliato: il plugin vede solo la propria cartella) o Full Dropbox.",
  "settings.app.howto2":
    "2. Nella scheda Permissions seleziona files.content.write e account_info.read, più sharing.write e sharing.read per i link di condivisione, e conferma.",
  "settings.app.howto3":
    "3. Copia l’App key dalla scheda Settings nel campo qui sotto. Il segreto dell’app non serve mai.",
  "settings.appKey.label": "Chiave dell’app Dropbox",
  "settings.appKey.placeholder": "es. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Una chiave app di Dropbox contiene solo lettere, cifre, «-» e «_». Rimuovi {characters}.",
  "settings.appKey.tooLong":
    "Una chiave app di Dropbox ha al massimo {max} caratteri. Copiala di nuovo dalla App Console.",
  "settings.appKey.checkedLater":
    "Dropbox verifica la chiave al primo collegamento: con una chiave errata Dropbox mostra la pagina «Invalid client_id».",
  "settings.access.label": "Tipo di accesso dell’app (scelto alla creazione)",
  "settings.access.appFolder": "Cartella app: i file vanno in «Apps», nella cartella dell’app",
  "settings.access.full": "Dropbox completo",
  "settings.mode.label": "Quale Dropbox riceve i file",
  "settings.mode.personal": "Ogni utente connette il proprio Dropbox (consigliato)",
  "settings.mode.shared": "Un unico account Dropbox condiviso per tutto il portale",
  "settings.mode.personalHint":
    "A ogni utente viene chiesto di connettersi al primo invio. La connessione è conservata nel browser di quell’utente, non sul server del portale, e viene rimossa quando l’utente si disconnette o esce, oppure quando un altro utente accede da quel browser; altri plugin installati su questo portale vengono eseguiti nella stessa pagina e potrebbero leggerla.",
  "settings.mode.sharedWarning":
    "Attenzione: DocSpace invia le impostazioni dei plugin al browser di ogni membro del portale, quindi ogni membro può leggere il token dell’account condiviso. Usa un’app Dropbox di tipo App folder, così il token raggiunge solo quella cartella.",
  "settings.connect.saveHint": "Scegli “Salva” per mantenere questa connessione.",
  "settings.connect.notRevoked":
    "La connessione condivisa è stata rimossa qui, ma non è stato possibile raggiungere Dropbox per revocarla, quindi il suo token funziona ancora per chiunque lo abbia letto da queste impostazioni. Per revocarla, accedi a quell’account Dropbox, apri Impostazioni › App connesse (https://www.dropbox.com/account/connected_apps) e rimuovi questa app.",
  "settings.token.label": "Oppure incolla un token di accesso",
  "settings.token.placeholder": "Token di accesso Dropbox",
  "settings.token.warning":
    "I token di accesso Dropbox di breve durata scadono dopo 4 ore; l’invio smette di funzionare finché non ne incolli uno nuovo. Per una connessione duratura usa “Connetti” qui sopra.",
  "settings.token.invalid":
    "Il token di accesso contiene caratteri che i token Dropbox non hanno mai. Copialo di nuovo.",
  "settings.folder.label": "Cartella di destinazione in Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Vuoto indica il livello principale (la cartella dell’app per le app App folder).",
  "settings.folder.noLeadingSlash": "La cartella deve iniziare con “/”, per esempio /DocSpace.",
  "settings.folder.emptyComponent": "La cartella non deve contenere “//”.",
  "settings.folder.componentTooLong": "Ogni nome di cartella può avere al massimo 255 caratteri.",
  "settings.folder.trailingSpaceOrDot":
    "I nomi delle cartelle non devono terminare con uno spazio o un punto.",
  "settings.folder.unsafeCharacter":
    'I nomi delle cartelle non devono contenere < > : " | ? * \\ o caratteri di controllo.',
  "settings.folder.disallowedName":
    "Dropbox non accetta questo nome di cartella (per esempio desktop.ini o nomi che iniziano con ~$).",
  "settings.folder.invalid": "Le impostazioni non sono state salvate. Cartella di destinazione: {reason}",
  "settings.folder.savedAs": "Verrà salvato come {folder}",
  "settings.budget.left": "Ancora disponibili per queste impostazioni: {left} di {limit} caratteri.",
  "settings.budget.over":
    "Troppo lungo: richiedono {length} caratteri e DocSpace ne memorizza al massimo {limit}. Accorcia la cartella di destinazione di {excess, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.",
  "settings.budget.overToken":
    "Troppo lungo: con questo token di accesso richiedono {length} caratteri e DocSpace ne memorizza al massimo {limit}. Usa “Connetti” invece di incollare un token, oppure accorcia la cartella di destinazione di {excess, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.",
  "settings.saveBlocked":
    "Il salvataggio non è possibile finché i problemi segnalati sopra non sono risolti.",
  "settings.notSaved": "Le impostazioni non sono state salvate: {reason}",
  "settings.changedElsewhere":
    "Le impostazioni non sono state salvate: sono state modificate in un’altra finestra o scheda dopo l’apertura di questo pannello. Chiudi le impostazioni e riaprile per vedere i valori attuali.",
  "settings.conflict.label": "Quando esiste già un file con lo stesso nome",
  "settings.conflict.keepBoth": "Mantieni entrambi (il nuovo file riceve un numero)",
  "settings.conflict.overwrite": "Sostituisci il file esistente",
  "settings.shareLink.label": "Crea un link di condivisione per i file inviati",
  "settings.audience.label": "Chi può inviare a Dropbox",
  "settings.audience.everyone": "Chiunque possa scaricare l’elemento",
  "settings.audience.admins": "Solo il proprietario e gli amministratori di DocSpace",
  "settings.audience.hint":
    "Questo nasconde la voce di menu agli altri utenti; non nasconde queste impostazioni.",
  "settings.save": "Salva",
  "settings.saved": "Impostazioni di Invia a Dropbox salvate.",
  "settings.saved.noAppKey":
    "Impostazioni salvate. Invia a Dropbox resta nascosto finché non viene inserita una chiave dell’app Dropbox.",
  "settings.saved.sharedNotConnected":
    "Impostazioni salvate. Invia a Dropbox resta nascosto finché l’account Dropbox condiviso non è connesso.",
  "settings.saved.accessToken":
    "Impostazioni salvate con un token di accesso incollato. Se è di breve durata, l’invio smetterà di funzionare dopo 4 ore.",
  "settings.tooLong":
    "Le impostazioni non sono state salvate: richiedono {length} caratteri e DocSpace ne memorizza al massimo {limit}. Accorcia la cartella di destinazione di {excess, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.",
  "settings.tooLong.token":
    "Le impostazioni non sono state salvate: con questo token di accesso richiedono {length} caratteri e DocSpace ne memorizza al massimo {limit}. Usa “Connetti” invece di incollare un token, oppure accorcia la cartella di destinazione di {excess, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.",

  "error.notConnected": "Connetti il tuo account Dropbox per inviare file.",
  "error.notConnected.shared":
    "L’account Dropbox condiviso non è connesso. Chiedi a un amministratore di DocSpace di connetterlo nelle impostazioni del plugin.",
  "error.dropboxAuth":
    "Dropbox non accetta più la tua connessione (è stata revocata o è scaduta). Connetti di nuovo Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox non accetta più la connessione condivisa (è stata revocata o è scaduta). Chiedi a un amministratore di DocSpace di riconnetterla nelle impostazioni del plugin.",
  "error.dropboxAuth.reconnected":
    "L’invio si è interrotto: Dropbox non accetta più la connessione con cui era iniziato (è stata revocata o è scaduta). Nel frattempo hai connesso di nuovo Dropbox, quindi scegli di nuovo «Invia a Dropbox» sull’elemento.",
  "error.dropboxPermission":
    "All’app Dropbox manca un’autorizzazione necessaria (per esempio files.content.write o sharing.write). Chiedi a un amministratore di abilitarla nella Dropbox App Console, poi connettiti di nuovo.",
  "error.insufficientSpace":
    "Il tuo Dropbox è pieno. Libera spazio o passa a un piano superiore, poi riprova.",
  "error.tooLarge": "Il file è più grande di quanto Dropbox accetti per un singolo file.",
  "error.invalidPath":
    "Dropbox non accetta il percorso di destinazione. Chiedi a un amministratore di controllare la cartella di destinazione nelle impostazioni del plugin.",
  "error.conflict":
    "Qualcosa in Dropbox è d’intralcio (per esempio una cartella con il nome del file) e non può essere sostituito. Rinominalo o spostalo, poi riprova.",
  "error.notFound": "L’elemento non esiste più in DocSpace. Aggiorna la pagina e riprova.",
  "error.noDownloadPermission":
    "Non puoi scaricare questo elemento in DocSpace, quindi non può essere inviato. Chiedi all’amministratore della stanza i diritti di download.",
  "error.docspaceSignedOut": "La tua sessione DocSpace è scaduta. Accedi di nuovo, poi riprova.",
  "error.rateLimited": "Troppe richieste in questo momento. Attendi un minuto, poi riprova.",
  "error.network":
    "La connessione non è riuscita. Controlla la rete, ricarica la pagina (un plugin appena installato o attivato funziona dopo il ricaricamento) e riprova.",
  "error.server": "DocSpace o Dropbox hanno problemi in questo momento. Riprova più tardi.",
  "error.incompleteDownload":
    "Il download da DocSpace si è interrotto prima del previsto, quindi non è stato salvato nulla. Riprova.",
  "error.incompleteListing":
    "L’elenco di questa cartella in DocSpace è cambiato durante la lettura, quindi alcuni dei suoi file potrebbero non essere stati inviati. Invia di nuovo la cartella.",
  "error.integrity":
    "La copia in Dropbox non corrispondeva all’originale, quindi non è stata conservata. Riprova.",
  "error.cancelled": "L’invio è stato annullato. Non è stato salvato nulla di parziale.",
  "error.unknown":
    "Invia a Dropbox non è riuscito per un motivo imprevisto. I dettagli sono nella console del browser (F12); riprova e segnalalo se il problema persiste.",
  "error.notConfigured":
    "Invia a Dropbox non è ancora configurato. Chiedi a un amministratore di DocSpace di completare le impostazioni del plugin.",
  "error.notAllowed": "In questo portale solo gli amministratori di DocSpace possono inviare a Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Chiudi",
} as const satisfies Record<MessageKey, string>;
