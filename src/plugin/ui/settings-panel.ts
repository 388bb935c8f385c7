// The admin settings panel (Integration → Plugins → gear). Built from explicit state; the handlers
// update that state and answer with the re-rendered body (update-context) or, for an input, its own
// new props (update-props) plus the hints that depend on it. The Save button lives outside the
// body's tree, so it can only save or toast, never update the body; the body reaches it through its
// contextName (ONLYOFFICE/DocSpace-client packages/client/src/helpers/plugins/WrappedComponent.js
// updatePropsContext: `name === saveButton.contextName` → setSaveButtonProps), which keeps it
// disabled while anything typed would be refused.
import {
  ButtonSize,
  Components,
  type BoxGroup,
  type ButtonGroup,
  type Component,
  type IMessage,
  type ISettings,
  type TextGroup,
} from "@onlyoffice/docspace-plugin-sdk";
import { displayText } from "../display-text";
import type { Translate } from "../i18n";
import {
  APP_KEY_MAX_LENGTH,
  type AppAccess,
  type AppKeyCheck,
  type Audience,
  type ConflictPolicy,
  type ConnectionMode,
  type PluginSettings,
} from "../settings/codec";
import type { DestinationProblem } from "../settings/destination";
import { checkDraft, type DraftCheck } from "../settings/validation";
import {
  box,
  checkbox,
  comboBox,
  field,
  inputProps,
  label,
  text,
  updateContext,
  MUTED_COLOR,
  WARNING_COLOR,
} from "./components";
import { connectSection, type ConnectHandlers, type ConnectView } from "./connect-dialog";

export const SETTINGS_CONTEXT = "send-to-dropbox-settings";
export const FOLDER_HINT_CONTEXT = "send-to-dropbox-folder-hint";
export const APP_KEY_HINT_CONTEXT = "send-to-dropbox-app-key-hint";
export const TOKEN_HINT_CONTEXT = "send-to-dropbox-token-hint";
export const BUDGET_CONTEXT = "send-to-dropbox-budget";
export const SAVE_NOTE_CONTEXT = "send-to-dropbox-save-note";
export const SAVE_CONTEXT = "send-to-dropbox-save";

export interface SettingsPanelState {
  /** The choices as edited; its appKey is the typed key when that key is valid, otherwise "". */
  draft: PluginSettings;
  /** The app key exactly as typed: never trimmed or reduced. */
  appKeyInput: string;
  /** The folder as typed; checked on every change. */
  folderInput: string;
  /** A pasted access token (shared mode), as typed. */
  tokenInput: string;
  /** The shared account's connect flow (shared mode only). */
  connect: ConnectView;
  /** A shared account was connected or pasted in this session and is not saved yet. */
  unsavedCredential: boolean;
}

export interface SettingsPanelHandlers extends ConnectHandlers {
  onAppKey: (value: string) => IMessage | void;
  onAccess: (access: AppAccess) => IMessage | void;
  onMode: (mode: ConnectionMode) => IMessage | void;
  onFolder: (value: string) => IMessage | void;
  onConflict: (policy: ConflictPolicy) => IMessage | void;
  onShareLink: () => IMessage | void;
  onAudience: (audience: Audience) => IMessage | void;
  onToken: (value: string) => IMessage | void;
  onSave: () => Promise<IMessage> | IMessage;
}

const FOLDER_PROBLEM_KEYS = {
  "no-leading-slash": "settings.folder.noLeadingSlash",
  "empty-component": "settings.folder.emptyComponent",
  "component-too-long": "settings.folder.componentTooLong",
  "trailing-space-or-dot": "settings.folder.trailingSpaceOrDot",
  "unsafe-character": "settings.folder.unsafeCharacter",
  "disallowed-name": "settings.folder.disallowedName",
} as const;

export function folderProblemText(problem: DestinationProblem, t: Translate): string {
  return t(FOLDER_PROBLEM_KEYS[problem]);
}

/** Every field checked as typed; recomputed for each render, so nothing can go stale. */
export function checkState(state: SettingsPanelState): DraftCheck {
  return checkDraft({
    draft: state.draft,
    appKeyInput: state.appKeyInput,
    folderInput: state.folderInput,
    tokenInput: state.tokenInput,
  });
}

export function appKeyProblemText(check: AppKeyCheck, t: Translate): string | null {
  if (check.ok) return null;
  if (check.problem === "too-long") return t("settings.appKey.tooLong", { max: APP_KEY_MAX_LENGTH });
  // Each character quoted, and invisible or control ones by code point, so a stray space or a
  // direction mark can be seen (displayText would drop or escape them inside the quotes).
  const shown = check.characters.map((char) =>
    /^\S$/u.test(char) && displayText(char) === char
      ? `“${char}”`
      : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return t("settings.appKey.badCharacters", { characters: shown.join(" ") });
}

export function appKeyInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.appKeyInput,
    onChange: handlers.onAppKey,
    placeholder: t("settings.appKey.placeholder"),
    hasError: !checkState(state).appKey.ok,
    // Longer than any key, so a paste arrives whole and is judged, never cut.
    maxLength: 255,
  });
}

export function folderInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.folderInput,
    onChange: handlers.onFolder,
    placeholder: t("settings.folder.placeholder"),
    hasError: !checkState(state).folder.ok,
  });
}

export function tokenInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.tokenInput,
    onChange: handlers.onToken,
    placeholder: t("settings.token.placeholder"),
    password: true,
    hasError: !checkState(state).tokenOk,
    // Dropbox access tokens can exceed the host's default 255; the budget below counts them.
    maxLength: 2048,
  });
}

/**
 * A well-formed key may still be unknown to Dropbox. Its authorize page answers an unknown key with
 * an "Invalid client_id" page (https://github.com/dropbox/dbxcli/issues/62), but that page is on
 * another origin without CORS, so the plugin cannot read it; and whether oauth2/token checks the
 * key before the code is not documented. So the panel says plainly that the first connection checks
 * it, rather than claim a check it cannot make.
 */
export function appKeyHint(state: SettingsPanelState, t: Translate): TextGroup {
  const problem = appKeyProblemText(checkState(state).appKey, t);
  return problem
    ? text(problem, { color: WARNING_COLOR, contextName: APP_KEY_HINT_CONTEXT })
    : text(t("settings.appKey.checkedLater"), { color: MUTED_COLOR, contextName: APP_KEY_HINT_CONTEXT });
}

export function folderHint(state: SettingsPanelState, t: Translate): TextGroup {
  const check = checkState(state).folder;
  if (!check.ok)
    return text(folderProblemText(check.problem, t), {
      color: WARNING_COLOR,
      contextName: FOLDER_HINT_CONTEXT,
    });
  // A slash added, a trailing slash dropped, a name taken in NFC: say what will be stored.
  if (check.folder !== "" && check.folder !== state.folderInput)
    return text(t("settings.folder.savedAs", { folder: check.folder }), {
      color: MUTED_COLOR,
      contextName: FOLDER_HINT_CONTEXT,
    });
  return text(t("settings.folder.hint"), { color: MUTED_COLOR, contextName: FOLDER_HINT_CONTEXT });
}

export function tokenHint(state: SettingsPanelState, t: Translate): TextGroup {
  return checkState(state).tokenOk
    ? text(t("settings.token.warning"), { color: MUTED_COLOR, contextName: TOKEN_HINT_CONTEXT })
    : text(t("settings.token.invalid"), { color: WARNING_COLOR, contextName: TOKEN_HINT_CONTEXT });
}

/** What is left of the portal's 255 characters, or by how much the settings are over. */
export function budgetLine(state: SettingsPanelState, t: Translate): TextGroup {
  const check = checkState(state);
  const excess = check.length - check.limit;
  if (excess > 0)
    return text(
      t(check.pastedToken ? "settings.budget.overToken" : "settings.budget.over", {
        length: check.length,
        limit: check.limit,
        excess,
      }),
      { color: WARNING_COLOR, contextName: BUDGET_CONTEXT },
    );
  return text(t("settings.budget.left", { left: check.limit - check.length, limit: check.limit }), {
    color: MUTED_COLOR,
    contextName: BUDGET_CONTEXT,
  });
}

/** Beside the Save button's place: why it is disabled, or nothing. */
export function saveNote(state: SettingsPanelState, t: Translate): TextGroup {
  return checkState(state).canSave
    ? text("", { contextName: SAVE_NOTE_CONTEXT })
    : text(t("settings.saveBlocked"), { color: WARNING_COLOR, bold: true, contextName: SAVE_NOTE_CONTEXT });
}

function appSection(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate): Component[] {
  return [
    text(t("settings.app.title"), { bold: true, fontSize: "15px" }),
    text(t("settings.app.howto1")),
    text(t("settings.app.howto2")),
    text(t("settings.app.howto3")),
    field([
      label(t("settings.appKey.label")),
      { component: Components.input, props: appKeyInputProps(state, handlers, t) },
      appKeyHint(state, t),
    ]),
    field([
      label(t("settings.access.label")),
      comboBox<AppAccess>({
        options: [
          { key: "app-folder", label: t("settings.access.appFolder") },
          { key: "full", label: t("settings.access.full") },
        ],
        selected: state.draft.access,
        onSelect: handlers.onAccess,
      }),
    ]),
  ];
}

function connectionSection(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): Component[] {
  const mode = state.draft.mode;
  const children: Component[] = [
    label(t("settings.mode.label")),
    comboBox<ConnectionMode>({
      options: [
        { key: "personal", label: t("settings.mode.personal") },
        { key: "shared", label: t("settings.mode.shared") },
      ],
      selected: mode,
      onSelect: handlers.onMode,
    }),
  ];
  if (mode === "personal") {
    children.push(text(t("settings.mode.personalHint"), { color: MUTED_COLOR }));
    return [field(children)];
  }
  children.push(
    text(t("settings.mode.sharedWarning"), { color: WARNING_COLOR }),
    box(connectSection(state.connect, handlers, t), { marginProp: "8px 0 0 0" }),
  );
  if (state.unsavedCredential) children.push(text(t("settings.connect.saveHint"), { color: WARNING_COLOR }));
  if (!state.connect.account) {
    children.push(
      box(
        [
          label(t("settings.token.label")),
          { component: Components.input, props: tokenInputProps(state, handlers, t) },
          tokenHint(state, t),
        ],
        { marginProp: "12px 0 0 0" },
      ),
    );
  }
  return [field(children)];
}

function transferSection(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): Component[] {
  return [
    field([
      label(t("settings.folder.label")),
      { component: Components.input, props: folderInputProps(state, handlers, t) },
      folderHint(state, t),
      budgetLine(state, t),
    ]),
    field([
      label(t("settings.conflict.label")),
      comboBox<ConflictPolicy>({
        options: [
          { key: "keep-both", label: t("settings.conflict.keepBoth") },
          { key: "overwrite", label: t("settings.conflict.overwrite") },
        ],
        selected: state.draft.conflict,
        onSelect: handlers.onConflict,
      }),
    ]),
    field([
      checkbox({
        label: t("settings.shareLink.label"),
        checked: state.draft.shareLink,
        onChange: handlers.onShareLink,
      }),
    ]),
    field([
      label(t("settings.audience.label")),
      comboBox<Audience>({
        options: [
          { key: "everyone", label: t("settings.audience.everyone") },
          { key: "admins", label: t("settings.audience.admins") },
        ],
        selected: state.draft.audience,
        onSelect: handlers.onAudience,
      }),
      text(t("settings.audience.hint"), { color: MUTED_COLOR }),
    ]),
  ];
}

/** The body's one updatable tree (the root IBox of ISettings cannot carry a contextName). */
export function settingsBody(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): BoxGroup {
  return box(
    [
      ...appSection(state, handlers, t),
      ...connectionSection(state, handlers, t),
      ...transferSection(state, handlers, t),
      saveNote(state, t),
    ],
    {},
    SETTINGS_CONTEXT,
  );
}

/**
 * The Save button, disabled while anything is invalid. The portal forces its look (label,
 * primary, size: SettingsPluginDialog/sub-components/Footer.tsx); only onClick, isDisabled and
 * the loading flag count. No disableWhileRequestRunning: on the Save button it makes the client
 * ignore isDisabled (WrappedComponent.js, button case: `isSaveButton ? settingsModalRequestRunning`).
 */
export function saveButton(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): ButtonGroup {
  return {
    component: Components.button,
    props: {
      label: t("settings.save"),
      size: ButtonSize.normal,
      primary: true,
      onClick: handlers.onSave,
      withLoadingAfterClick: true,
      ...(checkState(state).canSave ? {} : { isDisabled: true }),
    },
    contextName: SAVE_CONTEXT,
  } satisfies ButtonGroup;
}

export function settingsPanel(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): ISettings {
  return {
    settings: { children: [settingsBody(state, handlers, t)] },
    saveButton: saveButton(state, handlers, t),
  } satisfies ISettings;
}

/** The parts that follow any typed change: field hints, the budget, the note and Save itself. */
export function updateLiveParts(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): IMessage {
  return updateContext(
    { name: APP_KEY_HINT_CONTEXT, props: appKeyHint(state, t).props },
    { name: FOLDER_HINT_CONTEXT, props: folderHint(state, t).props },
    { name: TOKEN_HINT_CONTEXT, props: tokenHint(state, t).props },
    { name: BUDGET_CONTEXT, props: budgetLine(state, t).props },
    { name: SAVE_NOTE_CONTEXT, props: saveNote(state, t).props },
    { name: SAVE_CONTEXT, props: saveButton(state, handlers, t).props },
  );
}

/** Re-renders the whole body and Save; allowed from inputs, combo boxes, checkboxes and body buttons. */
export function updateSettingsBody(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): IMessage {
  return updateContext(
    { name: SETTINGS_CONTEXT, props: settingsBody(state, handlers, t).props },
    { name: SAVE_CONTEXT, props: saveButton(state, handlers, t).props },
  );
}
