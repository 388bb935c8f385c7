// The menu items, as plain data built from the plugin's state.
import {
  FilesSecurity,
  FilesType,
  UsersType,
  type GroupSelection,
  type IContextMenuItem,
  type IMessage,
  type IProfileMenuItem,
} from "@onlyoffice/docspace-plugin-sdk";
import type { Translate } from "../i18n";
import type { Audience } from "../settings/codec";
import type { Via } from "../progress";
import type { SendTarget } from "../transfer";

export const FILE_ITEM_KEY = "send-to-dropbox-file";
export const FOLDER_ITEM_KEY = "send-to-dropbox-folder";
export const GROUP_FILES_KEY = "send-to-dropbox-files";
export const GROUP_FOLDERS_KEY = "send-to-dropbox-folders";
export const ACCOUNT_ITEM_KEY = "send-to-dropbox-account";
/** 16×16, in assets/. */
export const MENU_ICON = "send-to-dropbox.svg";

export interface MenuState {
  audience: Audience;
  /** Personal mode: each user manages their own Dropbox connection from the profile menu. */
  personal: boolean;
  /**
   * The host has a group menu (SDK 2.1+ clients, which call setLanguage). DocSpace 3.6 has none and
   * would show a group item in every single-item menu, so there it is not registered at all.
   */
  groupMenu?: boolean;
}

export interface MenuHandlers {
  onSend: (target: SendTarget, via: Via) => Promise<IMessage>;
  onGroupSend: (items: GroupSelection, kind: "file" | "folder") => Promise<IMessage>;
  onAccount: () => Promise<IMessage>;
}

const ADMINS = [UsersType.owner, UsersType.docSpaceAdmin];

/**
 * Two items with one label, split by type: DocSpace 3.6 hands `onClick` only the id, and DocSpace numbers
 * files and folders separately, so 42 may name a file and a folder alike. Each item matches only
 * its own types (images and videos are typed `image`/`video`, not `file`), so the menu never shows
 * both for one row and the click always knows what it got. Rooms are folders to the transfer.
 *
 * Group items are separate, because the 4.0 client keeps an item with `isGroupAction` out of the
 * single-item menu and offers it for a selection only when every selected item's own options
 * contain its key (ONLYOFFICE/DocSpace-client packages/client/src/store/contextOptionsStore/
 * plugins.helpers.ts onLoadPluginsImpl, onMultiLoadPluginsImpl). The single items need Download
 * rights; the group items do not, so a selection with one item the user may not download still
 * offers Send to Dropbox, and the plugin offers to send the others and names the ones left out.
 */
export function contextMenuItems(state: MenuState, handlers: MenuHandlers, t: Translate): IContextMenuItem[] {
  const common = {
    label: t("menu.send"),
    icon: MENU_ICON,
    ...(state.audience === "admins" ? { usersTypes: ADMINS } : {}),
  };
  const fileTypes = [FilesType.file, FilesType.image, FilesType.video];
  const folderTypes = [FilesType.folder, FilesType.room];
  // onClick is all DocSpace 3.6 (and the December 2025 develop branch) call; the 2026 client calls
  // onItemClick when an item has one (ONLYOFFICE/DocSpace-client packages/client/src/store/
  // PluginStore.ts updateContextMenuItems), the client that also has the floating operations button.
  const onFile = (via: Via) => (id: number | string) => handlers.onSend({ id, kind: "file" }, via);
  const onFolder = (via: Via) => (id: number | string) => handlers.onSend({ id, kind: "folder" }, via);
  // Only where the user may download; the host never shows plugin items in the Trash.
  const single = { ...common, itemSecurity: [FilesSecurity.Download] };
  const items: IContextMenuItem[] = [
    {
      ...single,
      key: FILE_ITEM_KEY,
      fileType: fileTypes,
      onClick: onFile("click"),
      onItemClick: onFile("item"),
      // The row stays busy while the send holds its callback (ContextOptionsStore.js onLoadPlugins
      // `setActiveFiles([item.id])` … `setActiveFiles([])`). Files only: the client marks file rows
      // by id (HOCs/withFileActions.js), so a folder id would mark the file with the same id.
      withActiveItem: true,
    },
    {
      ...single,
      key: FOLDER_ITEM_KEY,
      fileType: folderTypes,
      onClick: onFolder("click"),
      onItemClick: onFolder("item"),
    },
  ];
  if (!state.groupMenu) return items;
  // A selection of files gets the files item and passes file ids (bare ids on develop, so the item
  // gives the kind), and likewise for folders.
  return [
    ...items,
    {
      ...common,
      key: GROUP_FILES_KEY,
      fileType: fileTypes,
      onClick: onFile("click"),
      isGroupAction: true,
      onGroupClick: (selection: GroupSelection) => handlers.onGroupSend(selection, "file"),
    },
    {
      ...common,
      key: GROUP_FOLDERS_KEY,
      fileType: folderTypes,
      onClick: onFolder("click"),
      isGroupAction: true,
      onGroupClick: (selection: GroupSelection) => handlers.onGroupSend(selection, "folder"),
    },
  ] satisfies IContextMenuItem[];
}

/** "Dropbox connection" in the profile menu: connect or disconnect this user's own Dropbox. */
export function profileMenuItems(state: MenuState, handlers: MenuHandlers, t: Translate): IProfileMenuItem[] {
  if (!state.personal) return [];
  return [
    {
      key: ACCOUNT_ITEM_KEY,
      label: t("menu.account"),
      icon: MENU_ICON,
      onClick: handlers.onAccount,
      ...(state.audience === "admins" ? { usersType: ADMINS } : {}),
    },
  ] satisfies IProfileMenuItem[];
}
