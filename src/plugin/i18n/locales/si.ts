import type { MessageKey } from "./en";

export const si = {
  "menu.send": "Dropbox වෙත යවන්න",
  "menu.account": "Dropbox සම්බන්ධතාවය",
  "send.background":
    'Dropbox වෙත යවමින්. ප්‍රගතිය හෝ, අවසන් වූ පසු, ප්‍රතිඵලය බැලීමට එම අයිතමයේම "Dropbox වෙත යවන්න" නැවත තෝරන්න.',

  "send.nothingSelected": "යැවීමට කිසිවක් තෝරා නැත.",
  "send.otherTab":
    'මෙම අයිතමය දැනටමත් මෙම බ්‍රවුසරයේ වෙනත් ටැබයකින් හෝ කවුළුවකින් Dropbox වෙත යවමින් පවතී. ප්‍රගතිය බැලීමට එහි එම අයිතමයේ "Dropbox වෙත යවන්න" තෝරන්න. එම ටැබය දැන් වසා දැමුවේ නම්, තත්පර කිහිපයකින් නැවත උත්සාහ කරන්න.',

  "resume.question": "මෙම අයිතමයේ පෙර යැවීම අවසන් වීමට පෙර නතර විය.",

  "resume.resume": "නැවත ආරම්භ කරන්න — {totalBytes} න් {bytes} දැනටමත් Dropbox හි ඇත",

  "resume.startAgain": "මුල සිට අරඹන්න",

  "progress.preparing": "Dropbox වෙත යැවීම තවමත් සූදානම් වෙමින් පවතී: ෆෝල්ඩරයේ අන්තර්ගතය කියවමින්…",
  "progress.running":
    "තවමත් Dropbox වෙත යවමින්: {totalFiles, plural, one {ගොනු #} other {ගොනු #}} න් {files}, {totalBytes} න් {bytes}.",
  "progress.title": "Dropbox වෙත යවමින්",
  "progress.explain": "කාර්යය අවසන් වූ විට සියල්ල ගියේ කොතැනටදැයි ඔබට පෙනේ.",
  "progress.refresh": "නැවුම් කරන්න",
  "progress.cancel": "යැවීම අවලංගු කරන්න",
  "progress.cancelling": "අවලංගු කරමින්. දැනටමත් යැවූ ගොනු Dropbox හි රැඳේ; අසම්පූර්ණ කිසිවක් සුරැකෙන්නේ නැත.",
  "progress.operation": "Dropbox වෙත යවමින්: {name}",
  "progress.operationMany": "Dropbox වෙත යවමින්: තෝරාගත් අයිතම ({count})",

  "result.fileSent": "Dropbox වෙත යවන ලදී: {path}",
  "result.fileFailed": "“{name}” යවා නැත. {reason}",
  "result.empty": "යැවීමට කිසිවක් නැත: තේරීමේ ගොනු නැත. {path} වෙනස් කර නැත.",
  "result.summaryToast":
    "Dropbox වෙත යැවීම අවසන්: {total, plural, one {ගොනු #} other {ගොනු #}} න් {sent} ක් යවන ලදී.",
  "result.title": "Dropbox වෙත යවන ලදී",
  "result.where.appFolder": 'Dropbox හි මෙම යෙදුමේ ෆෝල්ඩරය තුළ {path} ("Apps" යටතේ)',
  "result.where.appFolderRoot": 'Dropbox හි මෙම යෙදුමේ ෆෝල්ඩරය ("Apps" යටතේ)',
  "result.where.root": "Dropbox හි ඉහළම මට්ටම",
  "result.account": "Dropbox ගිණුම: {name}",
  "result.fileRenamedWhy": '{path} ලෙස Dropbox වෙත යවන ලදී, "{name}" නමින් වෙනස් කළේ: {reasons}.',
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": 'Dropbox නම්වල "/", "\\" සහ සමහර පාලන අක්ෂර භාර නොගනී',
  "rename.controlCharacter": "නමක් කියවන ආකාරය වෙනස් කරන නොපෙනෙන අක්ෂර ප්‍රතිස්ථාපනය කළා",
  "rename.invalidText": "නමේ හානි වූ පෙළක් (වලංගු නොවන අක්ෂරයක්) තිබුණා",
  "rename.surroundingSpace": "Dropbox නමක ආරම්භයේ හෝ අගේ හිස්තැන් තබා නොගනී",
  "rename.relativeName": "නම හිස් හෝ තිත් පමණක් විය",
  "rename.notSynced": "Dropbox desktop.ini හෝ ~$ අගුළු ගොනු වැනි නම් සමමුහුර්ත නොකරයි",
  "rename.tooLong": "Dropbox නමක උපරිම අක්ෂර 255ක් ඉඩ දෙයි",
  "rename.nameClash": "මෙම යැවීමේ වෙනත් අයිතමයකට එම නමම ඇත (Dropbox කැපිටල් සහ සිම්පල් අකුරු වෙන් නොකරයි)",
  "rename.keptBoth": "මෙම නමින් ගොනුවක් දැනටමත් තිබූ නිසා Dropbox මෙයට අංකයක් දැම්මා",
  "mixed.title": "සමහර අයිතම යැවිය නොහැක",
  "mixed.intro": "තෝරාගත් මෙම අයිතම බාගැනීමට ඔබට අවසර නැති නිසා ඒවා ඉවත් කර ඇත:",
  "mixed.send": "ඉතිරි ඒවා යවන්න ({count})",
  "result.titleWithProblems": "Dropbox වෙත යවන ලදී, ගැටලු සහිතව",
  "result.counts": "{total, plural, one {ගොනු #} other {ගොනු #}} න් {sent} ක් {path} වෙත යවන ලදී.",
  "result.failedHeading": "{count, plural, one {ගොනු # ක් යවා නැත:} other {ගොනු # ක් යවා නැත:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {Dropbox සඳහා ගොනු # ක් නැවත නම් කරන ලදී:} other {Dropbox සඳහා ගොනු # ක් නැවත නම් කරන ලදී:}}",
  "result.andMore": "…සහ තවත් {count} ක්.",
  "result.item": "අයිතමය {id}",
  "result.linkTitle": "බෙදාගැනීමේ සබැඳිය",
  "result.linkIntro": "මෙම සබැඳිය ඇති ඕනෑම අයෙකුට Dropbox හි ගොනුව බැලිය හැක. එය ක්ෂේත්‍රයෙන් පිටපත් කරන්න:",
  "result.linkLabel": "බෙදාගැනීමේ සබැඳිය",
  "result.linkCopied": "බෙදාගැනීමේ සබැඳිය පසුරු පුවරුවට පිටපත් කරන ලදී.",

  "connect.title": "Dropbox සම්බන්ධ කරන්න",
  "account.title": "Dropbox සම්බන්ධතාවය",
  "account.sharedMode": "මෙම ද්වාරය DocSpace පරිපාලකයින් ප්ලගිනයේ සැකසුම් තුළ කළමනාකරණය කරන එක් හවුල් Dropbox ගිණුමකට යවයි.",
  "connect.intro": "ගොනු යැවීමට, ප්ලගිනයට ඔබේ Dropbox වෙත ලිවීමට අවසර අවශ්‍යයි.",
  "connect.privacy":
    "ඔබේ Dropbox සම්බන්ධතාවය මෙම බ්‍රවුසරයේ, ඔබේ DocSpace ගිණුම සඳහා පමණක් ගබඩා කර ඇත; ද්වාරයේ සේවාදායකයට එය කිසිදා නොලැබේ. මෙම ද්වාරයේ ස්ථාපනය කර ඇති වෙනත් ප්ලගින එකම පිටුවේ ක්‍රියාත්මක වන අතර එය කියවීමට ඒවාට හැකි විය හැකිය. ඔබ විසන්ධි කරන විට, ඔබ මෙහි DocSpace වෙතින් නික්මෙන විට සහ වෙනත් අයෙකු මෙම බ්‍රවුසරයේ ද්වාරයට පුරනය වන විට එය ඉවත් කරනු ලැබේ.",
  "connect.step1": "1. නව ටැබයක Dropbox විවෘත කර, පුරනය වී ප්‍රවේශයට ඉඩ දෙන්න.",
  "connect.openDropbox": "Dropbox විවෘත කරන්න",
  "connect.popupBlocked": "බ්‍රවුසරය නව ටැබය අවහිර කළේය. මෙම ලිපිනය ඔබම නව ටැබයකට පිටපත් කරන්න:",
  "connect.step2": "2. ඉන්පසු Dropbox කේතයක් පෙන්වයි. එය පිටපත් කර මෙහි අලවන්න:",
  "connect.codePlaceholder": "Dropbox වෙතින් කේතය",
  "connect.sessionOnly": "මෙම පරිගණකයේ සම්බන්ධතාවය තබා නොගන්න (මෙම ටැබය පමණි, එය වැසෙන තෙක්)",
  "connect.connect": "සම්බන්ධ කරන්න",
  "connect.connectedAs": "{name} ({email}) ලෙස සම්බන්ධිතයි",
  "connect.connectedAsName": "{name} ලෙස සම්බන්ධිතයි",
  "connect.accountUnknown": "Dropbox ගිණුමක්",
  "connect.disconnect": "විසන්ධි කරන්න",
  "connect.sendNow": "දැන් යවන්න",
  "connect.codeMissing": "Dropbox පෙන්වූ කේතය අලවා, ඉන්පසු “සම්බන්ධ කරන්න” තෝරන්න.",
  "connect.codeRejected":
    "Dropbox මෙම කේතය පිළිගත්තේ නැත. කේතයක් ක්‍රියා කරන්නේ එක් වරක් සහ මිනිත්තු කිහිපයක් පමණි: නැවත “Dropbox විවෘත කරන්න” තෝරා නව කේතය අලවන්න.",
  "connect.appKeyMissing": "පළමුව Dropbox යෙදුම් යතුර ඇතුළත් කරන්න.",
  "connect.storageDenied":
    "මෙම බ්‍රවුසරය ඔබේ සම්බන්ධතාවය තබා ගැනීමට ප්ලගිනයට ඉඩ නොදේ (අඩවි දත්ත අවහිර කර ඇත). ද්වාරය සඳහා අඩවි දත්තවලට ඉඩ දී නැවත සම්බන්ධ කරන්න.",

  "settings.app.title": "Dropbox යෙදුම",
  "settings.app.howto1":
    "1. Dropbox App Console (https://www.dropbox.com/developers/apps) තුළ Scoped access සහිත යෙදුමක් සාදන්න. App folder (නිර්දේශිත: ප්ලගිනයට පෙනෙන්නේ එහිම ෆෝල්ඩරය පමණි) හෝ Full Dropbox තෝරන්න.",
  "settings.app.howto2":
    "2. Permissions ටැබයේ files.content.write සහ account_info.read, බෙදාගැනීමේ සබැඳි සඳහා sharing.write සහ sharing.read ද සලකුණු කර ඉදිරිපත් කරන්න.",
  "settings.app.howto3": "3. Settings ටැබයෙන් App key පහත ක්ෂේත්‍රයට පිටපත් කරන්න. යෙදුම් රහස කිසිදා අවශ්‍ය නොවේ.",
  "settings.appKey.label": "Dropbox යෙදුම් යතුර",
  "settings.appKey.placeholder": "උදා. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters": 'Dropbox යෙදුම් යතුරක අකුරු, ඉලක්කම්, "-" සහ "_" පමණක් ඇත. {characters} ඉවත් කරන්න.',
  "settings.appKey.tooLong": "Dropbox යෙදුම් යතුරක උපරිම අක්ෂර {max}ක් ඇත. එය App Console වෙතින් නැවත පිටපත් කරන්න.",
  "settings.appKey.checkedLater":
    'යමෙක් පළමු වරට සම්බන්ධ වන විට Dropbox යතුර පරීක්ෂා කරයි: වැරදි යතුරක් සඳහා Dropbox "Invalid client_id" පිටුව පෙන්වයි.',
  "settings.access.label": "යෙදුමේ ප්‍රවේශ වර්ගය (සාදන විට තෝරාගත්)",
  "settings.access.appFolder": 'යෙදුම් ෆෝල්ඩරය: ගොනු "Apps" යටතේ යෙදුමේ ෆෝල්ඩරයට යයි',
  "settings.access.full": "සම්පූර්ණ Dropbox",
  "settings.mode.label": "ගොනු ලබන්නේ කාගේ Dropbox ද",
  "settings.mode.personal": "සෑම පරිශීලකයෙකුම තමන්ගේම Dropbox සම්බන්ධ කරයි (නිර්දේශිත)",
  "settings.mode.shared": "මුළු ද්වාරය සඳහාම එක් හවුල් Dropbox ගිණුමක්",
  "settings.mode.personalHint":
    "සෑම පරිශීලකයෙකුගෙන්ම පළමු වරට යවන විට සම්බන්ධ වීමට ඉල්ලනු ලැබේ. සම්බන්ධතාවය ගබඩා වන්නේ ද්වාරයේ සේවාදායකයේ නොව එම පරිශීලකයාගේ බ්‍රවුසරයේ වන අතර, ඔවුන් විසන්ධි කරන විට, නික්මෙන විට හෝ එම බ්‍රවුසරයේ වෙනත් පරිශීලකයෙකු පුරනය වන විට එය ඉවත් කරනු ලැබේ; මෙම ද්වාරයේ ස්ථාපනය කර ඇති වෙනත් ප්ලගින එකම පිටුවේ ක්‍රියාත්මක වන අතර එය කියවීමට ඒවාට හැකි විය හැකිය.",
  "settings.mode.sharedWarning":
    "සැලකිලිමත් වන්න: DocSpace ප්ලගින සැකසුම් ද්වාරයේ සෑම සාමාජිකයෙකුගේම බ්‍රවුසරයට යවයි, එබැවින් ඕනෑම සාමාජිකයෙකුට හවුල් ගිණුමේ ටෝකනය කියවිය හැක. ටෝකනය එම ෆෝල්ඩරයට පමණක් ළඟා වන ලෙස App folder වර්ගයේ Dropbox යෙදුමක් භාවිත කරන්න.",
  "settings.connect.saveHint": "මෙම සම්බන්ධතාවය තබා ගැනීමට “සුරකින්න” තෝරන්න.",
  "settings.connect.notRevoked":
    "හවුල් සම්බන්ධතාවය මෙතැනින් ඉවත් කරන ලදී, නමුත් එය අහෝසි කිරීමට Dropbox වෙත ළඟා විය නොහැකි විය, එබැවින් මෙම සැකසුම් වලින් එහි ටෝකනය කියවූ ඕනෑම අයෙකුට එය තවමත් ක්‍රියා කරයි. එය අහෝසි කිරීමට, එම Dropbox ගිණුමට පුරනය වී, සැකසුම් › සම්බන්ධිත යෙදුම් (https://www.dropbox.com/account/connected_apps) විවෘත කර මෙම යෙදුම ඉවත් කරන්න.",
  "settings.token.label": "නැතහොත් ප්‍රවේශ ටෝකනයක් අලවන්න",
  "settings.token.placeholder": "Dropbox ප්‍රවේශ ටෝකනය",
  "settings.token.warning":
    "කෙටිකාලීන Dropbox ප්‍රවේශ ටෝකන පැය 4 කට පසු කල් ඉකුත් වේ; ඔබ නව එකක් අලවන තුරු යැවීම ක්‍රියා නොකරයි. කල් පවතින සම්බන්ධතාවයක් සඳහා ඉහත “සම්බන්ධ කරන්න” භාවිත කරන්න.",
  "settings.token.invalid": "ප්‍රවේශ ටෝකනයේ Dropbox ටෝකනවල කිසිදා නැති අක්ෂර ඇත. එය නැවත පිටපත් කරන්න.",
  "settings.folder.label": "Dropbox හි ගමනාන්ත ෆෝල්ඩරය",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "හිස් යනු ඉහළම මට්ටමයි (App folder යෙදුම් සඳහා යෙදුමේම ෆෝල්ඩරය).",
  "settings.folder.noLeadingSlash": "ෆෝල්ඩරය “/” වලින් ආරම්භ විය යුතුය, උදාහරණයක් ලෙස /DocSpace.",
  "settings.folder.emptyComponent": "ෆෝල්ඩරයේ “//” නොතිබිය යුතුය.",
  "settings.folder.componentTooLong": "සෑම ෆෝල්ඩර නාමයකටම උපරිම අක්ෂර 255 ක් තිබිය හැක.",
  "settings.folder.trailingSpaceOrDot": "ෆෝල්ඩර නාම හිස්තැනකින් හෝ තිතකින් අවසන් නොවිය යුතුය.",
  "settings.folder.unsafeCharacter": 'ෆෝල්ඩර නාමවල < > : " | ? * \\ හෝ පාලන අක්ෂර නොතිබිය යුතුය.',
  "settings.folder.disallowedName":
    "Dropbox මෙම ෆෝල්ඩර නාමය පිළිගන්නේ නැත (උදාහරණයක් ලෙස desktop.ini හෝ ~$ වලින් ආරම්භ වන නාම).",
  "settings.folder.invalid": "සැකසුම් සුරැකුණේ නැත. ගමනාන්ත ෆෝල්ඩරය: {reason}",
  "settings.folder.savedAs": "{folder} ලෙස සුරැකේ",
  "settings.budget.left": "මෙම සැකසුම් සඳහා ඉතිරි: අක්ෂර {left}/{limit}.",
  "settings.budget.over":
    "දිග වැඩියි: ඒවාට අක්ෂර {length} ක් අවශ්‍ය වන අතර DocSpace උපරිම {limit} ක් ගබඩා කරයි. ගමනාන්ත ෆෝල්ඩරය {excess, plural, one {අක්ෂර # කින්} other {අක්ෂර # කින්}} කෙටි කරන්න.",
  "settings.budget.overToken":
    "දිග වැඩියි: මෙම ප්‍රවේශ ටෝකනය සමඟ ඒවාට අක්ෂර {length} ක් අවශ්‍ය වන අතර DocSpace උපරිම {limit} ක් ගබඩා කරයි. ටෝකනයක් ඇලවීම වෙනුවට “සම්බන්ධ කරන්න” භාවිත කරන්න, නැතහොත් ගමනාන්ත ෆෝල්ඩරය {excess, plural, one {අක්ෂර # කින්} other {අක්ෂර # කින්}} කෙටි කරන්න.",
  "settings.saveBlocked": "ඉහත සලකුණු කළ ගැටලු නිවැරදි කරන තුරු සුරැකිය නොහැක.",
  "settings.notSaved": "සැකසුම් සුරැකුණේ නැත: {reason}",
  "settings.changedElsewhere":
    "සැකසුම් සුරැකුණේ නැත: මෙම පැනලය විවෘත කළ පසු ඒවා වෙනත් කවුළුවක හෝ ටැබයක වෙනස් කර ඇත. වත්මන් අගයන් බැලීමට සැකසුම් වසා නැවත විවෘත කරන්න.",
  "settings.conflict.label": "එකම නමින් ගොනුවක් දැනටමත් එහි ඇති විට",
  "settings.conflict.keepBoth": "දෙකම තබා ගන්න (නව ගොනුවට අංකයක් ලැබේ)",
  "settings.conflict.overwrite": "පවතින ගොනුව ප්‍රතිස්ථාපනය කරන්න",
  "settings.shareLink.label": "යැවූ ගොනු සඳහා බෙදාගැනීමේ සබැඳියක් සාදන්න",
  "settings.audience.label": "Dropbox වෙත යැවිය හැක්කේ කාටද",
  "settings.audience.everyone": "අයිතමය බාගත කළ හැකි සියලු දෙනා",
  "settings.audience.admins": "DocSpace හිමිකරු සහ පරිපාලකයින් පමණි",
  "settings.audience.hint": "මෙය අනෙක් පරිශීලකයින්ගෙන් මෙනු අයිතමය සඟවයි; එය මෙම සැකසුම් සඟවන්නේ නැත.",
  "settings.save": "සුරකින්න",
  "settings.saved": "“Dropbox වෙත යවන්න” සැකසුම් සුරකින ලදී.",
  "settings.saved.noAppKey": "සැකසුම් සුරකින ලදී. Dropbox යෙදුම් යතුරක් ඇතුළත් කරන තුරු “Dropbox වෙත යවන්න” සැඟවී පවතී.",
  "settings.saved.sharedNotConnected":
    "සැකසුම් සුරකින ලදී. හවුල් Dropbox ගිණුම සම්බන්ධ කරන තුරු “Dropbox වෙත යවන්න” සැඟවී පවතී.",
  "settings.saved.accessToken":
    "අලවන ලද ප්‍රවේශ ටෝකනයක් සමඟ සැකසුම් සුරකින ලදී. එය කෙටිකාලීන නම්, පැය 4 කට පසු යැවීම ක්‍රියා නොකරයි.",
  "settings.tooLong":
    "සැකසුම් සුරැකුණේ නැත: ඒවාට අක්ෂර {length} ක් අවශ්‍ය වන අතර DocSpace උපරිම {limit} ක් ගබඩා කරයි. ගමනාන්ත ෆෝල්ඩරය {excess, plural, one {අක්ෂර # කින්} other {අක්ෂර # කින්}} කෙටි කරන්න.",
  "settings.tooLong.token":
    "සැකසුම් සුරැකුණේ නැත: මෙම ප්‍රවේශ ටෝකනය සමඟ ඒවාට අක්ෂර {length} ක් අවශ්‍ය වන අතර DocSpace උපරිම {limit} ක් ගබඩා කරයි. ටෝකනයක් ඇලවීම වෙනුවට “සම්බන්ධ කරන්න” භාවිත කරන්න, නැතහොත් ගමනාන්ත ෆෝල්ඩරය {excess, plural, one {අක්ෂර # කින්} other {අක්ෂර # කින්}} කෙටි කරන්න.",

  "error.notConnected": "ගොනු යැවීමට ඔබේ Dropbox ගිණුම සම්බන්ධ කරන්න.",
  "error.notConnected.shared":
    "හවුල් Dropbox ගිණුම සම්බන්ධ කර නැත. ප්ලගින සැකසුම් තුළ එය සම්බන්ධ කරන ලෙස DocSpace පරිපාලකයෙකුගෙන් ඉල්ලන්න.",
  "error.dropboxAuth":
    "Dropbox තවදුරටත් ඔබේ සම්බන්ධතාවය පිළිගන්නේ නැත (එය අහෝසි කර හෝ කල් ඉකුත් වී ඇත). Dropbox නැවත සම්බන්ධ කරන්න.",
  "error.dropboxAuth.shared":
    "Dropbox තවදුරටත් හවුල් සම්බන්ධතාවය පිළිගන්නේ නැත (එය අහෝසි කර හෝ කල් ඉකුත් වී ඇත). ප්ලගින සැකසුම් තුළ එය නැවත සම්බන්ධ කරන ලෙස DocSpace පරිපාලකයෙකුගෙන් ඉල්ලන්න.",
  "error.dropboxAuth.reconnected":
    'යැවීම නතර විය: යැවීම ආරම්භ කළ සම්බන්ධතාවය Dropbox තවදුරටත් පිළිගන්නේ නැත (එය අහෝසි කර හෝ කල් ඉකුත් වී ඇත). ඉන්පසු ඔබ Dropbox නැවත සම්බන්ධ කර ඇති බැවින්, එම අයිතමයේ "Dropbox වෙත යවන්න" නැවත තෝරන්න.',
  "error.dropboxPermission":
    "Dropbox යෙදුමට අවශ්‍ය අවසරයක් නැත (උදාහරණයක් ලෙස files.content.write හෝ sharing.write). Dropbox App Console තුළ එය සක්‍රිය කරන ලෙස පරිපාලකයෙකුගෙන් ඉල්ලා, ඉන්පසු නැවත සම්බන්ධ කරන්න.",
  "error.insufficientSpace": "ඔබේ Dropbox පිරී ඇත. ඉඩ නිදහස් කරන්න හෝ සැලසුම උත්ශ්‍රේණි කර නැවත උත්සාහ කරන්න.",
  "error.tooLarge": "ගොනුව Dropbox තනි ගොනුවක් සඳහා පිළිගන්නා ප්‍රමාණයට වඩා විශාලයි.",
  "error.invalidPath":
    "Dropbox ගමනාන්ත මාර්ගය පිළිගන්නේ නැත. ප්ලගින සැකසුම් තුළ ගමනාන්ත ෆෝල්ඩරය පරීක්ෂා කරන ලෙස පරිපාලකයෙකුගෙන් ඉල්ලන්න.",
  "error.conflict":
    "Dropbox හි යමක් බාධා කරයි (උදාහරණයක් ලෙස ගොනුවේ නම සහිත ෆෝල්ඩරයක්) සහ එය ප්‍රතිස්ථාපනය කළ නොහැක. එය නැවත නම් කරන්න හෝ ගෙන ගොස් නැවත උත්සාහ කරන්න.",
  "error.notFound": "අයිතමය තවදුරටත් DocSpace හි නොපවතී. පිටුව නැවුම් කර නැවත උත්සාහ කරන්න.",
  "error.noDownloadPermission":
    "DocSpace හි මෙම අයිතමය බාගත කිරීමට ඔබට අවසර නැත, එබැවින් එය යැවිය නොහැක. කාමරයේ පරිපාලකගෙන් බාගත කිරීමේ අයිතිය ඉල්ලන්න.",
  "error.docspaceSignedOut": "ඔබේ DocSpace සැසිය කල් ඉකුත් වී ඇත. නැවත පුරනය වී යළි උත්සාහ කරන්න.",
  "error.rateLimited": "මේ මොහොතේ ඉල්ලීම් වැඩියි. මිනිත්තුවක් රැඳී සිට නැවත උත්සාහ කරන්න.",
  "error.network":
    "සම්බන්ධතාවය අසාර්ථක විය. ඔබේ ජාලය පරීක්ෂා කර, පිටුව නැවත පූරණය කර (අලුතින් ස්ථාපනය කළ හෝ සක්‍රිය කළ ප්ලගිනයක් ක්‍රියාත්මක වන්නේ නැවත පූරණයෙන් පසුවයි) නැවත උත්සාහ කරන්න.",
  "error.server": "DocSpace හෝ Dropbox මේ මොහොතේ ගැටලුවකට මුහුණ දී ඇත. පසුව නැවත උත්සාහ කරන්න.",
  "error.incompleteDownload": "DocSpace වෙතින් බාගැනීම කලින් නැවතුණු නිසා කිසිවක් සුරැකුණේ නැත. නැවත උත්සාහ කරන්න.",
  "error.incompleteListing":
    "කියවන අතරතුර DocSpace හි මෙම ෆෝල්ඩරයේ ලැයිස්තුව වෙනස් වූ නිසා එහි සමහර ගොනු යවා නොතිබිය හැක. ෆෝල්ඩරය නැවත යවන්න.",
  "error.integrity": "Dropbox හි පිටපත මුල් පිටපතට නොගැළපුණු නිසා එය තබා නොගන්නා ලදී. නැවත උත්සාහ කරන්න.",
  "error.cancelled": "යැවීම අවලංගු කරන ලදී. අසම්පූර්ණ කිසිවක් සුරැකුණේ නැත.",
  "error.unknown":
    "අනපේක්ෂිත හේතුවක් නිසා “Dropbox වෙත යවන්න” අසාර්ථක විය. විස්තර බ්‍රවුසර කොන්සෝලයේ ඇත (F12); නැවත උත්සාහ කර, දිගටම සිදු වුවහොත් වාර්තා කරන්න.",
  "error.notConfigured":
    "“Dropbox වෙත යවන්න” තවම සකසා නැත. ප්ලගින සැකසුම් සම්පූර්ණ කරන ලෙස DocSpace පරිපාලකයෙකුගෙන් ඉල්ලන්න.",
  "error.notAllowed": "මෙම ද්වාරයේ Dropbox වෙත යැවිය හැක්කේ DocSpace පරිපාලකයින්ට පමණි.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "වසන්න",
} as const satisfies Record<MessageKey, string>;
