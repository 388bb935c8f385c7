import type { MessageKey } from "./en";

export const cs = {
  "menu.send": "Odeslat do Dropboxu",
  "menu.account": "Připojení k Dropboxu",
  "send.background":
    "Odesílá se do Dropboxu. Chcete-li zobrazit průběh nebo po dokončení výsledek, zvolte u téže položky znovu „Odeslat do Dropboxu“.",

  "send.nothingSelected": "Nic nebylo vybráno k odeslání.",
  "send.otherTab":
    "Tato položka se už odesílá do Dropboxu z jiné karty nebo okna tohoto prohlížeče. Průběh uvidíte, když tam u položky zvolíte „Odeslat do Dropboxu“. Pokud byla ta karta právě zavřena, zkuste to znovu za několik sekund.",

  "resume.question": "Dřívější odesílání této položky se zastavilo před dokončením.",

  "resume.resume": "Pokračovat — {bytes} z {totalBytes} už je v Dropboxu",

  "resume.startAgain": "Začít znovu",

  "progress.preparing": "Odesílání do Dropboxu se ještě připravuje: načítá se obsah složky…",
  "progress.running":
    "Stále se odesílá do Dropboxu: {files, plural, one {# soubor} few {# soubory} many {# souboru} other {# souborů}} z {totalFiles}, {bytes} z {totalBytes}.",
  "progress.title": "Odesílání do Dropboxu",
  "progress.explain": "Až úloha skončí, uvidíte, kam co putovalo.",
  "progress.refresh": "Obnovit",
  "progress.cancel": "Zrušit odesílání",
  "progress.cancelling": "Ruší se. Již odeslané soubory zůstanou v Dropboxu; nic neúplného se neuloží.",
  "progress.operation": "Odesílání do Dropboxu: {name}",
  "progress.operationMany": "Odesílání do Dropboxu: vybrané položky ({count})",

  "result.fileSent": "Odesláno do Dropboxu: {path}",
  "result.fileFailed": "„{name}“ nebyl odeslán. {reason}",
  "result.empty": "Není co odeslat: výběr neobsahuje žádné soubory. {path} se nezměnila.",
  "result.summaryToast":
    "Odesílání do Dropboxu dokončeno: {sent, plural, one {odeslán # soubor} few {odeslány # soubory} many {odesláno # souboru} other {odesláno # souborů}} z {total}.",
  "result.title": "Odesláno do Dropboxu",
  "result.where.appFolder": "{path} ve složce této aplikace v Dropboxu (ve složce „Apps“)",
  "result.where.appFolderRoot": "složku této aplikace v Dropboxu (ve složce „Apps“)",
  "result.where.root": "nejvyšší úroveň Dropboxu",
  "result.account": "Účet Dropbox: {name}",
  "result.fileRenamedWhy": "Odesláno do Dropboxu jako {path}, přejmenováno z „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox v názvech nepřijímá „/“, „\\“ a některé řídicí znaky",
  "rename.controlCharacter": "byly nahrazeny neviditelné znaky, které mění čtení názvu",
  "rename.invalidText": "název obsahoval poškozený text (neplatný znak)",
  "rename.surroundingSpace": "Dropbox neuchovává mezery na začátku ani na konci názvu",
  "rename.relativeName": "název byl prázdný nebo obsahoval jen tečky",
  "rename.notSynced": "Dropbox nesynchronizuje názvy jako desktop.ini ani zamykací soubory ~$",
  "rename.tooLong": "Dropbox povoluje v názvu nejvýše 255 znaků",
  "rename.nameClash":
    "jiná položka tohoto odeslání má stejný název (Dropbox nerozlišuje velká a malá písmena)",
  "rename.keptBoth": "soubor s tímto názvem už existoval, proto ho Dropbox očísloval",
  "mixed.title": "Některé položky nelze odeslat",
  "mixed.intro": "Tyto vybrané položky nesmíte stahovat, proto jsou vynechány:",
  "mixed.send": "Odeslat ostatní ({count})",
  "result.titleWithProblems": "Odesláno do Dropboxu, s problémy",
  "result.counts":
    "{sent, plural, one {Odeslán # soubor} few {Odeslány # soubory} many {Odesláno # souboru} other {Odesláno # souborů}} z {total} do {path}.",
  "result.failedHeading":
    "{count, plural, one {# soubor nebyl odeslán:} few {# soubory nebyly odeslány:} many {# souboru nebylo odesláno:} other {# souborů nebylo odesláno:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# soubor přejmenován pro Dropbox:} few {# soubory přejmenovány pro Dropbox:} many {# souboru přejmenováno pro Dropbox:} other {# souborů přejmenováno pro Dropbox:}}",
  "result.andMore": "…a {count} další.",
  "result.item": "Položka {id}",
  "result.linkTitle": "Odkaz ke sdílení",
  "result.linkIntro": "Kdokoli s tímto odkazem může soubor v Dropboxu zobrazit. Zkopírujte jej z pole:",
  "result.linkLabel": "Odkaz ke sdílení",
  "result.linkCopied": "Odkaz ke sdílení byl zkopírován do schránky.",

  "connect.title": "Připojit Dropbox",
  "account.title": "Připojení k Dropboxu",
  "account.sharedMode":
    "Tento portál odesílá do jednoho sdíleného účtu Dropbox, který spravují správci DocSpace v nastavení pluginu.",
  "connect.intro": "K odesílání souborů potřebuje plugin oprávnění zapisovat do vašeho Dropboxu.",
  "connect.privacy":
    "Vaše připojení k Dropboxu je uloženo v tomto prohlížeči, jen pro váš účet DocSpace; server portálu je nikdy nedostane. Další pluginy nainstalované na tomto portálu běží na stejné stránce a mohly by je přečíst. Odstraní se, když se odpojíte, když se zde odhlásíte z DocSpace a když se v tomto prohlížeči k portálu přihlásí někdo jiný.",
  "connect.step1": "1. Otevřete Dropbox na nové kartě, přihlaste se a povolte přístup.",
  "connect.openDropbox": "Otevřít Dropbox",
  "connect.popupBlocked": "Prohlížeč zablokoval novou kartu. Zkopírujte tuto adresu do nové karty sami:",
  "connect.step2": "2. Dropbox pak zobrazí kód. Zkopírujte jej a vložte sem:",
  "connect.codePlaceholder": "Kód z Dropboxu",
  "connect.sessionOnly": "Neuchovávat připojení na tomto počítači (jen tato karta, dokud nebude zavřena)",
  "connect.connect": "Připojit",
  "connect.connectedAs": "Připojeno jako {name} ({email})",
  "connect.connectedAsName": "Připojeno jako {name}",
  "connect.accountUnknown": "účet Dropbox",
  "connect.disconnect": "Odpojit",
  "connect.sendNow": "Odeslat nyní",
  "connect.codeMissing": "Vložte kód, který vám Dropbox zobrazil, a zvolte „Připojit“.",
  "connect.codeRejected":
    "Dropbox tento kód nepřijal. Kód platí jednou a jen několik minut: znovu zvolte „Otevřít Dropbox“ a vložte nový kód.",
  "connect.appKeyMissing": "Nejprve zadejte klíč aplikace Dropbox.",
  "connect.storageDenied":
    "Tento prohlížeč pluginu nedovolí uložit připojení (data webů jsou blokována). Povolte data webu pro portál a připojte se znovu.",

  "settings.app.title": "Aplikace Dropbox",
  "settings.app.howto1":
    "1. V Dropbox App Console (https://www.dropbox.com/developers/apps) vytvořte aplikaci se Scoped access. Zvolte App folder (doporučeno: plugin vidí jen svou složku) nebo Full Dropbox.",
  "settings.app.howto2":
    "2. Na kartě Permissions zaškrtněte files.content.write a account_info.read, pro odkazy ke sdílení také sharing.write a sharing.read, a potvrďte.",
  "settings.app.howto3":
    "3. Zkopírujte App key z karty Settings do pole níže. Tajný klíč aplikace není nikdy potřeba.",
  "settings.appKey.label": "Klíč aplikace Dropbox",
  "settings.appKey.placeholder": "např. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Klíč aplikace Dropbox obsahuje jen písmena, číslice, „-“ a „_“. Odstraňte {characters}.",
  "settings.appKey.tooLong":
    "Klíč aplikace Dropbox má nejvýše {max} znaků. Zkopírujte ho znovu z App Console.",
  "settings.appKey.checkedLater":
    "Dropbox klíč ověří při prvním připojení: u chybného klíče zobrazí stránku „Invalid client_id“.",
  "settings.access.label": "Typ přístupu aplikace (zvolený při jejím vytvoření)",
  "settings.access.appFolder": "Složka aplikace: soubory jdou do „Apps“, do složky aplikace",
  "settings.access.full": "Celý Dropbox",
  "settings.mode.label": "Čí Dropbox soubory přijímá",
  "settings.mode.personal": "Každý uživatel připojí svůj Dropbox (doporučeno)",
  "settings.mode.shared": "Jeden sdílený účet Dropbox pro celý portál",
  "settings.mode.personalHint":
    "Každý uživatel bude při prvním odeslání požádán o připojení. Připojení je uloženo v prohlížeči daného uživatele, ne na serveru portálu, a odstraní se, když se uživatel odpojí nebo odhlásí nebo když se v tom prohlížeči přihlásí jiný uživatel; další pluginy nainstalované na tomto portálu běží na stejné stránce a mohly by je přečíst.",
  "settings.mode.sharedWarning":
    "Pozor: DocSpace posílá nastavení pluginů do prohlížeče každého člena portálu, takže token sdíleného účtu může přečíst kterýkoli člen. Použijte aplikaci Dropbox typu App folder, aby token sahal jen do této složky.",
  "settings.connect.saveHint": "Zvolte „Uložit“, abyste toto připojení zachovali.",
  "settings.connect.notRevoked":
    "Sdílené připojení bylo zde odebráno, ale Dropbox se nepodařilo kontaktovat, aby bylo odvoláno, takže jeho token dál funguje každému, kdo si jej z těchto nastavení přečetl. Chcete-li jej odvolat, přihlaste se k tomuto účtu Dropbox, otevřete Nastavení › Připojené aplikace (https://www.dropbox.com/account/connected_apps) a tuto aplikaci odeberte.",
  "settings.token.label": "Nebo vložte přístupový token",
  "settings.token.placeholder": "Přístupový token Dropboxu",
  "settings.token.warning":
    "Krátkodobé přístupové tokeny Dropboxu vyprší po 4 hodinách; odesílání pak nefunguje, dokud nevložíte nový. Pro trvalé připojení použijte „Připojit“ výše.",
  "settings.token.invalid":
    "Přístupový token obsahuje znaky, které tokeny Dropboxu nikdy nemají. Zkopírujte jej znovu.",
  "settings.folder.label": "Cílová složka v Dropboxu",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Prázdné znamená nejvyšší úroveň (u aplikací App folder vlastní složka aplikace).",
  "settings.folder.noLeadingSlash": "Složka musí začínat znakem „/“, například /DocSpace.",
  "settings.folder.emptyComponent": "Složka nesmí obsahovat „//“.",
  "settings.folder.componentTooLong": "Každý název složky může mít nejvýše 255 znaků.",
  "settings.folder.trailingSpaceOrDot": "Názvy složek nesmí končit mezerou ani tečkou.",
  "settings.folder.unsafeCharacter": 'Názvy složek nesmí obsahovat < > : " | ? * \\ ani řídicí znaky.',
  "settings.folder.disallowedName":
    "Dropbox tento název složky nepřijímá (například desktop.ini nebo názvy začínající ~$).",
  "settings.folder.invalid": "Nastavení nebylo uloženo. Cílová složka: {reason}",
  "settings.folder.savedAs": "Uloží se jako {folder}",
  "settings.budget.left": "Zbývá pro tato nastavení: {left} z {limit} znaků.",
  "settings.budget.over":
    "Příliš dlouhé: potřebuje {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}} a DocSpace uloží nejvýše {limit}. Zkraťte cílovou složku o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}.",
  "settings.budget.overToken":
    "Příliš dlouhé: s tímto přístupovým tokenem potřebuje {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}} a DocSpace uloží nejvýše {limit}. Místo vložení tokenu použijte „Připojit“, nebo zkraťte cílovou složku o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}.",
  "settings.saveBlocked": "Uložit půjde, až budou opraveny problémy označené výše.",
  "settings.notSaved": "Nastavení nebylo uloženo: {reason}",
  "settings.changedElsewhere":
    "Nastavení nebylo uloženo: od otevření tohoto panelu bylo změněno v jiném okně nebo na jiné kartě. Zavřete nastavení a otevřete je znovu, abyste viděli aktuální hodnoty.",
  "settings.conflict.label": "Když tam již je soubor se stejným názvem",
  "settings.conflict.keepBoth": "Zachovat oba (nový soubor dostane číslo)",
  "settings.conflict.overwrite": "Nahradit existující soubor",
  "settings.shareLink.label": "Vytvořit odkaz ke sdílení pro odeslané soubory",
  "settings.audience.label": "Kdo může odesílat do Dropboxu",
  "settings.audience.everyone": "Každý, kdo může položku stáhnout",
  "settings.audience.admins": "Pouze vlastník a správci DocSpace",
  "settings.audience.hint":
    "Tím se položka nabídky skryje ostatním uživatelům; toto nastavení se tím neskryje.",
  "settings.save": "Uložit",
  "settings.saved": "Nastavení „Odeslat do Dropboxu“ bylo uloženo.",
  "settings.saved.noAppKey":
    "Nastavení uloženo. „Odeslat do Dropboxu“ zůstane skryté, dokud nebude zadán klíč aplikace Dropbox.",
  "settings.saved.sharedNotConnected":
    "Nastavení uloženo. „Odeslat do Dropboxu“ zůstane skryté, dokud nebude připojen sdílený účet Dropbox.",
  "settings.saved.accessToken":
    "Nastavení uloženo s vloženým přístupovým tokenem. Je-li krátkodobý, odesílání po 4 hodinách přestane fungovat.",
  "settings.tooLong":
    "Nastavení nebylo uloženo: potřebuje {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}} a DocSpace uloží nejvýše {limit}. Zkraťte cílovou složku o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}.",
  "settings.tooLong.token":
    "Nastavení nebylo uloženo: s tímto přístupovým tokenem potřebuje {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}} a DocSpace uloží nejvýše {limit}. Místo vložení tokenu použijte „Připojit“, nebo zkraťte cílovou složku o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}.",

  "error.notConnected": "Připojte svůj účet Dropbox, abyste mohli odesílat soubory.",
  "error.notConnected.shared":
    "Sdílený účet Dropbox není připojen. Požádejte správce DocSpace, aby jej připojil v nastavení pluginu.",
  "error.dropboxAuth":
    "Dropbox už vaše připojení nepřijímá (bylo odvoláno nebo vypršelo). Připojte Dropbox znovu.",
  "error.dropboxAuth.shared":
    "Dropbox už sdílené připojení nepřijímá (bylo odvoláno nebo vypršelo). Požádejte správce DocSpace, aby jej znovu připojil v nastavení pluginu.",
  "error.dropboxAuth.reconnected":
    "Odesílání se zastavilo: Dropbox už nepřijímá připojení, se kterým začalo (bylo odvoláno nebo vypršelo). Mezitím jste Dropbox znovu připojili, proto u položky znovu zvolte „Odeslat do Dropboxu“.",
  "error.dropboxPermission":
    "Aplikaci Dropbox chybí potřebné oprávnění (například files.content.write nebo sharing.write). Požádejte správce, aby je povolil v Dropbox App Console, a pak se připojte znovu.",
  "error.insufficientSpace": "Váš Dropbox je plný. Uvolněte místo nebo změňte tarif a zkuste to znovu.",
  "error.tooLarge": "Soubor je větší, než Dropbox přijímá pro jeden soubor.",
  "error.invalidPath":
    "Dropbox nepřijímá cílovou cestu. Požádejte správce, aby zkontroloval cílovou složku v nastavení pluginu.",
  "error.conflict":
    "V Dropboxu něco překáží (například složka s názvem souboru) a nelze to nahradit. Přejmenujte to nebo přesuňte a zkuste to znovu.",
  "error.notFound": "Položka už v DocSpace neexistuje. Obnovte stránku a zkuste to znovu.",
  "error.noDownloadPermission":
    "Tuto položku nesmíte v DocSpace stáhnout, a proto ji nelze odeslat. Požádejte správce místnosti o právo stahovat.",
  "error.docspaceSignedOut": "Vaše relace DocSpace vypršela. Přihlaste se znovu a zkuste to znovu.",
  "error.rateLimited": "Právě je příliš mnoho požadavků. Počkejte minutu a zkuste to znovu.",
  "error.network":
    "Připojení selhalo. Zkontrolujte síť, znovu načtěte stránku (právě nainstalovaný nebo zapnutý plugin začne fungovat po načtení) a zkuste to znovu.",
  "error.server": "DocSpace nebo Dropbox má právě potíže. Zkuste to později.",
  "error.incompleteDownload":
    "Stahování z DocSpace skončilo předčasně, proto se nic neuložilo. Zkuste to znovu.",
  "error.incompleteListing":
    "Seznam této složky v DocSpace se během čtení stále měnil, takže některé její soubory možná nebyly odeslány. Odešlete složku znovu.",
  "error.integrity": "Kopie v Dropboxu neodpovídala originálu, proto nebyla ponechána. Zkuste to znovu.",
  "error.cancelled": "Odesílání bylo zrušeno. Nic neúplného se neuložilo.",
  "error.unknown":
    "„Odeslat do Dropboxu“ selhalo z neočekávaného důvodu. Podrobnosti jsou v konzoli prohlížeče (F12); zkuste to znovu, a pokud potíže trvají, nahlaste je.",
  "error.notConfigured":
    "„Odeslat do Dropboxu“ ještě není nastaveno. Požádejte správce DocSpace, aby dokončil nastavení pluginu.",
  "error.notAllowed": "Na tomto portálu mohou do Dropboxu odesílat jen správci DocSpace.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0kB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Zavřít",
} as const satisfies Record<MessageKey, string>;
