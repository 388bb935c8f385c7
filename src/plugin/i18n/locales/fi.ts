import type { MessageKey } from "./en";

export const fi = {
  "menu.send": "Lähetä Dropboxiin",
  "menu.account": "Dropbox-yhteys",
  "send.background":
    "Lähetetään Dropboxiin. Valitse samalle kohteelle uudelleen ”Lähetä Dropboxiin” nähdäksesi edistymisen tai valmistuttua tuloksen.",

  "send.nothingSelected": "Mitään ei valittu lähetettäväksi.",
  "send.otherTab":
    "Tätä kohdetta lähetetään jo Dropboxiin tämän selaimen toisesta välilehdestä tai ikkunasta. Näet edistymisen valitsemalla siellä kohteelle ”Lähetä Dropboxiin”. Jos välilehti suljettiin juuri, yritä uudelleen muutaman sekunnin kuluttua.",

  "resume.question": "Tämän kohteen aiempi lähetys keskeytyi ennen kuin se valmistui.",

  "resume.resume": "Jatka — {bytes} / {totalBytes} on jo Dropboxissa",

  "resume.startAgain": "Aloita alusta",

  "progress.preparing": "Lähetystä Dropboxiin valmistellaan yhä: kansion sisältöä luetaan…",
  "progress.running":
    "Lähetys Dropboxiin jatkuu: {files}/{totalFiles, plural, one {# tiedosto} other {# tiedostoa}}, {bytes}/{totalBytes}.",
  "progress.title": "Lähetetään Dropboxiin",
  "progress.explain": "Kun työ päättyy, näet, minne kaikki meni.",
  "progress.refresh": "Päivitä",
  "progress.cancel": "Peruuta lähetys",
  "progress.cancelling":
    "Peruutetaan. Jo lähetetyt tiedostot jäävät Dropboxiin; mitään keskeneräistä ei tallenneta.",
  "progress.operation": "Lähetetään Dropboxiin: {name}",
  "progress.operationMany": "Lähetetään Dropboxiin: valitut kohteet ({count})",

  "result.fileSent": "Lähetetty Dropboxiin: {path}",
  "result.fileFailed": "Kohdetta ”{name}” ei lähetetty. {reason}",
  "result.empty": "Ei lähetettävää: valinnassa ei ole tiedostoja. Kohdetta {path} ei muutettu.",
  "result.summaryToast":
    "Lähetys Dropboxiin valmis: {sent}/{total, plural, one {# tiedosto} other {# tiedostoa}} lähetetty.",
  "result.title": "Lähetetty Dropboxiin",
  "result.where.appFolder": "{path} tämän sovelluksen kansiossa Dropboxissa (kansiossa ”Apps”)",
  "result.where.appFolderRoot": "tämän sovelluksen kansio Dropboxissa (kansiossa ”Apps”)",
  "result.where.root": "Dropboxin ylin taso",
  "result.account": "Dropbox-tili: {name}",
  "result.fileRenamedWhy":
    "Lähetetty Dropboxiin nimellä {path}, nimetty uudelleen nimestä ”{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox ei hyväksy nimissä merkkejä ”/”, ”\\” ja eräitä ohjausmerkkejä",
  "rename.controlCharacter": "nimen lukutapaa muuttavat näkymättömät merkit korvattiin",
  "rename.invalidText": "nimessä oli vioittunutta tekstiä (virheellinen merkki)",
  "rename.surroundingSpace": "Dropbox ei säilytä välilyöntejä nimen alussa tai lopussa",
  "rename.relativeName": "nimi oli tyhjä tai pelkkiä pisteitä",
  "rename.notSynced": "Dropbox ei synkronoi nimiä kuten desktop.ini tai ~$-lukitustiedostoja",
  "rename.tooLong": "Dropbox sallii nimessä enintään 255 merkkiä",
  "rename.nameClash":
    "toisella tämän lähetyksen kohteella on sama nimi (Dropbox ei erota isoja ja pieniä kirjaimia)",
  "rename.keptBoth": "samanniminen tiedosto oli jo olemassa, joten Dropbox numeroi tämän",
  "mixed.title": "Joitakin kohteita ei voi lähettää",
  "mixed.intro": "Et saa ladata näitä valittuja kohteita, joten ne jätetään pois:",
  "mixed.send": "Lähetä muut ({count})",
  "result.titleWithProblems": "Lähetetty Dropboxiin, ongelmia",
  "result.counts":
    "{sent}/{total, plural, one {# tiedosto} other {# tiedostoa}} lähetetty kohteeseen {path}.",
  "result.failedHeading":
    "{count, plural, one {# tiedosto jäi lähettämättä:} other {# tiedostoa jäi lähettämättä:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# tiedosto nimettiin uudelleen Dropboxia varten:} other {# tiedostoa nimettiin uudelleen Dropboxia varten:}}",
  "result.andMore": "…ja {count} muuta.",
  "result.item": "Kohde {id}",
  "result.linkTitle": "Jakolinkki",
  "result.linkIntro":
    "Kuka tahansa, jolla on tämä linkki, voi katsoa tiedostoa Dropboxissa. Kopioi se kentästä:",
  "result.linkLabel": "Jakolinkki",
  "result.linkCopied": "Jakolinkki kopioitiin leikepöydälle.",

  "connect.title": "Yhdistä Dropbox",
  "account.title": "Dropbox-yhteys",
  "account.sharedMode":
    "Tämä portaali lähettää yhteen jaettuun Dropbox-tiliin, jota DocSpacen ylläpitäjät hallitsevat laajennuksen asetuksissa.",
  "connect.intro": "Lähettääkseen tiedostoja laajennus tarvitsee luvan kirjoittaa Dropboxiisi.",
  "connect.privacy":
    "Dropbox-yhteytesi tallennetaan tähän selaimeen vain DocSpace-tiliäsi varten; portaalin palvelin ei koskaan saa sitä. Muut tähän portaaliin asennetut laajennukset toimivat samalla sivulla ja voisivat lukea sen. Yhteys poistetaan, kun katkaiset sen, kun kirjaudut täällä ulos DocSpacesta ja kun joku muu kirjautuu portaaliin tällä selaimella.",
  "connect.step1": "1. Avaa Dropbox uudessa välilehdessä, kirjaudu sisään ja salli käyttö.",
  "connect.openDropbox": "Avaa Dropbox",
  "connect.popupBlocked": "Selain esti uuden välilehden. Kopioi tämä osoite itse uuteen välilehteen:",
  "connect.step2": "2. Dropbox näyttää sitten koodin. Kopioi se ja liitä tähän:",
  "connect.codePlaceholder": "Koodi Dropboxista",
  "connect.sessionOnly":
    "Älä pidä minua yhdistettynä tällä tietokoneella (vain tämä välilehti, kunnes se suljetaan)",
  "connect.connect": "Yhdistä",
  "connect.connectedAs": "Yhdistetty käyttäjänä {name} ({email})",
  "connect.connectedAsName": "Yhdistetty käyttäjänä {name}",
  "connect.accountUnknown": "Dropbox-tili",
  "connect.disconnect": "Katkaise yhteys",
  "connect.sendNow": "Lähetä nyt",
  "connect.codeMissing": "Liitä Dropboxin näyttämä koodi ja valitse sitten ”Yhdistä”.",
  "connect.codeRejected":
    "Dropbox ei hyväksynyt tätä koodia. Koodi toimii kerran ja vain muutaman minuutin: valitse ”Avaa Dropbox” uudelleen ja liitä uusi koodi.",
  "connect.appKeyMissing": "Anna ensin Dropbox-sovelluksen avain.",
  "connect.storageDenied":
    "Tämä selain ei salli laajennuksen säilyttää yhteyttä (sivustotiedot on estetty). Salli sivustotiedot portaalille ja yhdistä uudelleen.",

  "settings.app.title": "Dropbox-sovellus",
  "settings.app.howto1":
    "1. Luo Dropbox App Consolessa (https://www.dropbox.com/developers/apps) sovellus, jossa on Scoped access. Valitse App folder (suositus: laajennus näkee vain oman kansionsa) tai Full Dropbox.",
  "settings.app.howto2":
    "2. Valitse Permissions-välilehdeltä files.content.write ja account_info.read sekä jakolinkkejä varten sharing.write ja sharing.read, ja tallenna.",
  "settings.app.howto3":
    "3. Kopioi App key Settings-välilehdeltä alla olevaan kenttään. Sovelluksen salaisuutta ei koskaan tarvita.",
  "settings.appKey.label": "Dropbox-sovelluksen avain",
  "settings.appKey.placeholder": "esim. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox-sovellusavaimessa on vain kirjaimia, numeroita, ”-” ja ”_”. Poista {characters}.",
  "settings.appKey.tooLong":
    "Dropbox-sovellusavaimessa on enintään {max} merkkiä. Kopioi se uudelleen App Consolesta.",
  "settings.appKey.checkedLater":
    "Dropbox tarkistaa avaimen, kun joku yhdistää ensimmäisen kerran: väärällä avaimella Dropbox näyttää sivun ”Invalid client_id”.",
  "settings.access.label": "Sovelluksen käyttöoikeustyyppi (valittu luotaessa)",
  "settings.access.appFolder": "Sovelluskansio: tiedostot menevät kansioon ”Apps”, sovelluksen kansioon",
  "settings.access.full": "Koko Dropbox",
  "settings.mode.label": "Kenen Dropbox vastaanottaa tiedostot",
  "settings.mode.personal": "Jokainen käyttäjä yhdistää oman Dropboxinsa (suositus)",
  "settings.mode.shared": "Yksi jaettu Dropbox-tili koko portaalille",
  "settings.mode.personalHint":
    "Käyttäjää pyydetään yhdistämään, kun hän lähettää ensimmäisen kerran. Yhteys tallennetaan kyseisen käyttäjän selaimeen, ei portaalin palvelimelle, ja se poistetaan, kun hän katkaisee yhteyden tai kirjautuu ulos tai kun toinen käyttäjä kirjautuu sisään samalla selaimella; muut tähän portaaliin asennetut laajennukset toimivat samalla sivulla ja voisivat lukea sen.",
  "settings.mode.sharedWarning":
    "Huomio: DocSpace lähettää laajennusten asetukset jokaisen portaalin jäsenen selaimeen, joten kuka tahansa jäsen voi lukea jaetun tilin tunnuksen. Käytä App folder -tyyppistä Dropbox-sovellusta, jotta tunnus ulottuu vain siihen kansioon.",
  "settings.connect.saveHint": "Säilytä tämä yhteys valitsemalla ”Tallenna”.",
  "settings.connect.notRevoked":
    "Jaettu yhteys poistettiin täältä, mutta Dropboxiin ei saatu yhteyttä sen perumiseksi, joten sen tunnus toimii yhä kaikille, jotka ovat lukeneet sen näistä asetuksista. Peru se kirjautumalla kyseiseen Dropbox-tiliin, avaamalla Asetukset › Yhdistetyt sovellukset (https://www.dropbox.com/account/connected_apps) ja poistamalla tämä sovellus.",
  "settings.token.label": "Tai liitä käyttötunnus",
  "settings.token.placeholder": "Dropboxin käyttötunnus",
  "settings.token.warning":
    "Lyhytikäiset Dropboxin käyttötunnukset vanhenevat 4 tunnin kuluttua; lähetys lakkaa toimimasta, kunnes liität uuden. Pysyvää yhteyttä varten käytä yllä olevaa ”Yhdistä”-toimintoa.",
  "settings.token.invalid":
    "Käyttötunnuksessa on merkkejä, joita Dropboxin tunnuksissa ei koskaan ole. Kopioi se uudelleen.",
  "settings.folder.label": "Kohdekansio Dropboxissa",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Tyhjä tarkoittaa ylintä tasoa (App folder -sovelluksissa sovelluksen omaa kansiota).",
  "settings.folder.noLeadingSlash": "Kansion on alettava merkillä ”/”, esimerkiksi /DocSpace.",
  "settings.folder.emptyComponent": "Kansio ei saa sisältää merkkejä ”//”.",
  "settings.folder.componentTooLong": "Kunkin kansion nimessä voi olla enintään 255 merkkiä.",
  "settings.folder.trailingSpaceOrDot": "Kansioiden nimet eivät saa päättyä välilyöntiin tai pisteeseen.",
  "settings.folder.unsafeCharacter":
    'Kansioiden nimissä ei saa olla merkkejä < > : " | ? * \\ eikä ohjausmerkkejä.',
  "settings.folder.disallowedName":
    "Dropbox ei hyväksy tätä kansion nimeä (esimerkiksi desktop.ini tai merkeillä ~$ alkavat nimet).",
  "settings.folder.invalid": "Asetuksia ei tallennettu. Kohdekansio: {reason}",
  "settings.folder.savedAs": "Tallennetaan muodossa {folder}",
  "settings.budget.left": "Jäljellä näille asetuksille: {left}/{limit} merkkiä.",
  "settings.budget.over":
    "Liian pitkä: ne vaativat {length} merkkiä, ja DocSpace tallentaa enintään {limit}. Lyhennä kohdekansiota {excess, plural, one {# merkillä} other {# merkillä}}.",
  "settings.budget.overToken":
    "Liian pitkä: tällä käyttötunnuksella ne vaativat {length} merkkiä, ja DocSpace tallentaa enintään {limit}. Käytä ”Yhdistä”-toimintoa tunnuksen liittämisen sijaan tai lyhennä kohdekansiota {excess, plural, one {# merkillä} other {# merkillä}}.",
  "settings.saveBlocked": "Tallennus onnistuu vasta, kun yllä merkityt ongelmat on korjattu.",
  "settings.notSaved": "Asetuksia ei tallennettu: {reason}",
  "settings.changedElsewhere":
    "Asetuksia ei tallennettu: niitä on muutettu toisessa ikkunassa tai välilehdessä tämän paneelin avaamisen jälkeen. Sulje asetukset ja avaa ne uudelleen nähdäksesi nykyiset arvot.",
  "settings.conflict.label": "Kun samanniminen tiedosto on jo olemassa",
  "settings.conflict.keepBoth": "Säilytä molemmat (uusi tiedosto saa numeron)",
  "settings.conflict.overwrite": "Korvaa olemassa oleva tiedosto",
  "settings.shareLink.label": "Luo jakolinkki lähetetyille tiedostoille",
  "settings.audience.label": "Kuka voi lähettää Dropboxiin",
  "settings.audience.everyone": "Kaikki, jotka voivat ladata kohteen",
  "settings.audience.admins": "Vain DocSpacen omistaja ja ylläpitäjät",
  "settings.audience.hint": "Tämä piilottaa valikkokohdan muilta käyttäjiltä; se ei piilota näitä asetuksia.",
  "settings.save": "Tallenna",
  "settings.saved": "Lähetä Dropboxiin -asetukset tallennettiin.",
  "settings.saved.noAppKey":
    "Asetukset tallennettiin. Lähetä Dropboxiin pysyy piilossa, kunnes Dropbox-sovelluksen avain annetaan.",
  "settings.saved.sharedNotConnected":
    "Asetukset tallennettiin. Lähetä Dropboxiin pysyy piilossa, kunnes jaettu Dropbox-tili yhdistetään.",
  "settings.saved.accessToken":
    "Asetukset tallennettiin liitetyllä käyttötunnuksella. Jos se on lyhytikäinen, lähetys lakkaa toimimasta 4 tunnin kuluttua.",
  "settings.tooLong":
    "Asetuksia ei tallennettu: ne vaativat {length} merkkiä, ja DocSpace tallentaa enintään {limit}. Lyhennä kohdekansiota {excess, plural, one {# merkillä} other {# merkillä}}.",
  "settings.tooLong.token":
    "Asetuksia ei tallennettu: tällä käyttötunnuksella ne vaativat {length} merkkiä, ja DocSpace tallentaa enintään {limit}. Käytä ”Yhdistä”-toimintoa tunnuksen liittämisen sijaan tai lyhennä kohdekansiota {excess, plural, one {# merkillä} other {# merkillä}}.",

  "error.notConnected": "Yhdistä Dropbox-tilisi, jotta voit lähettää tiedostoja.",
  "error.notConnected.shared":
    "Jaettua Dropbox-tiliä ei ole yhdistetty. Pyydä DocSpacen ylläpitäjää yhdistämään se laajennuksen asetuksissa.",
  "error.dropboxAuth":
    "Dropbox ei enää hyväksy yhteyttäsi (se on peruttu tai vanhentunut). Yhdistä Dropbox uudelleen.",
  "error.dropboxAuth.shared":
    "Dropbox ei enää hyväksy jaettua yhteyttä (se on peruttu tai vanhentunut). Pyydä DocSpacen ylläpitäjää yhdistämään se uudelleen laajennuksen asetuksissa.",
  "error.dropboxAuth.reconnected":
    "Lähetys pysähtyi: Dropbox ei enää hyväksy yhteyttä, jolla se aloitettiin (se on peruttu tai vanhentunut). Olet sittemmin yhdistänyt Dropboxin uudelleen, joten valitse kohteelle uudelleen ”Lähetä Dropboxiin”.",
  "error.dropboxPermission":
    "Dropbox-sovellukselta puuttuu tarvittava käyttöoikeus (esimerkiksi files.content.write tai sharing.write). Pyydä ylläpitäjää ottamaan se käyttöön Dropbox App Consolessa ja yhdistä sitten uudelleen.",
  "error.insufficientSpace": "Dropboxisi on täynnä. Vapauta tilaa tai päivitä tilauksesi ja yritä uudelleen.",
  "error.tooLarge": "Tiedosto on suurempi kuin Dropbox hyväksyy yksittäiselle tiedostolle.",
  "error.invalidPath":
    "Dropbox ei hyväksy kohdepolkua. Pyydä ylläpitäjää tarkistamaan kohdekansio laajennuksen asetuksista.",
  "error.conflict":
    "Jokin Dropboxissa on tiellä (esimerkiksi tiedoston niminen kansio), eikä sitä voi korvata. Nimeä se uudelleen tai siirrä se ja yritä uudelleen.",
  "error.notFound": "Kohdetta ei enää ole DocSpacessa. Päivitä sivu ja yritä uudelleen.",
  "error.noDownloadPermission":
    "Sinulla ei ole lupaa ladata tätä kohdetta DocSpacessa, joten sitä ei voi lähettää. Pyydä huoneen ylläpitäjältä latausoikeutta.",
  "error.docspaceSignedOut":
    "DocSpace-istuntosi on vanhentunut. Kirjaudu uudelleen sisään ja yritä uudelleen.",
  "error.rateLimited": "Liian monta pyyntöä juuri nyt. Odota minuutti ja yritä uudelleen.",
  "error.network":
    "Yhteys epäonnistui. Tarkista verkko, lataa sivu uudelleen (juuri asennettu tai käyttöön otettu laajennus toimii vasta uudelleenlatauksen jälkeen) ja yritä uudelleen.",
  "error.server": "DocSpacessa tai Dropboxissa on juuri nyt ongelmia. Yritä myöhemmin uudelleen.",
  "error.incompleteDownload": "Lataus DocSpacesta keskeytyi, joten mitään ei tallennettu. Yritä uudelleen.",
  "error.incompleteListing":
    "Tämän kansion luettelo DocSpacessa muuttui lukemisen aikana, joten osa sen tiedostoista on voinut jäädä lähettämättä. Lähetä kansio uudelleen.",
  "error.integrity":
    "Dropboxissa oleva kopio ei vastannut alkuperäistä, joten sitä ei säilytetty. Yritä uudelleen.",
  "error.cancelled": "Lähetys peruutettiin. Mitään keskeneräistä ei tallennettu.",
  "error.unknown":
    "Lähetä Dropboxiin epäonnistui odottamattomasta syystä. Tiedot ovat selaimen konsolissa (F12); yritä uudelleen ja ilmoita, jos ongelma jatkuu.",
  "error.notConfigured":
    "Lähetä Dropboxiin -laajennusta ei ole vielä määritetty. Pyydä DocSpacen ylläpitäjää viimeistelemään laajennuksen asetukset.",
  "error.notAllowed": "Tässä portaalissa vain DocSpacen ylläpitäjät voivat lähettää Dropboxiin.",

  "size.bytes": "{n}\u00a0t",
  "size.kb": "{n}\u00a0kt",
  "size.mb": "{n}\u00a0Mt",
  "size.gb": "{n}\u00a0Gt",
  "size.tb": "{n}\u00a0Tt",

  "common.close": "Sulje",
} as const satisfies Record<MessageKey, string>;
