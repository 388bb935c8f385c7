import type { IContextMenuItem } from "@onlyoffice/docspace-plugin-sdk";

import type { RegisteredMenuItem } from "./types";

/** One item of the file list as the context-menu filters see it (store/ContextOptionsStore.js). */
export interface MenuTarget {
  id: number | string;
  itemType: "file" | "folder" | "room";
  /** Images and videos are typed image/video, not file. */
  filesType: "file" | "image" | "video" | "folder" | "room";
  fileExst: string;
  security: Record<string, boolean>;
  /** The security of the folder or room the item is listed in. */
  parentSecurity: Record<string, boolean>;
  inTrash: boolean;
}

export interface MenuEntry {
  key: string;
  label: string;
  pluginName?: string;
  item?: IContextMenuItem;
  children?: MenuEntry[];
}

/** FileDto.fileType → FilesType: 4 Image → image, 2 Video → video, anything else → file. */
export function filesTypeOf(
  kind: "file" | "folder" | "room",
  fileType: number | undefined,
): MenuTarget["filesType"] {
  if (kind !== "file") return kind;
  return fileType === 4 ? "image" : fileType === 2 ? "video" : "file";
}

/** The DocSpace 3.6 filters, run each time the menu opens. */
export function itemMatches(
  item: IContextMenuItem,
  target: MenuTarget,
  usersType: string,
  device = "desktop",
): boolean {
  if (target.inTrash) return false;
  if (item.fileType && !item.fileType.map(String).includes(target.filesType)) return false;
  // fileExt: exact, case-sensitive, and only checked for files, images and videos.
  const isFileLike =
    target.filesType === "file" || target.filesType === "image" || target.filesType === "video";
  if (item.fileExt && isFileLike && !item.fileExt.map(String).includes(target.fileExst)) return false;
  if (item.usersTypes && !item.usersTypes.map(String).includes(usersType)) return false;
  if (item.devices && !item.devices.map(String).includes(device)) return false;
  if (item.security && !item.security.every((key) => target.parentSecurity[String(key)] === true))
    return false;
  if (item.itemSecurity && !item.itemSecurity.every((key) => target.security[String(key)] === true))
    return false;
  return true;
}

function entryFor(
  registered: RegisteredMenuItem,
  item: IContextMenuItem,
  target: MenuTarget,
  usersType: string,
  depth: number,
): MenuEntry | undefined {
  if (!itemMatches(item, target, usersType)) return undefined;
  if (Array.isArray(item.items) && item.items.length > 0) {
    // Submenus go two levels deep; the parent is hidden when no child matches.
    if (depth >= 2) return undefined;
    const children = item.items
      .map((child) => entryFor(registered, child, target, usersType, depth + 1))
      .filter((e): e is MenuEntry => !!e);
    return children.length > 0
      ? { key: item.key, label: item.label, pluginName: registered.pluginName, children }
      : undefined;
  }
  return { key: item.key, label: item.label, pluginName: registered.pluginName, item };
}

export function pluginEntries(
  items: RegisteredMenuItem[],
  target: MenuTarget,
  usersType: string,
): MenuEntry[] {
  return items.map((r) => entryFor(r, r.item, target, usersType, 1)).filter((e): e is MenuEntry => !!e);
}

/** One matching item goes in at index 1; several are grouped under "Actions" (store/ContextOptionsStore.js). */
export function placeEntries(host: MenuEntry[], plugin: MenuEntry[]): MenuEntry[] {
  if (plugin.length === 0) return host;
  const insert =
    plugin.length === 1 ? plugin : [{ key: "plugin-actions", label: "Actions", children: plugin }];
  return [...host.slice(0, 1), ...insert, ...host.slice(1)];
}

/** 2.1/4.0 group menu: items with isGroupAction that match every selected item. */
export function groupEntries(
  items: RegisteredMenuItem[],
  targets: MenuTarget[],
  usersType: string,
): MenuEntry[] {
  return items
    .filter((r) => r.item.isGroupAction === true && typeof r.item.onGroupClick === "function")
    .filter((r) => targets.every((t) => itemMatches(r.item, t, usersType)))
    .map((r) => ({ key: r.item.key, label: r.item.label, pluginName: r.pluginName, item: r.item }));
}
