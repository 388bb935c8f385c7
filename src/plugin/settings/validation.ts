// The settings as the admin is typing them, checked with the same rules that read them back
// (codec.ts) and that the engine applies to the folder (the core's checkFolder), so Save can be
// kept disabled while anything would be refused or altered. The portal closes the settings panel
// on Save whatever the plugin answers (ONLYOFFICE/DocSpace-client packages/client/src/helpers/
// plugins/WrappedComponent.js, button case: `isSaveButton` → `onCloseAction()` after the message),
// so a refusal at Save would throw away what was typed.
import {
  checkAppKey,
  encodeSettings,
  isTokenText,
  SETTINGS_MAX_LENGTH,
  type AppKeyCheck,
  type PluginSettings,
  type SharedCredential,
} from "./codec";
import { checkTypedFolder, type DestinationCheck } from "./destination";

export interface SettingsInputs {
  /** The choices and the connected credential; its appKey and folder are replaced by the inputs. */
  draft: PluginSettings;
  appKeyInput: string;
  folderInput: string;
  /** A pasted access token (shared mode), as typed. */
  tokenInput: string;
}

export interface DraftCheck {
  appKey: AppKeyCheck;
  folder: DestinationCheck;
  /** False when the pasted token has characters no Dropbox token has. */
  tokenOk: boolean;
  /** A pasted token replaces the connected credential (and counts against the budget). */
  pastedToken: boolean;
  /** What Save stores once everything is valid. */
  next: PluginSettings;
  /** Characters the stored value takes (UTF-16 units, as the server's [StringLength(255)] counts). */
  length: number;
  limit: typeof SETTINGS_MAX_LENGTH;
  canSave: boolean;
}

export function checkDraft(inputs: SettingsInputs): DraftCheck {
  const { draft } = inputs;
  const appKey = checkAppKey(inputs.appKeyInput);
  const folder = checkTypedFolder(inputs.folderInput);
  const pasted = inputs.tokenInput.trim();
  const tokenOk = isTokenText(pasted);
  const pastedToken = draft.mode === "shared" && pasted !== "";
  const credential: SharedCredential | null =
    draft.mode !== "shared" ? null : pastedToken ? { type: "access", token: pasted } : draft.credential;
  const next: PluginSettings = {
    ...draft,
    appKey: inputs.appKeyInput,
    folder: folder.ok ? folder.folder : inputs.folderInput.trim(),
    credential,
  };
  const length = encodeSettings(next).length;
  return {
    appKey,
    folder,
    tokenOk,
    pastedToken,
    next,
    length,
    limit: SETTINGS_MAX_LENGTH,
    canSave: appKey.ok && folder.ok && tokenOk && length <= SETTINGS_MAX_LENGTH,
  };
}
