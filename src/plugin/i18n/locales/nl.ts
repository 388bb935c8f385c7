import type { MessageKey } from "./en";

export const nl = {
  "menu.send": "Naar Dropbox sturen",
  "menu.account": "Dropbox-verbinding",
  "send.background":
    "Bezig met versturen naar Dropbox. Kies voor hetzelfde item opnieuw ‘Naar Dropbox sturen’ om de voortgang of, als het klaar is, het resultaat te zien.",

  "send.nothingSelected": "Er is niets geselecteerd om te versturen.",
  "send.otherTab":
    "Dit item wordt al naar Dropbox gestuurd vanuit een ander tabblad of venster van deze browser. Kies daar voor het item ‘Naar Dropbox sturen’ om de voortgang te zien. Is dat tabblad net gesloten, probeer het dan over een paar seconden opnieuw.",

  "resume.question": "Een eerdere verzending van dit item is gestopt voordat die klaar was.",

  "resume.resume": "Hervatten — {bytes} van {totalBytes} al in Dropbox",

  "resume.startAgain": "Opnieuw beginnen",

  "progress.preparing":
    "Het versturen naar Dropbox wordt nog voorbereid: de inhoud van de map wordt gelezen…",
  "progress.running":
    "Nog bezig met versturen naar Dropbox: {files} van {totalFiles, plural, one {# bestand} other {# bestanden}}, {bytes} van {totalBytes}.",
  "progress.title": "Versturen naar Dropbox",
  "progress.explain": "Als de taak klaar is, ziet u waar alles terecht is gekomen.",
  "progress.refresh": "Vernieuwen",
  "progress.cancel": "Versturen annuleren",
  "progress.cancelling":
    "Bezig met annuleren. Al verstuurde bestanden blijven in Dropbox; er wordt niets onvolledigs opgeslagen.",
  "progress.operation": "Versturen naar Dropbox: {name}",
  "progress.operationMany": "Versturen naar Dropbox: geselecteerde items ({count})",

  "result.fileSent": "Naar Dropbox verstuurd: {path}",
  "result.fileFailed": "‘{name}’ is niet verstuurd. {reason}",
  "result.empty": "Niets te versturen: de selectie bevat geen bestanden. {path} is niet gewijzigd.",
  "result.summaryToast":
    "Versturen naar Dropbox voltooid: {sent} van {total, plural, one {# bestand} other {# bestanden}} verstuurd.",
  "result.title": "Naar Dropbox verstuurd",
  "result.where.appFolder": "{path} in de map van deze app in Dropbox (onder ‘Apps’)",
  "result.where.appFolderRoot": "de map van deze app in Dropbox (onder ‘Apps’)",
  "result.where.root": "het hoogste niveau van Dropbox",
  "result.account": "Dropbox-account: {name}",
  "result.fileRenamedWhy": "Naar Dropbox gestuurd als {path}, hernoemd van ‘{name}’: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox accepteert ‘/’, ‘\\’ en sommige stuurtekens niet in namen",
  "rename.controlCharacter": "onzichtbare tekens die de leesrichting van een naam veranderen zijn vervangen",
  "rename.invalidText": "de naam bevatte beschadigde tekst (een ongeldig teken)",
  "rename.surroundingSpace": "Dropbox bewaart geen spaties aan het begin of eind van een naam",
  "rename.relativeName": "de naam was leeg of bestond alleen uit punten",
  "rename.notSynced": "Dropbox synchroniseert namen als desktop.ini of ~$-vergrendelbestanden niet",
  "rename.tooLong": "Dropbox staat hoogstens 255 tekens in een naam toe",
  "rename.nameClash":
    "een ander item in deze zending heeft dezelfde naam (Dropbox maakt geen onderscheid tussen hoofd- en kleine letters)",
  "rename.keptBoth": "er stond al een bestand met deze naam, dus Dropbox heeft dit bestand genummerd",
  "mixed.title": "Sommige items kunnen niet worden verstuurd",
  "mixed.intro": "U mag deze geselecteerde items niet downloaden, dus ze worden overgeslagen:",
  "mixed.send": "De overige versturen ({count})",
  "result.titleWithProblems": "Naar Dropbox verstuurd, met problemen",
  "result.counts": "{sent} van {total, plural, one {# bestand} other {# bestanden}} verstuurd naar {path}.",
  "result.failedHeading":
    "{count, plural, one {# bestand niet verstuurd:} other {# bestanden niet verstuurd:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# bestand hernoemd voor Dropbox:} other {# bestanden hernoemd voor Dropbox:}}",
  "result.andMore": "…en nog {count}.",
  "result.item": "Item {id}",
  "result.linkTitle": "Deellink",
  "result.linkIntro": "Iedereen met deze link kan het bestand in Dropbox bekijken. Kopieer hem uit het veld:",
  "result.linkLabel": "Deellink",
  "result.linkCopied": "De deellink is naar het klembord gekopieerd.",

  "connect.title": "Dropbox verbinden",
  "account.title": "Dropbox-verbinding",
  "account.sharedMode":
    "Dit portaal verstuurt naar één gedeeld Dropbox-account, dat de DocSpace-beheerders in de plug-ininstellingen beheren.",
  "connect.intro":
    "Om bestanden te versturen heeft de plug-in toestemming nodig om in uw Dropbox te schrijven.",
  "connect.privacy":
    "Uw Dropbox-verbinding wordt in deze browser bewaard, alleen voor uw DocSpace-account; de server van het portaal ontvangt haar nooit. Andere plug-ins die op dit portaal zijn geïnstalleerd, draaien op dezelfde pagina en zouden haar kunnen lezen. Ze wordt verwijderd wanneer u de verbinding verbreekt, wanneer u zich hier afmeldt bij DocSpace en wanneer iemand anders zich in deze browser aanmeldt bij het portaal.",
  "connect.step1": "1. Open Dropbox in een nieuw tabblad, meld u aan en sta toegang toe.",
  "connect.openDropbox": "Dropbox openen",
  "connect.popupBlocked":
    "De browser heeft het nieuwe tabblad geblokkeerd. Kopieer dit adres zelf naar een nieuw tabblad:",
  "connect.step2": "2. Dropbox toont dan een code. Kopieer die en plak hem hier:",
  "connect.codePlaceholder": "Code van Dropbox",
  "connect.sessionOnly":
    "Niet verbonden blijven op deze computer (alleen dit tabblad, tot het wordt gesloten)",
  "connect.connect": "Verbinden",
  "connect.connectedAs": "Verbonden als {name} ({email})",
  "connect.connectedAsName": "Verbonden als {name}",
  "connect.accountUnknown": "een Dropbox-account",
  "connect.disconnect": "Verbinding verbreken",
  "connect.sendNow": "Nu versturen",
  "connect.codeMissing": "Plak de code die Dropbox u toonde en kies dan ‘Verbinden’.",
  "connect.codeRejected":
    "Dropbox heeft deze code niet geaccepteerd. Een code werkt één keer en maar een paar minuten: kies opnieuw ‘Dropbox openen’ en plak de nieuwe code.",
  "connect.appKeyMissing": "Voer eerst de Dropbox-appsleutel in.",
  "connect.storageDenied":
    "Deze browser staat niet toe dat de plug-in uw verbinding bewaart (sitegegevens zijn geblokkeerd). Sta sitegegevens toe voor het portaal en verbind opnieuw.",

  "settings.app.title": "Dropbox-app",
  "settings.app.howto1":
    "1. Maak in de Dropbox App Console (https://www.dropbox.com/developers/apps) een app met Scoped access. Kies App folder (aanbevolen: de plug-in ziet alleen zijn eigen map) of Full Dropbox.",
  "settings.app.howto2":
    "2. Vink op het tabblad Permissions files.content.write en account_info.read aan, plus sharing.write en sharing.read voor deellinks, en sla op.",
  "settings.app.howto3":
    "3. Kopieer de App key van het tabblad Settings naar het veld hieronder. Het app-geheim is nooit nodig.",
  "settings.appKey.label": "Dropbox-appsleutel",
  "settings.appKey.placeholder": "bijv. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Een Dropbox-appsleutel bevat alleen letters, cijfers, ‘-’ en ‘_’. Verwijder {characters}.",
  "settings.appKey.tooLong":
    "Een Dropbox-appsleutel heeft hoogstens {max} tekens. Kopieer hem opnieuw uit de App Console.",
  "settings.appKey.checkedLater":
    "Dropbox controleert de sleutel bij de eerste verbinding: bij een verkeerde sleutel toont Dropbox de pagina ‘Invalid client_id’.",
  "settings.access.label": "Toegangstype van de app (gekozen bij het maken)",
  "settings.access.appFolder": "App-map: bestanden komen in ‘Apps’, in de map van de app",
  "settings.access.full": "Volledige Dropbox",
  "settings.mode.label": "Wiens Dropbox de bestanden ontvangt",
  "settings.mode.personal": "Elke gebruiker verbindt zijn eigen Dropbox (aanbevolen)",
  "settings.mode.shared": "Eén gedeeld Dropbox-account voor het hele portaal",
  "settings.mode.personalHint":
    "Elke gebruiker wordt gevraagd te verbinden wanneer hij voor het eerst iets verstuurt. De verbinding wordt in de browser van die gebruiker bewaard, niet op de server van het portaal, en verwijderd wanneer hij de verbinding verbreekt of zich afmeldt of wanneer een andere gebruiker zich in die browser aanmeldt; andere plug-ins die op dit portaal zijn geïnstalleerd, draaien op dezelfde pagina en zouden haar kunnen lezen.",
  "settings.mode.sharedWarning":
    "Let op: DocSpace stuurt plug-ininstellingen naar de browser van elk portaallid, dus elk lid kan het token van het gedeelde account lezen. Gebruik een Dropbox-app van het type App folder, zodat het token alleen die map bereikt.",
  "settings.connect.saveHint": "Kies ‘Opslaan’ om deze verbinding te bewaren.",
  "settings.connect.notRevoked":
    "De gedeelde verbinding is hier verwijderd, maar Dropbox was niet bereikbaar om haar in te trekken, dus haar token werkt nog voor iedereen die het uit deze instellingen heeft gelezen. Om haar in te trekken, meldt u zich aan bij dat Dropbox-account, opent u Instellingen › Gekoppelde apps (https://www.dropbox.com/account/connected_apps) en verwijdert u deze app.",
  "settings.token.label": "Of plak een toegangstoken",
  "settings.token.placeholder": "Dropbox-toegangstoken",
  "settings.token.warning":
    "Kortlevende Dropbox-toegangstokens verlopen na 4 uur; daarna werkt versturen pas weer met een nieuw token. Gebruik ‘Verbinden’ hierboven voor een blijvende verbinding.",
  "settings.token.invalid":
    "Het toegangstoken bevat tekens die Dropbox-tokens nooit hebben. Kopieer het opnieuw.",
  "settings.folder.label": "Doelmap in Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Leeg betekent het hoogste niveau (de eigen map van de app bij App folder-apps).",
  "settings.folder.noLeadingSlash": "De map moet beginnen met ‘/’, bijvoorbeeld /DocSpace.",
  "settings.folder.emptyComponent": "De map mag geen ‘//’ bevatten.",
  "settings.folder.componentTooLong": "Elke mapnaam mag hoogstens 255 tekens hebben.",
  "settings.folder.trailingSpaceOrDot": "Mapnamen mogen niet eindigen op een spatie of punt.",
  "settings.folder.unsafeCharacter": 'Mapnamen mogen geen < > : " | ? * \\ of besturingstekens bevatten.',
  "settings.folder.disallowedName":
    "Dropbox accepteert deze mapnaam niet (bijvoorbeeld desktop.ini of namen die met ~$ beginnen).",
  "settings.folder.invalid": "De instellingen zijn niet opgeslagen. Doelmap: {reason}",
  "settings.folder.savedAs": "Wordt opgeslagen als {folder}",
  "settings.budget.left": "Nog beschikbaar voor deze instellingen: {left} van {limit} tekens.",
  "settings.budget.over":
    "Te lang: ze hebben {length} tekens nodig en DocSpace bewaart er hoogstens {limit}. Maak de doelmap {excess, plural, one {# teken} other {# tekens}} korter.",
  "settings.budget.overToken":
    "Te lang: met dit toegangstoken hebben ze {length} tekens nodig en DocSpace bewaart er hoogstens {limit}. Gebruik ‘Verbinden’ in plaats van een geplakt token, of maak de doelmap {excess, plural, one {# teken} other {# tekens}} korter.",
  "settings.saveBlocked": "Opslaan kan pas als de hierboven gemarkeerde problemen zijn opgelost.",
  "settings.notSaved": "De instellingen zijn niet opgeslagen: {reason}",
  "settings.changedElsewhere":
    "De instellingen zijn niet opgeslagen: ze zijn gewijzigd in een ander venster of tabblad nadat dit paneel werd geopend. Sluit de instellingen en open ze opnieuw om de huidige waarden te zien.",
  "settings.conflict.label": "Als er al een bestand met dezelfde naam staat",
  "settings.conflict.keepBoth": "Beide behouden (het nieuwe bestand krijgt een nummer)",
  "settings.conflict.overwrite": "Het bestaande bestand vervangen",
  "settings.shareLink.label": "Een deellink maken voor verstuurde bestanden",
  "settings.audience.label": "Wie naar Dropbox mag versturen",
  "settings.audience.everyone": "Iedereen die het item mag downloaden",
  "settings.audience.admins": "Alleen de eigenaar en beheerders van DocSpace",
  "settings.audience.hint":
    "Dit verbergt het menu-item voor andere gebruikers; het verbergt deze instellingen niet.",
  "settings.save": "Opslaan",
  "settings.saved": "Instellingen van Naar Dropbox sturen opgeslagen.",
  "settings.saved.noAppKey":
    "Instellingen opgeslagen. Naar Dropbox sturen blijft verborgen tot er een Dropbox-appsleutel is ingevoerd.",
  "settings.saved.sharedNotConnected":
    "Instellingen opgeslagen. Naar Dropbox sturen blijft verborgen tot het gedeelde Dropbox-account is verbonden.",
  "settings.saved.accessToken":
    "Instellingen opgeslagen met een geplakt toegangstoken. Als het kortlevend is, werkt versturen na 4 uur niet meer.",
  "settings.tooLong":
    "De instellingen zijn niet opgeslagen: ze hebben {length} tekens nodig en DocSpace bewaart er hoogstens {limit}. Maak de doelmap {excess, plural, one {# teken} other {# tekens}} korter.",
  "settings.tooLong.token":
    "De instellingen zijn niet opgeslagen: met dit toegangstoken hebben ze {length} tekens nodig en DocSpace bewaart er hoogstens {limit}. Gebruik ‘Verbinden’ in plaats van een geplakt token, of maak de doelmap {excess, plural, one {# teken} other {# tekens}} korter.",

  "error.notConnected": "Verbind uw Dropbox-account om bestanden te versturen.",
  "error.notConnected.shared":
    "Het gedeelde Dropbox-account is niet verbonden. Vraag een DocSpace-beheerder het in de plug-ininstellingen te verbinden.",
  "error.dropboxAuth":
    "Dropbox accepteert uw verbinding niet meer (ingetrokken of verlopen). Verbind Dropbox opnieuw.",
  "error.dropboxAuth.shared":
    "Dropbox accepteert de gedeelde verbinding niet meer (ingetrokken of verlopen). Vraag een DocSpace-beheerder haar in de plug-ininstellingen opnieuw te verbinden.",
  "error.dropboxAuth.reconnected":
    "Het versturen is gestopt: Dropbox accepteert de verbinding waarmee het begon niet meer (ingetrokken of verlopen). U hebt Dropbox sindsdien opnieuw verbonden, dus kies voor het item opnieuw ‘Naar Dropbox sturen’.",
  "error.dropboxPermission":
    "De Dropbox-app mist een benodigde machtiging (bijvoorbeeld files.content.write of sharing.write). Vraag een beheerder die in de Dropbox App Console in te schakelen en verbind daarna opnieuw.",
  "error.insufficientSpace":
    "Uw Dropbox is vol. Maak ruimte vrij of upgrade uw abonnement en probeer het opnieuw.",
  "error.tooLarge": "Het bestand is groter dan Dropbox voor één bestand accepteert.",
  "error.invalidPath":
    "Dropbox accepteert het doelpad niet. Vraag een beheerder de doelmap in de plug-ininstellingen te controleren.",
  "error.conflict":
    "Iets in Dropbox staat in de weg (bijvoorbeeld een map met de naam van het bestand) en kan niet worden vervangen. Hernoem of verplaats het en probeer het opnieuw.",
  "error.notFound": "Het item bestaat niet meer in DocSpace. Vernieuw de pagina en probeer het opnieuw.",
  "error.noDownloadPermission":
    "U mag dit item in DocSpace niet downloaden, dus het kan niet worden verstuurd. Vraag de beheerder van de ruimte om downloadrechten.",
  "error.docspaceSignedOut": "Uw DocSpace-sessie is verlopen. Meld u opnieuw aan en probeer het nog eens.",
  "error.rateLimited": "Op dit moment te veel verzoeken. Wacht een minuut en probeer het opnieuw.",
  "error.network":
    "De verbinding is mislukt. Controleer uw netwerk, laad de pagina opnieuw (een net geïnstalleerde of ingeschakelde plug-in werkt pas daarna) en probeer het opnieuw.",
  "error.server": "DocSpace of Dropbox heeft op dit moment problemen. Probeer het later opnieuw.",
  "error.incompleteDownload":
    "De download uit DocSpace stopte voortijdig, dus er is niets opgeslagen. Probeer het opnieuw.",
  "error.incompleteListing":
    "De lijst van deze map in DocSpace veranderde tijdens het lezen, dus sommige bestanden zijn mogelijk niet verzonden. Verzend de map opnieuw.",
  "error.integrity":
    "De kopie in Dropbox kwam niet overeen met het origineel en is daarom niet bewaard. Probeer het opnieuw.",
  "error.cancelled": "Het versturen is geannuleerd. Er is niets onvolledigs opgeslagen.",
  "error.unknown":
    "Naar Dropbox sturen is om een onverwachte reden mislukt. Details staan in de browserconsole (F12); probeer het opnieuw en meld het als het blijft gebeuren.",
  "error.notConfigured":
    "Naar Dropbox sturen is nog niet ingesteld. Vraag een DocSpace-beheerder de plug-ininstellingen te voltooien.",
  "error.notAllowed": "Op dit portaal mogen alleen DocSpace-beheerders naar Dropbox versturen.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Sluiten",
} as const satisfies Record<MessageKey, string>;
