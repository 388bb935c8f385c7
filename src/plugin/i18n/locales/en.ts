// English: the reference locale. Every other locale must have exactly these keys (the type below
// and test/unit/plugin/i18n.test.ts), and every key must be used somewhere in src/plugin.
// Placeholders are {name}; a translation keeps the same placeholders. A count that changes the words
// around it is an ICU plural, `{count, plural, one {# file} other {# files}}`, with exactly the
// categories of the language's Intl.PluralRules (see ../index.ts); `#` is the number.
// Sizes keep a no-break space (\u00a0) between the number and the unit.
export const en = {
  "menu.send": "Send to Dropbox",
  "menu.account": "Dropbox connection",

  "send.background":
    "Sending to Dropbox. Choose Send to Dropbox on the same item again to see its progress or, once done, the result.",

  "send.nothingSelected": "Nothing was selected to send.",
  "send.otherTab":
    "This item is already being sent to Dropbox from another tab or window of this browser. Choose Send to Dropbox on it there to see its progress. If that tab was just closed, try again in a few seconds.",

  "resume.question": "An earlier send of this item stopped before it finished.",

  "resume.resume": "Resume — {bytes} of {totalBytes} already in Dropbox",

  "resume.startAgain": "Start again",

  "progress.preparing": "Send to Dropbox is still preparing: reading the folder contents…",
  "progress.running":
    "Still sending to Dropbox: {files} of {totalFiles, plural, one {# file} other {# files}}, {bytes} of {totalBytes}.",
  "progress.title": "Sending to Dropbox",
  "progress.explain": "When the job ends, you see where everything went.",
  "progress.refresh": "Refresh",
  "progress.cancel": "Cancel sending",
  "progress.cancelling": "Cancelling. Files already sent stay in Dropbox; nothing partial is saved.",
  "progress.operation": "Sending to Dropbox: {name}",
  "progress.operationMany": "Sending to Dropbox: selected items ({count})",

  "result.fileSent": "Sent to Dropbox: {path}",
  "result.fileFailed": "“{name}” was not sent. {reason}",
  "result.empty": "Nothing to send: the selection contains no files. {path} was not changed.",
  "result.summaryToast":
    "Send to Dropbox finished: {sent} of {total, plural, one {# file} other {# files}} sent.",
  "result.title": "Sent to Dropbox",
  "result.where.appFolder": "{path} inside this app's folder in Dropbox (under Apps)",
  "result.where.appFolderRoot": "this app's folder in Dropbox (under Apps)",
  "result.where.root": "the top level of Dropbox",
  "result.account": "Dropbox account: {name}",
  "result.fileRenamedWhy": "Sent to Dropbox as {path}, renamed from “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox does not accept “/”, “\\” and some control characters in names",
  "rename.controlCharacter": "invisible characters that change how a name reads were replaced",
  "rename.invalidText": "the name contained broken text (an invalid character)",
  "rename.surroundingSpace": "Dropbox does not keep spaces at the start or end of a name",
  "rename.relativeName": "the name was empty or only dots",
  "rename.notSynced": "Dropbox does not sync names like desktop.ini or ~$ lock files",
  "rename.tooLong": "Dropbox allows at most 255 characters in a name",
  "rename.nameClash": "another item in this send has the same name (Dropbox ignores upper and lower case)",
  "rename.keptBoth": "a file with this name was already there, so Dropbox numbered this one",
  "mixed.title": "Some items cannot be sent",
  "mixed.intro": "You may not download these selected items, so they are left out:",
  "mixed.send": "Send the other {count, plural, one {# item} other {# items}}",
  "result.titleWithProblems": "Sent to Dropbox, with problems",
  "result.counts": "{sent} of {total, plural, one {# file} other {# files}} sent to {path}.",
  "result.failedHeading": "{count, plural, one {# file not sent:} other {# files not sent:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# file renamed for Dropbox:} other {# files renamed for Dropbox:}}",
  "result.andMore": "…and {count} more.",
  "result.item": "Item {id}",
  "result.linkTitle": "Share link",
  "result.linkIntro": "Anyone with this link can view the file in Dropbox. Copy it from the field:",
  "result.linkLabel": "Share link",
  "result.linkCopied": "The share link was copied to the clipboard.",

  "connect.title": "Connect Dropbox",
  "account.title": "Dropbox connection",
  "account.sharedMode":
    "This portal sends to one shared Dropbox account, which the DocSpace admins manage in the plugin settings.",
  "connect.intro": "To send files, Send to Dropbox needs permission to write to your Dropbox.",
  "connect.privacy":
    "Your Dropbox connection is stored in this browser, for your DocSpace account only; the portal's server never receives it. Other plugins installed on this portal run in the same page and could read it. It is removed when you disconnect, when you sign out of DocSpace here, and when someone else signs in to the portal in this browser.",
  "connect.step1": "1. Open Dropbox in a new tab, sign in and allow access.",
  "connect.openDropbox": "Open Dropbox",
  "connect.popupBlocked": "The browser blocked the new tab. Copy this address into a new tab yourself:",
  "connect.step2": "2. Dropbox then shows a code. Copy it and paste it here:",
  "connect.codePlaceholder": "Code from Dropbox",
  "connect.sessionOnly": "Don't keep me connected on this computer (only this tab, until it is closed)",
  "connect.connect": "Connect",
  "connect.connectedAs": "Connected as {name} ({email})",
  "connect.connectedAsName": "Connected as {name}",
  "connect.accountUnknown": "a Dropbox account",
  "connect.disconnect": "Disconnect",
  "connect.sendNow": "Send now",
  "connect.codeMissing": "Paste the code Dropbox showed you, then choose Connect.",
  "connect.codeRejected":
    "Dropbox did not accept this code. A code works once and only for a few minutes: choose Open Dropbox again and paste the new code.",
  "connect.appKeyMissing": "Enter the Dropbox app key first.",
  "connect.storageDenied":
    "This browser does not allow the plugin to keep your connection (site data is blocked). Allow site data for the portal and connect again.",

  "settings.app.title": "Dropbox app",
  "settings.app.howto1":
    "1. In the Dropbox App Console (https://www.dropbox.com/developers/apps) create an app with Scoped access. Choose App folder (recommended: the plugin sees only its own folder) or Full Dropbox.",
  "settings.app.howto2":
    "2. On the Permissions tab tick files.content.write and account_info.read, plus sharing.write and sharing.read for share links, and submit.",
  "settings.app.howto3":
    "3. Copy the App key from the Settings tab into the field below. The app secret is never needed.",
  "settings.appKey.label": "Dropbox app key",
  "settings.appKey.placeholder": "e.g. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "A Dropbox app key has only letters, digits, “-” and “_”. Remove {characters}.",
  "settings.appKey.tooLong":
    "A Dropbox app key has at most {max} characters. Copy it again from the App Console.",
  "settings.appKey.checkedLater":
    "Dropbox checks the key when someone first connects: a wrong key shows Dropbox's “Invalid client_id” page.",
  "settings.access.label": "The app's access type (chosen when it was created)",
  "settings.access.appFolder": "App folder: files go to Apps › the app's folder",
  "settings.access.full": "Full Dropbox",
  "settings.mode.label": "Whose Dropbox receives the files",
  "settings.mode.personal": "Each user connects their own Dropbox (recommended)",
  "settings.mode.shared": "One shared Dropbox account for the whole portal",
  "settings.mode.personalHint":
    "Each user is asked to connect the first time they send. The connection is stored in that user's browser, not on the portal's server, and removed when they disconnect or sign out or another user signs in there; other plugins installed on this portal run in the same page and could read it.",
  "settings.mode.sharedWarning":
    "Careful: DocSpace sends plugin settings to the browser of every portal member, so every member can read the shared account's token. Use an App-folder Dropbox app so that the token reaches only that folder.",
  "settings.connect.saveHint": "Choose Save to keep this connection.",
  "settings.connect.notRevoked":
    "The shared connection was removed here, but Dropbox could not be reached to revoke it, so its token still works for anyone who read it from these settings. To revoke it, sign in to that Dropbox account, open Settings › Connected apps (https://www.dropbox.com/account/connected_apps) and remove this app.",
  "settings.token.label": "Or paste an access token",
  "settings.token.placeholder": "Dropbox access token",
  "settings.token.warning":
    "Short-lived Dropbox access tokens expire after 4 hours; sending stops working until you paste a new one. Connect above for a connection that lasts.",
  "settings.token.invalid": "The access token contains characters Dropbox tokens never have. Copy it again.",
  "settings.folder.label": "Destination folder in Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint": "Empty means the top level (the app's own folder for App-folder apps).",
  "settings.folder.noLeadingSlash": "The folder must start with “/”, for example /DocSpace.",
  "settings.folder.emptyComponent": "The folder must not contain “//”.",
  "settings.folder.componentTooLong": "Each folder name may have at most 255 characters.",
  "settings.folder.trailingSpaceOrDot": "Folder names must not end with a space or a dot.",
  "settings.folder.unsafeCharacter": 'Folder names must not contain < > : " | ? * \\ or control characters.',
  "settings.folder.disallowedName":
    "Dropbox does not accept this folder name (for example desktop.ini or names starting with ~$).",
  "settings.folder.invalid": "The settings were not saved. Destination folder: {reason}",
  "settings.folder.savedAs": "Will be saved as {folder}",
  "settings.budget.left":
    "{left, plural, one {# character} other {# characters}} of {limit} left for these settings.",
  "settings.budget.over":
    "Too long: these settings need {length} characters and DocSpace stores at most {limit}. Shorten the destination folder by {excess, plural, one {# character} other {# characters}}.",
  "settings.budget.overToken":
    "Too long: with this access token these settings need {length} characters and DocSpace stores at most {limit}. Use Connect instead of pasting a token, or shorten the destination folder by {excess, plural, one {# character} other {# characters}}.",
  "settings.saveBlocked": "Save is unavailable until the problems marked above are fixed.",
  "settings.notSaved": "The settings were not saved: {reason}",
  "settings.changedElsewhere":
    "The settings were not saved: they were changed in another window or tab since this panel was opened. Close the settings and open them again to see the current values.",
  "settings.conflict.label": "When a file with the same name is already there",
  "settings.conflict.keepBoth": "Keep both (the new file gets a number)",
  "settings.conflict.overwrite": "Replace the existing file",
  "settings.shareLink.label": "Create a share link for sent files",
  "settings.audience.label": "Who can send to Dropbox",
  "settings.audience.everyone": "Everyone who may download the item",
  "settings.audience.admins": "DocSpace owner and admins only",
  "settings.audience.hint": "This hides the menu item from other users; it does not hide these settings.",
  "settings.save": "Save",
  "settings.saved": "Send to Dropbox settings saved.",
  "settings.saved.noAppKey":
    "Settings saved. Send to Dropbox stays hidden until a Dropbox app key is entered.",
  "settings.saved.sharedNotConnected":
    "Settings saved. Send to Dropbox stays hidden until the shared Dropbox account is connected.",
  "settings.saved.accessToken":
    "Settings saved with a pasted access token. If it is short-lived, sending stops working after 4 hours.",
  "settings.tooLong":
    "The settings were not saved: they need {length} characters and DocSpace stores at most {limit}. Shorten the destination folder by {excess, plural, one {# character} other {# characters}}.",
  "settings.tooLong.token":
    "The settings were not saved: with this access token they need {length} characters and DocSpace stores at most {limit}. Use Connect instead of pasting a token, or shorten the destination folder by {excess, plural, one {# character} other {# characters}}.",

  "error.notConnected": "Connect your Dropbox account to send files.",
  "error.notConnected.shared":
    "The shared Dropbox account is not connected. Ask a DocSpace admin to connect it in the plugin settings.",
  "error.dropboxAuth":
    "Dropbox no longer accepts your connection (it was revoked or has expired). Connect Dropbox again.",
  "error.dropboxAuth.shared":
    "Dropbox no longer accepts the shared connection (it was revoked or has expired). Ask a DocSpace admin to reconnect it in the plugin settings.",
  "error.dropboxAuth.reconnected":
    "The send stopped: Dropbox no longer accepts the connection it started with (it was revoked or has expired). You have connected Dropbox again since, so choose Send to Dropbox on the item again.",
  "error.dropboxPermission":
    "The Dropbox app lacks a permission this needs (for example files.content.write or sharing.write). Ask an admin to enable it in the Dropbox App Console, then connect again.",
  "error.insufficientSpace": "Your Dropbox is full. Free up space or upgrade your plan, then try again.",
  "error.tooLarge": "The file is larger than Dropbox accepts for a single file.",
  "error.invalidPath":
    "Dropbox does not accept the destination path. Ask an admin to check the destination folder in the plugin settings.",
  "error.conflict":
    "Something in Dropbox is in the way (for example a folder with the file's name) and cannot be replaced. Rename or move it, then try again.",
  "error.notFound": "The item no longer exists in DocSpace. Refresh the page and try again.",
  "error.noDownloadPermission":
    "You may not download this item in DocSpace, so it cannot be sent. Ask the room's admin for download rights.",
  "error.docspaceSignedOut": "Your DocSpace session has expired. Sign in again, then retry.",
  "error.rateLimited": "Too many requests right now. Wait a minute, then try again.",
  "error.network":
    "The connection failed. Check your network, reload the page (a plugin just installed or switched on takes effect after a reload) and try again.",
  "error.server": "DocSpace or Dropbox is having trouble right now. Try again later.",
  "error.incompleteDownload": "The download from DocSpace stopped early, so nothing was saved. Try again.",
  "error.incompleteListing":
    "DocSpace's list of this folder kept changing while it was read, so some of its files may not have been sent. Send the folder again.",
  "error.integrity": "The copy in Dropbox did not match the original, so it was not kept. Try again.",
  "error.cancelled": "Sending was cancelled. Nothing partial was saved.",
  "error.unknown":
    "Send to Dropbox failed for an unexpected reason. Details are in the browser console (F12); try again, and report it if it persists.",
  "error.notConfigured":
    "Send to Dropbox is not set up yet. Ask a DocSpace admin to complete the plugin settings.",
  "error.notAllowed": "On this portal only DocSpace admins may send to Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Close",
} as const;

export type MessageKey = keyof typeof en;
