// The admin settings panel (Integration → Plugins → gear). Built from explicit state; the handlers
// update that state and answer with the re-rendered body (update-context) or, for an input, its own
// new props (update-props). The Save button lives outside the body's tree in DocSpace 3.6, so it can only
// save or toast, never update the body (helpers/plugins/utils.js).
import {
  Components,
  type BoxGroup,
  type ButtonGroup,
  type Component,
  type IMessage,
  type ISettings,
  type TextGroup,
} from "@onlyoffice/docspace-plugin-sdk";
import type { Translate } from "../i18n";
import type { Audience, ConflictPolicy, ConnectionMode, PluginSettings } from "../settings/codec";
import type { DestinationProblem } from "../settings/destination";
import {
  box,
  button,
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

export interface SettingsPanelState {
  /** The values as edited; becomes the saved settings on Save. */
  draft: PluginSettings;
  /** The folder as typed; validated on every change and on Save. */
  folderInput: string;
  folderProblem: DestinationProblem | null;
  /** A pasted access token (shared mode), as typed. */
  tokenInput: string;
  /** The shared account's connect flow (shared mode only). */
  connect: ConnectView;
  /** A shared account was connected or pasted in this session and is not saved yet. */
  unsavedCredential: boolean;
}

export interface SettingsPanelHandlers extends ConnectHandlers {
  onAppKey: (value: string) => IMessage | void;
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

export function appKeyInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.draft.appKey,
    onChange: handlers.onAppKey,
    placeholder: t("settings.appKey.placeholder"),
    maxLength: 64,
  });
}

export function folderInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.folderInput,
    onChange: handlers.onFolder,
    placeholder: t("settings.folder.placeholder"),
    hasError: state.folderProblem !== null,
  });
}

export function tokenInputProps(state: SettingsPanelState, handlers: SettingsPanelHandlers, t: Translate) {
  return inputProps({
    value: state.tokenInput,
    onChange: handlers.onToken,
    placeholder: t("settings.token.placeholder"),
    password: true,
    // Dropbox access tokens can exceed the host's default 255; the settings limit is checked on Save.
    maxLength: 2048,
  });
}

export function folderHint(state: SettingsPanelState, t: Translate): TextGroup {
  return state.folderProblem
    ? text(folderProblemText(state.folderProblem, t), {
        color: WARNING_COLOR,
        contextName: FOLDER_HINT_CONTEXT,
      })
    : text(t("settings.folder.hint"), { color: MUTED_COLOR, contextName: FOLDER_HINT_CONTEXT });
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
          text(t("settings.token.warning"), { color: MUTED_COLOR }),
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
    ],
    {},
    SETTINGS_CONTEXT,
  );
}

export function saveButton(handlers: SettingsPanelHandlers, t: Translate): ButtonGroup {
  // DocSpace 3.6 forces the Save button's look; only onClick and the loading flags count.
  return button({ label: t("settings.save"), onClick: handlers.onSave, primary: true });
}

export function settingsPanel(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): ISettings {
  return {
    settings: { children: [settingsBody(state, handlers, t)] },
    saveButton: saveButton(handlers, t),
  } satisfies ISettings;
}

/** Re-renders the whole body; allowed from inputs, combo boxes, checkboxes and body buttons. */
export function updateSettingsBody(
  state: SettingsPanelState,
  handlers: SettingsPanelHandlers,
  t: Translate,
): IMessage {
  return updateContext({ name: SETTINGS_CONTEXT, props: settingsBody(state, handlers, t).props });
}
