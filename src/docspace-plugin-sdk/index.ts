// The DocSpace plugin host contract, as `@onlyoffice/docspace-plugin-sdk` declares it.
//
// The npm registry we build from does not serve the SDK, so TypeScript, webpack and jest resolve
// the package name to this module when the package is not installed (see tsconfig.json `paths`,
// webpack.config.js `resolve.fallback`, jest.config.js `moduleNameMapper`). Names and enum string
// values follow the SDK 2.0.0 sources (ONLYOFFICE/docspace-plugin-sdk src/enums, src/interfaces),
// plus the 2.1.0 additions this plugin uses (marked "2.1"). The host compares only string
// values, so ordinary enums stand in for the SDK's `const enum`s.

/* ------------------------------------------------------------------------ enums (SDK src/enums) */

export enum Actions {
  updateProps = "update-props",
  updateContext = "update-context",
  updateStatus = "update-status",
  updateContextMenuItems = "update-context-menu-items",
  updateInfoPanelItems = "update-info-panel-items",
  updateMainButtonItems = "update-main-button-items",
  updateProfileMenuItems = "update-profile-menu-items",
  updateFileItems = "update-file-items",
  updateEventListenerItems = "update-event-listener-items",
  showToast = "show-toast",
  showCreateDialogModal = "show-create-dialog-modal",
  updateCreateDialogModal = "update-create-dialog-modal",
  showModal = "show-modal",
  closeModal = "close-modal",
  sendPostMessage = "send-post-message",
  saveSettings = "save-settings",
  /** Newer SDK (docspace-plugin-sdk src/utils/index.ts Actions): the portal's floating operations button. */
  addFloatingOperationsButton = "add-floating-operations-button",
  updateFloatingOperationsButton = "update-floating-operations-button",
  removeFloatingOperationsButton = "remove-floating-operations-button",
}

export enum PluginStatus {
  active = "active",
  hide = "hide",
}

export enum ToastType {
  success = "success",
  error = "error",
  warning = "warning",
  info = "info",
}

export enum Components {
  box = "box",
  button = "button",
  checkbox = "checkbox",
  input = "input",
  label = "label",
  text = "text",
  textArea = "textArea",
  toggleButton = "toggleButton",
  img = "img",
  iFrame = "iFrame",
  comboBox = "comboBox",
  skeleton = "skeleton",
}

export enum ButtonSize {
  extraSmall = "extra-small",
  small = "small",
  normal = "normal",
  medium = "medium",
}

export enum InputSize {
  base = "base",
  middle = "middle",
  big = "big",
  huge = "huge",
  large = "large",
}

export enum InputType {
  text = "text",
  password = "password",
}

export enum InputAutocomplete {
  on = "on",
  off = "off",
}

export enum ModalDisplayType {
  modal = "modal",
  aside = "aside",
}

export enum FilesType {
  room = "room",
  file = "file",
  folder = "folder",
  image = "image",
  video = "video",
}

export enum FilesExst {
  doc = ".doc",
  docx = ".docx",
  docm = ".docm",
  dotx = ".dotx",
  odt = ".odt",
  fodt = ".fodt",
  ott = ".ott",
  rtf = ".rtf",
  txt = ".txt",
  pdf = ".pdf",
  docxf = ".docxf",
  oform = ".oform",
  xls = ".xls",
  xlsx = ".xlsx",
  xlsm = ".xlsm",
  ods = ".ods",
  ots = ".ots",
  ppt = ".ppt",
  pptx = ".pptx",
  pptm = ".pptm",
  odp = ".odp",
  otp = ".otp",
  pps = ".pps",
  ppsx = ".ppsx",
  pot = ".pot",
  avi = ".avi",
  flv = ".flv",
  mkv = ".mkv",
  mov = ".mov",
  mp4 = ".mp4",
  mpg = ".mpg",
  webm = ".webm",
  m2ts = ".m2ts",
  dvd = ".dvd",
  svg = ".svg",
  csv = ".csv",
  djvu = ".djvu",
  epub = ".epub",
  fb2 = ".fb2",
  pb2 = ".pb2",
  iaf = ".iaf",
  ics = ".ics",
  mht = ".mht",
  xps = ".xps",
  xml = ".xml",
}

export enum Security {
  Copy = "Copy",
  CopySharedLink = "CopySharedLink",
  CopyTo = "CopyTo",
  Create = "Create",
  Delete = "Delete",
  Download = "Download",
  Duplicate = "Duplicate",
  EditAccess = "EditAccess",
  EditRoom = "EditRoom",
  Move = "Move",
  MoveTo = "MoveTo",
  Mute = "Mute",
  Pin = "Pin",
  Read = "Read",
  Rename = "Rename",
  CreateRoomFrom = "CreateRoomFrom",
  CopyLink = "CopyLink",
  Embed = "Embed",
}

export enum FilesSecurity {
  Convert = "Convert",
  Copy = "Copy",
  CustomFilter = "CustomFilter",
  Delete = "Delete",
  Download = "Download",
  Duplicate = "Duplicate",
  Edit = "Edit",
  EditHistory = "EditHistory",
  FillForms = "FillForms",
  Lock = "Lock",
  Move = "Move",
  Read = "Read",
  ReadHistory = "ReadHistory",
  Rename = "Rename",
  Review = "Review",
  SubmitToFormGallery = "SubmitToFormGallery",
  StopFilling = "StopFilling",
  ResetFilling = "ResetFilling",
  EditForm = "EditForm",
  Comment = "Comment",
  CreateRoomFrom = "CreateRoomFrom",
  CopyLink = "CopyLink",
  Embed = "Embed",
}

export enum UsersType {
  owner = "Owner",
  docSpaceAdmin = "DocSpaceAdmin",
  roomAdmin = "RoomAdmin",
  collaborator = "Collaborator",
  user = "User",
}

export enum Devices {
  mobile = "mobile",
  tablet = "tablet",
  desktop = "desktop",
}

export enum Events {
  CREATE = "create",
  RENAME = "rename",
  ROOM_CREATE = "create_room",
  ROOM_EDIT = "edit_room",
  CHANGE_COLUMN = "change_column",
  CHANGE_USER_TYPE = "change_user_type",
  CREATE_PLUGIN_FILE = "create_plugin_file",
}

/** 2.1: the language the host passes to `setLanguage` (an unchecked raw string in practice). */
export enum PluginLocale {
  AZ = "az",
  CS = "cs",
  DE = "de",
  EN_GB = "en-GB",
  EN_US = "en-US",
  ES = "es",
  FR = "fr",
  IT = "it",
  LV = "lv",
  NL = "nl",
  PL = "pl",
  PT_BR = "pt-BR",
  PT = "pt",
  RO = "ro",
  SK = "sk",
  SL = "sl",
  SQ_AL = "sq-AL",
  FI = "fi",
  VI = "vi",
  TR = "tr",
  EL_GR = "el-GR",
  BG = "bg",
  RU = "ru",
  SR_CYRL_RS = "sr-Cyrl-RS",
  SR_LATN_RS = "sr-Latn-RS",
  UK_UA = "uk-UA",
  HY_AM = "hy-AM",
  AR_SA = "ar-SA",
  SI = "si",
  LO_LA = "lo-LA",
  ZH_CN = "zh-CN",
  JA_JP = "ja-JP",
  KO_KR = "ko-KR",
}

/* --------------------------------------------------- components (SDK src/interfaces/components) */

export interface IBorderProp {
  color: string;
  radius: string;
  style: string;
  width: string;
}

export interface IBox {
  widthProp?: string;
  heightProp?: string;
  paddingProp?: string;
  marginProp?: string;
  displayProp?: string;
  backgroundProp?: string;
  flexProp?: string;
  overflowProp?: string;
  flexDirection?: string;
  alignItems?: string;
  alignContent?: string;
  alignSelf?: string;
  flexBasis?: string;
  flexWrap?: string;
  gridArea?: string;
  justifyContent?: string;
  justifyItems?: string;
  justifySelf?: string;
  textAlign?: string;
  /** The host renders only the object form; a string is ignored. */
  borderProp?: string | IBorderProp;
  children?: Component[];
}

export interface IText {
  text: string;
  title?: string;
  fontSize?: string;
  fontWeight?: string | number;
  truncate?: boolean;
  isBold?: boolean;
  isItalic?: boolean;
  isInline?: boolean;
  textAlign?: string;
  noSelect?: boolean;
  display?: string;
  lineHeight?: string;
  color?: string;
}

export interface ILabel {
  text: string;
  isRequired?: boolean;
  error?: boolean;
  isInline?: boolean;
  title?: string;
  truncate?: boolean;
  htmlFor?: string;
  display?: string;
}

export interface IInput {
  value: string;
  onChange: (value: string) => IMessage | void;
  name?: string;
  placeholder?: string;
  /** The host defaults to "255". */
  maxLength?: string;
  size?: InputSize;
  isAutoFocused?: boolean;
  isReadOnly?: boolean;
  hasError?: boolean;
  hasWarning?: boolean;
  scale?: boolean;
  autoComplete?: string;
  tabIndex?: number;
  mask?: unknown;
  isDisabled?: boolean;
  type?: InputType;
  keepCharPositions?: boolean;
  onBlur?: (value: string) => IMessage | void;
  onFocus?: (value: string) => IMessage | void;
  iconSize?: number;
  iconName?: string;
  isIconFill?: boolean;
  iconColor?: string;
  hoverColor?: string;
  iconButtonClassName?: string;
  onIconClick?: () => IMessage | void;
}

export interface ITextArea {
  value: string;
  onChange: (value: string) => IMessage | void;
  placeholder?: string;
  isDisabled?: boolean;
  isReadOnly?: boolean;
  hasError?: boolean;
  maxLength?: number;
  name?: string;
  tabIndex?: number;
  fontSize?: number;
  heightTextArea?: number | string;
  isJSONField?: boolean;
  enableCopy?: boolean;
  hasNumeration?: boolean;
  isFullHeight?: boolean;
  heightScale?: boolean;
  copyInfoText?: string;
}

export interface IButton {
  label: string;
  size: ButtonSize;
  onClick: () => Promise<IMessage> | IMessage | void;
  primary?: boolean;
  scale?: boolean;
  isLoading?: boolean;
  isDisabled?: boolean;
  withLoadingAfterClick?: boolean;
  disableWhileRequestRunning?: boolean;
}

export interface ICheckbox {
  isChecked: boolean;
  onChange: () => IMessage | void;
  label?: string;
  truncate?: boolean;
  tabIndex?: number;
  hasError?: boolean;
  name?: string;
  value?: string;
  isIndeterminate?: boolean;
  isDisabled?: boolean;
  title?: string;
}

export interface IToggleButton {
  isChecked: boolean;
  onChange: () => IMessage | void;
  label?: string;
  isDisabled?: boolean;
  style?: Record<string, string>;
}

export interface IComboBoxItem {
  key: string;
  label: string;
  icon?: string;
  disabled?: boolean;
}

export interface IComboBox {
  options: IComboBoxItem[];
  selectedOption: IComboBoxItem;
  onSelect?: (option: IComboBoxItem) => IMessage | void;
  scaled?: boolean;
  directionX?: string;
  directionY?: string;
  displayType?: string;
  modernView?: boolean;
  isDisabled?: boolean;
  showDisabledItems?: boolean;
  opened?: boolean;
  scaledOptions?: boolean;
  onToggle?: () => void;
  noBorder?: boolean;
  withBackdrop?: boolean;
  dropDownMaxHeight?: number;
}

export interface IImage {
  src: string;
  alt: string;
  width?: string;
  height?: string;
  name?: string;
  id?: string;
  style?: Record<string, string>;
}

export interface IFrame {
  src: string;
  width?: string;
  height?: string;
  name?: string;
  id?: string;
  style?: Record<string, string>;
  sandbox?: string;
}

export interface ISkeleton {
  width: string;
  height: string;
  borderRadius?: string;
}

export interface BoxGroup {
  component: Components.box;
  props: IBox;
  contextName?: string;
}
export interface ButtonGroup {
  component: Components.button;
  props: IButton;
  contextName?: string;
}
export interface CheckboxGroup {
  component: Components.checkbox;
  props: ICheckbox;
  contextName?: string;
}
export interface ComboBoxGroup {
  component: Components.comboBox;
  props: IComboBox;
  contextName?: string;
}
export interface IFrameGroup {
  component: Components.iFrame;
  props: IFrame;
  contextName?: string;
}
export interface ImageGroup {
  component: Components.img;
  props: IImage;
  contextName?: string;
}
export interface InputGroup {
  component: Components.input;
  props: IInput;
  contextName?: string;
}
export interface LabelGroup {
  component: Components.label;
  props: ILabel;
  contextName?: string;
}
export interface SkeletonGroup {
  component: Components.skeleton;
  props: ISkeleton;
  contextName?: string;
}
export interface TextGroup {
  component: Components.text;
  props: IText;
  contextName?: string;
}
export interface TextAreaGroup {
  component: Components.textArea;
  props: ITextArea;
  contextName?: string;
}
export interface ToggleButtonGroup {
  component: Components.toggleButton;
  props: IToggleButton;
  contextName?: string;
}

export type Component =
  | BoxGroup
  | ButtonGroup
  | CheckboxGroup
  | ComboBoxGroup
  | IFrameGroup
  | ImageGroup
  | InputGroup
  | LabelGroup
  | SkeletonGroup
  | TextGroup
  | TextAreaGroup
  | ToggleButtonGroup;

export interface IToast {
  type: ToastType;
  /** The toast text. */
  title: string;
  withCross?: boolean;
  timeout?: number;
}

export interface IModalDialog {
  displayType: ModalDisplayType;
  dialogHeader?: string;
  dialogBody: IBox;
  dialogFooter?: IBox;
  autoMaxWidth?: boolean;
  autoMaxHeight?: boolean;
  withoutBodyPadding?: boolean;
  withoutHeaderMargin?: boolean;
  withFooterBorder?: boolean;
  fullScreen?: boolean;
  eventListeners?: { name: string; onAction: () => IMessage | void }[];
  onClose: () => IMessage | void;
  onLoad: () => Promise<{ newDialogHeader?: string; newDialogBody: IBox; newDialogFooter?: IBox }>;
}

export interface ICreateDialog {
  title: string;
  startValue: string;
  visible: boolean;
  isCreateDialog: boolean;
  extension?: string;
  onSave?: (e: unknown, value: string) => Promise<void | IMessage> | IMessage | void;
  onCancel?: (e: unknown) => Promise<void> | void;
  onClose?: (e: unknown) => Promise<void> | void;
}

export interface ISettings {
  settings: IBox;
  saveButton: ButtonGroup;
  /** Never read by the host. */
  isLoading?: boolean;
  onLoad?: () => Promise<{ settings: IBox; saveButton?: ButtonGroup }>;
}

/* ---------------------------------------------------------- messages (SDK src/interfaces/utils) */

/** Any component's props, as `update-context` may target any rendered element. */
export type ContextProps =
  | IBox
  | IText
  | ILabel
  | IInput
  | ITextArea
  | IButton
  | ICheckbox
  | IToggleButton
  | IComboBox
  | IImage
  | IFrame
  | ISkeleton;

export interface IMessage {
  actions?: Actions[];
  newProps?: IInput | ICheckbox | IToggleButton | IButton | ITextArea | IComboBox;
  toastProps?: IToast[];
  /**
   * Props for the elements with that `contextName`; replaced, not merged (ONLYOFFICE/DocSpace-client
   * packages/client/src/helpers/plugins/WrappedComponent.js updatePropsContext).
   */
  contextProps?: { name: string; props: ContextProps }[];
  createDialogProps?: ICreateDialog;
  modalDialogProps?: IModalDialog;
  postMessage?: { frameId: string; message: Record<string, unknown> };
  settings?: string;
  /** Newer SDK: for add- and update-floating-operations-button. */
  floatingOperationsButtonProps?: IFloatingOperationsButton;
  /** Newer SDK: for remove-floating-operations-button. */
  floatingOperationsButtonPropsId?: string;
}

/* ------------------------- newer SDK: src/interfaces/components/IFloatingOperationsButton.ts */

/** The operation's kind; the portal picks its icon from it. */
export enum FloatingOperationType {
  Download = "download",
  Convert = "convert",
  Copy = "copy",
  Duplicate = "duplicate",
  MarkAsRead = "markAsRead",
  DeletePermanently = "deletePermanently",
  ExportIndex = "exportIndex",
  Move = "move",
  Trash = "trash",
  Other = "other",
  Upload = "upload",
  DeleteVersionFile = "deleteVersionFile",
  Backup = "backup",
}

export interface IFloatingOperation {
  id: string;
  label: string;
  operation: FloatingOperationType;
  alert: boolean;
  completed: boolean;
  /** 0-100; without it the portal shows an endless loader. */
  percent?: number;
  /** A file name in the plugin's assets folder. */
  icon?: string;
}

export interface IFloatingOperationsButton {
  /** Portal-wide key: add is ignored while a button with this id exists, update while none does. */
  id: string;
  operations?: IFloatingOperation[];
  operationsCompleted?: boolean;
  operationsAlert?: boolean;
  showCancelButton?: boolean;
  cancelOperation?: () => Promise<IMessage | void> | IMessage | void;
  onCancelOperationFromList?: (operationId: string) => Promise<IMessage | void> | IMessage | void;
  /** Called once when the button is first shown; dispatchMessage works at any time after. */
  onLoad?: (dispatchMessage: (message: IMessage) => void) => Promise<IMessage | void> | IMessage | void;
}

/* ------------------------------------------------------------- items (SDK src/interfaces/items) */

/**
 * 2.1 group callback: the selected items. The client's develop branch passes bare ids
 * (ONLYOFFICE/DocSpace-client packages/client/src/store/ContextOptionsStore.js onMultiLoadPlugins);
 * the newest SDK declares `{ id, itemType }` objects (src/interfaces/items/IContextMenuItem.ts GroupItem).
 */
export type GroupSelection = (
  number | string | { id: number | string; itemType: "file" | "folder" | "room" }
)[];

export interface IContextMenuItem {
  key: string;
  label: string;
  icon: string;
  /** Gets only the id of the clicked item (a string for third-party storage). Exceptions are not caught. */
  onClick: (id: number | string) => Promise<IMessage> | IMessage | void;
  /** 2.1: replaces the deprecated `onClick` on newer hosts. */
  onItemClick?: (id: number | string) => Promise<IMessage> | IMessage | void;
  withActiveItem?: boolean;
  fileExt?: (FilesExst | string)[];
  fileType?: FilesType[];
  usersTypes?: UsersType[];
  devices?: Devices[];
  security?: Security[];
  itemSecurity?: (FilesSecurity | Security)[];
  items?: IContextMenuItem[];
  /** 2.1 */
  isGroupAction?: boolean;
  /** 2.1 */
  onGroupClick?: (items: GroupSelection) => Promise<IMessage> | IMessage | void;
}

export interface IInfoPanelItem {
  key: string;
  subMenu: { name: string; onClick?: (id: number) => Promise<IMessage> | IMessage | void };
  body: IBox;
  onLoad: () => Promise<{ body: IBox }>;
  filesType?: FilesType[];
  filesExsts?: (FilesExst | string)[];
  usersTypes?: UsersType[];
  devices?: Devices[];
}

/** Note the singular `usersType`, unlike the context menu's `usersTypes` (SDK src/interfaces/items). */
export interface IProfileMenuItem {
  key: string;
  label: string;
  icon: string;
  onClick: () => Promise<IMessage> | IMessage | void;
  usersType?: UsersType[];
  devices?: Devices[];
}

export interface IEventListenerItem {
  key: string;
  eventType: Events;
  eventHandler: () => Promise<IMessage> | IMessage | void;
  usersTypes?: UsersType[];
  devices?: Devices[];
}

/* --------------------------------------------------------- plugins (SDK src/interfaces/plugins) */

export interface IPlugin {
  status: PluginStatus;
  onLoadCallback: () => Promise<void>;
  updateStatus: (status: PluginStatus) => void;
  getStatus: () => PluginStatus;
  setOnLoadCallback: (callback: () => Promise<void>) => void;
  /** 2.1 */
  language?: PluginLocale | string;
  /** 2.1: called before setAPI and onLoadCallback, with the raw cookie or culture string. */
  setLanguage?: (language: PluginLocale | string) => void;
  /** 2.1 */
  getLanguage?: () => PluginLocale | string;
}

export interface IApiPlugin {
  origin: string;
  proxy: string;
  prefix: string;
  setOrigin: (origin: string) => void;
  setProxy: (proxy: string) => void;
  setPrefix: (prefix: string) => void;
  getOrigin: () => string;
  getProxy: () => string;
  getPrefix: () => string;
  setAPI: (origin: string, proxy: string, prefix: string) => void;
  getAPI: () => { origin: string; proxy: string; prefix: string };
}

export interface ISettingsPlugin {
  adminPluginSettings: ISettings | null;
  setAdminPluginSettings: (settings: ISettings | null) => void;
  setAdminPluginSettingsValue: (settings: string | null) => void;
  getAdminPluginSettings: () => ISettings | null;
}

export interface IContextMenuPlugin {
  contextMenuItems: Map<string, IContextMenuItem>;
  addContextMenuItem: (item: IContextMenuItem) => void;
  getContextMenuItems: () => Map<string, IContextMenuItem>;
  getContextMenuItemsKeys: () => string[];
  updateContextMenuItem: (item: IContextMenuItem) => void;
}

export interface IProfileMenuPlugin {
  profileMenuItems: Map<string, IProfileMenuItem>;
  addProfileMenuItem: (item: IProfileMenuItem) => void;
  getProfileMenuItems: () => Map<string, IProfileMenuItem>;
  updateProfileMenuItem: (item: IProfileMenuItem) => void;
}

export interface IInfoPanelPlugin {
  infoPanelItems: Map<string, IInfoPanelItem>;
  addInfoPanelItem: (item: IInfoPanelItem) => void;
  getInfoPanelItems: () => Map<string, IInfoPanelItem>;
  updateInfoPanelItem: (item: IInfoPanelItem) => void;
}

export interface IEventListenerPlugin {
  eventListenerItems: Map<string, IEventListenerItem>;
  addEventListenerItem: (item: IEventListenerItem) => void;
  getEventListenerItems: () => Map<string, IEventListenerItem>;
}
