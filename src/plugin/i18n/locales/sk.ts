import type { MessageKey } from "./en";

export const sk = {
  "menu.send": "Odoslať do Dropboxu",
  "menu.account": "Pripojenie k Dropboxu",
  "send.background":
    "Odosiela sa do Dropboxu. Ak chcete vidieť priebeh alebo po dokončení výsledok, pri tej istej položke znova zvoľte „Odoslať do Dropboxu“.",

  "send.nothingSelected": "Na odoslanie nebolo nič vybrané.",
  "send.otherTab":
    "Táto položka sa už odosiela do Dropboxu z inej karty alebo okna tohto prehliadača. Priebeh uvidíte, keď tam pri položke zvolíte „Odoslať do Dropboxu“. Ak bola tá karta práve zatvorená, skúste to znova o niekoľko sekúnd.",

  "resume.question": "Predchádzajúce odosielanie tejto položky sa zastavilo pred dokončením.",

  "resume.resume": "Pokračovať — {bytes} z {totalBytes} už je v Dropboxe",

  "resume.startAgain": "Začať znova",

  "progress.preparing": "Odosielanie do Dropboxu sa ešte pripravuje: načítava sa obsah priečinka…",
  "progress.running":
    "Stále sa odosiela do Dropboxu: {files, plural, one {# súbor} few {# súbory} many {# súboru} other {# súborov}} z {totalFiles}, {bytes} z {totalBytes}.",
  "progress.title": "Odosielanie do Dropboxu",
  "progress.explain": "Keď sa úloha skončí, uvidíte, kam čo odišlo.",
  "progress.refresh": "Obnoviť",
  "progress.cancel": "Zrušiť odosielanie",
  "progress.cancelling": "Ruší sa. Už odoslané súbory zostanú v Dropboxe; nič neúplné sa neuloží.",
  "progress.operation": "Odosielanie do Dropboxu: {name}",
  "progress.operationMany": "Odosielanie do Dropboxu: vybrané položky ({count})",

  "result.fileSent": "Odoslané do Dropboxu: {path}",
  "result.fileFailed": "„{name}“ sa neodoslal. {reason}",
  "result.empty": "Nie je čo odoslať: výber neobsahuje žiadne súbory. {path} sa nezmenil.",
  "result.summaryToast":
    "Odosielanie do Dropboxu dokončené: {sent, plural, one {odoslaný # súbor} few {odoslané # súbory} many {odoslaného # súboru} other {odoslaných # súborov}} z {total}.",
  "result.title": "Odoslané do Dropboxu",
  "result.where.appFolder": "{path} v priečinku tejto aplikácie v Dropboxe (v priečinku „Apps“)",
  "result.where.appFolderRoot": "priečinok tejto aplikácie v Dropboxe (v priečinku „Apps“)",
  "result.where.root": "najvyššia úroveň Dropboxu",
  "result.account": "Účet Dropbox: {name}",
  "result.fileRenamedWhy": "Odoslané do Dropboxu ako {path}, premenované z „{name}“: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox v názvoch neprijíma „/“, „\\“ a niektoré riadiace znaky",
  "rename.controlCharacter": "boli nahradené neviditeľné znaky, ktoré menia čítanie názvu",
  "rename.invalidText": "názov obsahoval poškodený text (neplatný znak)",
  "rename.surroundingSpace": "Dropbox neuchováva medzery na začiatku ani na konci názvu",
  "rename.relativeName": "názov bol prázdny alebo obsahoval len bodky",
  "rename.notSynced": "Dropbox nesynchronizuje názvy ako desktop.ini ani zamykacie súbory ~$",
  "rename.tooLong": "Dropbox povoľuje v názve najviac 255 znakov",
  "rename.nameClash":
    "iná položka tohto odoslania má rovnaký názov (Dropbox nerozlišuje veľké a malé písmená)",
  "rename.keptBoth": "súbor s týmto názvom už existoval, preto ho Dropbox očísloval",
  "mixed.title": "Niektoré položky nemožno odoslať",
  "mixed.intro": "Tieto vybrané položky nesmiete sťahovať, preto sú vynechané:",
  "mixed.send": "Odoslať ostatné ({count})",
  "result.titleWithProblems": "Odoslané do Dropboxu, s problémami",
  "result.counts":
    "{sent, plural, one {Odoslaný # súbor} few {Odoslané # súbory} many {Odoslaného # súboru} other {Odoslaných # súborov}} z {total} do {path}.",
  "result.failedHeading":
    "{count, plural, one {# súbor sa neodoslal:} few {# súbory sa neodoslali:} many {# súboru sa neodoslalo:} other {# súborov sa neodoslalo:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# súbor premenovaný pre Dropbox:} few {# súbory premenované pre Dropbox:} many {# súboru premenovaného pre Dropbox:} other {# súborov premenovaných pre Dropbox:}}",
  "result.andMore": "…a ďalšie ({count}).",
  "result.item": "Položka {id}",
  "result.linkTitle": "Odkaz na zdieľanie",
  "result.linkIntro": "Ktokoľvek s týmto odkazom môže zobraziť súbor v Dropboxe. Skopírujte ho z poľa:",
  "result.linkLabel": "Odkaz na zdieľanie",
  "result.linkCopied": "Odkaz na zdieľanie bol skopírovaný do schránky.",

  "connect.title": "Pripojiť Dropbox",
  "account.title": "Pripojenie k Dropboxu",
  "account.sharedMode":
    "Tento portál odosiela do jedného zdieľaného účtu Dropbox, ktorý spravujú správcovia DocSpace v nastaveniach doplnku.",
  "connect.intro": "Na odosielanie súborov potrebuje doplnok povolenie zapisovať do vášho Dropboxu.",
  "connect.privacy":
    "Vaše pripojenie k Dropboxu je uložené v tomto prehliadači, iba pre váš účet DocSpace; server portálu ho nikdy nedostane. Ďalšie doplnky nainštalované na tomto portáli bežia na tej istej stránke a mohli by ho prečítať. Odstráni sa, keď sa odpojíte, keď sa tu odhlásite z DocSpace a keď sa v tomto prehliadači na portál prihlási niekto iný.",
  "connect.step1": "1. Otvorte Dropbox na novej karte, prihláste sa a povoľte prístup.",
  "connect.openDropbox": "Otvoriť Dropbox",
  "connect.popupBlocked": "Prehliadač zablokoval novú kartu. Skopírujte túto adresu do novej karty sami:",
  "connect.step2": "2. Dropbox potom zobrazí kód. Skopírujte ho a vložte sem:",
  "connect.codePlaceholder": "Kód z Dropboxu",
  "connect.sessionOnly": "Neuchovávať pripojenie na tomto počítači (iba táto karta, kým sa nezavrie)",
  "connect.connect": "Pripojiť",
  "connect.connectedAs": "Pripojené ako {name} ({email})",
  "connect.connectedAsName": "Pripojené ako {name}",
  "connect.accountUnknown": "účet Dropbox",
  "connect.disconnect": "Odpojiť",
  "connect.sendNow": "Odoslať teraz",
  "connect.codeMissing": "Vložte kód, ktorý vám Dropbox zobrazil, a potom zvoľte „Pripojiť“.",
  "connect.codeRejected":
    "Dropbox tento kód neprijal. Kód platí raz a iba niekoľko minút: znova zvoľte „Otvoriť Dropbox“ a vložte nový kód.",
  "connect.appKeyMissing": "Najprv zadajte kľúč aplikácie Dropbox.",
  "connect.storageDenied":
    "Tento prehliadač nedovolí doplnku uložiť pripojenie (údaje webov sú blokované). Povoľte údaje webu pre portál a pripojte sa znova.",

  "settings.app.title": "Aplikácia Dropbox",
  "settings.app.howto1":
    "1. V Dropbox App Console (https://www.dropbox.com/developers/apps) vytvorte aplikáciu so Scoped access. Zvoľte App folder (odporúčané: doplnok vidí iba svoj priečinok) alebo Full Dropbox.",
  "settings.app.howto2":
    "2. Na karte Permissions začiarknite files.content.write a account_info.read, pre odkazy na zdieľanie aj sharing.write a sharing.read, a potvrďte.",
  "settings.app.howto3":
    "3. Skopírujte App key z karty Settings do poľa nižšie. Tajný kľúč aplikácie nie je nikdy potrebný.",
  "settings.appKey.label": "Kľúč aplikácie Dropbox",
  "settings.appKey.placeholder": "napr. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Kľúč aplikácie Dropbox obsahuje len písmená, číslice, „-“ a „_“. Odstráňte {characters}.",
  "settings.appKey.tooLong":
    "Kľúč aplikácie Dropbox má najviac {max} znakov. Skopírujte ho znova z App Console.",
  "settings.appKey.checkedLater":
    "Dropbox kľúč overí pri prvom pripojení: pri nesprávnom kľúči zobrazí stránku „Invalid client_id“.",
  "settings.access.label": "Typ prístupu aplikácie (zvolený pri jej vytvorení)",
  "settings.access.appFolder": "Priečinok aplikácie: súbory idú do „Apps“, do priečinka aplikácie",
  "settings.access.full": "Celý Dropbox",
  "settings.mode.label": "Čí Dropbox prijíma súbory",
  "settings.mode.personal": "Každý používateľ pripojí svoj Dropbox (odporúčané)",
  "settings.mode.shared": "Jeden zdieľaný účet Dropbox pre celý portál",
  "settings.mode.personalHint":
    "Každý používateľ bude pri prvom odoslaní požiadaný o pripojenie. Pripojenie je uložené v prehliadači daného používateľa, nie na serveri portálu, a odstráni sa, keď sa používateľ odpojí alebo odhlási alebo keď sa v tom prehliadači prihlási iný používateľ; ďalšie doplnky nainštalované na tomto portáli bežia na tej istej stránke a mohli by ho prečítať.",
  "settings.mode.sharedWarning":
    "Pozor: DocSpace posiela nastavenia doplnkov do prehliadača každého člena portálu, takže token zdieľaného účtu môže prečítať ktorýkoľvek člen. Použite aplikáciu Dropbox typu App folder, aby token siahal iba do tohto priečinka.",
  "settings.connect.saveHint": "Zvoľte „Uložiť“, aby ste toto pripojenie zachovali.",
  "settings.connect.notRevoked":
    "Zdieľané pripojenie sa tu odstránilo, ale Dropbox sa nepodarilo kontaktovať, aby sa odvolalo, takže jeho token naďalej funguje každému, kto si ho z týchto nastavení prečítal. Ak ho chcete odvolať, prihláste sa do tohto účtu Dropbox, otvorte Nastavenia › Pripojené aplikácie (https://www.dropbox.com/account/connected_apps) a túto aplikáciu odstráňte.",
  "settings.token.label": "Alebo vložte prístupový token",
  "settings.token.placeholder": "Prístupový token Dropboxu",
  "settings.token.warning":
    "Krátkodobé prístupové tokeny Dropboxu vypršia po 4 hodinách; odosielanie potom nefunguje, kým nevložíte nový. Na trvalé pripojenie použite „Pripojiť“ vyššie.",
  "settings.token.invalid":
    "Prístupový token obsahuje znaky, ktoré tokeny Dropboxu nikdy nemajú. Skopírujte ho znova.",
  "settings.folder.label": "Cieľový priečinok v Dropboxe",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Prázdne znamená najvyššiu úroveň (pri aplikáciách App folder vlastný priečinok aplikácie).",
  "settings.folder.noLeadingSlash": "Priečinok musí začínať znakom „/“, napríklad /DocSpace.",
  "settings.folder.emptyComponent": "Priečinok nesmie obsahovať „//“.",
  "settings.folder.componentTooLong": "Každý názov priečinka môže mať najviac 255 znakov.",
  "settings.folder.trailingSpaceOrDot": "Názvy priečinkov nesmú končiť medzerou ani bodkou.",
  "settings.folder.unsafeCharacter": 'Názvy priečinkov nesmú obsahovať < > : " | ? * \\ ani riadiace znaky.',
  "settings.folder.disallowedName":
    "Dropbox tento názov priečinka neprijíma (napríklad desktop.ini alebo názvy začínajúce ~$).",
  "settings.folder.invalid": "Nastavenia sa neuložili. Cieľový priečinok: {reason}",
  "settings.folder.savedAs": "Uloží sa ako {folder}",
  "settings.budget.left": "Zostáva pre tieto nastavenia: {left} z {limit} znakov.",
  "settings.budget.over":
    "Príliš dlhé: potrebujú {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}} a DocSpace uloží najviac {limit}. Skráťte cieľový priečinok o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}}.",
  "settings.budget.overToken":
    "Príliš dlhé: s týmto prístupovým tokenom potrebujú {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}} a DocSpace uloží najviac {limit}. Namiesto vloženia tokenu použite „Pripojiť“ alebo skráťte cieľový priečinok o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}}.",
  "settings.saveBlocked": "Uložiť bude možné, keď budú opravené problémy označené vyššie.",
  "settings.notSaved": "Nastavenia sa neuložili: {reason}",
  "settings.changedElsewhere":
    "Nastavenia sa neuložili: od otvorenia tohto panela ich niekto zmenil v inom okne alebo na inej karte. Zatvorte nastavenia a otvorte ich znova, aby ste videli aktuálne hodnoty.",
  "settings.conflict.label": "Keď tam už je súbor s rovnakým názvom",
  "settings.conflict.keepBoth": "Ponechať oba (nový súbor dostane číslo)",
  "settings.conflict.overwrite": "Nahradiť existujúci súbor",
  "settings.shareLink.label": "Vytvoriť odkaz na zdieľanie pre odoslané súbory",
  "settings.audience.label": "Kto môže odosielať do Dropboxu",
  "settings.audience.everyone": "Každý, kto môže položku stiahnuť",
  "settings.audience.admins": "Iba vlastník a správcovia DocSpace",
  "settings.audience.hint":
    "Tým sa položka ponuky skryje ostatným používateľom; tieto nastavenia sa tým neskryjú.",
  "settings.save": "Uložiť",
  "settings.saved": "Nastavenia „Odoslať do Dropboxu“ sa uložili.",
  "settings.saved.noAppKey":
    "Nastavenia sa uložili. „Odoslať do Dropboxu“ zostane skryté, kým sa nezadá kľúč aplikácie Dropbox.",
  "settings.saved.sharedNotConnected":
    "Nastavenia sa uložili. „Odoslať do Dropboxu“ zostane skryté, kým sa nepripojí zdieľaný účet Dropbox.",
  "settings.saved.accessToken":
    "Nastavenia sa uložili s vloženým prístupovým tokenom. Ak je krátkodobý, odosielanie po 4 hodinách prestane fungovať.",
  "settings.tooLong":
    "Nastavenia sa neuložili: potrebujú {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}} a DocSpace uloží najviac {limit}. Skráťte cieľový priečinok o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}}.",
  "settings.tooLong.token":
    "Nastavenia sa neuložili: s týmto prístupovým tokenom potrebujú {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}} a DocSpace uloží najviac {limit}. Namiesto vloženia tokenu použite „Pripojiť“ alebo skráťte cieľový priečinok o {excess, plural, one {# znak} few {# znaky} many {# znaku} other {# znakov}}.",

  "error.notConnected": "Pripojte svoj účet Dropbox, aby ste mohli odosielať súbory.",
  "error.notConnected.shared":
    "Zdieľaný účet Dropbox nie je pripojený. Požiadajte správcu DocSpace, aby ho pripojil v nastaveniach doplnku.",
  "error.dropboxAuth":
    "Dropbox už vaše pripojenie neprijíma (bolo odvolané alebo vypršalo). Pripojte Dropbox znova.",
  "error.dropboxAuth.shared":
    "Dropbox už zdieľané pripojenie neprijíma (bolo odvolané alebo vypršalo). Požiadajte správcu DocSpace, aby ho znova pripojil v nastaveniach doplnku.",
  "error.dropboxAuth.reconnected":
    "Odosielanie sa zastavilo: Dropbox už neprijíma pripojenie, s ktorým sa začalo (bolo odvolané alebo vypršalo). Medzitým ste Dropbox znova pripojili, preto pri položke znova zvoľte „Odoslať do Dropboxu“.",
  "error.dropboxPermission":
    "Aplikácii Dropbox chýba potrebné povolenie (napríklad files.content.write alebo sharing.write). Požiadajte správcu, aby ho povolil v Dropbox App Console, a potom sa pripojte znova.",
  "error.insufficientSpace": "Váš Dropbox je plný. Uvoľnite miesto alebo zmeňte program a skúste to znova.",
  "error.tooLarge": "Súbor je väčší, než Dropbox prijíma pre jeden súbor.",
  "error.invalidPath":
    "Dropbox neprijíma cieľovú cestu. Požiadajte správcu, aby skontroloval cieľový priečinok v nastaveniach doplnku.",
  "error.conflict":
    "V Dropboxe niečo prekáža (napríklad priečinok s názvom súboru) a nedá sa to nahradiť. Premenujte to alebo presuňte a skúste to znova.",
  "error.notFound": "Položka už v DocSpace neexistuje. Obnovte stránku a skúste to znova.",
  "error.noDownloadPermission":
    "Túto položku nesmiete v DocSpace stiahnuť, preto ju nemožno odoslať. Požiadajte správcu miestnosti o právo sťahovať.",
  "error.docspaceSignedOut": "Vaša relácia DocSpace vypršala. Prihláste sa znova a skúste to znova.",
  "error.rateLimited": "Práve je priveľa požiadaviek. Počkajte minútu a skúste to znova.",
  "error.network":
    "Pripojenie zlyhalo. Skontrolujte sieť, znova načítajte stránku (práve nainštalovaný alebo zapnutý doplnok začne fungovať po načítaní) a skúste to znova.",
  "error.server": "DocSpace alebo Dropbox má práve problémy. Skúste to neskôr.",
  "error.incompleteDownload":
    "Sťahovanie z DocSpace sa predčasne skončilo, preto sa nič neuložilo. Skúste to znova.",
  "error.incompleteListing":
    "Zoznam tohto priečinka v DocSpace sa počas čítania menil, takže niektoré jeho súbory možno neboli odoslané. Odošlite priečinok znova.",
  "error.integrity": "Kópia v Dropboxe nezodpovedala originálu, preto sa neponechala. Skúste to znova.",
  "error.cancelled": "Odosielanie sa zrušilo. Nič neúplné sa neuložilo.",
  "error.unknown":
    "„Odoslať do Dropboxu“ zlyhalo z neočakávaného dôvodu. Podrobnosti sú v konzole prehliadača (F12); skúste to znova, a ak problém pretrváva, nahláste ho.",
  "error.notConfigured":
    "„Odoslať do Dropboxu“ ešte nie je nastavené. Požiadajte správcu DocSpace, aby dokončil nastavenia doplnku.",
  "error.notAllowed": "Na tomto portáli môžu do Dropboxu odosielať iba správcovia DocSpace.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0kB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Zavrieť",
} as const satisfies Record<MessageKey, string>;
