import type { MessageKey } from "./en";

export const sqAL = {
  "menu.send": "Dërgo në Dropbox",
  "menu.account": "Lidhja me Dropbox",
  "send.background":
    "Po dërgohet në Dropbox. Zgjidhni sërish “Dërgo në Dropbox” për të njëjtin element për të parë ecurinë ose, kur të përfundojë, rezultatin.",

  "send.nothingSelected": "Nuk u përzgjodh asgjë për t’u dërguar.",
  "send.otherTab":
    "Ky element po dërgohet tashmë në Dropbox nga një skedë ose dritare tjetër e këtij shfletuesi. Për të parë ecurinë, zgjidhni atje “Dërgo në Dropbox” për elementin. Nëse ajo skedë sapo u mbyll, provoni sërish pas disa sekondash.",

  "resume.question": "Një dërgim i mëparshëm i këtij elementi u ndal para se të përfundonte.",

  "resume.resume": "Vazhdo — {bytes} nga {totalBytes} janë tashmë në Dropbox",

  "resume.startAgain": "Fillo nga e para",

  "progress.preparing": "Dërgimi në Dropbox ende po përgatitet: po lexohet përmbajtja e dosjes…",
  "progress.running":
    "Dërgimi në Dropbox vazhdon: {files} nga {totalFiles, plural, one {# skedar} other {# skedarë}}, {bytes} nga {totalBytes}.",
  "progress.title": "Po dërgohet në Dropbox",
  "progress.explain": "Kur të mbarojë puna, do të shihni ku shkoi gjithçka.",
  "progress.refresh": "Rifresko",
  "progress.cancel": "Anulo dërgimin",
  "progress.cancelling":
    "Po anulohet. Skedarët e dërguar tashmë mbeten në Dropbox; asgjë e paplotë nuk ruhet.",
  "progress.operation": "Po dërgohet në Dropbox: {name}",
  "progress.operationMany": "Po dërgohet në Dropbox: elementet e zgjedhura ({count})",

  "result.fileSent": "U dërgua në Dropbox: {path}",
  "result.fileFailed": "“{name}” nuk u dërgua. {reason}",
  "result.empty": "Asgjë për të dërguar: përzgjedhja nuk ka skedarë. {path} nuk ndryshoi.",
  "result.summaryToast":
    "Dërgimi në Dropbox përfundoi: u dërguan {sent} nga {total, plural, one {# skedar} other {# skedarë}}.",
  "result.title": "U dërgua në Dropbox",
  "result.where.appFolder": "{path} në dosjen e këtij aplikacioni në Dropbox (nën “Apps”)",
  "result.where.appFolderRoot": "dosjen e këtij aplikacioni në Dropbox (nën “Apps”)",
  "result.where.root": "nivelin më të lartë të Dropbox",
  "result.account": "Llogaria Dropbox: {name}",
  "result.fileRenamedWhy": "U dërgua në Dropbox si {path}, u riemërtua nga “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox nuk pranon në emra “/”, “\\” dhe disa shenja kontrolli",
  "rename.controlCharacter": "u zëvendësuan shenja të padukshme që ndryshojnë leximin e emrit",
  "rename.invalidText": "emri përmbante tekst të dëmtuar (një shenjë të pavlefshme)",
  "rename.surroundingSpace": "Dropbox nuk mban hapësira në fillim ose në fund të një emri",
  "rename.relativeName": "emri ishte bosh ose vetëm me pika",
  "rename.notSynced": "Dropbox nuk sinkronizon emra si desktop.ini ose skedarë kyçjeje ~$",
  "rename.tooLong": "Dropbox lejon të shumtën 255 shenja në një emër",
  "rename.nameClash":
    "një element tjetër i këtij dërgimi ka të njëjtin emër (Dropbox nuk dallon shkronjat e mëdha nga të voglat)",
  "rename.keptBoth": "kishte tashmë një skedar me këtë emër, ndaj Dropbox e numëroi këtë",
  "mixed.title": "Disa elemente nuk mund të dërgohen",
  "mixed.intro": "Nuk ju lejohet t’i shkarkoni këto elemente të përzgjedhura, ndaj lihen jashtë:",
  "mixed.send": "Dërgo të tjerët ({count})",
  "result.titleWithProblems": "U dërgua në Dropbox, me probleme",
  "result.counts": "U dërguan {sent} nga {total, plural, one {# skedar} other {# skedarë}} te {path}.",
  "result.failedHeading": "{count, plural, one {# skedar nuk u dërgua:} other {# skedarë nuk u dërguan:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# skedar u riemërtua për Dropbox:} other {# skedarë u riemërtuan për Dropbox:}}",
  "result.andMore": "…dhe {count} të tjerë.",
  "result.item": "Elementi {id}",
  "result.linkTitle": "Lidhje ndarjeje",
  "result.linkIntro": "Kushdo që ka këtë lidhje mund ta shohë skedarin në Dropbox. Kopjojeni nga fusha:",
  "result.linkLabel": "Lidhje ndarjeje",
  "result.linkCopied": "Lidhja e ndarjes u kopjua në kujtesën e fragmenteve.",

  "connect.title": "Lidh Dropbox",
  "account.title": "Lidhja me Dropbox",
  "account.sharedMode":
    "Ky portal dërgon në një llogari të përbashkët Dropbox, të cilën e administrojnë administratorët e DocSpace te cilësimet e shtojcës.",
  "connect.intro": "Për të dërguar skedarë, shtojca ka nevojë për leje që të shkruajë në Dropbox-in tuaj.",
  "connect.privacy":
    "Lidhja juaj me Dropbox ruhet në këtë shfletues, vetëm për llogarinë tuaj DocSpace; serveri i portalit nuk e merr kurrë. Shtojcat e tjera të instaluara në këtë portal ekzekutohen në të njëjtën faqe dhe mund ta lexonin. Ajo hiqet kur e shkëputni, kur dilni nga DocSpace këtu dhe kur dikush tjetër hyn në portal në këtë shfletues.",
  "connect.step1": "1. Hapni Dropbox në një skedë të re, hyni dhe lejoni qasjen.",
  "connect.openDropbox": "Hap Dropbox",
  "connect.popupBlocked": "Shfletuesi e bllokoi skedën e re. Kopjojeni vetë këtë adresë në një skedë të re:",
  "connect.step2": "2. Më pas Dropbox shfaq një kod. Kopjojeni dhe ngjiteni këtu:",
  "connect.codePlaceholder": "Kodi nga Dropbox",
  "connect.sessionOnly": "Mos më mbaj të lidhur në këtë kompjuter (vetëm kjo skedë, derisa të mbyllet)",
  "connect.connect": "Lidh",
  "connect.connectedAs": "I lidhur si {name} ({email})",
  "connect.connectedAsName": "I lidhur si {name}",
  "connect.accountUnknown": "një llogari Dropbox",
  "connect.disconnect": "Shkëput",
  "connect.sendNow": "Dërgo tani",
  "connect.codeMissing": "Ngjitni kodin që ju shfaqi Dropbox, pastaj zgjidhni “Lidh”.",
  "connect.codeRejected":
    "Dropbox nuk e pranoi këtë kod. Një kod vlen një herë dhe vetëm për pak minuta: zgjidhni sërish “Hap Dropbox” dhe ngjitni kodin e ri.",
  "connect.appKeyMissing": "Fillimisht jepni çelësin e aplikacionit Dropbox.",
  "connect.storageDenied":
    "Ky shfletues nuk e lejon shtojcën të ruajë lidhjen tuaj (të dhënat e sajteve janë të bllokuara). Lejoni të dhënat e sajtit për portalin dhe lidhuni përsëri.",

  "settings.app.title": "Aplikacioni Dropbox",
  "settings.app.howto1":
    "1. Te Dropbox App Console (https://www.dropbox.com/developers/apps) krijoni një aplikacion me Scoped access. Zgjidhni App folder (e rekomanduar: shtojca sheh vetëm dosjen e vet) ose Full Dropbox.",
  "settings.app.howto2":
    "2. Te skeda Permissions shënoni files.content.write dhe account_info.read, si dhe sharing.write dhe sharing.read për lidhjet e ndarjes, dhe parashtroni.",
  "settings.app.howto3":
    "3. Kopjoni App key nga skeda Settings te fusha më poshtë. Sekreti i aplikacionit nuk nevojitet kurrë.",
  "settings.appKey.label": "Çelësi i aplikacionit Dropbox",
  "settings.appKey.placeholder": "p.sh. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Një çelës aplikacioni Dropbox ka vetëm shkronja, shifra, “-” dhe “_”. Hiqni {characters}.",
  "settings.appKey.tooLong":
    "Një çelës aplikacioni Dropbox ka të shumtën {max} shenja. Kopjojeni sërish nga App Console.",
  "settings.appKey.checkedLater":
    "Dropbox e kontrollon çelësin kur dikush lidhet për herë të parë: me një çelës të gabuar, Dropbox shfaq faqen “Invalid client_id”.",
  "settings.access.label": "Lloji i hyrjes së aplikacionit (zgjedhur kur u krijua)",
  "settings.access.appFolder": "Dosje aplikacioni: skedarët shkojnë te “Apps”, në dosjen e aplikacionit",
  "settings.access.full": "I gjithë Dropbox",
  "settings.mode.label": "Dropbox-i i kujt i merr skedarët",
  "settings.mode.personal": "Çdo përdorues lidh Dropbox-in e vet (e rekomanduar)",
  "settings.mode.shared": "Një llogari e përbashkët Dropbox për gjithë portalin",
  "settings.mode.personalHint":
    "Çdo përdoruesi i kërkohet të lidhet herën e parë që dërgon. Lidhja ruhet në shfletuesin e atij përdoruesi, jo në serverin e portalit, dhe hiqet kur ai e shkëput ose del, ose kur në atë shfletues hyn një përdorues tjetër; shtojcat e tjera të instaluara në këtë portal ekzekutohen në të njëjtën faqe dhe mund ta lexonin.",
  "settings.mode.sharedWarning":
    "Kujdes: DocSpace i dërgon cilësimet e shtojcave te shfletuesi i çdo anëtari të portalit, ndaj çdo anëtar mund të lexojë tokenin e llogarisë së përbashkët. Përdorni një aplikacion Dropbox të llojit App folder, që tokeni të arrijë vetëm te ajo dosje.",
  "settings.connect.saveHint": "Zgjidhni “Ruaj” për ta mbajtur këtë lidhje.",
  "settings.connect.notRevoked":
    "Lidhja e përbashkët u hoq këtu, por Dropbox nuk u arrit për ta revokuar, ndaj tokeni i saj vazhdon të funksionojë për këdo që e ka lexuar nga këto cilësime. Për ta revokuar, hyni në atë llogari Dropbox, hapni Cilësimet › Aplikacionet e lidhura (https://www.dropbox.com/account/connected_apps) dhe hiqni këtë aplikacion.",
  "settings.token.label": "Ose ngjitni një token qasjeje",
  "settings.token.placeholder": "Token qasjeje Dropbox",
  "settings.token.warning":
    "Tokenët e qasjes Dropbox me jetë të shkurtër skadojnë pas 4 orësh; dërgimi ndalon derisa të ngjitni një të ri. Për një lidhje të qëndrueshme përdorni “Lidh” më sipër.",
  "settings.token.invalid":
    "Tokeni i qasjes përmban shenja që tokenët e Dropbox nuk i kanë kurrë. Kopjojeni përsëri.",
  "settings.folder.label": "Dosja e destinacionit në Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Bosh do të thotë niveli më i lartë (dosja e vetë aplikacionit për aplikacionet App folder).",
  "settings.folder.noLeadingSlash": "Dosja duhet të fillojë me “/”, për shembull /DocSpace.",
  "settings.folder.emptyComponent": "Dosja nuk duhet të përmbajë “//”.",
  "settings.folder.componentTooLong": "Çdo emër dosjeje mund të ketë të shumtën 255 shenja.",
  "settings.folder.trailingSpaceOrDot": "Emrat e dosjeve nuk duhet të mbarojnë me hapësirë ose pikë.",
  "settings.folder.unsafeCharacter":
    'Emrat e dosjeve nuk duhet të përmbajnë < > : " | ? * \\ ose shenja kontrolli.',
  "settings.folder.disallowedName":
    "Dropbox nuk e pranon këtë emër dosjeje (për shembull desktop.ini ose emra që fillojnë me ~$).",
  "settings.folder.invalid": "Cilësimet nuk u ruajtën. Dosja e destinacionit: {reason}",
  "settings.folder.savedAs": "Do të ruhet si {folder}",
  "settings.budget.left": "Mbeten për këto cilësime: {left} nga {limit} shenja.",
  "settings.budget.over":
    "Shumë e gjatë: kërkojnë {length} shenja dhe DocSpace ruan të shumtën {limit}. Shkurtojeni dosjen e destinacionit me {excess, plural, one {# shenjë} other {# shenja}}.",
  "settings.budget.overToken":
    "Shumë e gjatë: me këtë token qasjeje kërkojnë {length} shenja dhe DocSpace ruan të shumtën {limit}. Përdorni “Lidh” në vend që të ngjitni një token, ose shkurtojeni dosjen e destinacionit me {excess, plural, one {# shenjë} other {# shenja}}.",
  "settings.saveBlocked": "Ruajtja nuk është e mundur derisa të ndreqen problemet e shënuara më sipër.",
  "settings.notSaved": "Cilësimet nuk u ruajtën: {reason}",
  "settings.changedElsewhere":
    "Cilësimet nuk u ruajtën: ato u ndryshuan në një dritare ose skedë tjetër pasi u hap ky panel. Mbyllni cilësimet dhe hapini përsëri për të parë vlerat aktuale.",
  "settings.conflict.label": "Kur aty ka tashmë një skedar me të njëjtin emër",
  "settings.conflict.keepBoth": "Mbaji të dy (skedari i ri merr një numër)",
  "settings.conflict.overwrite": "Zëvendëso skedarin ekzistues",
  "settings.shareLink.label": "Krijo një lidhje ndarjeje për skedarët e dërguar",
  "settings.audience.label": "Kush mund të dërgojë në Dropbox",
  "settings.audience.everyone": "Kushdo që mund ta shkarkojë elementin",
  "settings.audience.admins": "Vetëm pronari dhe administratorët e DocSpace",
  "settings.audience.hint":
    "Kjo e fsheh elementin e menysë nga përdoruesit e tjerë; nuk i fsheh këto cilësime.",
  "settings.save": "Ruaj",
  "settings.saved": "Cilësimet e “Dërgo në Dropbox” u ruajtën.",
  "settings.saved.noAppKey":
    "Cilësimet u ruajtën. “Dërgo në Dropbox” mbetet i fshehur derisa të jepet një çelës aplikacioni Dropbox.",
  "settings.saved.sharedNotConnected":
    "Cilësimet u ruajtën. “Dërgo në Dropbox” mbetet i fshehur derisa të lidhet llogaria e përbashkët Dropbox.",
  "settings.saved.accessToken":
    "Cilësimet u ruajtën me një token qasjeje të ngjitur. Nëse është me jetë të shkurtër, dërgimi do të ndalojë pas 4 orësh.",
  "settings.tooLong":
    "Cilësimet nuk u ruajtën: kërkojnë {length} shenja dhe DocSpace ruan të shumtën {limit}. Shkurtojeni dosjen e destinacionit me {excess, plural, one {# shenjë} other {# shenja}}.",
  "settings.tooLong.token":
    "Cilësimet nuk u ruajtën: me këtë token qasjeje kërkojnë {length} shenja dhe DocSpace ruan të shumtën {limit}. Përdorni “Lidh” në vend që të ngjitni një token, ose shkurtojeni dosjen e destinacionit me {excess, plural, one {# shenjë} other {# shenja}}.",

  "error.notConnected": "Lidhni llogarinë tuaj Dropbox për të dërguar skedarë.",
  "error.notConnected.shared":
    "Llogaria e përbashkët Dropbox nuk është e lidhur. Kërkojini një administratori të DocSpace ta lidhë te cilësimet e shtojcës.",
  "error.dropboxAuth":
    "Dropbox nuk e pranon më lidhjen tuaj (është revokuar ose ka skaduar). Lidhni përsëri Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox nuk e pranon më lidhjen e përbashkët (është revokuar ose ka skaduar). Kërkojini një administratori të DocSpace ta rilidhë te cilësimet e shtojcës.",
  "error.dropboxAuth.reconnected":
    "Dërgimi u ndal: Dropbox nuk e pranon më lidhjen me të cilën nisi (është revokuar ose ka skaduar). Ndërkohë e keni lidhur sërish Dropbox, ndaj zgjidhni sërish “Dërgo në Dropbox” për elementin.",
  "error.dropboxPermission":
    "Aplikacionit Dropbox i mungon një leje e nevojshme (për shembull files.content.write ose sharing.write). Kërkojini një administratori ta aktivizojë te Dropbox App Console, pastaj lidhuni përsëri.",
  "error.insufficientSpace":
    "Dropbox-i juaj është plot. Lironi hapësirë ose përmirësoni planin, pastaj provoni përsëri.",
  "error.tooLarge": "Skedari është më i madh nga sa pranon Dropbox për një skedar të vetëm.",
  "error.invalidPath":
    "Dropbox nuk e pranon shtegun e destinacionit. Kërkojini një administratori të kontrollojë dosjen e destinacionit te cilësimet e shtojcës.",
  "error.conflict":
    "Diçka në Dropbox po pengon (për shembull një dosje me emrin e skedarit) dhe nuk mund të zëvendësohet. Riemërtojeni ose zhvendoseni, pastaj provoni përsëri.",
  "error.notFound": "Elementi nuk ekziston më në DocSpace. Rifreskoni faqen dhe provoni përsëri.",
  "error.noDownloadPermission":
    "Nuk ju lejohet ta shkarkoni këtë element në DocSpace, ndaj nuk mund të dërgohet. Kërkojini administratorit të dhomës të drejta shkarkimi.",
  "error.docspaceSignedOut": "Sesioni juaj në DocSpace ka skaduar. Hyni përsëri, pastaj riprovoni.",
  "error.rateLimited": "Shumë kërkesa për momentin. Prisni një minutë, pastaj provoni përsëri.",
  "error.network":
    "Lidhja dështoi. Kontrolloni rrjetin, ringarkoni faqen (një shtojcë e sapoinstaluar ose e sapoaktivizuar funksionon pas ringarkimit) dhe provoni përsëri.",
  "error.server": "DocSpace ose Dropbox ka probleme për momentin. Provoni më vonë.",
  "error.incompleteDownload":
    "Shkarkimi nga DocSpace u ndal para kohe, ndaj nuk u ruajt asgjë. Provoni përsëri.",
  "error.incompleteListing":
    "Lista e kësaj dosjeje në DocSpace ndryshonte gjatë leximit, ndaj disa nga skedarët e saj mund të mos jenë dërguar. Dërgojeni dosjen përsëri.",
  "error.integrity": "Kopja në Dropbox nuk përputhej me origjinalin, ndaj nuk u mbajt. Provoni përsëri.",
  "error.cancelled": "Dërgimi u anulua. Nuk u ruajt asgjë e paplotë.",
  "error.unknown":
    "“Dërgo në Dropbox” dështoi për një arsye të papritur. Hollësitë janë në konsolën e shfletuesit (F12); provoni përsëri dhe raportojeni nëse vazhdon.",
  "error.notConfigured":
    "“Dërgo në Dropbox” nuk është konfiguruar ende. Kërkojini një administratori të DocSpace të plotësojë cilësimet e shtojcës.",
  "error.notAllowed": "Në këtë portal vetëm administratorët e DocSpace mund të dërgojnë në Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Mbyll",
} as const satisfies Record<MessageKey, string>;
