import type { MessageKey } from "./en";

export const tr = {
  "menu.send": "Dropbox’a gönder",
  "menu.account": "Dropbox bağlantısı",
  "send.background":
    "Dropbox’a gönderiliyor. İlerlemeyi veya bittiğinde sonucu görmek için aynı öğede yeniden “Dropbox’a gönder” seçeneğini seçin.",

  "send.nothingSelected": "Gönderilecek bir şey seçilmedi.",
  "send.otherTab":
    "Bu öğe, bu tarayıcının başka bir sekmesinden veya penceresinden zaten Dropbox’a gönderiliyor. İlerlemeyi görmek için orada öğede “Dropbox’a gönder” seçeneğini seçin. O sekme az önce kapatıldıysa birkaç saniye sonra yeniden deneyin.",

  "resume.question": "Bu öğenin önceki gönderimi tamamlanmadan durdu.",

  "resume.resume": "Devam et — {totalBytes} verinin {bytes} kadarı zaten Dropbox’ta",

  "resume.startAgain": "Baştan başla",

  "progress.preparing": "Dropbox’a gönderim hâlâ hazırlanıyor: klasörün içeriği okunuyor…",
  "progress.running":
    "Dropbox’a gönderim sürüyor: {totalFiles, plural, one {# dosyadan} other {# dosyadan}} {files}, {totalBytes} içinden {bytes}.",
  "progress.title": "Dropbox’a gönderiliyor",
  "progress.explain": "İş bittiğinde her şeyin nereye gittiğini görürsünüz.",
  "progress.refresh": "Yenile",
  "progress.cancel": "Gönderimi iptal et",
  "progress.cancelling":
    "İptal ediliyor. Gönderilmiş dosyalar Dropbox’ta kalır; yarım hiçbir şey kaydedilmez.",
  "progress.operation": "Dropbox’a gönderiliyor: {name}",
  "progress.operationMany": "Dropbox’a gönderiliyor: seçili öğeler ({count})",

  "result.fileSent": "Dropbox’a gönderildi: {path}",
  "result.fileFailed": "“{name}” gönderilmedi. {reason}",
  "result.empty": "Gönderilecek bir şey yok: seçimde dosya yok. {path} değiştirilmedi.",
  "result.summaryToast":
    "Dropbox’a gönderim tamamlandı: {total, plural, one {# dosyadan} other {# dosyadan}} {sent} tanesi gönderildi.",
  "result.title": "Dropbox’a gönderildi",
  "result.where.appFolder": "Dropbox’ta bu uygulamanın klasöründe {path} (“Apps” altında)",
  "result.where.appFolderRoot": "Dropbox’ta bu uygulamanın klasörü (“Apps” altında)",
  "result.where.root": "Dropbox’ın en üst düzeyi",
  "result.account": "Dropbox hesabı: {name}",
  "result.fileRenamedWhy": "Dropbox’a {path} olarak gönderildi, “{name}” adından değiştirildi: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox adlarda “/”, “\\” ve bazı denetim karakterlerini kabul etmez",
  "rename.controlCharacter": "adın okunuşunu değiştiren görünmez karakterler değiştirildi",
  "rename.invalidText": "ad bozuk metin içeriyordu (geçersiz bir karakter)",
  "rename.surroundingSpace": "Dropbox bir adın başındaki veya sonundaki boşlukları tutmaz",
  "rename.relativeName": "ad boştu ya da yalnızca noktalardan oluşuyordu",
  "rename.notSynced": "Dropbox desktop.ini veya ~$ kilit dosyaları gibi adları eşitlemez",
  "rename.tooLong": "Dropbox bir adda en fazla 255 karaktere izin verir",
  "rename.nameClash": "bu gönderimdeki başka bir öğe aynı ada sahip (Dropbox büyük/küçük harf ayırmaz)",
  "rename.keptBoth": "bu adda bir dosya zaten vardı, bu yüzden Dropbox bunu numaralandırdı",
  "mixed.title": "Bazı öğeler gönderilemiyor",
  "mixed.intro": "Seçilen bu öğeleri indirme izniniz yok, bu yüzden dışarıda bırakıldılar:",
  "mixed.send": "Diğerlerini gönder ({count})",
  "result.titleWithProblems": "Dropbox’a gönderildi, sorunlarla",
  "result.counts":
    "{total, plural, one {# dosyadan} other {# dosyadan}} {sent} tanesi {path} konumuna gönderildi.",
  "result.failedHeading": "{count, plural, one {# dosya gönderilmedi:} other {# dosya gönderilmedi:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# dosya Dropbox için yeniden adlandırıldı:} other {# dosya Dropbox için yeniden adlandırıldı:}}",
  "result.andMore": "…ve {count} tane daha.",
  "result.item": "Öğe {id}",
  "result.linkTitle": "Paylaşım bağlantısı",
  "result.linkIntro": "Bu bağlantıya sahip herkes dosyayı Dropbox’ta görüntüleyebilir. Alandan kopyalayın:",
  "result.linkLabel": "Paylaşım bağlantısı",
  "result.linkCopied": "Paylaşım bağlantısı panoya kopyalandı.",

  "connect.title": "Dropbox’ı bağla",
  "account.title": "Dropbox bağlantısı",
  "account.sharedMode":
    "Bu portal, DocSpace yöneticilerinin eklenti ayarlarından yönettiği tek bir ortak Dropbox hesabına gönderir.",
  "connect.intro": "Dosya göndermek için eklentinin Dropbox’ınıza yazma iznine ihtiyacı var.",
  "connect.privacy":
    "Dropbox bağlantınız bu tarayıcıda, yalnızca DocSpace hesabınız için saklanır; portalın sunucusu onu asla almaz. Bu portala yüklenen diğer eklentiler aynı sayfada çalışır ve onu okuyabilir. Bağlantıyı kestiğinizde, burada DocSpace oturumunuzu kapattığınızda ve bu tarayıcıda portalda başka biri oturum açtığında silinir.",
  "connect.step1": "1. Dropbox’ı yeni bir sekmede açın, oturum açın ve erişime izin verin.",
  "connect.openDropbox": "Dropbox’ı aç",
  "connect.popupBlocked": "Tarayıcı yeni sekmeyi engelledi. Bu adresi kendiniz yeni bir sekmeye kopyalayın:",
  "connect.step2": "2. Dropbox ardından bir kod gösterir. Kodu kopyalayıp buraya yapıştırın:",
  "connect.codePlaceholder": "Dropbox’tan gelen kod",
  "connect.sessionOnly":
    "Bu bilgisayarda bağlantımı açık tutma (yalnızca bu sekmede, sekme kapatılana kadar)",
  "connect.connect": "Bağlan",
  "connect.connectedAs": "{name} ({email}) olarak bağlı",
  "connect.connectedAsName": "{name} olarak bağlı",
  "connect.accountUnknown": "bir Dropbox hesabı",
  "connect.disconnect": "Bağlantıyı kes",
  "connect.sendNow": "Şimdi gönder",
  "connect.codeMissing": "Dropbox’ın gösterdiği kodu yapıştırın, ardından “Bağlan”ı seçin.",
  "connect.codeRejected":
    "Dropbox bu kodu kabul etmedi. Bir kod yalnızca bir kez ve birkaç dakika geçerlidir: yeniden “Dropbox’ı aç”ı seçin ve yeni kodu yapıştırın.",
  "connect.appKeyMissing": "Önce Dropbox uygulama anahtarını girin.",
  "connect.storageDenied":
    "Bu tarayıcı, eklentinin bağlantınızı saklamasına izin vermiyor (site verileri engelli). Portal için site verilerine izin verin ve yeniden bağlanın.",

  "settings.app.title": "Dropbox uygulaması",
  "settings.app.howto1":
    "1. Dropbox App Console’da (https://www.dropbox.com/developers/apps) Scoped access ile bir uygulama oluşturun. App folder (önerilir: eklenti yalnızca kendi klasörünü görür) veya Full Dropbox seçin.",
  "settings.app.howto2":
    "2. Permissions sekmesinde files.content.write ve account_info.read, paylaşım bağlantıları için de sharing.write ve sharing.read seçeneklerini işaretleyip gönderin.",
  "settings.app.howto3":
    "3. Settings sekmesindeki App key’i aşağıdaki alana kopyalayın. Uygulama gizli anahtarına hiçbir zaman gerek yoktur.",
  "settings.appKey.label": "Dropbox uygulama anahtarı",
  "settings.appKey.placeholder": "ör. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox uygulama anahtarı yalnızca harf, rakam, “-” ve “_” içerir. Şunları kaldırın: {characters}.",
  "settings.appKey.tooLong":
    "Dropbox uygulama anahtarı en fazla {max} karakterdir. App Console’dan yeniden kopyalayın.",
  "settings.appKey.checkedLater":
    "Dropbox anahtarı biri ilk kez bağlandığında denetler: yanlış anahtarda Dropbox “Invalid client_id” sayfasını gösterir.",
  "settings.access.label": "Uygulamanın erişim türü (oluşturulurken seçilen)",
  "settings.access.appFolder": "Uygulama klasörü: dosyalar “Apps” altında uygulamanın klasörüne gider",
  "settings.access.full": "Tüm Dropbox",
  "settings.mode.label": "Dosyaları kimin Dropbox’ı alır",
  "settings.mode.personal": "Her kullanıcı kendi Dropbox’ını bağlar (önerilir)",
  "settings.mode.shared": "Tüm portal için tek bir ortak Dropbox hesabı",
  "settings.mode.personalHint":
    "Her kullanıcıdan ilk gönderiminde bağlanması istenir. Bağlantı portalın sunucusunda değil, o kullanıcının tarayıcısında saklanır ve kullanıcı bağlantıyı kestiğinde, oturumu kapattığında ya da o tarayıcıda başka bir kullanıcı oturum açtığında silinir; bu portala yüklenen diğer eklentiler aynı sayfada çalışır ve onu okuyabilir.",
  "settings.mode.sharedWarning":
    "Dikkat: DocSpace eklenti ayarlarını her portal üyesinin tarayıcısına gönderir, bu yüzden her üye ortak hesabın belirtecini okuyabilir. Belirtecin yalnızca o klasöre erişmesi için App folder türünde bir Dropbox uygulaması kullanın.",
  "settings.connect.saveHint": "Bu bağlantıyı korumak için “Kaydet”i seçin.",
  "settings.connect.notRevoked":
    "Ortak bağlantı burada kaldırıldı, ancak iptal etmek için Dropbox’a ulaşılamadı; bu yüzden belirteci, onu bu ayarlardan okuyan herkes için çalışmaya devam ediyor. İptal etmek için o Dropbox hesabında oturum açın, Ayarlar › Bağlı uygulamalar (https://www.dropbox.com/account/connected_apps) bölümünü açın ve bu uygulamayı kaldırın.",
  "settings.token.label": "Veya bir erişim belirteci yapıştırın",
  "settings.token.placeholder": "Dropbox erişim belirteci",
  "settings.token.warning":
    "Kısa ömürlü Dropbox erişim belirteçlerinin süresi 4 saat sonra dolar; yenisini yapıştırana kadar gönderim çalışmaz. Kalıcı bir bağlantı için yukarıdaki “Bağlan”ı kullanın.",
  "settings.token.invalid":
    "Erişim belirteci, Dropbox belirteçlerinde asla bulunmayan karakterler içeriyor. Yeniden kopyalayın.",
  "settings.folder.label": "Dropbox’taki hedef klasör",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Boş bırakmak en üst düzey demektir (App folder uygulamalarında uygulamanın kendi klasörü).",
  "settings.folder.noLeadingSlash": "Klasör “/” ile başlamalıdır, örneğin /DocSpace.",
  "settings.folder.emptyComponent": "Klasör “//” içermemelidir.",
  "settings.folder.componentTooLong": "Her klasör adı en fazla 255 karakter olabilir.",
  "settings.folder.trailingSpaceOrDot": "Klasör adları boşluk veya nokta ile bitmemelidir.",
  "settings.folder.unsafeCharacter":
    'Klasör adları < > : " | ? * \\ veya denetim karakterleri içermemelidir.',
  "settings.folder.disallowedName":
    "Dropbox bu klasör adını kabul etmiyor (örneğin desktop.ini veya ~$ ile başlayan adlar).",
  "settings.folder.invalid": "Ayarlar kaydedilmedi. Hedef klasör: {reason}",
  "settings.folder.savedAs": "{folder} olarak kaydedilecek",
  "settings.budget.left": "Bu ayarlar için kalan: {left}/{limit} karakter.",
  "settings.budget.over":
    "Çok uzun: {length} karakter gerekiyor ve DocSpace en fazla {limit} karakter saklıyor. Hedef klasörü {excess, plural, one {# karakter} other {# karakter}} kısaltın.",
  "settings.budget.overToken":
    "Çok uzun: bu erişim belirteciyle {length} karakter gerekiyor ve DocSpace en fazla {limit} karakter saklıyor. Belirteç yapıştırmak yerine “Bağlan”ı kullanın veya hedef klasörü {excess, plural, one {# karakter} other {# karakter}} kısaltın.",
  "settings.saveBlocked": "Yukarıda işaretlenen sorunlar düzeltilene kadar kaydedilemez.",
  "settings.notSaved": "Ayarlar kaydedilmedi: {reason}",
  "settings.changedElsewhere":
    "Ayarlar kaydedilmedi: bu panel açıldıktan sonra başka bir pencerede veya sekmede değiştirildi. Geçerli değerleri görmek için ayarları kapatıp yeniden açın.",
  "settings.conflict.label": "Aynı adda bir dosya zaten varsa",
  "settings.conflict.keepBoth": "İkisini de tut (yeni dosya bir numara alır)",
  "settings.conflict.overwrite": "Mevcut dosyayı değiştir",
  "settings.shareLink.label": "Gönderilen dosyalar için paylaşım bağlantısı oluştur",
  "settings.audience.label": "Dropbox’a kimler gönderebilir",
  "settings.audience.everyone": "Öğeyi indirebilen herkes",
  "settings.audience.admins": "Yalnızca DocSpace sahibi ve yöneticileri",
  "settings.audience.hint": "Bu, menü öğesini diğer kullanıcılardan gizler; bu ayarları gizlemez.",
  "settings.save": "Kaydet",
  "settings.saved": "“Dropbox’a gönder” ayarları kaydedildi.",
  "settings.saved.noAppKey":
    "Ayarlar kaydedildi. Bir Dropbox uygulama anahtarı girilene kadar “Dropbox’a gönder” gizli kalır.",
  "settings.saved.sharedNotConnected":
    "Ayarlar kaydedildi. Ortak Dropbox hesabı bağlanana kadar “Dropbox’a gönder” gizli kalır.",
  "settings.saved.accessToken":
    "Ayarlar yapıştırılan bir erişim belirteciyle kaydedildi. Kısa ömürlüyse gönderim 4 saat sonra çalışmayı bırakır.",
  "settings.tooLong":
    "Ayarlar kaydedilmedi: {length} karakter gerekiyor ve DocSpace en fazla {limit} karakter saklıyor. Hedef klasörü {excess, plural, one {# karakter} other {# karakter}} kısaltın.",
  "settings.tooLong.token":
    "Ayarlar kaydedilmedi: bu erişim belirteciyle {length} karakter gerekiyor ve DocSpace en fazla {limit} karakter saklıyor. Belirteç yapıştırmak yerine “Bağlan”ı kullanın veya hedef klasörü {excess, plural, one {# karakter} other {# karakter}} kısaltın.",

  "error.notConnected": "Dosya göndermek için Dropbox hesabınızı bağlayın.",
  "error.notConnected.shared":
    "Ortak Dropbox hesabı bağlı değil. Bir DocSpace yöneticisinden eklenti ayarlarında bağlamasını isteyin.",
  "error.dropboxAuth":
    "Dropbox artık bağlantınızı kabul etmiyor (iptal edildi veya süresi doldu). Dropbox’ı yeniden bağlayın.",
  "error.dropboxAuth.shared":
    "Dropbox artık ortak bağlantıyı kabul etmiyor (iptal edildi veya süresi doldu). Bir DocSpace yöneticisinden eklenti ayarlarında yeniden bağlamasını isteyin.",
  "error.dropboxAuth.reconnected":
    "Gönderme durdu: Dropbox, gönderimin başladığı bağlantıyı artık kabul etmiyor (iptal edildi veya süresi doldu). O zamandan beri Dropbox’ı yeniden bağladınız; bu yüzden öğede yeniden “Dropbox’a gönder” seçeneğini seçin.",
  "error.dropboxPermission":
    "Dropbox uygulamasında gereken bir izin eksik (örneğin files.content.write veya sharing.write). Bir yöneticiden bunu Dropbox App Console’da etkinleştirmesini isteyin, ardından yeniden bağlanın.",
  "error.insufficientSpace":
    "Dropbox’ınız dolu. Yer açın veya planınızı yükseltin, ardından yeniden deneyin.",
  "error.tooLarge": "Dosya, Dropbox’ın tek bir dosya için kabul ettiğinden büyük.",
  "error.invalidPath":
    "Dropbox hedef yolu kabul etmiyor. Bir yöneticiden eklenti ayarlarındaki hedef klasörü kontrol etmesini isteyin.",
  "error.conflict":
    "Dropbox’ta engel olan bir şey var (örneğin dosyanın adını taşıyan bir klasör) ve değiştirilemiyor. Onu yeniden adlandırın veya taşıyın, ardından yeniden deneyin.",
  "error.notFound": "Öğe artık DocSpace’te yok. Sayfayı yenileyip yeniden deneyin.",
  "error.noDownloadPermission":
    "Bu öğeyi DocSpace’te indirme izniniz yok, bu yüzden gönderilemez. Odanın yöneticisinden indirme hakkı isteyin.",
  "error.docspaceSignedOut":
    "DocSpace oturumunuzun süresi doldu. Yeniden oturum açın, ardından tekrar deneyin.",
  "error.rateLimited": "Şu anda çok fazla istek var. Bir dakika bekleyin, ardından yeniden deneyin.",
  "error.network":
    "Bağlantı başarısız oldu. Ağınızı kontrol edin, sayfayı yeniden yükleyin (yeni kurulan veya etkinleştirilen bir eklenti yeniden yüklemeden sonra çalışır) ve yeniden deneyin.",
  "error.server": "DocSpace veya Dropbox şu anda sorun yaşıyor. Daha sonra yeniden deneyin.",
  "error.incompleteDownload":
    "DocSpace’ten indirme erken durdu, bu yüzden hiçbir şey kaydedilmedi. Yeniden deneyin.",
  "error.incompleteListing":
    "Bu klasörün DocSpace’teki listesi okunurken değişip durdu, bu yüzden bazı dosyaları gönderilmemiş olabilir. Klasörü yeniden gönderin.",
  "error.integrity": "Dropbox’taki kopya orijinalle eşleşmedi, bu yüzden saklanmadı. Yeniden deneyin.",
  "error.cancelled": "Gönderim iptal edildi. Yarım hiçbir şey kaydedilmedi.",
  "error.unknown":
    "“Dropbox’a gönder” beklenmeyen bir nedenle başarısız oldu. Ayrıntılar tarayıcı konsolunda (F12); yeniden deneyin ve sürerse bildirin.",
  "error.notConfigured":
    "“Dropbox’a gönder” henüz ayarlanmadı. Bir DocSpace yöneticisinden eklenti ayarlarını tamamlamasını isteyin.",
  "error.notAllowed": "Bu portalda yalnızca DocSpace yöneticileri Dropbox’a gönderebilir.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Kapat",
} as const satisfies Record<MessageKey, string>;
