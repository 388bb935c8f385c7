import type { MessageKey } from "./en";

export const loLA = {
  "menu.send": "ສົ່ງໄປ Dropbox",
  "menu.account": "ການເຊື່ອມຕໍ່ Dropbox",
  "send.background": 'ກຳລັງສົ່ງໄປ Dropbox. ເລືອກ "ສົ່ງໄປ Dropbox" ອີກຄັ້ງໃນລາຍການດຽວກັນ ເພື່ອເບິ່ງຄວາມຄືບໜ້າ ຫຼື ຜົນລັບເມື່ອສຳເລັດ.',

  "send.nothingSelected": "ບໍ່ໄດ້ເລືອກຫຍັງເພື່ອສົ່ງ.",
  "send.otherTab":
    'ລາຍການນີ້ກຳລັງຖືກສົ່ງໄປ Dropbox ຈາກແຖບ ຫຼື ໜ້າຕ່າງອື່ນຂອງບຣາວເຊີນີ້ຢູ່ແລ້ວ. ເລືອກ "ສົ່ງໄປ Dropbox" ໃນລາຍການນັ້ນຢູ່ບ່ອນນັ້ນ ເພື່ອເບິ່ງຄວາມຄືບໜ້າ. ຖ້າແຖບນັ້ນຫາກໍ່ຖືກປິດ, ກະລຸນາລອງໃໝ່ໃນອີກບໍ່ເທົ່າໃດວິນາທີ.',

  "resume.question": "ການສົ່ງລາຍການນີ້ຄັ້ງກ່ອນໄດ້ຢຸດກ່ອນທີ່ຈະສຳເລັດ.",

  "resume.resume": "ສືບຕໍ່ — {bytes} ຈາກ {totalBytes} ຢູ່ໃນ Dropbox ແລ້ວ",

  "resume.startAgain": "ເລີ່ມໃໝ່",

  "progress.preparing": "ການສົ່ງໄປ Dropbox ຍັງກຽມຢູ່: ກຳລັງອ່ານເນື້ອໃນຂອງໂຟນເດີ…",
  "progress.running":
    "ຍັງກຳລັງສົ່ງໄປ Dropbox: {files} ຈາກ {totalFiles, plural, other {# ໄຟລ໌}}, {bytes} ຈາກ {totalBytes}.",
  "progress.title": "ກຳລັງສົ່ງໄປ Dropbox",
  "progress.explain": "ເມື່ອວຽກສຳເລັດ ທ່ານຈະເຫັນວ່າທຸກຢ່າງໄປຢູ່ໃສ.",
  "progress.refresh": "ໂຫຼດຄືນ",
  "progress.cancel": "ຍົກເລີກການສົ່ງ",
  "progress.cancelling": "ກຳລັງຍົກເລີກ. ໄຟລ໌ທີ່ສົ່ງແລ້ວຍັງຢູ່ໃນ Dropbox; ບໍ່ມີໄຟລ໌ທີ່ບໍ່ຄົບຖືກບັນທຶກ.",
  "progress.operation": "ກຳລັງສົ່ງໄປ Dropbox: {name}",
  "progress.operationMany": "ກຳລັງສົ່ງໄປ Dropbox: ລາຍການທີ່ເລືອກ ({count})",

  "result.fileSent": "ສົ່ງໄປ Dropbox ແລ້ວ: {path}",
  "result.fileFailed": "“{name}” ບໍ່ໄດ້ຖືກສົ່ງ. {reason}",
  "result.empty": "ບໍ່ມີຫຍັງໃຫ້ສົ່ງ: ສິ່ງທີ່ເລືອກບໍ່ມີໄຟລ໌. {path} ບໍ່ໄດ້ປ່ຽນແປງ.",
  "result.summaryToast": "ການສົ່ງໄປ Dropbox ສຳເລັດ: ສົ່ງແລ້ວ {sent} ຈາກ {total, plural, other {# ໄຟລ໌}}.",
  "result.title": "ສົ່ງໄປ Dropbox ແລ້ວ",
  "result.where.appFolder": '{path} ໃນໂຟນເດີຂອງແອັບນີ້ໃນ Dropbox (ພາຍໃຕ້ "Apps")',
  "result.where.appFolderRoot": 'ໂຟນເດີຂອງແອັບນີ້ໃນ Dropbox (ພາຍໃຕ້ "Apps")',
  "result.where.root": "ລະດັບເທິງສຸດຂອງ Dropbox",
  "result.account": "ບັນຊີ Dropbox: {name}",
  "result.fileRenamedWhy": 'ສົ່ງໄປ Dropbox ເປັນ {path}, ປ່ຽນຊື່ຈາກ "{name}": {reasons}.',
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": 'Dropbox ບໍ່ຮັບ "/", "\\" ແລະ ຕົວອັກສອນຄວບຄຸມບາງຕົວໃນຊື່',
  "rename.controlCharacter": "ໄດ້ແທນຕົວອັກສອນທີ່ເບິ່ງບໍ່ເຫັນທີ່ປ່ຽນວິທີອ່ານຊື່",
  "rename.invalidText": "ຊື່ມີຂໍ້ຄວາມເສຍຫາຍ (ຕົວອັກສອນບໍ່ຖືກຕ້ອງ)",
  "rename.surroundingSpace": "Dropbox ບໍ່ເກັບຍະຫວ່າງທີ່ຕົ້ນ ຫຼື ທ້າຍຊື່",
  "rename.relativeName": "ຊື່ຫວ່າງເປົ່າ ຫຼື ມີແຕ່ຈຸດ",
  "rename.notSynced": "Dropbox ບໍ່ຊິງຊື່ເຊັ່ນ desktop.ini ຫຼື ໄຟລ໌ລັອກ ~$",
  "rename.tooLong": "Dropbox ອະນຸຍາດສູງສຸດ 255 ຕົວອັກສອນໃນຊື່",
  "rename.nameClash": "ລາຍການອື່ນໃນການສົ່ງນີ້ມີຊື່ດຽວກັນ (Dropbox ບໍ່ແຍກຕົວພິມໃຫຍ່ ແລະ ນ້ອຍ)",
  "rename.keptBoth": "ມີໄຟລ໌ຊື່ນີ້ຢູ່ແລ້ວ, Dropbox ຈຶ່ງໃສ່ເລກໃຫ້ໄຟລ໌ນີ້",
  "mixed.title": "ບາງລາຍການສົ່ງບໍ່ໄດ້",
  "mixed.intro": "ທ່ານບໍ່ມີສິດດາວໂຫລດລາຍການທີ່ເລືອກເຫຼົ່ານີ້, ຈຶ່ງຖືກຍົກເວັ້ນ:",
  "mixed.send": "ສົ່ງລາຍການທີ່ເຫຼືອ ({count})",
  "result.titleWithProblems": "ສົ່ງໄປ Dropbox ແລ້ວ ແຕ່ມີບັນຫາ",
  "result.counts": "ສົ່ງ {sent} ຈາກ {total, plural, other {# ໄຟລ໌}} ໄປ {path} ແລ້ວ.",
  "result.failedHeading": "{count, plural, other {# ໄຟລ໌ບໍ່ໄດ້ຖືກສົ່ງ:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading": "{count, plural, other {# ໄຟລ໌ຖືກປ່ຽນຊື່ສຳລັບ Dropbox:}}",
  "result.andMore": "…ແລະອີກ {count}.",
  "result.item": "ລາຍການ {id}",
  "result.linkTitle": "ລິ້ງແບ່ງປັນ",
  "result.linkIntro": "ທຸກຄົນທີ່ມີລິ້ງນີ້ສາມາດເບິ່ງໄຟລ໌ໃນ Dropbox ໄດ້. ສຳເນົາມັນຈາກຊ່ອງ:",
  "result.linkLabel": "ລິ້ງແບ່ງປັນ",
  "result.linkCopied": "ສຳເນົາລິ້ງແບ່ງປັນໄປຄລິບບອດແລ້ວ.",

  "connect.title": "ເຊື່ອມຕໍ່ Dropbox",
  "account.title": "ການເຊື່ອມຕໍ່ Dropbox",
  "account.sharedMode": "ພອດທັລນີ້ສົ່ງໄປບັນຊີ Dropbox ທີ່ໃຊ້ຮ່ວມກັນບັນຊີດຽວ ເຊິ່ງຜູ້ດູແລ DocSpace ຈັດການໃນການຕັ້ງຄ່າປລັກອິນ.",
  "connect.intro": "ເພື່ອສົ່ງໄຟລ໌, ປລັກອິນຕ້ອງການສິດຂຽນໃສ່ Dropbox ຂອງທ່ານ.",
  "connect.privacy":
    "ການເຊື່ອມຕໍ່ Dropbox ຂອງທ່ານຖືກເກັບໄວ້ໃນບຣາວເຊີນີ້ ສຳລັບບັນຊີ DocSpace ຂອງທ່ານເທົ່ານັ້ນ; ເຊີບເວີຂອງພອດທັລບໍ່ເຄີຍໄດ້ຮັບມັນ. ປລັກອິນອື່ນທີ່ຕິດຕັ້ງໃນພອດທັລນີ້ເຮັດວຽກຢູ່ໃນໜ້າດຽວກັນ ແລະ ອາດຈະອ່ານມັນໄດ້. ມັນຈະຖືກລຶບອອກເມື່ອທ່ານຕັດການເຊື່ອມຕໍ່, ເມື່ອທ່ານອອກຈາກລະບົບ DocSpace ຢູ່ບ່ອນນີ້ ແລະ ເມື່ອມີຄົນອື່ນເຂົ້າສູ່ລະບົບພອດທັລໃນບຣາວເຊີນີ້.",
  "connect.step1": "1. ເປີດ Dropbox ໃນແຖບໃໝ່, ເຂົ້າສູ່ລະບົບ ແລະ ອະນຸຍາດການເຂົ້າເຖິງ.",
  "connect.openDropbox": "ເປີດ Dropbox",
  "connect.popupBlocked": "ບຣາວເຊີໄດ້ບລັອກແຖບໃໝ່. ກະລຸນາສຳເນົາທີ່ຢູ່ນີ້ໄປໃສ່ແຖບໃໝ່ດ້ວຍຕົນເອງ:",
  "connect.step2": "2. ຈາກນັ້ນ Dropbox ຈະສະແດງລະຫັດ. ສຳເນົາມັນ ແລະ ວາງໃສ່ບ່ອນນີ້:",
  "connect.codePlaceholder": "ລະຫັດຈາກ Dropbox",
  "connect.sessionOnly": "ບໍ່ຕ້ອງຮັກສາການເຊື່ອມຕໍ່ໄວ້ໃນຄອມພິວເຕີນີ້ (ສະເພາະແຖບນີ້, ຈົນກວ່າຈະປິດແຖບ)",
  "connect.connect": "ເຊື່ອມຕໍ່",
  "connect.connectedAs": "ເຊື່ອມຕໍ່ເປັນ {name} ({email})",
  "connect.connectedAsName": "ເຊື່ອມຕໍ່ເປັນ {name}",
  "connect.accountUnknown": "ບັນຊີ Dropbox",
  "connect.disconnect": "ຕັດການເຊື່ອມຕໍ່",
  "connect.sendNow": "ສົ່ງດຽວນີ້",
  "connect.codeMissing": "ວາງລະຫັດທີ່ Dropbox ສະແດງ, ແລ້ວເລືອກ “ເຊື່ອມຕໍ່”.",
  "connect.codeRejected":
    "Dropbox ບໍ່ຮັບລະຫັດນີ້. ລະຫັດໃຊ້ໄດ້ຄັ້ງດຽວ ແລະ ພຽງສອງສາມນາທີ: ເລືອກ “ເປີດ Dropbox” ອີກຄັ້ງ ແລະ ວາງລະຫັດໃໝ່.",
  "connect.appKeyMissing": "ກະລຸນາໃສ່ກະແຈແອັບ Dropbox ກ່ອນ.",
  "connect.storageDenied":
    "ບຣາວເຊີນີ້ບໍ່ອະນຸຍາດໃຫ້ປລັກອິນເກັບການເຊື່ອມຕໍ່ຂອງທ່ານ (ຂໍ້ມູນເວັບໄຊຖືກບລັອກ). ອະນຸຍາດຂໍ້ມູນເວັບໄຊສຳລັບພອດທັລ ແລ້ວເຊື່ອມຕໍ່ອີກຄັ້ງ.",

  "settings.app.title": "ແອັບ Dropbox",
  "settings.app.howto1":
    "1. ໃນ Dropbox App Console (https://www.dropbox.com/developers/apps) ສ້າງແອັບທີ່ມີ Scoped access. ເລືອກ App folder (ແນະນຳ: ປລັກອິນເຫັນແຕ່ໂຟນເດີຂອງມັນເອງ) ຫຼື Full Dropbox.",
  "settings.app.howto2":
    "2. ໃນແຖບ Permissions ໝາຍ files.content.write ແລະ account_info.read, ພ້ອມ sharing.write ແລະ sharing.read ສຳລັບລິ້ງແບ່ງປັນ, ແລ້ວຢືນຢັນ.",
  "settings.app.howto3": "3. ສຳເນົາ App key ຈາກແຖບ Settings ໃສ່ຊ່ອງລຸ່ມນີ້. ບໍ່ຈຳເປັນຕ້ອງໃຊ້ລະຫັດລັບຂອງແອັບ.",
  "settings.appKey.label": "ກະແຈແອັບ Dropbox",
  "settings.appKey.placeholder": "ເຊັ່ນ a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters": 'ກະແຈແອັບ Dropbox ມີແຕ່ຕົວອັກສອນ, ຕົວເລກ, "-" ແລະ "_". ກະລຸນາລຶບ {characters}.',
  "settings.appKey.tooLong": "ກະແຈແອັບ Dropbox ມີສູງສຸດ {max} ຕົວອັກສອນ. ກະລຸນາສຳເນົາໃໝ່ຈາກ App Console.",
  "settings.appKey.checkedLater":
    'Dropbox ກວດກະແຈເມື່ອມີຄົນເຊື່ອມຕໍ່ຄັ້ງທຳອິດ: ຖ້າກະແຈຜິດ, Dropbox ຈະສະແດງໜ້າ "Invalid client_id".',
  "settings.access.label": "ປະເພດການເຂົ້າເຖິງຂອງແອັບ (ເລືອກຕອນສ້າງ)",
  "settings.access.appFolder": 'ໂຟນເດີແອັບ: ໄຟລ໌ໄປທີ່ "Apps", ໃນໂຟນເດີຂອງແອັບ',
  "settings.access.full": "Dropbox ທັງໝົດ",
  "settings.mode.label": "Dropbox ຂອງໃຜຮັບໄຟລ໌",
  "settings.mode.personal": "ຜູ້ໃຊ້ແຕ່ລະຄົນເຊື່ອມຕໍ່ Dropbox ຂອງຕົນເອງ (ແນະນຳ)",
  "settings.mode.shared": "ບັນຊີ Dropbox ໃຊ້ຮ່ວມກັນບັນຊີດຽວສຳລັບທັງພອດທັລ",
  "settings.mode.personalHint":
    "ຜູ້ໃຊ້ແຕ່ລະຄົນຈະຖືກຂໍໃຫ້ເຊື່ອມຕໍ່ໃນເທື່ອທຳອິດທີ່ສົ່ງ. ການເຊື່ອມຕໍ່ຖືກເກັບໄວ້ໃນບຣາວເຊີຂອງຜູ້ໃຊ້ຄົນນັ້ນ, ບໍ່ແມ່ນຢູ່ເຊີບເວີຂອງພອດທັລ, ແລະ ຈະຖືກລຶບອອກເມື່ອເຂົາຕັດການເຊື່ອມຕໍ່ ຫຼື ອອກຈາກລະບົບ ຫຼື ມີຜູ້ໃຊ້ອື່ນເຂົ້າສູ່ລະບົບໃນບຣາວເຊີນັ້ນ; ປລັກອິນອື່ນທີ່ຕິດຕັ້ງໃນພອດທັລນີ້ເຮັດວຽກຢູ່ໃນໜ້າດຽວກັນ ແລະ ອາດຈະອ່ານມັນໄດ້.",
  "settings.mode.sharedWarning":
    "ລະວັງ: DocSpace ສົ່ງການຕັ້ງຄ່າປລັກອິນໄປຫາບຣາວເຊີຂອງສະມາຊິກພອດທັລທຸກຄົນ, ດັ່ງນັ້ນສະມາຊິກທຸກຄົນສາມາດອ່ານໂທເຄັນຂອງບັນຊີທີ່ໃຊ້ຮ່ວມກັນໄດ້. ໃຊ້ແອັບ Dropbox ແບບ App folder ເພື່ອໃຫ້ໂທເຄັນເຂົ້າເຖິງແຕ່ໂຟນເດີນັ້ນ.",
  "settings.connect.saveHint": "ເລືອກ “ບັນທຶກ” ເພື່ອເກັບການເຊື່ອມຕໍ່ນີ້.",
  "settings.connect.notRevoked":
    "ການເຊື່ອມຕໍ່ທີ່ໃຊ້ຮ່ວມກັນຖືກລຶບອອກຈາກບ່ອນນີ້ແລ້ວ, ແຕ່ບໍ່ສາມາດຕິດຕໍ່ Dropbox ເພື່ອຖອນມັນໄດ້, ດັ່ງນັ້ນໂທເຄັນຂອງມັນຍັງໃຊ້ໄດ້ສຳລັບທຸກຄົນທີ່ໄດ້ອ່ານມັນຈາກການຕັ້ງຄ່ານີ້. ເພື່ອຖອນມັນ, ເຂົ້າສູ່ລະບົບບັນຊີ Dropbox ນັ້ນ, ເປີດ ການຕັ້ງຄ່າ › ແອັບທີ່ເຊື່ອມຕໍ່ (https://www.dropbox.com/account/connected_apps) ແລ້ວລຶບແອັບນີ້ອອກ.",
  "settings.token.label": "ຫຼື ວາງໂທເຄັນການເຂົ້າເຖິງ",
  "settings.token.placeholder": "ໂທເຄັນການເຂົ້າເຖິງ Dropbox",
  "settings.token.warning":
    "ໂທເຄັນການເຂົ້າເຖິງ Dropbox ແບບອາຍຸສັ້ນໝົດອາຍຸຫຼັງ 4 ຊົ່ວໂມງ; ການສົ່ງຈະຢຸດເຮັດວຽກຈົນກວ່າທ່ານຈະວາງໂທເຄັນໃໝ່. ໃຊ້ “ເຊື່ອມຕໍ່” ຂ້າງເທິງສຳລັບການເຊື່ອມຕໍ່ທີ່ຄົງຢູ່.",
  "settings.token.invalid": "ໂທເຄັນການເຂົ້າເຖິງມີຕົວອັກສອນທີ່ໂທເຄັນ Dropbox ບໍ່ເຄີຍມີ. ກະລຸນາສຳເນົາອີກຄັ້ງ.",
  "settings.folder.label": "ໂຟນເດີປາຍທາງໃນ Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "ວ່າງໝາຍເຖິງລະດັບເທິງສຸດ (ໂຟນເດີຂອງແອັບເອງສຳລັບແອັບ App folder).",
  "settings.folder.noLeadingSlash": "ໂຟນເດີຕ້ອງເລີ່ມດ້ວຍ “/”, ເຊັ່ນ /DocSpace.",
  "settings.folder.emptyComponent": "ໂຟນເດີຕ້ອງບໍ່ມີ “//”.",
  "settings.folder.componentTooLong": "ຊື່ໂຟນເດີແຕ່ລະອັນມີໄດ້ສູງສຸດ 255 ຕົວອັກສອນ.",
  "settings.folder.trailingSpaceOrDot": "ຊື່ໂຟນເດີຕ້ອງບໍ່ລົງທ້າຍດ້ວຍຍະຫວ່າງ ຫຼື ຈຸດ.",
  "settings.folder.unsafeCharacter": 'ຊື່ໂຟນເດີຕ້ອງບໍ່ມີ < > : " | ? * \\ ຫຼື ຕົວອັກສອນຄວບຄຸມ.',
  "settings.folder.disallowedName": "Dropbox ບໍ່ຮັບຊື່ໂຟນເດີນີ້ (ເຊັ່ນ desktop.ini ຫຼື ຊື່ທີ່ເລີ່ມດ້ວຍ ~$).",
  "settings.folder.invalid": "ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ. ໂຟນເດີປາຍທາງ: {reason}",
  "settings.folder.savedAs": "ຈະບັນທຶກເປັນ {folder}",
  "settings.budget.left": "ເຫຼືອສຳລັບການຕັ້ງຄ່ານີ້: {left}/{limit} ຕົວອັກສອນ.",
  "settings.budget.over":
    "ຍາວເກີນໄປ: ຕ້ອງການ {length} ຕົວອັກສອນ ແຕ່ DocSpace ເກັບໄດ້ສູງສຸດ {limit}. ກະລຸນາຫຍໍ້ໂຟນເດີປາຍທາງລົງ {excess, plural, other {# ຕົວອັກສອນ}}.",
  "settings.budget.overToken":
    "ຍາວເກີນໄປ: ດ້ວຍໂທເຄັນການເຂົ້າເຖິງນີ້ຕ້ອງການ {length} ຕົວອັກສອນ ແຕ່ DocSpace ເກັບໄດ້ສູງສຸດ {limit}. ໃຊ້ “ເຊື່ອມຕໍ່” ແທນການວາງໂທເຄັນ ຫຼື ຫຍໍ້ໂຟນເດີປາຍທາງລົງ {excess, plural, other {# ຕົວອັກສອນ}}.",
  "settings.saveBlocked": "ບັນທຶກບໍ່ໄດ້ຈົນກວ່າຈະແກ້ບັນຫາທີ່ໝາຍໄວ້ຂ້າງເທິງ.",
  "settings.notSaved": "ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ: {reason}",
  "settings.changedElsewhere":
    "ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ: ການຕັ້ງຄ່າຖືກປ່ຽນໃນໜ້າຕ່າງ ຫຼື ແຖບອື່ນ ຫຼັງຈາກເປີດແຜງນີ້. ປິດການຕັ້ງຄ່າ ແລ້ວເປີດໃໝ່ເພື່ອເບິ່ງຄ່າປັດຈຸບັນ.",
  "settings.conflict.label": "ເມື່ອມີໄຟລ໌ຊື່ດຽວກັນຢູ່ແລ້ວ",
  "settings.conflict.keepBoth": "ເກັບທັງສອງ (ໄຟລ໌ໃໝ່ໄດ້ຮັບຕົວເລກ)",
  "settings.conflict.overwrite": "ແທນທີ່ໄຟລ໌ທີ່ມີຢູ່",
  "settings.shareLink.label": "ສ້າງລິ້ງແບ່ງປັນສຳລັບໄຟລ໌ທີ່ສົ່ງ",
  "settings.audience.label": "ໃຜສາມາດສົ່ງໄປ Dropbox",
  "settings.audience.everyone": "ທຸກຄົນທີ່ສາມາດດາວໂຫຼດລາຍການໄດ້",
  "settings.audience.admins": "ເຈົ້າຂອງ ແລະ ຜູ້ດູແລ DocSpace ເທົ່ານັ້ນ",
  "settings.audience.hint": "ສິ່ງນີ້ເຊື່ອງລາຍການເມນູຈາກຜູ້ໃຊ້ອື່ນ; ມັນບໍ່ໄດ້ເຊື່ອງການຕັ້ງຄ່າເຫຼົ່ານີ້.",
  "settings.save": "ບັນທຶກ",
  "settings.saved": "ບັນທຶກການຕັ້ງຄ່າ “ສົ່ງໄປ Dropbox” ແລ້ວ.",
  "settings.saved.noAppKey": "ບັນທຶກການຕັ້ງຄ່າແລ້ວ. “ສົ່ງໄປ Dropbox” ຈະຖືກເຊື່ອງໄວ້ຈົນກວ່າຈະໃສ່ກະແຈແອັບ Dropbox.",
  "settings.saved.sharedNotConnected":
    "ບັນທຶກການຕັ້ງຄ່າແລ້ວ. “ສົ່ງໄປ Dropbox” ຈະຖືກເຊື່ອງໄວ້ຈົນກວ່າບັນຊີ Dropbox ທີ່ໃຊ້ຮ່ວມກັນຈະຖືກເຊື່ອມຕໍ່.",
  "settings.saved.accessToken":
    "ບັນທຶກການຕັ້ງຄ່າພ້ອມໂທເຄັນການເຂົ້າເຖິງທີ່ວາງແລ້ວ. ຖ້າມັນເປັນແບບອາຍຸສັ້ນ, ການສົ່ງຈະຢຸດເຮັດວຽກຫຼັງ 4 ຊົ່ວໂມງ.",
  "settings.tooLong":
    "ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ: ຕ້ອງການ {length} ຕົວອັກສອນ ແຕ່ DocSpace ເກັບໄດ້ສູງສຸດ {limit}. ກະລຸນາຫຍໍ້ໂຟນເດີປາຍທາງລົງ {excess, plural, other {# ຕົວອັກສອນ}}.",
  "settings.tooLong.token":
    "ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ: ດ້ວຍໂທເຄັນການເຂົ້າເຖິງນີ້ຕ້ອງການ {length} ຕົວອັກສອນ ແຕ່ DocSpace ເກັບໄດ້ສູງສຸດ {limit}. ໃຊ້ “ເຊື່ອມຕໍ່” ແທນການວາງໂທເຄັນ ຫຼື ຫຍໍ້ໂຟນເດີປາຍທາງລົງ {excess, plural, other {# ຕົວອັກສອນ}}.",

  "error.notConnected": "ເຊື່ອມຕໍ່ບັນຊີ Dropbox ຂອງທ່ານເພື່ອສົ່ງໄຟລ໌.",
  "error.notConnected.shared": "ບັນຊີ Dropbox ທີ່ໃຊ້ຮ່ວມກັນຍັງບໍ່ໄດ້ເຊື່ອມຕໍ່. ຂໍໃຫ້ຜູ້ດູແລ DocSpace ເຊື່ອມຕໍ່ມັນໃນການຕັ້ງຄ່າປລັກອິນ.",
  "error.dropboxAuth": "Dropbox ບໍ່ຮັບການເຊື່ອມຕໍ່ຂອງທ່ານອີກແລ້ວ (ຖືກຖອນ ຫຼື ໝົດອາຍຸ). ເຊື່ອມຕໍ່ Dropbox ອີກຄັ້ງ.",
  "error.dropboxAuth.shared":
    "Dropbox ບໍ່ຮັບການເຊື່ອມຕໍ່ທີ່ໃຊ້ຮ່ວມກັນອີກແລ້ວ (ຖືກຖອນ ຫຼື ໝົດອາຍຸ). ຂໍໃຫ້ຜູ້ດູແລ DocSpace ເຊື່ອມຕໍ່ມັນຄືນໃນການຕັ້ງຄ່າປລັກອິນ.",
  "error.dropboxAuth.reconnected":
    'ການສົ່ງໄດ້ຢຸດລົງ: Dropbox ບໍ່ຮັບການເຊື່ອມຕໍ່ທີ່ໃຊ້ເມື່ອເລີ່ມສົ່ງອີກແລ້ວ (ຖືກຖອນ ຫຼື ໝົດອາຍຸ). ຫຼັງຈາກນັ້ນທ່ານໄດ້ເຊື່ອມຕໍ່ Dropbox ຄືນແລ້ວ, ສະນັ້ນໃຫ້ເລືອກ "ສົ່ງໄປ Dropbox" ໃນລາຍການນັ້ນອີກຄັ້ງ.',
  "error.dropboxPermission":
    "ແອັບ Dropbox ຂາດສິດທີ່ຕ້ອງການ (ເຊັ່ນ files.content.write ຫຼື sharing.write). ຂໍໃຫ້ຜູ້ດູແລເປີດໃຊ້ມັນໃນ Dropbox App Console, ແລ້ວເຊື່ອມຕໍ່ອີກຄັ້ງ.",
  "error.insufficientSpace": "Dropbox ຂອງທ່ານເຕັມແລ້ວ. ເພີ່ມພື້ນທີ່ວ່າງ ຫຼື ອັບເກຣດແພັກເກດ, ແລ້ວລອງອີກຄັ້ງ.",
  "error.tooLarge": "ໄຟລ໌ໃຫຍ່ກວ່າທີ່ Dropbox ຮັບໄດ້ສຳລັບໄຟລ໌ດຽວ.",
  "error.invalidPath": "Dropbox ບໍ່ຮັບເສັ້ນທາງປາຍທາງ. ຂໍໃຫ້ຜູ້ດູແລກວດສອບໂຟນເດີປາຍທາງໃນການຕັ້ງຄ່າປລັກອິນ.",
  "error.conflict": "ມີບາງຢ່າງໃນ Dropbox ຂວາງຢູ່ (ເຊັ່ນໂຟນເດີທີ່ມີຊື່ຄືກັບໄຟລ໌) ແລະ ບໍ່ສາມາດແທນທີ່ໄດ້. ປ່ຽນຊື່ ຫຼື ຍ້າຍມັນ, ແລ້ວລອງອີກຄັ້ງ.",
  "error.notFound": "ລາຍການນີ້ບໍ່ມີຢູ່ໃນ DocSpace ອີກແລ້ວ. ໂຫຼດໜ້າຄືນ ແລະ ລອງອີກຄັ້ງ.",
  "error.noDownloadPermission": "ທ່ານບໍ່ມີສິດດາວໂຫຼດລາຍການນີ້ໃນ DocSpace, ຈຶ່ງບໍ່ສາມາດສົ່ງໄດ້. ຂໍສິດດາວໂຫຼດຈາກຜູ້ດູແລຫ້ອງ.",
  "error.docspaceSignedOut": "ເຊດຊັນ DocSpace ຂອງທ່ານໝົດອາຍຸແລ້ວ. ເຂົ້າສູ່ລະບົບອີກຄັ້ງ, ແລ້ວລອງໃໝ່.",
  "error.rateLimited": "ມີຄຳຮ້ອງຂໍຫຼາຍເກີນໄປໃນຕອນນີ້. ລໍຖ້າໜຶ່ງນາທີ, ແລ້ວລອງອີກຄັ້ງ.",
  "error.network": "ການເຊື່ອມຕໍ່ລົ້ມເຫຼວ. ກວດສອບເຄືອຂ່າຍ, ໂຫຼດໜ້າຄືນ (ປລັກອິນທີ່ຫາກໍ່ຕິດຕັ້ງ ຫຼື ເປີດໃຊ້ຈະເຮັດວຽກຫຼັງໂຫຼດຄືນ) ແລະ ລອງອີກຄັ້ງ.",
  "error.server": "DocSpace ຫຼື Dropbox ກຳລັງມີບັນຫາໃນຕອນນີ້. ລອງໃໝ່ພາຍຫຼັງ.",
  "error.incompleteDownload": "ການດາວໂຫຼດຈາກ DocSpace ຢຸດກ່ອນກຳນົດ, ຈຶ່ງບໍ່ມີຫຍັງຖືກບັນທຶກ. ລອງອີກຄັ້ງ.",
  "error.incompleteListing":
    "ລາຍການຂອງໂຟນເດີນີ້ໃນ DocSpace ປ່ຽນແປງຕະຫຼອດໃນຂະນະທີ່ອ່ານ, ຈຶ່ງອາດມີບາງໄຟລ໌ທີ່ບໍ່ໄດ້ສົ່ງ. ສົ່ງໂຟນເດີອີກຄັ້ງ.",
  "error.integrity": "ສຳເນົາໃນ Dropbox ບໍ່ກົງກັບຕົ້ນສະບັບ, ຈຶ່ງບໍ່ໄດ້ເກັບໄວ້. ລອງອີກຄັ້ງ.",
  "error.cancelled": "ຍົກເລີກການສົ່ງແລ້ວ. ບໍ່ມີໄຟລ໌ທີ່ບໍ່ຄົບຖືກບັນທຶກ.",
  "error.unknown":
    "“ສົ່ງໄປ Dropbox” ລົ້ມເຫຼວດ້ວຍເຫດຜົນທີ່ບໍ່ຄາດຄິດ. ລາຍລະອຽດຢູ່ໃນຄອນໂຊລຂອງບຣາວເຊີ (F12); ລອງອີກຄັ້ງ ແລະ ລາຍງານຖ້າຍັງເກີດຂຶ້ນ.",
  "error.notConfigured": "“ສົ່ງໄປ Dropbox” ຍັງບໍ່ໄດ້ຕັ້ງຄ່າ. ຂໍໃຫ້ຜູ້ດູແລ DocSpace ຕັ້ງຄ່າປລັກອິນໃຫ້ສຳເລັດ.",
  "error.notAllowed": "ໃນພອດທັລນີ້ ມີແຕ່ຜູ້ດູແລ DocSpace ທີ່ສາມາດສົ່ງໄປ Dropbox ໄດ້.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "ປິດ",
} as const satisfies Record<MessageKey, string>;
