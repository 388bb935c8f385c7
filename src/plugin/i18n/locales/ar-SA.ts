import type { MessageKey } from "./en";

export const arSA = {
  "menu.send": "إرسال إلى Dropbox",
  "menu.account": "اتصال Dropbox",
  "send.background":
    "جارٍ الإرسال إلى Dropbox. اختر «إرسال إلى Dropbox» مرة أخرى للعنصر نفسه لرؤية التقدم أو، عند الانتهاء، النتيجة.",

  "send.nothingSelected": "لم يتم تحديد أي شيء لإرساله.",
  "send.otherTab":
    "يجري إرسال هذا العنصر إلى Dropbox بالفعل من علامة تبويب أو نافذة أخرى في هذا المتصفح. اختر هناك «إرسال إلى Dropbox» للعنصر لرؤية التقدم. إذا أُغلقت علامة التبويب تلك للتو، فأعد المحاولة بعد بضع ثوانٍ.",

  "resume.question": "توقف إرسال سابق لهذا العنصر قبل أن يكتمل.",

  "resume.resume": "استئناف — {bytes} من {totalBytes} موجودة بالفعل في Dropbox",

  "resume.startAgain": "البدء من جديد",

  "progress.preparing": "لا يزال الإرسال إلى Dropbox قيد التحضير: تتم قراءة محتويات المجلد…",
  "progress.running":
    "لا يزال الإرسال إلى Dropbox جاريًا: {files} من {totalFiles, plural, zero {# ملف} one {# ملف} two {# ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}، {bytes} من {totalBytes}.",
  "progress.title": "جارٍ الإرسال إلى Dropbox",
  "progress.explain": "عند انتهاء المهمة سترى أين ذهب كل شيء.",
  "progress.refresh": "تحديث",
  "progress.cancel": "إلغاء الإرسال",
  "progress.cancelling": "جارٍ الإلغاء. تبقى الملفات المرسلة بالفعل في Dropbox؛ ولا يُحفظ أي ملف جزئي.",
  "progress.operation": "جارٍ الإرسال إلى Dropbox: {name}",
  "progress.operationMany": "جارٍ الإرسال إلى Dropbox: العناصر المحددة ({count})",

  "result.fileSent": "تم الإرسال إلى Dropbox: {path}",
  "result.fileFailed": "لم يتم إرسال «{name}». {reason}",
  "result.empty": "لا يوجد ما يُرسل: التحديد لا يحتوي على ملفات. لم يتغير {path}.",
  "result.summaryToast":
    "انتهى الإرسال إلى Dropbox: أُرسل {sent} من {total, plural, zero {# ملف} one {# ملف} two {# ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}.",
  "result.title": "تم الإرسال إلى Dropbox",
  "result.where.appFolder": "{path} داخل مجلد هذا التطبيق في Dropbox (ضمن «Apps»)",
  "result.where.appFolderRoot": "مجلد هذا التطبيق في Dropbox (ضمن «Apps»)",
  "result.where.root": "المستوى الأعلى في Dropbox",
  "result.account": "حساب Dropbox: {name}",
  "result.fileRenamedWhy": "أُرسل إلى Dropbox باسم {path}، وغُيّر من «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} ← {path}: {reasons}",
  "rename.reservedCharacter": "لا يقبل Dropbox في الأسماء «/» و«\\» وبعض محارف التحكم",
  "rename.controlCharacter": "استُبدلت محارف غير مرئية تغيّر طريقة قراءة الاسم",
  "rename.invalidText": "احتوى الاسم على نص تالف (محرف غير صالح)",
  "rename.surroundingSpace": "لا يحتفظ Dropbox بالمسافات في بداية الاسم أو نهايته",
  "rename.relativeName": "كان الاسم فارغًا أو نقاطًا فقط",
  "rename.notSynced": "لا يزامن Dropbox أسماء مثل desktop.ini أو ملفات القفل ~$",
  "rename.tooLong": "يسمح Dropbox بـ 255 حرفًا كحد أقصى في الاسم",
  "rename.nameClash": "لعنصر آخر في هذا الإرسال الاسم نفسه (لا يميّز Dropbox بين الأحرف الكبيرة والصغيرة)",
  "rename.keptBoth": "كان هناك ملف بهذا الاسم، لذا رقّم Dropbox هذا الملف",
  "mixed.title": "يتعذّر إرسال بعض العناصر",
  "mixed.intro": "لا يُسمح لك بتنزيل هذه العناصر المحددة، لذا تُستبعد:",
  "mixed.send": "إرسال العناصر الأخرى ({count})",
  "result.titleWithProblems": "تم الإرسال إلى Dropbox مع وجود مشكلات",
  "result.counts":
    "أُرسل {sent} من {total, plural, zero {# ملف} one {# ملف} two {# ملفين} few {# ملفات} many {# ملفًا} other {# ملف}} إلى {path}.",
  "result.failedHeading":
    "{count, plural, zero {لم يُرسل # ملف:} one {لم يُرسل ملف واحد:} two {لم يُرسل ملفان:} few {لم تُرسل # ملفات:} many {لم يُرسل # ملفًا:} other {لم يُرسل # ملف:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, zero {أُعيدت تسمية # ملف لـ Dropbox:} one {أُعيدت تسمية ملف واحد لـ Dropbox:} two {أُعيدت تسمية ملفين لـ Dropbox:} few {أُعيدت تسمية # ملفات لـ Dropbox:} many {أُعيدت تسمية # ملفًا لـ Dropbox:} other {أُعيدت تسمية # ملف لـ Dropbox:}}",
  "result.andMore": "…و{count} أخرى.",
  "result.item": "العنصر {id}",
  "result.linkTitle": "رابط المشاركة",
  "result.linkIntro": "يمكن لأي شخص لديه هذا الرابط عرض الملف في Dropbox. انسخه من الحقل:",
  "result.linkLabel": "رابط المشاركة",
  "result.linkCopied": "تم نسخ رابط المشاركة إلى الحافظة.",

  "connect.title": "ربط Dropbox",
  "account.title": "اتصال Dropbox",
  "account.sharedMode":
    "ترسل هذه البوابة إلى حساب Dropbox مشترك واحد يديره مسؤولو DocSpace في إعدادات المكوّن الإضافي.",
  "connect.intro": "لإرسال الملفات، يحتاج «إرسال إلى Dropbox» إلى إذن بالكتابة في Dropbox الخاص بك.",
  "connect.privacy":
    "يُحفظ اتصال Dropbox الخاص بك في هذا المتصفح، ولحسابك في DocSpace فقط؛ ولا يتلقّاه خادم البوابة أبدًا. تعمل المكوّنات الإضافية الأخرى المثبّتة على هذه البوابة في الصفحة نفسها، وقد تتمكّن من قراءته. ويُزال عندما تقطع الاتصال، وعندما تسجّل الخروج من DocSpace هنا، وعندما يسجّل شخص آخر الدخول إلى البوابة في هذا المتصفح.",
  "connect.step1": "1. افتح Dropbox في علامة تبويب جديدة، وسجّل الدخول واسمح بالوصول.",
  "connect.openDropbox": "فتح Dropbox",
  "connect.popupBlocked": "منع المتصفح علامة التبويب الجديدة. انسخ هذا العنوان إلى علامة تبويب جديدة بنفسك:",
  "connect.step2": "2. سيعرض Dropbox بعد ذلك رمزًا. انسخه والصقه هنا:",
  "connect.codePlaceholder": "الرمز من Dropbox",
  "connect.sessionOnly": "عدم إبقائي متصلًا على هذا الكمبيوتر (في علامة التبويب هذه فقط، حتى إغلاقها)",
  "connect.connect": "ربط",
  "connect.connectedAs": "متصل باسم {name} ({email})",
  "connect.connectedAsName": "متصل باسم {name}",
  "connect.accountUnknown": "حساب Dropbox",
  "connect.disconnect": "قطع الاتصال",
  "connect.sendNow": "إرسال الآن",
  "connect.codeMissing": "الصق الرمز الذي عرضه Dropbox، ثم اختر «ربط».",
  "connect.codeRejected":
    "لم يقبل Dropbox هذا الرمز. يعمل الرمز مرة واحدة ولبضع دقائق فقط: اختر «فتح Dropbox» مجددًا والصق الرمز الجديد.",
  "connect.appKeyMissing": "أدخل مفتاح تطبيق Dropbox أولًا.",
  "connect.storageDenied":
    "لا يسمح هذا المتصفح للمكوّن الإضافي بحفظ اتصالك (بيانات المواقع محظورة). اسمح ببيانات الموقع للبوابة ثم اربط مجددًا.",

  "settings.app.title": "تطبيق Dropbox",
  "settings.app.howto1":
    "1. في Dropbox App Console ‏(https://www.dropbox.com/developers/apps) أنشئ تطبيقًا بنوع الوصول Scoped access. اختر App folder (موصى به: لا يرى المكوّن الإضافي سوى مجلده الخاص) أو Full Dropbox.",
  "settings.app.howto2":
    "2. في علامة التبويب Permissions حدّد files.content.write و account_info.read، بالإضافة إلى sharing.write و sharing.read لروابط المشاركة، ثم أرسل.",
  "settings.app.howto3":
    "3. انسخ App key من علامة التبويب Settings إلى الحقل أدناه. لا حاجة أبدًا إلى سر التطبيق.",
  "settings.appKey.label": "مفتاح تطبيق Dropbox",
  "settings.appKey.placeholder": "مثلًا a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "مفتاح تطبيق Dropbox يتكون من أحرف وأرقام و«-» و«_» فقط. احذف {characters}.",
  "settings.appKey.tooLong": "مفتاح تطبيق Dropbox يتكون من {max} حرفًا كحد أقصى. انسخه مجددًا من App Console.",
  "settings.appKey.checkedLater":
    "يتحقق Dropbox من المفتاح عند أول اتصال: مع مفتاح خاطئ يعرض Dropbox صفحة «Invalid client_id».",
  "settings.access.label": "نوع وصول التطبيق (المختار عند إنشائه)",
  "settings.access.appFolder": "مجلد التطبيق: تذهب الملفات إلى «Apps» في مجلد التطبيق",
  "settings.access.full": "Dropbox بالكامل",
  "settings.mode.label": "حساب Dropbox الذي يستقبل الملفات",
  "settings.mode.personal": "يربط كل مستخدم حساب Dropbox الخاص به (موصى به)",
  "settings.mode.shared": "حساب Dropbox مشترك واحد للبوابة بأكملها",
  "settings.mode.personalHint":
    "يُطلب من كل مستخدم الربط عند أول إرسال. يُحفظ الاتصال في متصفح ذلك المستخدم، لا على خادم البوابة، ويُزال عندما يقطع الاتصال أو يسجّل الخروج أو يسجّل مستخدم آخر الدخول في ذلك المتصفح؛ وتعمل المكوّنات الإضافية الأخرى المثبّتة على هذه البوابة في الصفحة نفسها، وقد تتمكّن من قراءته.",
  "settings.mode.sharedWarning":
    "تنبيه: يرسل DocSpace إعدادات المكوّنات الإضافية إلى متصفح كل عضو في البوابة، لذا يمكن لأي عضو قراءة رمز الحساب المشترك. استخدم تطبيق Dropbox من نوع App folder كي لا يصل الرمز إلا إلى ذلك المجلد.",
  "settings.connect.saveHint": "اختر «حفظ» للاحتفاظ بهذا الاتصال.",
  "settings.connect.notRevoked":
    "أُزيل الاتصال المشترك هنا، لكن تعذّر الوصول إلى Dropbox لإلغائه، لذا لا يزال رمزه يعمل لدى كل من قرأه من هذه الإعدادات. لإلغائه، سجّل الدخول إلى حساب Dropbox ذاك، وافتح «الإعدادات › التطبيقات المتصلة» (https://www.dropbox.com/account/connected_apps) ثم أزل هذا التطبيق.",
  "settings.token.label": "أو الصق رمز وصول",
  "settings.token.placeholder": "رمز وصول Dropbox",
  "settings.token.warning":
    "تنتهي صلاحية رموز وصول Dropbox قصيرة الأجل بعد 4 ساعات؛ ويتوقف الإرسال حتى تلصق رمزًا جديدًا. استخدم «ربط» أعلاه لاتصال دائم.",
  "settings.token.invalid": "يحتوي رمز الوصول على أحرف لا تحتويها رموز Dropbox أبدًا. انسخه مرة أخرى.",
  "settings.folder.label": "المجلد الوجهة في Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "الفارغ يعني المستوى الأعلى (المجلد الخاص بالتطبيق لتطبيقات App folder).",
  "settings.folder.noLeadingSlash": "يجب أن يبدأ المجلد بـ «/»، مثلًا /DocSpace.",
  "settings.folder.emptyComponent": "يجب ألا يحتوي المجلد على «//».",
  "settings.folder.componentTooLong": "يمكن أن يحتوي اسم كل مجلد على 255 حرفًا كحد أقصى.",
  "settings.folder.trailingSpaceOrDot": "يجب ألا تنتهي أسماء المجلدات بمسافة أو نقطة.",
  "settings.folder.unsafeCharacter": 'يجب ألا تحتوي أسماء المجلدات على < > : " | ? * \\ أو أحرف تحكم.',
  "settings.folder.disallowedName":
    "لا يقبل Dropbox اسم المجلد هذا (مثلًا desktop.ini أو الأسماء التي تبدأ بـ ~$).",
  "settings.folder.invalid": "لم تُحفظ الإعدادات. المجلد الوجهة: {reason}",
  "settings.folder.savedAs": "سيُحفظ باسم {folder}",
  "settings.budget.left": "المتبقي لهذه الإعدادات: {left} من {limit} حرفًا.",
  "settings.budget.over":
    "طويل جدًا: تحتاج إلى {length, plural, zero {# حرف} one {# حرف} two {# حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} ويخزّن DocSpace {limit} كحد أقصى. اختصر المجلد الوجهة بمقدار {excess, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.",
  "settings.budget.overToken":
    "طويل جدًا: مع رمز الوصول هذا تحتاج إلى {length, plural, zero {# حرف} one {# حرف} two {# حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} ويخزّن DocSpace {limit} كحد أقصى. استخدم «ربط» بدلًا من لصق رمز، أو اختصر المجلد الوجهة بمقدار {excess, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.",
  "settings.saveBlocked": "لا يمكن الحفظ حتى تُصلح المشكلات المحددة أعلاه.",
  "settings.notSaved": "لم تُحفظ الإعدادات: {reason}",
  "settings.changedElsewhere":
    "لم تُحفظ الإعدادات: غُيّرت في نافذة أو علامة تبويب أخرى بعد فتح هذه اللوحة. أغلق الإعدادات ثم افتحها مجددًا لرؤية القيم الحالية.",
  "settings.conflict.label": "عند وجود ملف بالاسم نفسه",
  "settings.conflict.keepBoth": "الاحتفاظ بكليهما (يحصل الملف الجديد على رقم)",
  "settings.conflict.overwrite": "استبدال الملف الموجود",
  "settings.shareLink.label": "إنشاء رابط مشاركة للملفات المرسلة",
  "settings.audience.label": "من يمكنه الإرسال إلى Dropbox",
  "settings.audience.everyone": "كل من يمكنه تنزيل العنصر",
  "settings.audience.admins": "مالك DocSpace ومسؤولوه فقط",
  "settings.audience.hint": "يُخفي هذا عنصر القائمة عن المستخدمين الآخرين؛ لكنه لا يُخفي هذه الإعدادات.",
  "settings.save": "حفظ",
  "settings.saved": "تم حفظ إعدادات «إرسال إلى Dropbox».",
  "settings.saved.noAppKey":
    "تم حفظ الإعدادات. يبقى «إرسال إلى Dropbox» مخفيًا حتى يتم إدخال مفتاح تطبيق Dropbox.",
  "settings.saved.sharedNotConnected":
    "تم حفظ الإعدادات. يبقى «إرسال إلى Dropbox» مخفيًا حتى يتم ربط حساب Dropbox المشترك.",
  "settings.saved.accessToken":
    "تم حفظ الإعدادات مع رمز وصول ملصوق. إذا كان قصير الأجل، فسيتوقف الإرسال بعد 4 ساعات.",
  "settings.tooLong":
    "لم تُحفظ الإعدادات: تحتاج إلى {length, plural, zero {# حرف} one {# حرف} two {# حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} ويخزّن DocSpace {limit} كحد أقصى. اختصر المجلد الوجهة بمقدار {excess, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.",
  "settings.tooLong.token":
    "لم تُحفظ الإعدادات: مع رمز الوصول هذا تحتاج إلى {length, plural, zero {# حرف} one {# حرف} two {# حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} ويخزّن DocSpace {limit} كحد أقصى. استخدم «ربط» بدلًا من لصق رمز، أو اختصر المجلد الوجهة بمقدار {excess, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.",

  "error.notConnected": "اربط حساب Dropbox الخاص بك لإرسال الملفات.",
  "error.notConnected.shared":
    "حساب Dropbox المشترك غير مربوط. اطلب من أحد مسؤولي DocSpace ربطه في إعدادات المكوّن الإضافي.",
  "error.dropboxAuth": "لم يعد Dropbox يقبل اتصالك (أُلغي أو انتهت صلاحيته). اربط Dropbox مجددًا.",
  "error.dropboxAuth.shared":
    "لم يعد Dropbox يقبل الاتصال المشترك (أُلغي أو انتهت صلاحيته). اطلب من أحد مسؤولي DocSpace إعادة ربطه في إعدادات المكوّن الإضافي.",
  "error.dropboxAuth.reconnected":
    "توقف الإرسال: لم يعد Dropbox يقبل الاتصال الذي بدأ به (أُلغي أو انتهت صلاحيته). وقد ربطت Dropbox مجددًا منذ ذلك الحين، لذا اختر «إرسال إلى Dropbox» للعنصر مرة أخرى.",
  "error.dropboxPermission":
    "ينقص تطبيق Dropbox إذن يحتاجه هذا الإجراء (مثلًا files.content.write أو sharing.write). اطلب من مسؤول تفعيله في Dropbox App Console، ثم اربط مجددًا.",
  "error.insufficientSpace": "مساحة Dropbox الخاصة بك ممتلئة. أفرغ بعض المساحة أو رقِّ خطتك، ثم حاول مجددًا.",
  "error.tooLarge": "الملف أكبر مما يقبله Dropbox لملف واحد.",
  "error.invalidPath":
    "لا يقبل Dropbox مسار الوجهة. اطلب من مسؤول التحقق من المجلد الوجهة في إعدادات المكوّن الإضافي.",
  "error.conflict":
    "هناك شيء في Dropbox يعترض الطريق (مثلًا مجلد يحمل اسم الملف) ولا يمكن استبداله. أعد تسميته أو انقله، ثم حاول مجددًا.",
  "error.notFound": "لم يعد العنصر موجودًا في DocSpace. حدّث الصفحة وحاول مجددًا.",
  "error.noDownloadPermission":
    "لا يُسمح لك بتنزيل هذا العنصر في DocSpace، لذا لا يمكن إرساله. اطلب من مسؤول الغرفة صلاحية التنزيل.",
  "error.docspaceSignedOut": "انتهت جلسة DocSpace الخاصة بك. سجّل الدخول مجددًا، ثم أعد المحاولة.",
  "error.rateLimited": "طلبات كثيرة جدًا الآن. انتظر دقيقة، ثم حاول مجددًا.",
  "error.network":
    "فشل الاتصال. تحقق من الشبكة، وأعد تحميل الصفحة (يعمل المكوّن الإضافي المثبّت أو المفعّل حديثًا بعد إعادة التحميل) وحاول مجددًا.",
  "error.server": "يواجه DocSpace أو Dropbox مشكلة حاليًا. حاول لاحقًا.",
  "error.incompleteDownload": "توقف التنزيل من DocSpace مبكرًا، لذا لم يُحفظ شيء. حاول مجددًا.",
  "error.incompleteListing":
    "ظلت قائمة هذا المجلد في DocSpace تتغير أثناء قراءتها، لذا ربما لم تُرسل بعض ملفاته. أرسل المجلد مجددًا.",
  "error.integrity": "لم تطابق النسخة في Dropbox الأصل، لذا لم يُحتفظ بها. حاول مجددًا.",
  "error.cancelled": "تم إلغاء الإرسال. لم يُحفظ أي ملف جزئي.",
  "error.unknown":
    "فشل «إرسال إلى Dropbox» لسبب غير متوقع. التفاصيل في وحدة تحكم المتصفح (F12)؛ حاول مجددًا، وأبلغ عن المشكلة إذا استمرت.",
  "error.notConfigured":
    "لم يتم إعداد «إرسال إلى Dropbox» بعد. اطلب من أحد مسؤولي DocSpace إكمال إعدادات المكوّن الإضافي.",
  "error.notAllowed": "في هذه البوابة، يمكن لمسؤولي DocSpace فقط الإرسال إلى Dropbox.",

  "size.bytes": "{n}\u00a0بايت",
  "size.kb": "{n}\u00a0ك.ب",
  "size.mb": "{n}\u00a0م.ب",
  "size.gb": "{n}\u00a0ج.ب",
  "size.tb": "{n}\u00a0ت.ب",

  "common.close": "إغلاق",
} as const satisfies Record<MessageKey, string>;
