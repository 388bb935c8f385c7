import type { IContextMenuItem } from "@onlyoffice/docspace-plugin-sdk";

import { apiGet } from "./api";
import { messageActions } from "./dispatch";
import type { PluginHost } from "./loader";
import {
  filesTypeOf,
  groupEntries,
  placeEntries,
  pluginEntries,
  type MenuEntry,
  type MenuTarget,
} from "./menu";

interface EntryDto {
  id: number | string;
  title: string;
  security?: Record<string, boolean>;
  fileType?: number;
  fileExst?: string;
  roomType?: number;
  rootFolderType?: number;
  contentLength?: string;
}

interface FolderContent {
  files: EntryDto[];
  folders: EntryDto[];
  current: EntryDto;
  pathParts: { id: number | string; title: string }[];
  count: number;
  total: number;
}

const TRASH = 3;

/** Reads every page of a listing (at most 100 per page). */
async function loadAll(path: string): Promise<FolderContent> {
  const separator = path.includes("?") ? "&" : "?";
  const first = await apiGet<FolderContent>(`${path}${separator}startIndex=0&count=100`);
  const all = { ...first, files: [...first.files], folders: [...first.folders] };
  let start = first.count;
  while (start < first.total) {
    const page = await apiGet<FolderContent>(`${path}${separator}startIndex=${start}&count=100`);
    all.files.push(...page.files);
    all.folders.push(...page.folders);
    if (page.count === 0) break;
    start += page.count;
  }
  return all;
}

function listPath(): { api: string; trash: boolean } {
  const params = new URLSearchParams(window.location.search);
  const folder = params.get("folder");
  if (folder) return { api: `files/${encodeURIComponent(folder)}`, trash: false };
  if (window.location.pathname.startsWith("/rooms/trash")) return { api: "files/@trash", trash: true };
  if (window.location.pathname.startsWith("/rooms/personal")) return { api: "files/@my", trash: false };
  return { api: "files/rooms", trash: false };
}

/** The file list with the portal's context menu (ContextOptionsStore.js getFilesContextOptions). */
export class FilesPage {
  private selection = new Set<string>();
  private targets = new Map<string, { target: MenuTarget; row: HTMLElement }>();
  /** FilesStore activeFiles: ids of files shown as in progress. */
  private activeFiles: (number | string)[] = [];

  constructor(
    private readonly host: PluginHost,
    private readonly usersType: string,
    private readonly navigate: (url: string) => void,
  ) {
    document.addEventListener("click", (event) => {
      if (!(event.target instanceof Element) || !event.target.closest("[data-testid=context-menu]"))
        this.closeMenu();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.closeMenu();
    });
  }

  async render(root: HTMLElement): Promise<void> {
    this.selection.clear();
    this.targets.clear();
    const { api, trash } = listPath();
    const page = document.createElement("section");
    page.dataset.testid = "files-page";
    root.replaceChildren(page);
    let content: FolderContent;
    try {
      content = await loadAll(api);
    } catch (error) {
      page.textContent = error instanceof Error ? error.message : String(error);
      page.dataset.error = "true";
      return;
    }
    const inTrash = trash || content.current.rootFolderType === TRASH;
    const crumbs = document.createElement("nav");
    crumbs.dataset.testid = "breadcrumbs";
    for (const part of content.pathParts) {
      const link = document.createElement("a");
      link.textContent = part.title;
      link.href = `/rooms/shared/filter?folder=${encodeURIComponent(String(part.id))}`;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.navigate(link.href);
      });
      crumbs.append(link, " / ");
    }
    const table = document.createElement("div");
    table.dataset.testid = "file-list";
    table.dataset.folderId = String(content.current.id);
    table.className = "file-list";
    const parentSecurity = content.current.security ?? {};
    for (const dto of [...content.folders, ...content.files]) {
      const itemType: MenuTarget["itemType"] =
        dto.fileType !== undefined ? "file" : dto.roomType !== undefined ? "room" : "folder";
      const target: MenuTarget = {
        id: dto.id,
        itemType,
        filesType: filesTypeOf(itemType, dto.fileType),
        fileExst: dto.fileExst ?? "",
        security: dto.security ?? {},
        parentSecurity,
        inTrash,
      };
      table.append(this.row(dto, target));
    }
    page.append(crumbs, table);
    page.dataset.loaded = "true";
  }

  private row(dto: EntryDto, target: MenuTarget): HTMLElement {
    const key = String(dto.id);
    const row = document.createElement("div");
    row.dataset.testid = "file-row";
    row.dataset.id = key;
    row.dataset.title = dto.title;
    row.dataset.itemType = target.itemType;
    row.className = "row";
    const check = document.createElement("input");
    check.type = "checkbox";
    check.dataset.testid = "row-checkbox";
    check.addEventListener("click", (event) => {
      event.stopPropagation();
      this.toggle(key, check.checked);
    });
    const title = document.createElement(target.itemType === "file" ? "span" : "a");
    title.dataset.testid = "row-title";
    title.textContent = dto.title;
    if (title instanceof HTMLAnchorElement) {
      title.href = `/rooms/shared/filter?folder=${encodeURIComponent(key)}`;
      title.addEventListener("click", (event) => {
        event.preventDefault();
        this.navigate(title.href);
      });
    }
    const size = document.createElement("span");
    size.className = "size";
    size.textContent = dto.contentLength ?? "";
    const more = document.createElement("button");
    more.type = "button";
    more.dataset.testid = "row-menu-button";
    more.textContent = "⋯";
    more.addEventListener("click", (event) => {
      event.stopPropagation();
      this.openMenu(key, event.clientX, event.clientY);
    });
    row.append(check, title, size, more);
    row.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey) this.toggle(key, !this.selection.has(key));
      else this.selectOnly(key);
    });
    row.addEventListener("contextmenu", (event) => {
      event.preventDefault();
      this.openMenu(key, event.clientX, event.clientY);
    });
    this.targets.set(key, { target, row });
    this.paintActive(row, target);
    return row;
  }

  /**
   * ContextOptionsStore.js onLoadPlugins calls `setActiveFiles([item.id])`, and
   * HOCs/withFileActions.js matches activeFiles only against file rows (`x.id === item.id &&
   * (item.fileExst || item.fileType !== undefined)`): a folder or room id marks the file with the
   * same id, never the folder. Such a row is `isBlockingOperation`, and
   * pages/Home/Section/Body/TableView/StyledTable.js sets `pointer-events: none` on it and on its
   * `.context-menu-container`.
   */
  private paintActive(row: HTMLElement, target: MenuTarget): void {
    const active =
      target.itemType === "file" && this.activeFiles.some((id) => String(id) === String(target.id));
    row.dataset.active = String(active);
    row.classList.toggle("blocking", active);
  }

  private setActiveFiles(ids: (number | string)[]): void {
    this.activeFiles = ids;
    for (const { target, row } of this.targets.values()) this.paintActive(row, target);
  }

  private paintSelection(): void {
    for (const [key, { row }] of this.targets) {
      const selected = this.selection.has(key);
      row.dataset.selected = String(selected);
      const box = row.querySelector<HTMLInputElement>("[data-testid=row-checkbox]");
      if (box) box.checked = selected;
    }
  }

  private toggle(key: string, on: boolean): void {
    if (on) this.selection.add(key);
    else this.selection.delete(key);
    this.paintSelection();
  }

  private selectOnly(key: string): void {
    this.selection = new Set([key]);
    this.paintSelection();
  }

  private closeMenu(): void {
    document.querySelector("[data-testid=context-menu]")?.remove();
  }

  private openMenu(key: string, x: number, y: number): void {
    this.closeMenu();
    const entry = this.targets.get(key);
    if (!entry) return;
    if (!this.selection.has(key) || this.selection.size < 2) this.selectOnly(key);
    const group = this.selection.size > 1;
    const menu = document.createElement("ul");
    menu.dataset.testid = "context-menu";
    menu.dataset.group = String(group);
    menu.setAttribute("role", "menu");
    menu.className = "context-menu";
    menu.style.left = `${x}px`;
    menu.style.top = `${y}px`;
    const entries = group ? this.groupMenu() : this.singleMenu(entry.target);
    for (const e of entries) menu.append(this.menuItem(e, entry.target));
    document.body.append(menu);
    // Keep the menu inside the viewport, as the portal's menu does.
    const rect = menu.getBoundingClientRect();
    menu.style.maxHeight = `${window.innerHeight}px`;
    menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - rect.height))}px`;
    menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - rect.width))}px`;
  }

  private singleMenu(target: MenuTarget): MenuEntry[] {
    const own: MenuEntry[] =
      target.itemType === "file"
        ? [
            { key: "open", label: "Open" },
            { key: "download", label: "Download" },
            { key: "copy-link", label: "Copy link" },
            { key: "info", label: "Info" },
          ]
        : [
            { key: "open", label: "Open" },
            { key: "download", label: "Download" },
            { key: "info", label: "Info" },
          ];
    // The 4.0 client keeps group items out of the single-item menu: `if (!contextOptions.includes(
    // value.key) || value.isGroupAction) return` (ONLYOFFICE/DocSpace-client packages/client/src/
    // store/contextOptionsStore/plugins.helpers.ts onLoadPluginsImpl); 3.6 has no group items.
    const items =
      this.host.hostVersion === "4.0"
        ? this.host.menuItems().filter((r) => r.item.isGroupAction !== true)
        : this.host.menuItems();
    return placeEntries(own, pluginEntries(items, target, this.usersType));
  }

  /**
   * Multi-selection: v3.6.1 shows no plugin items (ContextOptionsStore.js getGroupContextOptions
   * has no plugin branch); develop's onMultiLoadPlugins adds items with isGroupAction whose key is
   * in every selected item's own context options.
   */
  private groupMenu(): MenuEntry[] {
    const own: MenuEntry[] = [
      { key: "download", label: "Download" },
      { key: "delete", label: "Delete" },
    ];
    if (this.host.hostVersion !== "4.0") return own;
    const targets = [...this.selection]
      .map((k) => this.targets.get(k)?.target)
      .filter((t): t is MenuTarget => !!t);
    return [...own, ...groupEntries(this.host.menuItems(), targets, this.usersType)];
  }

  private menuItem(entry: MenuEntry, target: MenuTarget): HTMLElement {
    const li = document.createElement("li");
    li.dataset.testid = `menu-item-${entry.key}`;
    li.setAttribute("role", "menuitem");
    const label = document.createElement("span");
    label.textContent = entry.label;
    li.append(label);
    if (entry.children) {
      // A submenu parent is not clickable.
      li.dataset.submenu = "true";
      const sub = document.createElement("ul");
      sub.dataset.testid = `submenu-${entry.key}`;
      for (const child of entry.children) sub.append(this.menuItem(child, target));
      li.append(sub);
      return li;
    }
    li.addEventListener("click", (event) => {
      event.stopPropagation();
      this.closeMenu();
      if (entry.item && entry.pluginName) {
        if (this.selection.size > 1) void this.runGroup(entry.item, entry.pluginName);
        else void this.runItem(entry.item, entry.pluginName, target);
      } else if (entry.key === "open" && target.itemType !== "file") {
        this.navigate(`/rooms/shared/filter?folder=${encodeURIComponent(String(target.id))}`);
      }
    });
    return li;
  }

  /**
   * PluginStore.ts updateContextMenuItems wraps onClick: awaited, then dispatched. With
   * withActiveItem, ContextOptionsStore.js onLoadPlugins marks `[item.id]` as active files until
   * it settles; an exception is not caught, so the mark stays on.
   */
  private async runItem(item: IContextMenuItem, pluginName: string, target: MenuTarget): Promise<void> {
    if (item.withActiveItem) this.setActiveFiles([target.id]);
    // The 4.0 host follows the 2026 client here: onItemClick when the item has one, else the
    // deprecated onClick (PluginStore.ts updateContextMenuItems); 3.6 knows only onClick.
    const callback =
      this.host.hostVersion === "4.0" && typeof item.onItemClick === "function"
        ? item.onItemClick
        : item.onClick;
    const message = await callback(target.id);
    messageActions(message, { origin: "menu", pluginName }, this.host);
    if (item.withActiveItem) this.setActiveFiles([]);
  }

  /**
   * develop ContextOptionsStore.js onMultiLoadPlugins: `onGroupClick(filesIds)` with the bare ids of
   * the selection (files and folders alike), withActiveItem marking them as active files; the
   * wrapper in develop PluginStore.ts awaits it and dispatches its message.
   */
  private async runGroup(item: IContextMenuItem, pluginName: string): Promise<void> {
    const ids = [...this.selection]
      .map((k) => this.targets.get(k)?.target)
      .filter((t): t is MenuTarget => !!t)
      .map((t) => t.id);
    if (item.withActiveItem) this.setActiveFiles(ids);
    const message = await item.onGroupClick?.(ids);
    messageActions(message, { origin: "menu", pluginName }, this.host);
    if (item.withActiveItem) this.setActiveFiles([]);
  }
}
