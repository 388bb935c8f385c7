import type { MessageKey } from "./en";

export const az = {
  "menu.send": "Dropbox-a göndər",
  "menu.account": "Dropbox bağlantısı",
  "send.background":
    "Dropbox-a göndərilir. Gedişatı və ya, bitdikdən sonra, nəticəni görmək üçün eyni element üçün yenidən «Dropbox-a göndər» seçin.",

  "send.nothingSelected": "Göndərmək üçün heç nə seçilməyib.",
  "send.otherTab":
    "Bu element artıq bu brauzerin başqa vərəqindən və ya pəncərəsindən Dropbox-a göndərilir. Gedişatı görmək üçün orada element üçün «Dropbox-a göndər» seçin. Həmin vərəq indicə bağlanıbsa, bir neçə saniyədən sonra yenidən cəhd edin.",

  "resume.question": "Bu elementin əvvəlki göndərilməsi bitmədən dayandı.",

  "resume.resume": "Davam et — {totalBytes} həcmindən {bytes} artıq Dropbox-dadır",

  "resume.startAgain": "Yenidən başla",

  "progress.preparing": "Dropbox-a göndərmə hələ hazırlanır: qovluğun məzmunu oxunur…",
  "progress.running":
    "Dropbox-a göndərmə davam edir: {totalFiles, plural, one {# fayldan} other {# fayldan}} {files}, {totalBytes} həcmdən {bytes}.",
  "progress.title": "Dropbox-a göndərilir",
  "progress.explain": "İş bitəndə hər şeyin hara getdiyini görəcəksiniz.",
  "progress.refresh": "Yenilə",
  "progress.cancel": "Göndərməni ləğv et",
  "progress.cancelling":
    "Ləğv edilir. Artıq göndərilmiş fayllar Dropbox-da qalır; yarımçıq heç nə saxlanmır.",
  "progress.operation": "Dropbox-a göndərilir: {name}",
  "progress.operationMany": "Dropbox-a göndərilir: seçilmiş elementlər ({count})",

  "result.fileSent": "Dropbox-a göndərildi: {path}",
  "result.fileFailed": "“{name}” göndərilmədi. {reason}",
  "result.empty": "Göndəriləcək heç nə yoxdur: seçimdə fayl yoxdur. {path} dəyişdirilmədi.",
  "result.summaryToast":
    "Dropbox-a göndərmə başa çatdı: {total, plural, one {# fayldan} other {# fayldan}} {sent} göndərildi.",
  "result.title": "Dropbox-a göndərildi",
  "result.where.appFolder": "Dropbox-da bu tətbiqin qovluğunda {path} («Apps» altında)",
  "result.where.appFolderRoot": "Dropbox-da bu tətbiqin qovluğu («Apps» altında)",
  "result.where.root": "Dropbox-un ən yuxarı səviyyəsi",
  "result.account": "Dropbox hesabı: {name}",
  "result.fileRenamedWhy": "Dropbox-a {path} kimi göndərildi, «{name}» adından dəyişdirildi: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox adlarda «/», «\\» və bəzi idarəetmə simvollarını qəbul etmir",
  "rename.controlCharacter": "adın oxunuşunu dəyişən görünməz simvollar əvəz edildi",
  "rename.invalidText": "adda zədələnmiş mətn var idi (yanlış simvol)",
  "rename.surroundingSpace": "Dropbox adın əvvəlində və ya sonunda boşluq saxlamır",
  "rename.relativeName": "ad boş idi və ya yalnız nöqtələrdən ibarət idi",
  "rename.notSynced": "Dropbox desktop.ini və ya ~$ kilid faylları kimi adları sinxronlaşdırmır",
  "rename.tooLong": "Dropbox addə ən çox 255 simvola icazə verir",
  "rename.nameClash":
    "bu göndərişdəki başqa elementin eyni adı var (Dropbox böyük və kiçik hərfləri fərqləndirmir)",
  "rename.keptBoth": "bu adda fayl artıq var idi, ona görə Dropbox bunu nömrələdi",
  "mixed.title": "Bəzi elementləri göndərmək mümkün deyil",
  "mixed.intro": "Seçilmiş bu elementləri endirməyə icazəniz yoxdur, ona görə onlar buraxılır:",
  "mixed.send": "Qalanlarını göndər ({count})",
  "result.titleWithProblems": "Dropbox-a göndərildi, problemlərlə",
  "result.counts": "{total, plural, one {# fayldan} other {# fayldan}} {sent} {path} ünvanına göndərildi.",
  "result.failedHeading": "{count, plural, one {# fayl göndərilmədi:} other {# fayl göndərilmədi:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# faylın adı Dropbox üçün dəyişdirildi:} other {# faylın adı Dropbox üçün dəyişdirildi:}}",
  "result.andMore": "…və daha {count}.",
  "result.item": "Element {id}",
  "result.linkTitle": "Paylaşım linki",
  "result.linkIntro": "Bu linkə sahib olan hər kəs faylı Dropbox-da görə bilər. Onu sahədən kopyalayın:",
  "result.linkLabel": "Paylaşım linki",
  "result.linkCopied": "Paylaşım linki mübadilə buferinə kopyalandı.",

  "connect.title": "Dropbox-u qoşun",
  "account.title": "Dropbox bağlantısı",
  "account.sharedMode":
    "Bu portal faylları DocSpace adminlərinin plagin ayarlarında idarə etdiyi bir ümumi Dropbox hesabına göndərir.",
  "connect.intro": "Fayl göndərmək üçün plaginə Dropbox-unuza yazmaq icazəsi lazımdır.",
  "connect.privacy":
    "Dropbox bağlantınız bu brauzerdə, yalnız DocSpace hesabınız üçün saxlanılır; portalın serveri onu heç vaxt almır. Bu portalda quraşdırılmış digər plaginlər eyni səhifədə işləyir və onu oxuya bilər. Bağlantını kəsdiyinizdə, burada DocSpace-dən çıxdığınızda və bu brauzerdə portala başqa biri daxil olduqda o silinir.",
  "connect.step1": "1. Dropbox-u yeni tabda açın, daxil olun və girişə icazə verin.",
  "connect.openDropbox": "Dropbox-u aç",
  "connect.popupBlocked": "Brauzer yeni tabı blokladı. Bu ünvanı özünüz yeni taba kopyalayın:",
  "connect.step2": "2. Dropbox sonra kod göstərəcək. Onu kopyalayın və bura yapışdırın:",
  "connect.codePlaceholder": "Dropbox-dan kod",
  "connect.sessionOnly": "Bu kompüterdə qoşulu qalmamaq (yalnız bu tab, o bağlanana qədər)",
  "connect.connect": "Qoş",
  "connect.connectedAs": "{name} ({email}) kimi qoşulub",
  "connect.connectedAsName": "{name} kimi qoşulub",
  "connect.accountUnknown": "Dropbox hesabı",
  "connect.disconnect": "Ayır",
  "connect.sendNow": "İndi göndər",
  "connect.codeMissing": "Dropbox-un göstərdiyi kodu yapışdırın, sonra “Qoş” seçin.",
  "connect.codeRejected":
    "Dropbox bu kodu qəbul etmədi. Kod yalnız bir dəfə və cəmi bir neçə dəqiqə işləyir: yenidən “Dropbox-u aç” seçin və yeni kodu yapışdırın.",
  "connect.appKeyMissing": "Əvvəlcə Dropbox tətbiq açarını daxil edin.",
  "connect.storageDenied":
    "Bu brauzer plaginə bağlantınızı saxlamağa icazə vermir (sayt məlumatları bloklanıb). Portal üçün sayt məlumatlarına icazə verin və yenidən qoşulun.",

  "settings.app.title": "Dropbox tətbiqi",
  "settings.app.howto1":
    "1. Dropbox App Console-da (https://www.dropbox.com/developers/apps) Scoped access ilə tətbiq yaradın. App folder (tövsiyə olunur: plagin yalnız öz qovluğunu görür) və ya Full Dropbox seçin.",
  "settings.app.howto2":
    "2. Permissions tabında files.content.write və account_info.read, paylaşım linkləri üçün isə sharing.write və sharing.read qeyd edin və təsdiqləyin.",
  "settings.app.howto3":
    "3. Settings tabından App key-i aşağıdakı sahəyə kopyalayın. Tətbiq sirri heç vaxt lazım deyil.",
  "settings.appKey.label": "Dropbox tətbiq açarı",
  "settings.appKey.placeholder": "məs. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox tətbiq açarında yalnız hərflər, rəqəmlər, «-» və «_» olur. Bunları silin: {characters}.",
  "settings.appKey.tooLong":
    "Dropbox tətbiq açarı ən çox {max} simvoldur. Onu App Console-dan yenidən kopyalayın.",
  "settings.appKey.checkedLater":
    "Dropbox açarı kimsə ilk dəfə qoşulanda yoxlayır: səhv açarda Dropbox «Invalid client_id» səhifəsini göstərir.",
  "settings.access.label": "Tətbiqin giriş növü (yaradılanda seçilib)",
  "settings.access.appFolder": "Tətbiq qovluğu: fayllar «Apps» altında tətbiqin qovluğuna gedir",
  "settings.access.full": "Bütün Dropbox",
  "settings.mode.label": "Faylları kimin Dropbox-u qəbul edir",
  "settings.mode.personal": "Hər istifadəçi öz Dropbox-unu qoşur (tövsiyə olunur)",
  "settings.mode.shared": "Bütün portal üçün bir ümumi Dropbox hesabı",
  "settings.mode.personalHint":
    "Hər istifadəçidən ilk göndərmədə qoşulması istənilir. Bağlantı portalın serverində deyil, həmin istifadəçinin brauzerində saxlanılır və istifadəçi bağlantını kəsdikdə, çıxış etdikdə və ya həmin brauzerdə başqa istifadəçi daxil olduqda silinir; bu portalda quraşdırılmış digər plaginlər eyni səhifədə işləyir və onu oxuya bilər.",
  "settings.mode.sharedWarning":
    "Diqqət: DocSpace plagin ayarlarını hər portal üzvünün brauzerinə göndərir, ona görə hər üzv ümumi hesabın tokenini oxuya bilər. Tokenin yalnız həmin qovluğa çatması üçün App folder tipli Dropbox tətbiqindən istifadə edin.",
  "settings.connect.saveHint": "Bu bağlantını saxlamaq üçün “Yadda saxla” seçin.",
  "settings.connect.notRevoked":
    "Ümumi bağlantı burada silindi, lakin onu ləğv etmək üçün Dropbox-a qoşulmaq mümkün olmadı, ona görə onun tokeni bu ayarlardan oxuyan hər kəs üçün hələ də işləyir. Ləğv etmək üçün həmin Dropbox hesabına daxil olun, Ayarlar › Qoşulmuş tətbiqlər (https://www.dropbox.com/account/connected_apps) bölməsini açın və bu tətbiqi silin.",
  "settings.token.label": "Və ya giriş tokenini yapışdırın",
  "settings.token.placeholder": "Dropbox giriş tokeni",
  "settings.token.warning":
    "Qısamüddətli Dropbox giriş tokenlərinin müddəti 4 saatdan sonra bitir; yeni token yapışdırana qədər göndərmə işləmir. Davamlı bağlantı üçün yuxarıda “Qoş” istifadə edin.",
  "settings.token.invalid":
    "Giriş tokenində Dropbox tokenlərində heç vaxt olmayan simvollar var. Onu yenidən kopyalayın.",
  "settings.folder.label": "Dropbox-da təyinat qovluğu",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Boş olması ən üst səviyyə deməkdir (App folder tətbiqləri üçün tətbiqin öz qovluğu).",
  "settings.folder.noLeadingSlash": "Qovluq “/” ilə başlamalıdır, məsələn /DocSpace.",
  "settings.folder.emptyComponent": "Qovluqda “//” olmamalıdır.",
  "settings.folder.componentTooLong": "Hər qovluq adı ən çox 255 simvol ola bilər.",
  "settings.folder.trailingSpaceOrDot": "Qovluq adları boşluq və ya nöqtə ilə bitməməlidir.",
  "settings.folder.unsafeCharacter":
    'Qovluq adlarında < > : " | ? * \\ və ya idarəetmə simvolları olmamalıdır.',
  "settings.folder.disallowedName":
    "Dropbox bu qovluq adını qəbul etmir (məsələn desktop.ini və ya ~$ ilə başlayan adlar).",
  "settings.folder.invalid": "Ayarlar saxlanmadı. Təyinat qovluğu: {reason}",
  "settings.folder.savedAs": "{folder} kimi saxlanılacaq",
  "settings.budget.left": "Bu ayarlar üçün qalıb: {left}/{limit} simvol.",
  "settings.budget.over":
    "Çox uzundur: onlara {length} simvol lazımdır, DocSpace isə ən çox {limit} saxlayır. Təyinat qovluğunu {excess} simvol qısaldın.",
  "settings.budget.overToken":
    "Çox uzundur: bu giriş tokeni ilə onlara {length} simvol lazımdır, DocSpace isə ən çox {limit} saxlayır. Token yapışdırmaq əvəzinə “Qoş” istifadə edin və ya təyinat qovluğunu {excess} simvol qısaldın.",
  "settings.saveBlocked": "Yuxarıda qeyd olunan problemlər düzələnə qədər saxlamaq olmur.",
  "settings.notSaved": "Ayarlar saxlanmadı: {reason}",
  "settings.changedElsewhere":
    "Ayarlar saxlanmadı: bu panel açılandan sonra onlar başqa pəncərədə və ya tabda dəyişdirilib. Cari dəyərləri görmək üçün ayarları bağlayıb yenidən açın.",
  "settings.conflict.label": "Eyni adlı fayl artıq orada olduqda",
  "settings.conflict.keepBoth": "Hər ikisini saxla (yeni fayl nömrə alır)",
  "settings.conflict.overwrite": "Mövcud faylı əvəz et",
  "settings.shareLink.label": "Göndərilən fayllar üçün paylaşım linki yarat",
  "settings.audience.label": "Dropbox-a kim göndərə bilər",
  "settings.audience.everyone": "Elementi yükləyə bilən hər kəs",
  "settings.audience.admins": "Yalnız DocSpace sahibi və adminləri",
  "settings.audience.hint": "Bu, menyu elementini digər istifadəçilərdən gizlədir; bu ayarları gizlətmir.",
  "settings.save": "Yadda saxla",
  "settings.saved": "“Dropbox-a göndər” ayarları saxlanıldı.",
  "settings.saved.noAppKey":
    "Ayarlar saxlanıldı. Dropbox tətbiq açarı daxil edilənə qədər “Dropbox-a göndər” gizli qalır.",
  "settings.saved.sharedNotConnected":
    "Ayarlar saxlanıldı. Ümumi Dropbox hesabı qoşulana qədər “Dropbox-a göndər” gizli qalır.",
  "settings.saved.accessToken":
    "Ayarlar yapışdırılmış giriş tokeni ilə saxlanıldı. Əgər o qısamüddətlidirsə, göndərmə 4 saatdan sonra işləməyəcək.",
  "settings.tooLong":
    "Ayarlar saxlanmadı: onlara {length} simvol lazımdır, DocSpace isə ən çox {limit} saxlayır. Təyinat qovluğunu {excess} simvol qısaldın.",
  "settings.tooLong.token":
    "Ayarlar saxlanmadı: bu giriş tokeni ilə onlara {length} simvol lazımdır, DocSpace isə ən çox {limit} saxlayır. Token yapışdırmaq əvəzinə “Qoş” istifadə edin və ya təyinat qovluğunu {excess} simvol qısaldın.",

  "error.notConnected": "Fayl göndərmək üçün Dropbox hesabınızı qoşun.",
  "error.notConnected.shared":
    "Ümumi Dropbox hesabı qoşulmayıb. DocSpace adminindən onu plagin ayarlarında qoşmasını xahiş edin.",
  "error.dropboxAuth":
    "Dropbox artıq bağlantınızı qəbul etmir (ləğv edilib və ya müddəti bitib). Dropbox-u yenidən qoşun.",
  "error.dropboxAuth.shared":
    "Dropbox artıq ümumi bağlantını qəbul etmir (ləğv edilib və ya müddəti bitib). DocSpace adminindən onu plagin ayarlarında yenidən qoşmasını xahiş edin.",
  "error.dropboxAuth.reconnected":
    "Göndərmə dayandı: Dropbox artıq onun başladığı bağlantını qəbul etmir (ləğv edilib və ya müddəti bitib). O vaxtdan bəri Dropbox-u yenidən qoşmusunuz, ona görə element üçün yenidən «Dropbox-a göndər» seçin.",
  "error.dropboxPermission":
    "Dropbox tətbiqində lazım olan icazə yoxdur (məsələn files.content.write və ya sharing.write). Admindən onu Dropbox App Console-da aktivləşdirməsini xahiş edin, sonra yenidən qoşulun.",
  "error.insufficientSpace":
    "Dropbox-unuz doludur. Yer boşaldın və ya planınızı yüksəldin, sonra yenidən cəhd edin.",
  "error.tooLarge": "Fayl Dropbox-un bir fayl üçün qəbul etdiyindən böyükdür.",
  "error.invalidPath":
    "Dropbox təyinat yolunu qəbul etmir. Admindən plagin ayarlarında təyinat qovluğunu yoxlamasını xahiş edin.",
  "error.conflict":
    "Dropbox-da nəsə mane olur (məsələn faylın adında qovluq) və onu əvəz etmək olmur. Onun adını dəyişin və ya köçürün, sonra yenidən cəhd edin.",
  "error.notFound": "Element artıq DocSpace-də mövcud deyil. Səhifəni yeniləyin və yenidən cəhd edin.",
  "error.noDownloadPermission":
    "Bu elementi DocSpace-də yükləməyə icazəniz yoxdur, ona görə onu göndərmək olmaz. Otaq adminindən yükləmə hüququ istəyin.",
  "error.docspaceSignedOut":
    "DocSpace sessiyanızın müddəti bitib. Yenidən daxil olun, sonra təkrar cəhd edin.",
  "error.rateLimited": "Hazırda çox sayda sorğu var. Bir dəqiqə gözləyin, sonra yenidən cəhd edin.",
  "error.network":
    "Bağlantı alınmadı. Şəbəkənizi yoxlayın, səhifəni yeniləyin (yeni quraşdırılmış və ya aktivləşdirilmiş plagin yenilənmədən sonra işləyir) və yenidən cəhd edin.",
  "error.server": "DocSpace və ya Dropbox hazırda problem yaşayır. Sonra yenidən cəhd edin.",
  "error.incompleteDownload":
    "DocSpace-dən yükləmə vaxtından əvvəl dayandı, ona görə heç nə saxlanmadı. Yenidən cəhd edin.",
  "error.incompleteListing":
    "Bu qovluğun DocSpace-dəki siyahısı oxunarkən dəyişməyə davam etdi, ona görə bəzi faylları göndərilməmiş ola bilər. Qovluğu yenidən göndərin.",
  "error.integrity": "Dropbox-dakı nüsxə orijinalla uyğun gəlmədi, ona görə saxlanmadı. Yenidən cəhd edin.",
  "error.cancelled": "Göndərmə ləğv edildi. Yarımçıq heç nə saxlanmadı.",
  "error.unknown":
    "“Dropbox-a göndər” gözlənilməz səbəbdən alınmadı. Təfərrüatlar brauzer konsolundadır (F12); yenidən cəhd edin və davam edərsə, bildirin.",
  "error.notConfigured":
    "“Dropbox-a göndər” hələ qurulmayıb. DocSpace adminindən plagin ayarlarını tamamlamasını xahiş edin.",
  "error.notAllowed": "Bu portalda yalnız DocSpace adminləri Dropbox-a göndərə bilər.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Bağla",
} as const satisfies Record<MessageKey, string>;
