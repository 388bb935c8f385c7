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
export const ACCOUNT_ITEM_KEY = "send-to-dropbox-account";
/** 16×16, in assets/. */
export const MENU_ICON = "send-to-dropbox.svg";

export interface MenuState {
  audience: Audience;
  /** Personal mode: each user manages their own Dropbox connection from the profile menu. */
  personal: boolean;
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
 */
export function contextMenuItems(state: MenuState, handlers: MenuHandlers, t: Translate): IContextMenuItem[] {
  const common = {
    label: t("menu.send"),
    icon: MENU_ICON,
    // Only where the user may download; the host never shows plugin items in the Trash.
    itemSecurity: [FilesSecurity.Download],
    ...(state.audience === "admins" ? { usersTypes: ADMINS } : {}),
  };
  // onClick is all DocSpace 3.6 (and the December 2025 develop branch) call; the 2026 client calls
  // onItemClick when an item has one (ONLYOFFICE/DocSpace-client packages/client/src/store/
  // PluginStore.ts updateContextMenuItems), the client that also has the floating operations button.
  const onFile = (via: Via) => (id: number | string) => handlers.onSend({ id, kind: "file" }, via);
  const onFolder = (via: Via) => (id: number | string) => handlers.onSend({ id, kind: "folder" }, via);
  return [
    {
      ...common,
      key: FILE_ITEM_KEY,
      fileType: [FilesType.file, FilesType.image, FilesType.video],
      onClick: onFile("click"),
      onItemClick: onFile("item"),
      // The row stays busy while the send holds its callback (ContextOptionsStore.js onLoadPlugins
      // `setActiveFiles([item.id])` … `setActiveFiles([])`). Files only: the client marks file rows
      // by id (HOCs/withFileActions.js), so a folder id would mark the file with the same id.
      withActiveItem: true,
      // SDK 2.1 clients: the group menu offers an item only when every selected item matches its
      // filters, so a selection of files gets this one and passes file ids. Older hosts ignore it.
      isGroupAction: true,
      onGroupClick: (items: GroupSelection) => handlers.onGroupSend(items, "file"),
    },
    {
      ...common,
      key: FOLDER_ITEM_KEY,
      fileType: [FilesType.folder, FilesType.room],
      onClick: onFolder("click"),
      onItemClick: onFolder("item"),
      isGroupAction: true,
      onGroupClick: (items: GroupSelection) => handlers.onGroupSend(items, "folder"),
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
