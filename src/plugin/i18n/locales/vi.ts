import type { MessageKey } from "./en";

export const vi = {
  "menu.send": "Gửi đến Dropbox",
  "menu.account": "Kết nối Dropbox",
  "send.background":
    "Đang gửi đến Dropbox. Chọn lại “Gửi đến Dropbox” trên cùng mục đó để xem tiến trình hoặc, khi xong, xem kết quả.",

  "send.nothingSelected": "Chưa chọn mục nào để gửi.",
  "send.otherTab":
    "Mục này đang được gửi đến Dropbox từ một thẻ hoặc cửa sổ khác của trình duyệt này. Hãy chọn “Gửi đến Dropbox” trên mục đó ở đấy để xem tiến trình. Nếu thẻ đó vừa được đóng, hãy thử lại sau vài giây.",

  "resume.question": "Lần gửi trước của mục này đã dừng trước khi hoàn tất.",

  "resume.resume": "Tiếp tục — {bytes} trên {totalBytes} đã có trong Dropbox",

  "resume.startAgain": "Bắt đầu lại",

  "progress.preparing": "Đang chuẩn bị gửi đến Dropbox: đang đọc nội dung thư mục…",
  "progress.running":
    "Vẫn đang gửi đến Dropbox: {files}/{totalFiles, plural, other {# tệp}}, {bytes}/{totalBytes}.",
  "progress.title": "Đang gửi đến Dropbox",
  "progress.explain": "Khi tác vụ kết thúc, bạn sẽ thấy mọi thứ đã đi đâu.",
  "progress.refresh": "Làm mới",
  "progress.cancel": "Hủy gửi",
  "progress.cancelling": "Đang hủy. Các tệp đã gửi vẫn ở trong Dropbox; không lưu tệp nào dở dang.",
  "progress.operation": "Đang gửi đến Dropbox: {name}",
  "progress.operationMany": "Đang gửi đến Dropbox: các mục đã chọn ({count})",

  "result.fileSent": "Đã gửi đến Dropbox: {path}",
  "result.fileFailed": "Chưa gửi được “{name}”. {reason}",
  "result.empty": "Không có gì để gửi: vùng chọn không có tệp nào. {path} không thay đổi.",
  "result.summaryToast": "Đã gửi xong đến Dropbox: đã gửi {sent}/{total, plural, other {# tệp}}.",
  "result.title": "Đã gửi đến Dropbox",
  "result.where.appFolder": "{path} trong thư mục của ứng dụng này trên Dropbox (trong “Apps”)",
  "result.where.appFolderRoot": "thư mục của ứng dụng này trên Dropbox (trong “Apps”)",
  "result.where.root": "cấp cao nhất của Dropbox",
  "result.account": "Tài khoản Dropbox: {name}",
  "result.fileRenamedWhy": "Đã gửi đến Dropbox thành {path}, đổi tên từ “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox không chấp nhận “/”, “\\” và một số ký tự điều khiển trong tên",
  "rename.controlCharacter": "đã thay thế các ký tự ẩn làm thay đổi cách đọc tên",
  "rename.invalidText": "tên chứa văn bản bị hỏng (một ký tự không hợp lệ)",
  "rename.surroundingSpace": "Dropbox không giữ khoảng trắng ở đầu hoặc cuối tên",
  "rename.relativeName": "tên trống hoặc chỉ có dấu chấm",
  "rename.notSynced": "Dropbox không đồng bộ các tên như desktop.ini hoặc tệp khóa ~$",
  "rename.tooLong": "Dropbox cho phép tối đa 255 ký tự trong một tên",
  "rename.nameClash":
    "một mục khác trong lần gửi này có cùng tên (Dropbox không phân biệt chữ hoa chữ thường)",
  "rename.keptBoth": "đã có một tệp cùng tên, nên Dropbox đánh số tệp này",
  "mixed.title": "Không thể gửi một số mục",
  "mixed.intro": "Bạn không được tải xuống các mục đã chọn này, nên chúng bị bỏ qua:",
  "mixed.send": "Gửi các mục còn lại ({count})",
  "result.titleWithProblems": "Đã gửi đến Dropbox, có sự cố",
  "result.counts": "Đã gửi {sent}/{total, plural, other {# tệp}} đến {path}.",
  "result.failedHeading": "{count, plural, other {# tệp chưa được gửi:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading": "{count, plural, other {# tệp đã được đổi tên cho Dropbox:}}",
  "result.andMore": "…và {count} mục khác.",
  "result.item": "Mục {id}",
  "result.linkTitle": "Liên kết chia sẻ",
  "result.linkIntro": "Bất kỳ ai có liên kết này đều xem được tệp trong Dropbox. Hãy sao chép từ ô:",
  "result.linkLabel": "Liên kết chia sẻ",
  "result.linkCopied": "Đã sao chép liên kết chia sẻ vào bảng tạm.",

  "connect.title": "Kết nối Dropbox",
  "account.title": "Kết nối Dropbox",
  "account.sharedMode":
    "Cổng này gửi đến một tài khoản Dropbox dùng chung, do quản trị viên DocSpace quản lý trong phần cài đặt plugin.",
  "connect.intro": "Để gửi tệp, plugin cần quyền ghi vào Dropbox của bạn.",
  "connect.privacy":
    "Kết nối Dropbox của bạn được lưu trong trình duyệt này, chỉ dành cho tài khoản DocSpace của bạn; máy chủ của cổng không bao giờ nhận được kết nối này. Các plugin khác được cài đặt trên cổng này chạy trên cùng một trang và có thể đọc được kết nối. Kết nối bị xóa khi bạn ngắt kết nối, khi bạn đăng xuất khỏi DocSpace tại đây và khi người khác đăng nhập vào cổng trong trình duyệt này.",
  "connect.step1": "1. Mở Dropbox trong thẻ mới, đăng nhập và cho phép truy cập.",
  "connect.openDropbox": "Mở Dropbox",
  "connect.popupBlocked": "Trình duyệt đã chặn thẻ mới. Hãy tự sao chép địa chỉ này vào thẻ mới:",
  "connect.step2": "2. Sau đó Dropbox hiển thị một mã. Hãy sao chép và dán vào đây:",
  "connect.codePlaceholder": "Mã từ Dropbox",
  "connect.sessionOnly":
    "Không duy trì kết nối trên máy tính này (chỉ trong thẻ này, cho đến khi thẻ được đóng)",
  "connect.connect": "Kết nối",
  "connect.connectedAs": "Đã kết nối với tên {name} ({email})",
  "connect.connectedAsName": "Đã kết nối với tên {name}",
  "connect.accountUnknown": "một tài khoản Dropbox",
  "connect.disconnect": "Ngắt kết nối",
  "connect.sendNow": "Gửi ngay",
  "connect.codeMissing": "Dán mã mà Dropbox đã hiển thị, rồi chọn “Kết nối”.",
  "connect.codeRejected":
    "Dropbox không chấp nhận mã này. Mỗi mã chỉ dùng được một lần và trong vài phút: hãy chọn lại “Mở Dropbox” và dán mã mới.",
  "connect.appKeyMissing": "Hãy nhập khóa ứng dụng Dropbox trước.",
  "connect.storageDenied":
    "Trình duyệt này không cho phép plugin lưu kết nối của bạn (dữ liệu trang web bị chặn). Hãy cho phép dữ liệu trang web cho cổng rồi kết nối lại.",

  "settings.app.title": "Ứng dụng Dropbox",
  "settings.app.howto1":
    "1. Trong Dropbox App Console (https://www.dropbox.com/developers/apps), tạo ứng dụng với Scoped access. Chọn App folder (khuyên dùng: plugin chỉ thấy thư mục riêng của nó) hoặc Full Dropbox.",
  "settings.app.howto2":
    "2. Trong thẻ Permissions, đánh dấu files.content.write và account_info.read, thêm sharing.write và sharing.read cho liên kết chia sẻ, rồi gửi.",
  "settings.app.howto3":
    "3. Sao chép App key từ thẻ Settings vào ô bên dưới. Không bao giờ cần đến mã bí mật của ứng dụng.",
  "settings.appKey.label": "Khóa ứng dụng Dropbox",
  "settings.appKey.placeholder": "ví dụ: a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Khóa ứng dụng Dropbox chỉ gồm chữ cái, chữ số, “-” và “_”. Hãy xóa {characters}.",
  "settings.appKey.tooLong": "Khóa ứng dụng Dropbox có tối đa {max} ký tự. Hãy sao chép lại từ App Console.",
  "settings.appKey.checkedLater":
    "Dropbox kiểm tra khóa khi có người kết nối lần đầu: với khóa sai, Dropbox hiển thị trang “Invalid client_id”.",
  "settings.access.label": "Kiểu truy cập của ứng dụng (chọn khi tạo)",
  "settings.access.appFolder": "Thư mục ứng dụng: tệp được đưa vào “Apps”, trong thư mục của ứng dụng",
  "settings.access.full": "Toàn bộ Dropbox",
  "settings.mode.label": "Dropbox của ai nhận tệp",
  "settings.mode.personal": "Mỗi người dùng kết nối Dropbox của riêng mình (khuyên dùng)",
  "settings.mode.shared": "Một tài khoản Dropbox dùng chung cho cả cổng",
  "settings.mode.personalHint":
    "Mỗi người dùng sẽ được yêu cầu kết nối ở lần gửi đầu tiên. Kết nối được lưu trong trình duyệt của người dùng đó, không phải trên máy chủ của cổng, và bị xóa khi họ ngắt kết nối, đăng xuất hoặc khi người dùng khác đăng nhập trên trình duyệt đó; các plugin khác được cài đặt trên cổng này chạy trên cùng một trang và có thể đọc được kết nối.",
  "settings.mode.sharedWarning":
    "Lưu ý: DocSpace gửi cài đặt plugin đến trình duyệt của mọi thành viên trong cổng, vì vậy thành viên nào cũng đọc được mã thông báo của tài khoản dùng chung. Hãy dùng ứng dụng Dropbox loại App folder để mã thông báo chỉ truy cập được thư mục đó.",
  "settings.connect.saveHint": "Chọn “Lưu” để giữ kết nối này.",
  "settings.connect.notRevoked":
    "Kết nối dùng chung đã được gỡ khỏi đây, nhưng không thể liên hệ Dropbox để thu hồi, vì vậy mã thông báo của nó vẫn dùng được với bất kỳ ai đã đọc nó từ cài đặt này. Để thu hồi, hãy đăng nhập vào tài khoản Dropbox đó, mở Cài đặt › Ứng dụng đã kết nối (https://www.dropbox.com/account/connected_apps) và xóa ứng dụng này.",
  "settings.token.label": "Hoặc dán mã thông báo truy cập",
  "settings.token.placeholder": "Mã thông báo truy cập Dropbox",
  "settings.token.warning":
    "Mã thông báo truy cập Dropbox ngắn hạn hết hạn sau 4 giờ; việc gửi sẽ ngừng hoạt động cho đến khi bạn dán mã mới. Hãy dùng “Kết nối” ở trên để có kết nối lâu dài.",
  "settings.token.invalid":
    "Mã thông báo truy cập có ký tự mà mã của Dropbox không bao giờ có. Hãy sao chép lại.",
  "settings.folder.label": "Thư mục đích trong Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Để trống nghĩa là cấp cao nhất (thư mục riêng của ứng dụng với ứng dụng App folder).",
  "settings.folder.noLeadingSlash": "Thư mục phải bắt đầu bằng “/”, ví dụ /DocSpace.",
  "settings.folder.emptyComponent": "Thư mục không được chứa “//”.",
  "settings.folder.componentTooLong": "Mỗi tên thư mục có tối đa 255 ký tự.",
  "settings.folder.trailingSpaceOrDot": "Tên thư mục không được kết thúc bằng dấu cách hoặc dấu chấm.",
  "settings.folder.unsafeCharacter": 'Tên thư mục không được chứa < > : " | ? * \\ hoặc ký tự điều khiển.',
  "settings.folder.disallowedName":
    "Dropbox không chấp nhận tên thư mục này (ví dụ desktop.ini hoặc tên bắt đầu bằng ~$).",
  "settings.folder.invalid": "Chưa lưu cài đặt. Thư mục đích: {reason}",
  "settings.folder.savedAs": "Sẽ được lưu thành {folder}",
  "settings.budget.left": "Còn lại cho các cài đặt này: {left}/{limit} ký tự.",
  "settings.budget.over":
    "Quá dài: cần {length} ký tự trong khi DocSpace chỉ lưu tối đa {limit}. Hãy rút ngắn thư mục đích {excess, plural, other {# ký tự}}.",
  "settings.budget.overToken":
    "Quá dài: với mã thông báo truy cập này cần {length} ký tự trong khi DocSpace chỉ lưu tối đa {limit}. Hãy dùng “Kết nối” thay vì dán mã thông báo, hoặc rút ngắn thư mục đích {excess, plural, other {# ký tự}}.",
  "settings.saveBlocked": "Chưa thể lưu cho đến khi các vấn đề được đánh dấu ở trên được khắc phục.",
  "settings.notSaved": "Chưa lưu cài đặt: {reason}",
  "settings.changedElsewhere":
    "Chưa lưu cài đặt: cài đặt đã được thay đổi ở một cửa sổ hoặc thẻ khác sau khi bảng này được mở. Hãy đóng cài đặt rồi mở lại để xem các giá trị hiện tại.",
  "settings.conflict.label": "Khi đã có tệp cùng tên",
  "settings.conflict.keepBoth": "Giữ cả hai (tệp mới được thêm số)",
  "settings.conflict.overwrite": "Thay thế tệp hiện có",
  "settings.shareLink.label": "Tạo liên kết chia sẻ cho các tệp đã gửi",
  "settings.audience.label": "Ai có thể gửi đến Dropbox",
  "settings.audience.everyone": "Bất kỳ ai có thể tải xuống mục",
  "settings.audience.admins": "Chỉ chủ sở hữu và quản trị viên DocSpace",
  "settings.audience.hint": "Tùy chọn này ẩn mục menu với người dùng khác; nó không ẩn các cài đặt này.",
  "settings.save": "Lưu",
  "settings.saved": "Đã lưu cài đặt Gửi đến Dropbox.",
  "settings.saved.noAppKey":
    "Đã lưu cài đặt. Gửi đến Dropbox sẽ bị ẩn cho đến khi nhập khóa ứng dụng Dropbox.",
  "settings.saved.sharedNotConnected":
    "Đã lưu cài đặt. Gửi đến Dropbox sẽ bị ẩn cho đến khi kết nối tài khoản Dropbox dùng chung.",
  "settings.saved.accessToken":
    "Đã lưu cài đặt với mã thông báo truy cập được dán. Nếu là mã ngắn hạn, việc gửi sẽ ngừng hoạt động sau 4 giờ.",
  "settings.tooLong":
    "Chưa lưu cài đặt: cần {length} ký tự trong khi DocSpace chỉ lưu tối đa {limit}. Hãy rút ngắn thư mục đích {excess, plural, other {# ký tự}}.",
  "settings.tooLong.token":
    "Chưa lưu cài đặt: với mã thông báo truy cập này cần {length} ký tự trong khi DocSpace chỉ lưu tối đa {limit}. Hãy dùng “Kết nối” thay vì dán mã thông báo, hoặc rút ngắn thư mục đích {excess, plural, other {# ký tự}}.",

  "error.notConnected": "Hãy kết nối tài khoản Dropbox của bạn để gửi tệp.",
  "error.notConnected.shared":
    "Tài khoản Dropbox dùng chung chưa được kết nối. Hãy nhờ quản trị viên DocSpace kết nối trong cài đặt plugin.",
  "error.dropboxAuth":
    "Dropbox không còn chấp nhận kết nối của bạn (đã bị thu hồi hoặc hết hạn). Hãy kết nối lại Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox không còn chấp nhận kết nối dùng chung (đã bị thu hồi hoặc hết hạn). Hãy nhờ quản trị viên DocSpace kết nối lại trong cài đặt plugin.",
  "error.dropboxAuth.reconnected":
    "Quá trình gửi đã dừng: Dropbox không còn chấp nhận kết nối được dùng khi bắt đầu gửi (đã bị thu hồi hoặc hết hạn). Từ đó bạn đã kết nối lại Dropbox, vì vậy hãy chọn lại “Gửi đến Dropbox” trên mục đó.",
  "error.dropboxPermission":
    "Ứng dụng Dropbox thiếu quyền cần thiết (ví dụ files.content.write hoặc sharing.write). Hãy nhờ quản trị viên bật quyền đó trong Dropbox App Console, rồi kết nối lại.",
  "error.insufficientSpace":
    "Dropbox của bạn đã đầy. Hãy giải phóng dung lượng hoặc nâng cấp gói, rồi thử lại.",
  "error.tooLarge": "Tệp lớn hơn mức Dropbox chấp nhận cho một tệp.",
  "error.invalidPath":
    "Dropbox không chấp nhận đường dẫn đích. Hãy nhờ quản trị viên kiểm tra thư mục đích trong cài đặt plugin.",
  "error.conflict":
    "Có thứ gì đó trong Dropbox gây cản trở (ví dụ một thư mục trùng tên tệp) và không thể thay thế. Hãy đổi tên hoặc di chuyển nó, rồi thử lại.",
  "error.notFound": "Mục này không còn tồn tại trong DocSpace. Hãy làm mới trang và thử lại.",
  "error.noDownloadPermission":
    "Bạn không được phép tải xuống mục này trong DocSpace nên không thể gửi. Hãy xin quản trị viên phòng quyền tải xuống.",
  "error.docspaceSignedOut": "Phiên DocSpace của bạn đã hết hạn. Hãy đăng nhập lại rồi thử lại.",
  "error.rateLimited": "Hiện có quá nhiều yêu cầu. Hãy đợi một phút rồi thử lại.",
  "error.network":
    "Kết nối không thành công. Hãy kiểm tra mạng, tải lại trang (plugin vừa cài đặt hoặc bật chỉ có hiệu lực sau khi tải lại) và thử lại.",
  "error.server": "DocSpace hoặc Dropbox đang gặp sự cố. Hãy thử lại sau.",
  "error.incompleteDownload": "Việc tải xuống từ DocSpace dừng sớm nên không có gì được lưu. Hãy thử lại.",
  "error.incompleteListing":
    "Danh sách của thư mục này trong DocSpace liên tục thay đổi trong khi đọc nên có thể một số tệp chưa được gửi. Hãy gửi lại thư mục.",
  "error.integrity": "Bản sao trong Dropbox không khớp với bản gốc nên không được giữ lại. Hãy thử lại.",
  "error.cancelled": "Đã hủy gửi. Không lưu tệp nào dở dang.",
  "error.unknown":
    "Gửi đến Dropbox không thành công vì một lý do không mong muốn. Chi tiết có trong bảng điều khiển của trình duyệt (F12); hãy thử lại và báo cáo nếu lỗi vẫn tiếp diễn.",
  "error.notConfigured":
    "Gửi đến Dropbox chưa được thiết lập. Hãy nhờ quản trị viên DocSpace hoàn tất cài đặt plugin.",
  "error.notAllowed": "Trên cổng này, chỉ quản trị viên DocSpace mới có thể gửi đến Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Đóng",
} as const satisfies Record<MessageKey, string>;
