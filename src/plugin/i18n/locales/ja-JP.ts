import type { MessageKey } from "./en";

export const jaJP = {
  "menu.send": "Dropbox に送信",
  "menu.account": "Dropbox の接続",
  "send.background":
    "Dropbox に送信しています。進行状況や、完了後の結果を見るには、同じ項目でもう一度「Dropbox に送信」を選択してください。",

  "send.nothingSelected": "送信する項目が選択されていません。",
  "send.otherTab":
    "この項目は、このブラウザーの別のタブまたはウィンドウから既に Dropbox に送信中です。進行状況を見るには、そちらでこの項目の「Dropbox に送信」を選択してください。そのタブを閉じたばかりの場合は、数秒後にもう一度お試しください。",

  "resume.question": "この項目の以前の送信は完了前に停止しました。",

  "resume.resume": "再開 — {totalBytes} 中 {bytes} は Dropbox に送信済み",

  "resume.startAgain": "最初からやり直す",

  "progress.preparing": "Dropbox への送信を準備しています: フォルダーの内容を読み込んでいます…",
  "progress.running":
    "Dropbox に送信中: {totalFiles, plural, other {# 個中}} {files} 個のファイル、{totalBytes} 中 {bytes}。",
  "progress.title": "Dropbox に送信中",
  "progress.explain": "ジョブが終わると、すべての送信先が表示されます。",
  "progress.refresh": "更新",
  "progress.cancel": "送信をキャンセル",
  "progress.cancelling":
    "キャンセルしています。送信済みのファイルは Dropbox に残ります。途中までのファイルは保存されません。",
  "progress.operation": "Dropbox に送信中：{name}",
  "progress.operationMany": "Dropbox に送信中：選択した項目 ({count})",

  "result.fileSent": "Dropbox に送信しました: {path}",
  "result.fileFailed": "「{name}」は送信されませんでした。{reason}",
  "result.empty": "送信するものがありません: 選択範囲にファイルがありません。{path} は変更されていません。",
  "result.summaryToast":
    "Dropbox への送信が完了しました: {total, plural, other {# 個中}} {sent} 個のファイルを送信しました。",
  "result.title": "Dropbox に送信しました",
  "result.where.appFolder": "Dropbox 内のこのアプリのフォルダー（「Apps」の下）の {path}",
  "result.where.appFolderRoot": "Dropbox 内のこのアプリのフォルダー（「Apps」の下）",
  "result.where.root": "Dropbox の最上位",
  "result.account": "Dropbox アカウント: {name}",
  "result.fileRenamedWhy": "{path} として Dropbox に送信しました。元の名前「{name}」から変更: {reasons}。",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox は名前に「/」「\\」と一部の制御文字を使用できません",
  "rename.controlCharacter": "名前の読み方を変える見えない文字を置き換えました",
  "rename.invalidText": "名前に壊れたテキスト（無効な文字）が含まれていました",
  "rename.surroundingSpace": "Dropbox は名前の先頭と末尾の空白を保持しません",
  "rename.relativeName": "名前が空か、ドットだけでした",
  "rename.notSynced": "Dropbox は desktop.ini や ~$ ロックファイルのような名前を同期しません",
  "rename.tooLong": "Dropbox の名前は最大 255 文字です",
  "rename.nameClash": "この送信の別の項目が同じ名前です（Dropbox は大文字と小文字を区別しません）",
  "rename.keptBoth": "同じ名前のファイルが既にあったため、Dropbox がこのファイルに番号を付けました",
  "mixed.title": "一部の項目は送信できません",
  "mixed.intro": "選択した次の項目はダウンロードが許可されていないため、除外されます:",
  "mixed.send": "残りを送信（{count}）",
  "result.titleWithProblems": "Dropbox に送信しました (問題あり)",
  "result.counts": "{total, plural, other {# 個中}} {sent} 個のファイルを {path} に送信しました。",
  "result.failedHeading": "{count, plural, other {# 個のファイルが送信されませんでした:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading": "{count, plural, other {Dropbox 用に名前を変更したファイル: # 個}}",
  "result.andMore": "…ほか {count} 件。",
  "result.item": "項目 {id}",
  "result.linkTitle": "共有リンク",
  "result.linkIntro":
    "このリンクを知っている人は誰でも Dropbox でファイルを表示できます。フィールドからコピーしてください:",
  "result.linkLabel": "共有リンク",
  "result.linkCopied": "共有リンクをクリップボードにコピーしました。",

  "connect.title": "Dropbox に接続",
  "account.title": "Dropbox の接続",
  "account.sharedMode":
    "このポータルは、DocSpace 管理者がプラグイン設定で管理する 1 つの共有 Dropbox アカウントに送信します。",
  "connect.intro": "ファイルを送信するには、Dropbox への書き込み許可が必要です。",
  "connect.privacy":
    "Dropbox の接続情報は、お使いの DocSpace アカウント専用としてこのブラウザーに保存され、ポータルのサーバーに送られることはありません。このポータルにインストールされているほかのプラグインは同じページ内で動作するため、接続情報を読み取れる可能性があります。接続情報は、接続を解除したとき、ここで DocSpace からサインアウトしたとき、およびこのブラウザーでほかの人がポータルにサインインしたときに削除されます。",
  "connect.step1": "1. 新しいタブで Dropbox を開き、サインインしてアクセスを許可します。",
  "connect.openDropbox": "Dropbox を開く",
  "connect.popupBlocked":
    "ブラウザーが新しいタブをブロックしました。このアドレスを新しいタブにコピーしてください:",
  "connect.step2": "2. Dropbox にコードが表示されます。それをコピーしてここに貼り付けます:",
  "connect.codePlaceholder": "Dropbox のコード",
  "connect.sessionOnly": "このコンピューターで接続を維持しない (このタブでのみ、閉じるまで)",
  "connect.connect": "接続",
  "connect.connectedAs": "{name} ({email}) として接続中",
  "connect.connectedAsName": "{name} として接続中",
  "connect.accountUnknown": "Dropbox アカウント",
  "connect.disconnect": "接続を解除",
  "connect.sendNow": "今すぐ送信",
  "connect.codeMissing": "Dropbox に表示されたコードを貼り付けてから、「接続」を選択してください。",
  "connect.codeRejected":
    "Dropbox はこのコードを受け付けませんでした。コードは 1 回だけ、数分間のみ有効です。もう一度「Dropbox を開く」を選択し、新しいコードを貼り付けてください。",
  "connect.appKeyMissing": "先に Dropbox のアプリキーを入力してください。",
  "connect.storageDenied":
    "このブラウザーでは、プラグインが接続情報を保存できません (サイトデータがブロックされています)。ポータルのサイトデータを許可してから、もう一度接続してください。",

  "settings.app.title": "Dropbox アプリ",
  "settings.app.howto1":
    "1. Dropbox App Console (https://www.dropbox.com/developers/apps) で Scoped access のアプリを作成します。App folder (推奨: プラグインは自分のフォルダーのみ参照) または Full Dropbox を選びます。",
  "settings.app.howto2":
    "2. Permissions タブで files.content.write と account_info.read を、共有リンク用に sharing.write と sharing.read をオンにして送信します。",
  "settings.app.howto3":
    "3. Settings タブの App key を下のフィールドにコピーします。アプリシークレットは不要です。",
  "settings.appKey.label": "Dropbox アプリキー",
  "settings.appKey.placeholder": "例: a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox のアプリキーは英字、数字、「-」「_」だけで構成されます。{characters} を削除してください。",
  "settings.appKey.tooLong":
    "Dropbox のアプリキーは最大 {max} 文字です。App Console からもう一度コピーしてください。",
  "settings.appKey.checkedLater":
    "Dropbox は最初の接続時にキーを確認します。キーが間違っていると、Dropbox は「Invalid client_id」ページを表示します。",
  "settings.access.label": "アプリのアクセスの種類（作成時に選択）",
  "settings.access.appFolder": "アプリフォルダー: ファイルは「Apps」内のアプリのフォルダーに入ります",
  "settings.access.full": "Dropbox 全体",
  "settings.mode.label": "ファイルを受け取る Dropbox",
  "settings.mode.personal": "各ユーザーが自分の Dropbox を接続する (推奨)",
  "settings.mode.shared": "ポータル全体で 1 つの共有 Dropbox アカウント",
  "settings.mode.personalHint":
    "各ユーザーは初めて送信するときに接続を求められます。接続情報はポータルのサーバーではなくそのユーザーのブラウザーに保存され、ユーザーが接続を解除したとき、サインアウトしたとき、またはそのブラウザーで別のユーザーがサインインしたときに削除されます。このポータルにインストールされているほかのプラグインは同じページ内で動作するため、接続情報を読み取れる可能性があります。",
  "settings.mode.sharedWarning":
    "注意: DocSpace はプラグイン設定をポータルの全メンバーのブラウザーに送るため、どのメンバーも共有アカウントのトークンを読み取れます。トークンがそのフォルダーにしか届かないよう、App folder タイプの Dropbox アプリを使用してください。",
  "settings.connect.saveHint": "この接続を保持するには「保存」を選択してください。",
  "settings.connect.notRevoked":
    "共有の接続はここから削除されましたが、Dropbox に接続できず取り消せなかったため、この設定からトークンを読み取った人は引き続きそのトークンを使用できます。取り消すには、その Dropbox アカウントにサインインし、「設定 › 接続済みのアプリ」(https://www.dropbox.com/account/connected_apps) を開いて、このアプリを削除してください。",
  "settings.token.label": "またはアクセストークンを貼り付け",
  "settings.token.placeholder": "Dropbox アクセストークン",
  "settings.token.warning":
    "有効期間の短い Dropbox アクセストークンは 4 時間で期限切れになり、新しいトークンを貼り付けるまで送信できなくなります。継続的な接続には、上の「接続」を使用してください。",
  "settings.token.invalid":
    "アクセストークンに Dropbox のトークンには含まれない文字があります。もう一度コピーしてください。",
  "settings.folder.label": "Dropbox の送信先フォルダー",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "空欄は最上位を意味します (App folder アプリの場合はアプリ自身のフォルダー)。",
  "settings.folder.noLeadingSlash": "フォルダーは「/」で始める必要があります (例: /DocSpace)。",
  "settings.folder.emptyComponent": "フォルダーに「//」を含めることはできません。",
  "settings.folder.componentTooLong": "各フォルダー名は 255 文字以内にしてください。",
  "settings.folder.trailingSpaceOrDot": "フォルダー名の末尾にスペースやピリオドは使えません。",
  "settings.folder.unsafeCharacter": 'フォルダー名に < > : " | ? * \\ や制御文字は使えません。',
  "settings.folder.disallowedName":
    "Dropbox はこのフォルダー名を受け付けません (desktop.ini や ~$ で始まる名前など)。",
  "settings.folder.invalid": "設定は保存されませんでした。送信先フォルダー: {reason}",
  "settings.folder.savedAs": "{folder} として保存されます",
  "settings.budget.left": "この設定の残り: {left}/{limit} 文字。",
  "settings.budget.over":
    "長すぎます: {length} 文字が必要ですが、DocSpace に保存できるのは最大 {limit} 文字です。送信先フォルダーを {excess, plural, other {# 文字}}短くしてください。",
  "settings.budget.overToken":
    "長すぎます: このアクセストークンでは {length} 文字が必要ですが、DocSpace に保存できるのは最大 {limit} 文字です。トークンを貼り付ける代わりに「接続」を使うか、送信先フォルダーを {excess, plural, other {# 文字}}短くしてください。",
  "settings.saveBlocked": "上に示した問題を直すまで保存できません。",
  "settings.notSaved": "設定は保存されませんでした: {reason}",
  "settings.changedElsewhere":
    "設定は保存されませんでした: このパネルを開いた後に、別のウィンドウまたはタブで設定が変更されています。現在の値を確認するには、設定を閉じてからもう一度開いてください。",
  "settings.conflict.label": "同じ名前のファイルが既にある場合",
  "settings.conflict.keepBoth": "両方を残す (新しいファイルに番号を付ける)",
  "settings.conflict.overwrite": "既存のファイルを置き換える",
  "settings.shareLink.label": "送信したファイルの共有リンクを作成する",
  "settings.audience.label": "Dropbox に送信できるユーザー",
  "settings.audience.everyone": "項目をダウンロードできる全員",
  "settings.audience.admins": "DocSpace のオーナーと管理者のみ",
  "settings.audience.hint":
    "ほかのユーザーにはメニュー項目が表示されなくなりますが、この設定は隠されません。",
  "settings.save": "保存",
  "settings.saved": "「Dropbox に送信」の設定を保存しました。",
  "settings.saved.noAppKey":
    "設定を保存しました。Dropbox アプリキーが入力されるまで「Dropbox に送信」は表示されません。",
  "settings.saved.sharedNotConnected":
    "設定を保存しました。共有 Dropbox アカウントが接続されるまで「Dropbox に送信」は表示されません。",
  "settings.saved.accessToken":
    "貼り付けたアクセストークンで設定を保存しました。有効期間が短いトークンの場合、4 時間後に送信できなくなります。",
  "settings.tooLong":
    "設定は保存されませんでした: {length} 文字が必要ですが、DocSpace に保存できるのは最大 {limit} 文字です。送信先フォルダーを {excess, plural, other {# 文字}}短くしてください。",
  "settings.tooLong.token":
    "設定は保存されませんでした: このアクセストークンでは {length} 文字が必要ですが、DocSpace に保存できるのは最大 {limit} 文字です。トークンを貼り付ける代わりに「接続」を使うか、送信先フォルダーを {excess, plural, other {# 文字}}短くしてください。",

  "error.notConnected": "ファイルを送信するには Dropbox アカウントを接続してください。",
  "error.notConnected.shared":
    "共有 Dropbox アカウントが接続されていません。DocSpace 管理者にプラグイン設定で接続するよう依頼してください。",
  "error.dropboxAuth":
    "Dropbox はこの接続を受け付けなくなりました (取り消されたか期限切れです)。Dropbox にもう一度接続してください。",
  "error.dropboxAuth.shared":
    "Dropbox は共有の接続を受け付けなくなりました (取り消されたか期限切れです)。DocSpace 管理者にプラグイン設定で再接続するよう依頼してください。",
  "error.dropboxAuth.reconnected":
    "送信が停止しました: Dropbox は送信開始時の接続を受け付けなくなりました (取り消されたか期限切れです)。その後 Dropbox に再接続済みのため、この項目でもう一度「Dropbox に送信」を選択してください。",
  "error.dropboxPermission":
    "Dropbox アプリに必要な権限 (files.content.write や sharing.write など) がありません。管理者に Dropbox App Console で有効にしてもらい、もう一度接続してください。",
  "error.insufficientSpace":
    "Dropbox の容量がいっぱいです。空き容量を増やすかプランをアップグレードしてから、もう一度お試しください。",
  "error.tooLarge": "ファイルが、Dropbox が 1 ファイルとして受け付けるサイズを超えています。",
  "error.invalidPath":
    "Dropbox は送信先のパスを受け付けません。管理者にプラグイン設定の送信先フォルダーを確認するよう依頼してください。",
  "error.conflict":
    "Dropbox 内の何か (ファイルと同じ名前のフォルダーなど) が妨げになっていて、置き換えられません。名前を変更するか移動してから、もう一度お試しください。",
  "error.notFound": "この項目は DocSpace に存在しなくなりました。ページを更新して、もう一度お試しください。",
  "error.noDownloadPermission":
    "DocSpace でこの項目をダウンロードする権限がないため、送信できません。ルームの管理者にダウンロード権限を依頼してください。",
  "error.docspaceSignedOut":
    "DocSpace のセッションが期限切れです。もう一度サインインしてから再試行してください。",
  "error.rateLimited": "現在リクエストが多すぎます。1 分待ってから、もう一度お試しください。",
  "error.network":
    "接続に失敗しました。ネットワークを確認し、ページを再読み込みして (インストールまたは有効化したばかりのプラグインは再読み込み後に有効になります)、もう一度お試しください。",
  "error.server": "DocSpace または Dropbox で問題が発生しています。しばらくしてからもう一度お試しください。",
  "error.incompleteDownload":
    "DocSpace からのダウンロードが途中で止まったため、何も保存されていません。もう一度お試しください。",
  "error.incompleteListing":
    "DocSpace のこのフォルダーの一覧が読み取り中に変わり続けたため、一部のファイルが送信されていない可能性があります。フォルダーをもう一度送信してください。",
  "error.integrity":
    "Dropbox のコピーが元のファイルと一致しなかったため、保存されませんでした。もう一度お試しください。",
  "error.cancelled": "送信をキャンセルしました。途中までのファイルは保存されていません。",
  "error.unknown":
    "予期しない理由で「Dropbox に送信」が失敗しました。詳細はブラウザーのコンソール (F12) にあります。もう一度お試しいただき、続く場合は報告してください。",
  "error.notConfigured":
    "「Dropbox に送信」はまだ設定されていません。DocSpace 管理者にプラグイン設定を完了するよう依頼してください。",
  "error.notAllowed": "このポータルでは、DocSpace 管理者のみが Dropbox に送信できます。",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "閉じる",
} as const satisfies Record<MessageKey, string>;
