import type { MessageKey } from "./en";

export const de = {
  "menu.send": "An Dropbox senden",
  "menu.account": "Dropbox-Verbindung",

  "send.background":
    "Wird an Dropbox gesendet. Wählen Sie für dasselbe Element erneut „An Dropbox senden“, um den Fortschritt oder, wenn fertig, das Ergebnis zu sehen.",

  "send.nothingSelected": "Es wurde nichts zum Senden ausgewählt.",
  "send.otherTab":
    "Dieses Element wird bereits in einem anderen Tab oder Fenster dieses Browsers an Dropbox gesendet. Wählen Sie dort für das Element „An Dropbox senden“, um den Fortschritt zu sehen. Wurde dieser Tab gerade geschlossen, versuchen Sie es in einigen Sekunden erneut.",

  "resume.question": "Ein früheres Senden dieses Elements wurde vor dem Abschluss unterbrochen.",

  "resume.resume": "Fortsetzen — {bytes} von {totalBytes} bereits in Dropbox",

  "resume.startAgain": "Neu beginnen",

  "progress.preparing": "Das Senden an Dropbox wird noch vorbereitet: Der Ordnerinhalt wird gelesen …",
  "progress.running":
    "Wird an Dropbox gesendet: {files} von {totalFiles, plural, one {# Datei} other {# Dateien}}, {bytes} von {totalBytes}.",
  "progress.title": "Senden an Dropbox",
  "progress.explain": "Wenn der Auftrag endet, sehen Sie, wohin alles gegangen ist.",
  "progress.refresh": "Aktualisieren",
  "progress.cancel": "Senden abbrechen",
  "progress.cancelling":
    "Wird abgebrochen. Bereits gesendete Dateien bleiben in Dropbox; nichts Unvollständiges wird gespeichert.",
  "progress.operation": "Senden an Dropbox: {name}",
  "progress.operationMany": "Senden an Dropbox: ausgewählte Elemente ({count})",

  "result.fileSent": "An Dropbox gesendet: {path}",
  "result.fileFailed": "„{name}“ wurde nicht gesendet. {reason}",
  "result.empty": "Nichts zu senden: Die Auswahl enthält keine Dateien. {path} wurde nicht geändert.",
  "result.summaryToast":
    "Senden an Dropbox abgeschlossen: {sent} von {total, plural, one {# Datei} other {# Dateien}} gesendet.",
  "result.title": "An Dropbox gesendet",
  "result.where.appFolder": "{path} im Ordner dieser App in Dropbox (unter „Apps“)",
  "result.where.appFolderRoot": "den Ordner dieser App in Dropbox (unter „Apps“)",
  "result.where.root": "die oberste Ebene von Dropbox",
  "result.account": "Dropbox-Konto: {name}",
  "result.fileRenamedWhy": "An Dropbox gesendet als {path}, umbenannt von „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox akzeptiert „/“, „\\“ und einige Steuerzeichen nicht in Namen",
  "rename.controlCharacter": "unsichtbare Zeichen, die die Lesart eines Namens ändern, wurden ersetzt",
  "rename.invalidText": "der Name enthielt fehlerhaften Text (ein ungültiges Zeichen)",
  "rename.surroundingSpace": "Dropbox behält keine Leerzeichen am Anfang oder Ende eines Namens",
  "rename.relativeName": "der Name war leer oder bestand nur aus Punkten",
  "rename.notSynced": "Dropbox synchronisiert Namen wie desktop.ini oder ~$-Sperrdateien nicht",
  "rename.tooLong": "Dropbox erlaubt höchstens 255 Zeichen in einem Namen",
  "rename.nameClash":
    "ein anderes Element dieser Sendung hat denselben Namen (Dropbox unterscheidet nicht zwischen Groß- und Kleinschreibung)",
  "rename.keptBoth": "eine Datei mit diesem Namen war schon da, daher hat Dropbox diese nummeriert",
  "mixed.title": "Einige Elemente können nicht gesendet werden",
  "mixed.intro": "Diese ausgewählten Elemente dürfen Sie nicht herunterladen, daher werden sie ausgelassen:",
  "mixed.send": "Die übrigen senden ({count})",
  "result.titleWithProblems": "An Dropbox gesendet, mit Problemen",
  "result.counts": "{sent} von {total, plural, one {# Datei} other {# Dateien}} an {path} gesendet.",
  "result.failedHeading": "{count, plural, one {# Datei nicht gesendet:} other {# Dateien nicht gesendet:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# Datei für Dropbox umbenannt:} other {# Dateien für Dropbox umbenannt:}}",
  "result.andMore": "… und {count} weitere.",
  "result.item": "Element {id}",
  "result.linkTitle": "Freigabelink",
  "result.linkIntro":
    "Alle mit diesem Link können die Datei in Dropbox ansehen. Kopieren Sie ihn aus dem Feld:",
  "result.linkLabel": "Freigabelink",
  "result.linkCopied": "Der Freigabelink wurde in die Zwischenablage kopiert.",

  "connect.title": "Dropbox verbinden",
  "account.title": "Dropbox-Verbindung",
  "account.sharedMode":
    "Dieses Portal sendet an ein gemeinsames Dropbox-Konto, das die DocSpace-Administratoren in den Plugin-Einstellungen verwalten.",
  "connect.intro": "Zum Senden braucht das Plugin die Erlaubnis, in Ihre Dropbox zu schreiben.",
  "connect.privacy":
    "Ihre Dropbox-Verbindung wird in diesem Browser gespeichert, nur für Ihr DocSpace-Konto; der Server des Portals erhält sie nie. Andere auf diesem Portal installierte Plugins laufen in derselben Seite und könnten sie lesen. Sie wird entfernt, wenn Sie die Verbindung trennen, sich hier von DocSpace abmelden oder sich jemand anderes in diesem Browser am Portal anmeldet.",
  "connect.step1":
    "1. Öffnen Sie Dropbox in einem neuen Tab, melden Sie sich an und erlauben Sie den Zugriff.",
  "connect.openDropbox": "Dropbox öffnen",
  "connect.popupBlocked":
    "Der Browser hat den neuen Tab blockiert. Kopieren Sie diese Adresse selbst in einen neuen Tab:",
  "connect.step2": "2. Dropbox zeigt dann einen Code an. Kopieren Sie ihn und fügen Sie ihn hier ein:",
  "connect.codePlaceholder": "Code von Dropbox",
  "connect.sessionOnly":
    "Auf diesem Computer nicht verbunden bleiben (nur dieser Tab, bis er geschlossen wird)",
  "connect.connect": "Verbinden",
  "connect.connectedAs": "Verbunden als {name} ({email})",
  "connect.connectedAsName": "Verbunden als {name}",
  "connect.accountUnknown": "ein Dropbox-Konto",
  "connect.disconnect": "Trennen",
  "connect.sendNow": "Jetzt senden",
  "connect.codeMissing":
    "Fügen Sie den Code ein, den Dropbox angezeigt hat, und wählen Sie dann „Verbinden“.",
  "connect.codeRejected":
    "Dropbox hat diesen Code nicht akzeptiert. Ein Code gilt nur einmal und nur wenige Minuten: Wählen Sie erneut „Dropbox öffnen“ und fügen Sie den neuen Code ein.",
  "connect.appKeyMissing": "Geben Sie zuerst den Dropbox-App-Schlüssel ein.",
  "connect.storageDenied":
    "Dieser Browser erlaubt dem Plugin nicht, die Verbindung zu speichern (Websitedaten sind blockiert). Erlauben Sie Websitedaten für das Portal und verbinden Sie erneut.",

  "settings.app.title": "Dropbox-App",
  "settings.app.howto1":
    "1. Erstellen Sie in der Dropbox App Console (https://www.dropbox.com/developers/apps) eine App mit Scoped access. Wählen Sie App folder (empfohlen: Das Plugin sieht nur seinen eigenen Ordner) oder Full Dropbox.",
  "settings.app.howto2":
    "2. Aktivieren Sie auf dem Tab Permissions files.content.write und account_info.read, für Freigabelinks zusätzlich sharing.write und sharing.read, und speichern Sie.",
  "settings.app.howto3":
    "3. Kopieren Sie den App key vom Tab Settings in das Feld unten. Das App-Secret wird nie benötigt.",
  "settings.appKey.label": "Dropbox-App-Schlüssel",
  "settings.appKey.placeholder": "z. B. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Ein Dropbox-App-Schlüssel besteht nur aus Buchstaben, Ziffern, „-“ und „_“. Entfernen Sie {characters}.",
  "settings.appKey.tooLong":
    "Ein Dropbox-App-Schlüssel hat höchstens {max} Zeichen. Kopieren Sie ihn erneut aus der App Console.",
  "settings.appKey.checkedLater":
    "Dropbox prüft den Schlüssel, wenn sich jemand zum ersten Mal verbindet: Bei einem falschen Schlüssel zeigt Dropbox die Seite „Invalid client_id“.",
  "settings.access.label": "Zugriffsart der App (bei der Erstellung gewählt)",
  "settings.access.appFolder": "App-Ordner: Dateien landen unter „Apps“ im Ordner der App",
  "settings.access.full": "Gesamte Dropbox",
  "settings.mode.label": "Wessen Dropbox erhält die Dateien",
  "settings.mode.personal": "Alle verbinden ihre eigene Dropbox (empfohlen)",
  "settings.mode.shared": "Ein gemeinsames Dropbox-Konto für das ganze Portal",
  "settings.mode.personalHint":
    "Beim ersten Senden werden die Benutzer gebeten, sich zu verbinden. Die Verbindung wird im Browser des Benutzers gespeichert, nicht auf dem Server des Portals, und entfernt, wenn er sie trennt, sich abmeldet oder sich dort ein anderer Benutzer anmeldet; andere auf diesem Portal installierte Plugins laufen in derselben Seite und könnten sie lesen.",
  "settings.mode.sharedWarning":
    "Achtung: DocSpace sendet Plugin-Einstellungen an den Browser jedes Portalmitglieds, daher kann jedes Mitglied das Token des gemeinsamen Kontos lesen. Verwenden Sie eine Dropbox-App mit App folder, damit das Token nur diesen Ordner erreicht.",
  "settings.connect.saveHint": "Wählen Sie „Speichern“, um diese Verbindung zu behalten.",
  "settings.connect.notRevoked":
    "Die gemeinsame Verbindung wurde hier entfernt, aber Dropbox war nicht erreichbar, um sie zu widerrufen. Ihr Token funktioniert daher weiterhin für alle, die es aus diesen Einstellungen gelesen haben. Zum Widerrufen melden Sie sich bei diesem Dropbox-Konto an, öffnen Einstellungen › Verbundene Apps (https://www.dropbox.com/account/connected_apps) und entfernen diese App.",
  "settings.token.label": "Oder ein Zugriffstoken einfügen",
  "settings.token.placeholder": "Dropbox-Zugriffstoken",
  "settings.token.warning":
    "Kurzlebige Dropbox-Zugriffstoken laufen nach 4 Stunden ab; danach funktioniert das Senden erst wieder mit einem neuen Token. Für eine dauerhafte Verbindung nutzen Sie oben „Verbinden“.",
  "settings.token.invalid":
    "Das Zugriffstoken enthält Zeichen, die in Dropbox-Token nie vorkommen. Kopieren Sie es erneut.",
  "settings.folder.label": "Zielordner in Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Leer bedeutet die oberste Ebene (bei App-folder-Apps der eigene Ordner der App).",
  "settings.folder.noLeadingSlash": "Der Ordner muss mit „/“ beginnen, zum Beispiel /DocSpace.",
  "settings.folder.emptyComponent": "Der Ordner darf kein „//“ enthalten.",
  "settings.folder.componentTooLong": "Jeder Ordnername darf höchstens 255 Zeichen haben.",
  "settings.folder.trailingSpaceOrDot": "Ordnernamen dürfen nicht mit einem Leerzeichen oder Punkt enden.",
  "settings.folder.unsafeCharacter":
    'Ordnernamen dürfen weder < > : " | ? * \\ noch Steuerzeichen enthalten.',
  "settings.folder.disallowedName":
    "Dropbox akzeptiert diesen Ordnernamen nicht (zum Beispiel desktop.ini oder Namen, die mit ~$ beginnen).",
  "settings.folder.invalid": "Die Einstellungen wurden nicht gespeichert. Zielordner: {reason}",
  "settings.folder.savedAs": "Wird gespeichert als {folder}",
  "settings.budget.left": "Noch frei für diese Einstellungen: {left} von {limit} Zeichen.",
  "settings.budget.over":
    "Zu lang: Sie benötigen {length} Zeichen, DocSpace speichert höchstens {limit}. Kürzen Sie den Zielordner um {excess} Zeichen.",
  "settings.budget.overToken":
    "Zu lang: Mit diesem Zugriffstoken benötigen sie {length} Zeichen, DocSpace speichert höchstens {limit}. Nutzen Sie „Verbinden“ statt eines eingefügten Tokens oder kürzen Sie den Zielordner um {excess} Zeichen.",
  "settings.saveBlocked": "Speichern ist erst möglich, wenn die oben markierten Probleme behoben sind.",
  "settings.notSaved": "Die Einstellungen wurden nicht gespeichert: {reason}",
  "settings.changedElsewhere":
    "Die Einstellungen wurden nicht gespeichert: Sie wurden seit dem Öffnen dieses Bereichs in einem anderen Fenster oder Tab geändert. Schließen Sie die Einstellungen und öffnen Sie sie erneut, um die aktuellen Werte zu sehen.",
  "settings.conflict.label": "Wenn dort bereits eine Datei mit demselben Namen liegt",
  "settings.conflict.keepBoth": "Beide behalten (die neue Datei erhält eine Nummer)",
  "settings.conflict.overwrite": "Vorhandene Datei ersetzen",
  "settings.shareLink.label": "Freigabelink für gesendete Dateien erstellen",
  "settings.audience.label": "Wer an Dropbox senden darf",
  "settings.audience.everyone": "Alle, die das Element herunterladen dürfen",
  "settings.audience.admins": "Nur DocSpace-Besitzer und -Administratoren",
  "settings.audience.hint":
    "Das blendet den Menüeintrag für andere aus; diese Einstellungen bleiben trotzdem lesbar.",
  "settings.save": "Speichern",
  "settings.saved": "Einstellungen von „An Dropbox senden“ gespeichert.",
  "settings.saved.noAppKey":
    "Einstellungen gespeichert. „An Dropbox senden“ bleibt ausgeblendet, bis ein Dropbox-App-Schlüssel eingegeben ist.",
  "settings.saved.sharedNotConnected":
    "Einstellungen gespeichert. „An Dropbox senden“ bleibt ausgeblendet, bis das gemeinsame Dropbox-Konto verbunden ist.",
  "settings.saved.accessToken":
    "Einstellungen mit eingefügtem Zugriffstoken gespeichert. Ist es kurzlebig, funktioniert das Senden nach 4 Stunden nicht mehr.",
  "settings.tooLong":
    "Die Einstellungen wurden nicht gespeichert: Sie benötigen {length} Zeichen, DocSpace speichert höchstens {limit}. Kürzen Sie den Zielordner um {excess} Zeichen.",
  "settings.tooLong.token":
    "Die Einstellungen wurden nicht gespeichert: Mit diesem Zugriffstoken benötigen sie {length} Zeichen, DocSpace speichert höchstens {limit}. Nutzen Sie „Verbinden“ statt eines eingefügten Tokens oder kürzen Sie den Zielordner um {excess} Zeichen.",

  "error.notConnected": "Verbinden Sie Ihr Dropbox-Konto, um Dateien zu senden.",
  "error.notConnected.shared":
    "Das gemeinsame Dropbox-Konto ist nicht verbunden. Bitten Sie einen DocSpace-Administrator, es in den Plugin-Einstellungen zu verbinden.",
  "error.dropboxAuth":
    "Dropbox akzeptiert Ihre Verbindung nicht mehr (widerrufen oder abgelaufen). Verbinden Sie Dropbox erneut.",
  "error.dropboxAuth.shared":
    "Dropbox akzeptiert die gemeinsame Verbindung nicht mehr (widerrufen oder abgelaufen). Bitten Sie einen DocSpace-Administrator, sie in den Plugin-Einstellungen neu zu verbinden.",
  "error.dropboxAuth.reconnected":
    "Das Senden wurde angehalten: Dropbox akzeptiert die Verbindung, mit der es begonnen hat, nicht mehr (widerrufen oder abgelaufen). Sie haben Dropbox inzwischen erneut verbunden; wählen Sie für das Element also erneut „An Dropbox senden“.",
  "error.dropboxPermission":
    "Der Dropbox-App fehlt eine benötigte Berechtigung (zum Beispiel files.content.write oder sharing.write). Bitten Sie einen Administrator, sie in der Dropbox App Console zu aktivieren, und verbinden Sie dann erneut.",
  "error.insufficientSpace":
    "Ihre Dropbox ist voll. Geben Sie Speicherplatz frei oder wechseln Sie den Tarif und versuchen Sie es erneut.",
  "error.tooLarge": "Die Datei ist größer, als Dropbox für eine einzelne Datei akzeptiert.",
  "error.invalidPath":
    "Dropbox akzeptiert den Zielpfad nicht. Bitten Sie einen Administrator, den Zielordner in den Plugin-Einstellungen zu prüfen.",
  "error.conflict":
    "In Dropbox ist etwas im Weg (zum Beispiel ein Ordner mit dem Namen der Datei) und kann nicht ersetzt werden. Benennen Sie es um oder verschieben Sie es und versuchen Sie es erneut.",
  "error.notFound":
    "Das Element existiert in DocSpace nicht mehr. Laden Sie die Seite neu und versuchen Sie es erneut.",
  "error.noDownloadPermission":
    "Sie dürfen dieses Element in DocSpace nicht herunterladen, daher kann es nicht gesendet werden. Bitten Sie den Raumadministrator um Download-Rechte.",
  "error.docspaceSignedOut":
    "Ihre DocSpace-Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.",
  "error.rateLimited": "Gerade zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es erneut.",
  "error.network":
    "Die Verbindung ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk, laden Sie die Seite neu (ein gerade installiertes oder aktiviertes Plugin wirkt erst danach) und versuchen Sie es erneut.",
  "error.server": "DocSpace oder Dropbox hat gerade Probleme. Versuchen Sie es später erneut.",
  "error.incompleteDownload":
    "Der Download aus DocSpace brach vorzeitig ab, daher wurde nichts gespeichert. Versuchen Sie es erneut.",
  "error.incompleteListing":
    "Die Liste dieses Ordners in DocSpace änderte sich beim Lesen ständig, daher wurden einige seiner Dateien möglicherweise nicht gesendet. Senden Sie den Ordner erneut.",
  "error.integrity":
    "Die Kopie in Dropbox stimmte nicht mit dem Original überein und wurde daher nicht behalten. Versuchen Sie es erneut.",
  "error.cancelled": "Das Senden wurde abgebrochen. Es wurde nichts teilweise gespeichert.",
  "error.unknown":
    "Das Senden an Dropbox ist aus einem unerwarteten Grund fehlgeschlagen. Details stehen in der Browserkonsole (F12); versuchen Sie es erneut und melden Sie es, wenn es wieder auftritt.",
  "error.notConfigured":
    "„An Dropbox senden“ ist noch nicht eingerichtet. Bitten Sie einen DocSpace-Administrator, die Plugin-Einstellungen abzuschließen.",
  "error.notAllowed": "In diesem Portal dürfen nur DocSpace-Administratoren an Dropbox senden.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Schließen",
} as const satisfies Record<MessageKey, string>;
