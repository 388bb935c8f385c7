import type { MessageKey } from "./en";

export const koKR = {
  "menu.send": "Dropbox로 보내기",
  "menu.account": "Dropbox 연결",
  "send.background":
    "Dropbox로 보내는 중입니다. 진행 상황이나 완료 후 결과를 보려면 같은 항목에서 'Dropbox로 보내기'을(를) 다시 선택하세요.",

  "send.nothingSelected": "보낼 항목을 선택하지 않았습니다.",
  "send.otherTab":
    "이 항목은 이미 이 브라우저의 다른 탭이나 창에서 Dropbox로 보내는 중입니다. 진행 상황을 보려면 그곳에서 이 항목의 'Dropbox로 보내기'를 선택하세요. 그 탭을 방금 닫았다면 몇 초 후에 다시 시도하세요.",

  "resume.question": "이 항목의 이전 전송이 완료되기 전에 중단되었습니다.",

  "resume.resume": "이어서 보내기 — {totalBytes} 중 {bytes}는 이미 Dropbox에 있음",

  "resume.startAgain": "처음부터 다시 시작",

  "progress.preparing": "Dropbox로 보내기를 준비하는 중입니다: 폴더 내용을 읽는 중…",
  "progress.running":
    "Dropbox로 보내는 중: 파일 {totalFiles, plural, other {#개}} 중 {files}개, {totalBytes} 중 {bytes}.",
  "progress.title": "Dropbox로 보내는 중",
  "progress.explain": "작업이 끝나면 모든 항목이 어디로 갔는지 볼 수 있습니다.",
  "progress.refresh": "새로 고침",
  "progress.cancel": "보내기 취소",
  "progress.cancelling":
    "취소하는 중입니다. 이미 보낸 파일은 Dropbox에 남고, 일부만 전송된 파일은 저장되지 않습니다.",
  "progress.operation": "Dropbox로 보내는 중: {name}",
  "progress.operationMany": "Dropbox로 보내는 중: 선택한 항목 ({count})",

  "result.fileSent": "Dropbox로 보냈습니다: {path}",
  "result.fileFailed": "“{name}”을(를) 보내지 못했습니다. {reason}",
  "result.empty": "보낼 것이 없습니다: 선택 항목에 파일이 없습니다. {path}은(는) 변경되지 않았습니다.",
  "result.summaryToast": "Dropbox로 보내기 완료: 파일 {total, plural, other {#개}} 중 {sent}개를 보냈습니다.",
  "result.title": "Dropbox로 보냈습니다",
  "result.where.appFolder": "Dropbox에 있는 이 앱의 폴더(“Apps” 아래)의 {path}",
  "result.where.appFolderRoot": "Dropbox에 있는 이 앱의 폴더(“Apps” 아래)",
  "result.where.root": "Dropbox의 최상위",
  "result.account": "Dropbox 계정: {name}",
  "result.fileRenamedWhy": "{path}(으)로 Dropbox에 보냈습니다. 원래 이름 “{name}”에서 바뀐 이유: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox는 이름에 “/”, “\\” 및 일부 제어 문자를 허용하지 않습니다",
  "rename.controlCharacter": "이름을 읽는 방식을 바꾸는 보이지 않는 문자를 바꿨습니다",
  "rename.invalidText": "이름에 손상된 텍스트(잘못된 문자)가 있었습니다",
  "rename.surroundingSpace": "Dropbox는 이름 앞뒤의 공백을 유지하지 않습니다",
  "rename.relativeName": "이름이 비어 있거나 점으로만 되어 있었습니다",
  "rename.notSynced": "Dropbox는 desktop.ini나 ~$ 잠금 파일 같은 이름을 동기화하지 않습니다",
  "rename.tooLong": "Dropbox는 이름에 최대 255자까지 허용합니다",
  "rename.nameClash": "이번 보내기의 다른 항목이 같은 이름입니다(Dropbox는 대소문자를 구분하지 않습니다)",
  "rename.keptBoth": "같은 이름의 파일이 이미 있어 Dropbox가 이 파일에 번호를 붙였습니다",
  "mixed.title": "일부 항목을 보낼 수 없습니다",
  "mixed.intro": "선택한 다음 항목은 다운로드할 권한이 없어 제외됩니다:",
  "mixed.send": "나머지 보내기({count})",
  "result.titleWithProblems": "Dropbox로 보냈지만 문제가 있습니다",
  "result.counts": "파일 {total, plural, other {#개}} 중 {sent}개를 {path}(으)로 보냈습니다.",
  "result.failedHeading": "{count, plural, other {보내지 못한 파일 #개:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading": "{count, plural, other {Dropbox에 맞게 이름을 바꾼 파일 #개:}}",
  "result.andMore": "…외 {count}개.",
  "result.item": "항목 {id}",
  "result.linkTitle": "공유 링크",
  "result.linkIntro": "이 링크가 있는 사람은 누구나 Dropbox에서 파일을 볼 수 있습니다. 필드에서 복사하세요:",
  "result.linkLabel": "공유 링크",
  "result.linkCopied": "공유 링크를 클립보드에 복사했습니다.",

  "connect.title": "Dropbox 연결",
  "account.title": "Dropbox 연결",
  "account.sharedMode":
    "이 포털은 DocSpace 관리자가 플러그인 설정에서 관리하는 하나의 공유 Dropbox 계정으로 보냅니다.",
  "connect.intro": "파일을 보내려면 Dropbox에 쓸 수 있는 권한이 필요합니다.",
  "connect.privacy":
    "Dropbox 연결 정보는 현재 DocSpace 계정 전용으로 이 브라우저에 저장되며, 포털 서버로는 절대 전송되지 않습니다. 이 포털에 설치된 다른 플러그인은 같은 페이지에서 실행되므로 이 정보를 읽을 수도 있습니다. 연결 정보는 연결을 해제하거나, 이 브라우저의 DocSpace에서 로그아웃하거나, 다른 사람이 이 브라우저에서 포털에 로그인하면 삭제됩니다.",
  "connect.step1": "1. 새 탭에서 Dropbox를 열고 로그인한 다음 액세스를 허용하세요.",
  "connect.openDropbox": "Dropbox 열기",
  "connect.popupBlocked": "브라우저가 새 탭을 차단했습니다. 이 주소를 직접 새 탭에 복사하세요:",
  "connect.step2": "2. 그러면 Dropbox에 코드가 표시됩니다. 복사해서 여기에 붙여 넣으세요:",
  "connect.codePlaceholder": "Dropbox 코드",
  "connect.sessionOnly": "이 컴퓨터에서 연결 상태 유지 안 함(이 탭에서만, 탭을 닫을 때까지)",
  "connect.connect": "연결",
  "connect.connectedAs": "{name}({email}) 계정으로 연결됨",
  "connect.connectedAsName": "{name} 계정으로 연결됨",
  "connect.accountUnknown": "Dropbox 계정",
  "connect.disconnect": "연결 해제",
  "connect.sendNow": "지금 보내기",
  "connect.codeMissing": "Dropbox에 표시된 코드를 붙여 넣은 다음 “연결”을 선택하세요.",
  "connect.codeRejected":
    "Dropbox에서 이 코드를 받아들이지 않았습니다. 코드는 한 번, 몇 분 동안만 유효합니다. “Dropbox 열기”를 다시 선택하고 새 코드를 붙여 넣으세요.",
  "connect.appKeyMissing": "먼저 Dropbox 앱 키를 입력하세요.",
  "connect.storageDenied":
    "이 브라우저에서는 플러그인이 연결 정보를 보관할 수 없습니다(사이트 데이터가 차단됨). 포털의 사이트 데이터를 허용한 다음 다시 연결하세요.",

  "settings.app.title": "Dropbox 앱",
  "settings.app.howto1":
    "1. Dropbox App Console(https://www.dropbox.com/developers/apps)에서 Scoped access 앱을 만드세요. App folder(권장: 플러그인이 자체 폴더만 볼 수 있음) 또는 Full Dropbox를 선택하세요.",
  "settings.app.howto2":
    "2. Permissions 탭에서 files.content.write와 account_info.read를, 공유 링크용으로 sharing.write와 sharing.read를 선택하고 제출하세요.",
  "settings.app.howto3": "3. Settings 탭의 App key를 아래 필드에 복사하세요. 앱 시크릿은 필요하지 않습니다.",
  "settings.appKey.label": "Dropbox 앱 키",
  "settings.appKey.placeholder": "예: a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Dropbox 앱 키는 문자, 숫자, “-”, “_”로만 이루어집니다. {characters}을(를) 지우세요.",
  "settings.appKey.tooLong": "Dropbox 앱 키는 최대 {max}자입니다. App Console에서 다시 복사하세요.",
  "settings.appKey.checkedLater":
    "Dropbox는 누군가 처음 연결할 때 키를 확인합니다. 키가 틀리면 Dropbox가 “Invalid client_id” 페이지를 표시합니다.",
  "settings.access.label": "앱의 액세스 유형(만들 때 선택)",
  "settings.access.appFolder": "앱 폴더: 파일은 “Apps” 아래 앱 폴더로 갑니다",
  "settings.access.full": "전체 Dropbox",
  "settings.mode.label": "파일을 받을 Dropbox",
  "settings.mode.personal": "사용자마다 자신의 Dropbox 연결(권장)",
  "settings.mode.shared": "포털 전체에 하나의 공유 Dropbox 계정",
  "settings.mode.personalHint":
    "각 사용자는 처음 보낼 때 연결하라는 요청을 받습니다. 연결 정보는 포털 서버가 아닌 해당 사용자의 브라우저에 저장되며, 사용자가 연결을 해제하거나 로그아웃하거나 그 브라우저에서 다른 사용자가 로그인하면 삭제됩니다. 이 포털에 설치된 다른 플러그인은 같은 페이지에서 실행되므로 이 정보를 읽을 수도 있습니다.",
  "settings.mode.sharedWarning":
    "주의: DocSpace는 플러그인 설정을 모든 포털 구성원의 브라우저로 보내므로 모든 구성원이 공유 계정의 토큰을 읽을 수 있습니다. 토큰이 해당 폴더에만 접근하도록 App folder 유형의 Dropbox 앱을 사용하세요.",
  "settings.connect.saveHint": "이 연결을 유지하려면 “저장”을 선택하세요.",
  "settings.connect.notRevoked":
    "공유 연결은 여기에서 제거되었지만 Dropbox에 연결할 수 없어 취소하지 못했으므로, 이 설정에서 토큰을 읽은 사람은 누구나 계속 사용할 수 있습니다. 취소하려면 해당 Dropbox 계정에 로그인하고 설정 › 연결된 앱(https://www.dropbox.com/account/connected_apps)을 열어 이 앱을 제거하세요.",
  "settings.token.label": "또는 액세스 토큰 붙여 넣기",
  "settings.token.placeholder": "Dropbox 액세스 토큰",
  "settings.token.warning":
    "단기 Dropbox 액세스 토큰은 4시간 후에 만료되며, 새 토큰을 붙여 넣을 때까지 보내기가 작동하지 않습니다. 지속되는 연결을 원하면 위의 “연결”을 사용하세요.",
  "settings.token.invalid": "액세스 토큰에 Dropbox 토큰에는 없는 문자가 있습니다. 다시 복사하세요.",
  "settings.folder.label": "Dropbox의 대상 폴더",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "비워 두면 최상위 수준입니다(App folder 앱의 경우 앱 자체 폴더).",
  "settings.folder.noLeadingSlash": "폴더는 “/”로 시작해야 합니다(예: /DocSpace).",
  "settings.folder.emptyComponent": "폴더에 “//”가 있으면 안 됩니다.",
  "settings.folder.componentTooLong": "각 폴더 이름은 최대 255자까지 가능합니다.",
  "settings.folder.trailingSpaceOrDot": "폴더 이름은 공백이나 마침표로 끝날 수 없습니다.",
  "settings.folder.unsafeCharacter": '폴더 이름에 < > : " | ? * \\ 또는 제어 문자를 사용할 수 없습니다.',
  "settings.folder.disallowedName":
    "Dropbox에서 허용하지 않는 폴더 이름입니다(예: desktop.ini 또는 ~$로 시작하는 이름).",
  "settings.folder.invalid": "설정을 저장하지 못했습니다. 대상 폴더: {reason}",
  "settings.folder.savedAs": "{folder}(으)로 저장됩니다",
  "settings.budget.left": "이 설정에 남은 문자: {left}/{limit}자.",
  "settings.budget.over":
    "너무 깁니다: {length}자가 필요하지만 DocSpace는 최대 {limit}자까지 저장합니다. 대상 폴더를 {excess, plural, other {#자}} 줄이세요.",
  "settings.budget.overToken":
    "너무 깁니다: 이 액세스 토큰으로는 {length}자가 필요하지만 DocSpace는 최대 {limit}자까지 저장합니다. 토큰을 붙여 넣는 대신 “연결”을 사용하거나 대상 폴더를 {excess, plural, other {#자}} 줄이세요.",
  "settings.saveBlocked": "위에 표시된 문제를 고쳐야 저장할 수 있습니다.",
  "settings.notSaved": "설정을 저장하지 못했습니다: {reason}",
  "settings.changedElsewhere":
    "설정을 저장하지 못했습니다: 이 패널을 연 뒤 다른 창이나 탭에서 설정이 변경되었습니다. 현재 값을 보려면 설정을 닫았다가 다시 여세요.",
  "settings.conflict.label": "같은 이름의 파일이 이미 있을 때",
  "settings.conflict.keepBoth": "둘 다 유지(새 파일에 번호 추가)",
  "settings.conflict.overwrite": "기존 파일 바꾸기",
  "settings.shareLink.label": "보낸 파일의 공유 링크 만들기",
  "settings.audience.label": "Dropbox로 보낼 수 있는 사람",
  "settings.audience.everyone": "항목을 다운로드할 수 있는 모든 사람",
  "settings.audience.admins": "DocSpace 소유자와 관리자만",
  "settings.audience.hint": "다른 사용자에게 메뉴 항목이 숨겨지지만, 이 설정은 숨겨지지 않습니다.",
  "settings.save": "저장",
  "settings.saved": "Dropbox로 보내기 설정을 저장했습니다.",
  "settings.saved.noAppKey":
    "설정을 저장했습니다. Dropbox 앱 키를 입력할 때까지 Dropbox로 보내기는 숨겨집니다.",
  "settings.saved.sharedNotConnected":
    "설정을 저장했습니다. 공유 Dropbox 계정을 연결할 때까지 Dropbox로 보내기는 숨겨집니다.",
  "settings.saved.accessToken":
    "붙여 넣은 액세스 토큰으로 설정을 저장했습니다. 단기 토큰이면 4시간 후에 보내기가 작동하지 않습니다.",
  "settings.tooLong":
    "설정을 저장하지 못했습니다: {length}자가 필요하지만 DocSpace는 최대 {limit}자까지 저장합니다. 대상 폴더를 {excess, plural, other {#자}} 줄이세요.",
  "settings.tooLong.token":
    "설정을 저장하지 못했습니다: 이 액세스 토큰으로는 {length}자가 필요하지만 DocSpace는 최대 {limit}자까지 저장합니다. 토큰을 붙여 넣는 대신 “연결”을 사용하거나 대상 폴더를 {excess, plural, other {#자}} 줄이세요.",

  "error.notConnected": "파일을 보내려면 Dropbox 계정을 연결하세요.",
  "error.notConnected.shared":
    "공유 Dropbox 계정이 연결되어 있지 않습니다. DocSpace 관리자에게 플러그인 설정에서 연결해 달라고 요청하세요.",
  "error.dropboxAuth":
    "Dropbox에서 더 이상 연결을 허용하지 않습니다(취소되었거나 만료됨). Dropbox를 다시 연결하세요.",
  "error.dropboxAuth.shared":
    "Dropbox에서 더 이상 공유 연결을 허용하지 않습니다(취소되었거나 만료됨). DocSpace 관리자에게 플러그인 설정에서 다시 연결해 달라고 요청하세요.",
  "error.dropboxAuth.reconnected":
    "전송이 중지되었습니다. Dropbox에서 전송을 시작할 때 사용한 연결을 더 이상 허용하지 않습니다(취소되었거나 만료됨). 그 후 Dropbox를 다시 연결했으므로 이 항목에서 'Dropbox로 보내기'를 다시 선택하세요.",
  "error.dropboxPermission":
    "Dropbox 앱에 필요한 권한(예: files.content.write 또는 sharing.write)이 없습니다. 관리자에게 Dropbox App Console에서 사용하도록 설정해 달라고 요청한 다음 다시 연결하세요.",
  "error.insufficientSpace":
    "Dropbox 용량이 가득 찼습니다. 공간을 확보하거나 요금제를 업그레이드한 다음 다시 시도하세요.",
  "error.tooLarge": "파일이 Dropbox에서 단일 파일로 허용하는 크기보다 큽니다.",
  "error.invalidPath":
    "Dropbox에서 대상 경로를 허용하지 않습니다. 관리자에게 플러그인 설정의 대상 폴더를 확인해 달라고 요청하세요.",
  "error.conflict":
    "Dropbox에 방해가 되는 항목(예: 파일과 이름이 같은 폴더)이 있어 바꿀 수 없습니다. 이름을 바꾸거나 옮긴 다음 다시 시도하세요.",
  "error.notFound": "항목이 DocSpace에 더 이상 없습니다. 페이지를 새로 고친 다음 다시 시도하세요.",
  "error.noDownloadPermission":
    "DocSpace에서 이 항목을 다운로드할 권한이 없어 보낼 수 없습니다. 방 관리자에게 다운로드 권한을 요청하세요.",
  "error.docspaceSignedOut": "DocSpace 세션이 만료되었습니다. 다시 로그인한 다음 다시 시도하세요.",
  "error.rateLimited": "지금은 요청이 너무 많습니다. 1분 기다린 다음 다시 시도하세요.",
  "error.network":
    "연결에 실패했습니다. 네트워크를 확인하고 페이지를 새로 고친 다음(방금 설치하거나 켠 플러그인은 새로 고친 후 적용됨) 다시 시도하세요.",
  "error.server": "현재 DocSpace 또는 Dropbox에 문제가 있습니다. 나중에 다시 시도하세요.",
  "error.incompleteDownload":
    "DocSpace에서 다운로드가 일찍 중단되어 아무것도 저장하지 않았습니다. 다시 시도하세요.",
  "error.incompleteListing":
    "DocSpace에서 이 폴더의 목록이 읽는 동안 계속 바뀌어 일부 파일이 전송되지 않았을 수 있습니다. 폴더를 다시 보내세요.",
  "error.integrity": "Dropbox의 사본이 원본과 일치하지 않아 보관하지 않았습니다. 다시 시도하세요.",
  "error.cancelled": "보내기를 취소했습니다. 일부만 전송된 파일은 저장되지 않았습니다.",
  "error.unknown":
    "예기치 않은 이유로 Dropbox로 보내기에 실패했습니다. 자세한 내용은 브라우저 콘솔(F12)에 있습니다. 다시 시도하고, 계속되면 신고해 주세요.",
  "error.notConfigured":
    "Dropbox로 보내기가 아직 설정되지 않았습니다. DocSpace 관리자에게 플러그인 설정을 완료해 달라고 요청하세요.",
  "error.notAllowed": "이 포털에서는 DocSpace 관리자만 Dropbox로 보낼 수 있습니다.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "닫기",
} as const satisfies Record<MessageKey, string>;
