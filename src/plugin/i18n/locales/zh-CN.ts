import type { MessageKey } from "./en";

export const zhCN = {
  "menu.send": "发送到 Dropbox",
  "menu.account": "Dropbox 连接",
  "send.background":
    "正在发送到 Dropbox。对同一项目再次选择“发送到 Dropbox”，即可查看进度，或在完成后查看结果。",

  "send.nothingSelected": "未选择要发送的内容。",
  "send.otherTab":
    "此项目正在本浏览器的另一个标签页或窗口中发送到 Dropbox。请在那里对该项目选择“发送到 Dropbox”以查看进度。如果那个标签页刚刚关闭，请过几秒钟再试。",

  "resume.question": "此项目之前的发送在完成前中断了。",

  "resume.resume": "继续 — {totalBytes} 中的 {bytes} 已在 Dropbox 中",

  "resume.startAgain": "重新开始",

  "progress.preparing": "正在准备发送到 Dropbox：正在读取文件夹内容…",
  "progress.running":
    "仍在发送到 Dropbox：{files}/{totalFiles, plural, other {# 个文件}}，{bytes}/{totalBytes}。",
  "progress.title": "正在发送到 Dropbox",
  "progress.explain": "任务结束后，您会看到所有内容的去向。",
  "progress.refresh": "刷新",
  "progress.cancel": "取消发送",
  "progress.cancelling": "正在取消。已发送的文件保留在 Dropbox 中；不会保存任何不完整的文件。",
  "progress.operation": "正在发送到 Dropbox：{name}",
  "progress.operationMany": "正在发送到 Dropbox：所选项目 ({count})",

  "result.fileSent": "已发送到 Dropbox：{path}",
  "result.fileFailed": "“{name}”未发送。{reason}",
  "result.empty": "没有可发送的内容：所选内容中没有文件。{path} 未更改。",
  "result.summaryToast": "发送到 Dropbox 已完成：已发送 {sent}/{total, plural, other {# 个文件}}。",
  "result.title": "已发送到 Dropbox",
  "result.where.appFolder": "Dropbox 中此应用的文件夹内的 {path}（位于“Apps”下）",
  "result.where.appFolderRoot": "Dropbox 中此应用的文件夹（位于“Apps”下）",
  "result.where.root": "Dropbox 的顶层",
  "result.account": "Dropbox 帐户：{name}",
  "result.fileRenamedWhy": "已作为 {path} 发送到 Dropbox，原名“{name}”：{reasons}。",
  "result.renamedLineWhy": "{name} → {path}：{reasons}",
  "rename.reservedCharacter": "Dropbox 不接受名称中的“/”、“\\”和某些控制字符",
  "rename.controlCharacter": "已替换会改变名称读法的不可见字符",
  "rename.invalidText": "名称包含损坏的文本（无效字符）",
  "rename.surroundingSpace": "Dropbox 不保留名称开头或结尾的空格",
  "rename.relativeName": "名称为空或只有点",
  "rename.notSynced": "Dropbox 不同步 desktop.ini 或 ~$ 锁定文件之类的名称",
  "rename.tooLong": "Dropbox 的名称最多允许 255 个字符",
  "rename.nameClash": "此次发送中的另一项同名（Dropbox 不区分大小写）",
  "rename.keptBoth": "已存在同名文件，因此 Dropbox 为此文件编了号",
  "mixed.title": "部分项目无法发送",
  "mixed.intro": "您无权下载以下所选项目，因此已将其排除：",
  "mixed.send": "发送其余项目（{count}）",
  "result.titleWithProblems": "已发送到 Dropbox，但存在问题",
  "result.counts": "已将 {sent}/{total, plural, other {# 个文件}}发送到 {path}。",
  "result.failedHeading": "{count, plural, other {# 个文件未发送：}}",
  "result.failedLine": "{name}：{reason}",
  "result.renamedHeading": "{count, plural, other {# 个文件已为 Dropbox 重命名：}}",
  "result.andMore": "…还有 {count} 项。",
  "result.item": "项目 {id}",
  "result.linkTitle": "共享链接",
  "result.linkIntro": "任何拥有此链接的人都可以在 Dropbox 中查看该文件。请从字段中复制：",
  "result.linkLabel": "共享链接",
  "result.linkCopied": "共享链接已复制到剪贴板。",

  "connect.title": "连接 Dropbox",
  "account.title": "Dropbox 连接",
  "account.sharedMode": "此门户发送到一个共享的 Dropbox 帐户，由 DocSpace 管理员在插件设置中管理。",
  "connect.intro": "要发送文件，插件需要写入您的 Dropbox 的权限。",
  "connect.privacy":
    "您的 Dropbox 连接保存在此浏览器中，仅供您的 DocSpace 帐户使用；门户的服务器永远不会收到它。此门户上安装的其他插件在同一页面中运行，有可能读取它。当您断开连接、在此处退出 DocSpace，以及其他人在此浏览器中登录门户时，该连接都会被删除。",
  "connect.step1": "1. 在新标签页中打开 Dropbox，登录并允许访问。",
  "connect.openDropbox": "打开 Dropbox",
  "connect.popupBlocked": "浏览器阻止了新标签页。请自行将此地址复制到新标签页中：",
  "connect.step2": "2. 随后 Dropbox 会显示一个代码。复制它并粘贴到这里：",
  "connect.codePlaceholder": "来自 Dropbox 的代码",
  "connect.sessionOnly": "不在此计算机上保持连接（仅限此标签页，直到其关闭）",
  "connect.connect": "连接",
  "connect.connectedAs": "已连接为 {name}（{email}）",
  "connect.connectedAsName": "已连接为 {name}",
  "connect.accountUnknown": "一个 Dropbox 帐户",
  "connect.disconnect": "断开连接",
  "connect.sendNow": "立即发送",
  "connect.codeMissing": "粘贴 Dropbox 显示的代码，然后选择“连接”。",
  "connect.codeRejected":
    "Dropbox 未接受此代码。代码只能使用一次，且仅在几分钟内有效：请再次选择“打开 Dropbox”并粘贴新代码。",
  "connect.appKeyMissing": "请先输入 Dropbox 应用密钥。",
  "connect.storageDenied":
    "此浏览器不允许插件保存您的连接（网站数据已被阻止）。请允许门户的网站数据，然后重新连接。",

  "settings.app.title": "Dropbox 应用",
  "settings.app.howto1":
    "1. 在 Dropbox App Console（https://www.dropbox.com/developers/apps）中创建一个 Scoped access 应用。选择 App folder（推荐：插件只能看到自己的文件夹）或 Full Dropbox。",
  "settings.app.howto2":
    "2. 在 Permissions 选项卡中勾选 files.content.write 和 account_info.read，如需共享链接再勾选 sharing.write 和 sharing.read，然后提交。",
  "settings.app.howto3":
    "3. 将 Settings 选项卡中的 App key 复制到下面的字段中。永远不需要应用密码（App secret）。",
  "settings.appKey.label": "Dropbox 应用密钥",
  "settings.appKey.placeholder": "例如 a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters": "Dropbox 应用密钥只包含字母、数字、“-”和“_”。请删除 {characters}。",
  "settings.appKey.tooLong": "Dropbox 应用密钥最多 {max} 个字符。请从 App Console 重新复制。",
  "settings.appKey.checkedLater":
    "Dropbox 会在有人首次连接时检查密钥：密钥错误时，Dropbox 会显示“Invalid client_id”页面。",
  "settings.access.label": "应用的访问类型（创建时选择）",
  "settings.access.appFolder": "应用文件夹：文件进入“Apps”下该应用的文件夹",
  "settings.access.full": "整个 Dropbox",
  "settings.mode.label": "由谁的 Dropbox 接收文件",
  "settings.mode.personal": "每位用户连接自己的 Dropbox（推荐）",
  "settings.mode.shared": "整个门户使用一个共享的 Dropbox 帐户",
  "settings.mode.personalHint":
    "每位用户在第一次发送时会被要求连接。连接保存在该用户的浏览器中，而不是门户的服务器上；当该用户断开连接、退出登录，或其他用户在该浏览器中登录时，连接会被删除。此门户上安装的其他插件在同一页面中运行，有可能读取它。",
  "settings.mode.sharedWarning":
    "注意：DocSpace 会将插件设置发送到每位门户成员的浏览器，因此任何成员都能读取共享帐户的令牌。请使用 App folder 类型的 Dropbox 应用，使令牌只能访问该文件夹。",
  "settings.connect.saveHint": "选择“保存”以保留此连接。",
  "settings.connect.notRevoked":
    "共享连接已从此处移除，但无法联系 Dropbox 将其撤销，因此从这些设置中读取过令牌的任何人仍可使用它。要撤销它，请登录该 Dropbox 帐户，打开“设置 › 已关联的应用”（https://www.dropbox.com/account/connected_apps），然后移除此应用。",
  "settings.token.label": "或粘贴访问令牌",
  "settings.token.placeholder": "Dropbox 访问令牌",
  "settings.token.warning":
    "短期 Dropbox 访问令牌会在 4 小时后过期；在您粘贴新令牌之前，发送将无法进行。如需持久连接，请使用上方的“连接”。",
  "settings.token.invalid": "访问令牌包含 Dropbox 令牌中从不出现的字符。请重新复制。",
  "settings.folder.label": "Dropbox 中的目标文件夹",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "留空表示顶层（对于 App folder 应用，即应用自己的文件夹）。",
  "settings.folder.noLeadingSlash": "文件夹必须以“/”开头，例如 /DocSpace。",
  "settings.folder.emptyComponent": "文件夹中不能包含“//”。",
  "settings.folder.componentTooLong": "每个文件夹名称最多 255 个字符。",
  "settings.folder.trailingSpaceOrDot": "文件夹名称不能以空格或句点结尾。",
  "settings.folder.unsafeCharacter": '文件夹名称不能包含 < > : " | ? * \\ 或控制字符。',
  "settings.folder.disallowedName": "Dropbox 不接受此文件夹名称（例如 desktop.ini 或以 ~$ 开头的名称）。",
  "settings.folder.invalid": "设置未保存。目标文件夹：{reason}",
  "settings.folder.savedAs": "将保存为 {folder}",
  "settings.budget.left": "这些设置剩余：{left}/{limit} 个字符。",
  "settings.budget.over":
    "太长：需要 {length} 个字符，而 DocSpace 最多存储 {limit} 个。请将目标文件夹缩短 {excess, plural, other {# 个字符}}。",
  "settings.budget.overToken":
    "太长：使用此访问令牌需要 {length} 个字符，而 DocSpace 最多存储 {limit} 个。请使用“连接”而不是粘贴令牌，或将目标文件夹缩短 {excess, plural, other {# 个字符}}。",
  "settings.saveBlocked": "在修正上面标出的问题之前无法保存。",
  "settings.notSaved": "设置未保存：{reason}",
  "settings.changedElsewhere":
    "设置未保存：打开此面板后，设置已在另一个窗口或标签页中被更改。请关闭设置并重新打开，以查看当前的值。",
  "settings.conflict.label": "当已有同名文件时",
  "settings.conflict.keepBoth": "保留两者（新文件会加上编号）",
  "settings.conflict.overwrite": "替换现有文件",
  "settings.shareLink.label": "为已发送的文件创建共享链接",
  "settings.audience.label": "谁可以发送到 Dropbox",
  "settings.audience.everyone": "所有可以下载该项目的人",
  "settings.audience.admins": "仅 DocSpace 所有者和管理员",
  "settings.audience.hint": "这会对其他用户隐藏菜单项，但不会隐藏这些设置。",
  "settings.save": "保存",
  "settings.saved": "“发送到 Dropbox”设置已保存。",
  "settings.saved.noAppKey": "设置已保存。在输入 Dropbox 应用密钥之前，“发送到 Dropbox”将保持隐藏。",
  "settings.saved.sharedNotConnected":
    "设置已保存。在连接共享 Dropbox 帐户之前，“发送到 Dropbox”将保持隐藏。",
  "settings.saved.accessToken": "已使用粘贴的访问令牌保存设置。如果它是短期令牌，发送将在 4 小时后停止工作。",
  "settings.tooLong":
    "设置未保存：需要 {length} 个字符，而 DocSpace 最多存储 {limit} 个。请将目标文件夹缩短 {excess, plural, other {# 个字符}}。",
  "settings.tooLong.token":
    "设置未保存：使用此访问令牌需要 {length} 个字符，而 DocSpace 最多存储 {limit} 个。请使用“连接”而不是粘贴令牌，或将目标文件夹缩短 {excess, plural, other {# 个字符}}。",

  "error.notConnected": "请连接您的 Dropbox 帐户以发送文件。",
  "error.notConnected.shared": "共享 Dropbox 帐户未连接。请让 DocSpace 管理员在插件设置中连接它。",
  "error.dropboxAuth": "Dropbox 不再接受您的连接（已被撤销或已过期）。请重新连接 Dropbox。",
  "error.dropboxAuth.shared":
    "Dropbox 不再接受共享连接（已被撤销或已过期）。请让 DocSpace 管理员在插件设置中重新连接。",
  "error.dropboxAuth.reconnected":
    "发送已停止：Dropbox 不再接受发送开始时使用的连接（已被撤销或已过期）。此后您已重新连接 Dropbox，请对该项目再次选择“发送到 Dropbox”。",
  "error.dropboxPermission":
    "Dropbox 应用缺少所需权限（例如 files.content.write 或 sharing.write）。请让管理员在 Dropbox App Console 中启用它，然后重新连接。",
  "error.insufficientSpace": "您的 Dropbox 已满。请释放空间或升级套餐，然后重试。",
  "error.tooLarge": "文件超过了 Dropbox 对单个文件接受的大小。",
  "error.invalidPath": "Dropbox 不接受目标路径。请让管理员检查插件设置中的目标文件夹。",
  "error.conflict":
    "Dropbox 中有内容造成阻碍（例如与文件同名的文件夹），且无法替换。请将其重命名或移动，然后重试。",
  "error.notFound": "该项目已不在 DocSpace 中。请刷新页面后重试。",
  "error.noDownloadPermission": "您无权在 DocSpace 中下载此项目，因此无法发送。请向房间管理员申请下载权限。",
  "error.docspaceSignedOut": "您的 DocSpace 会话已过期。请重新登录，然后重试。",
  "error.rateLimited": "当前请求过多。请等待一分钟后重试。",
  "error.network": "连接失败。请检查网络，刷新页面（刚安装或启用的插件在刷新后生效），然后重试。",
  "error.server": "DocSpace 或 Dropbox 目前出现问题。请稍后重试。",
  "error.incompleteDownload": "从 DocSpace 下载提前中止，因此未保存任何内容。请重试。",
  "error.incompleteListing":
    "DocSpace 中此文件夹的列表在读取时不断变化，因此其中部分文件可能未发送。请重新发送该文件夹。",
  "error.integrity": "Dropbox 中的副本与原件不一致，因此未保留。请重试。",
  "error.cancelled": "发送已取消。未保存任何不完整的文件。",
  "error.unknown":
    "“发送到 Dropbox”因意外原因失败。详细信息在浏览器控制台（F12）中；请重试，如果问题持续存在请报告。",
  "error.notConfigured": "“发送到 Dropbox”尚未设置。请让 DocSpace 管理员完成插件设置。",
  "error.notAllowed": "在此门户上，只有 DocSpace 管理员可以发送到 Dropbox。",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "关闭",
} as const satisfies Record<MessageKey, string>;
