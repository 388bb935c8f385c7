import {
  FileShare,
  FolderType,
  isRoomType,
  type FileNode,
  type FileShareValue,
  type FolderNode,
  type ItemId,
  type Node,
  type User,
} from "./model";

/** The portal's files and folders: a tree keyed by id, with DocSpace's access rules. */
export class FileStore {
  private readonly nodes = new Map<string, Node>();
  private readonly children = new Map<string, ItemId[]>();
  private countCache = new Map<string, { filesCount: number; foldersCount: number }>();
  private nextId = 100_000;

  constructor(readonly seed: string) {}

  /** Allocates a numeric id above every seeded one. */
  allocateId(): number {
    return this.nextId++;
  }

  add(node: Node): void {
    const key = String(node.id);
    if (this.nodes.has(key)) throw new Error(`duplicate id ${key}`);
    this.nodes.set(key, node);
    const parent = node.kind === "file" ? node.folderId : node.parentId;
    if (parent !== null) {
      const list = this.children.get(String(parent)) ?? [];
      list.push(node.id);
      this.children.set(String(parent), list);
    }
    if (typeof node.id === "number" && node.id >= this.nextId) this.nextId = node.id + 1;
    this.countCache = new Map();
  }

  /** Moves a file into another folder (a move operation keeps the file's id). */
  reparent(file: FileNode, folderId: ItemId): void {
    const from = this.children.get(String(file.folderId)) ?? [];
    this.children.set(
      String(file.folderId),
      from.filter((id) => String(id) !== String(file.id)),
    );
    file.folderId = folderId;
    const to = this.children.get(String(folderId)) ?? [];
    to.push(file.id);
    this.children.set(String(folderId), to);
    this.countCache = new Map();
  }

  get(id: ItemId | string): Node | undefined {
    return this.nodes.get(String(id));
  }

  file(id: ItemId | string): FileNode | undefined {
    const node = this.get(id);
    return node?.kind === "file" ? node : undefined;
  }

  folder(id: ItemId | string): FolderNode | undefined {
    const node = this.get(id);
    return node?.kind === "folder" ? node : undefined;
  }

  childrenOf(id: ItemId): Node[] {
    return (this.children.get(String(id)) ?? [])
      .map((child) => this.nodes.get(String(child)))
      .filter((n): n is Node => !!n);
  }

  /** Every descendant, depth first. */
  descendantsOf(id: ItemId): Node[] {
    const out: Node[] = [];
    const walk = (parent: ItemId): void => {
      for (const child of this.childrenOf(parent)) {
        out.push(child);
        if (child.kind === "folder") walk(child.id);
      }
    };
    walk(id);
    return out;
  }

  /**
   * Recursive counts: closure-table counts over all descendants, 0 on the rooms root
   * (ONLYOFFICE/DocSpace-server products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
   * RecalculateFoldersCountAsync, table files_folder_tree).
   */
  counts(folder: FolderNode): { filesCount: number; foldersCount: number } {
    if (folder.folderType === FolderType.VirtualRooms) return { filesCount: 0, foldersCount: 0 };
    const key = String(folder.id);
    const cached = this.countCache.get(key);
    if (cached) return cached;
    let filesCount = 0;
    let foldersCount = 0;
    for (const node of this.descendantsOf(folder.id)) {
      if (node.kind === "file") filesCount++;
      else foldersCount++;
    }
    const result = { filesCount, foldersCount };
    this.countCache.set(key, result);
    return result;
  }

  parentOf(node: Node): FolderNode | undefined {
    const parent = node.kind === "file" ? node.folderId : node.parentId;
    return parent === null ? undefined : this.folder(parent);
  }

  /** Ancestors from the root down to (not including) the node. */
  ancestorsOf(node: Node): FolderNode[] {
    const out: FolderNode[] = [];
    let current = this.parentOf(node);
    while (current) {
      out.unshift(current);
      current = this.parentOf(current);
    }
    return out;
  }

  /** The top-level folder the node lives under (rooms root, My documents, Trash, Archive). */
  rootOf(node: Node): FolderNode {
    const chain = [...this.ancestorsOf(node), ...(node.kind === "folder" ? [node] : [])];
    const root = chain[0];
    if (!root) throw new Error(`node ${String(node.id)} has no root`);
    return root;
  }

  /** The room containing the node (the node itself when it is a room). */
  roomOf(node: Node): FolderNode | undefined {
    const chain = [...this.ancestorsOf(node), ...(node.kind === "folder" ? [node] : [])];
    return chain.find((folder) => isRoomType(folder.folderType));
  }

  /** The user's FileShare on a node; None for anonymous callers. */
  accessOf(user: User | undefined, node: Node): FileShareValue {
    if (!user) return FileShare.None;
    const root = this.rootOf(node);
    const fullAccess = user.kind === "owner" || user.kind === "docspaceAdmin";
    if (root.folderType === FolderType.USER || root.folderType === FolderType.TRASH) {
      return root.ownerId === user.id ? FileShare.ReadWrite : FileShare.None;
    }
    const room = this.roomOf(node);
    if (!room) {
      // The rooms root and the archive root themselves: every member can list them.
      return user.kind === "guest" && root.folderType === FolderType.Archive
        ? FileShare.None
        : FileShare.Read;
    }
    if (fullAccess) return FileShare.RoomManager;
    return room.members?.get(user.id) ?? FileShare.None;
  }

  isManager(user: User | undefined, node: Node): boolean {
    return this.accessOf(user, node) === FileShare.RoomManager;
  }

  canRead(user: User | undefined, node: Node): boolean {
    return this.accessOf(user, node) !== FileShare.None;
  }

  /** `CanDownload`: readable, not forbidden on the item, and not forbidden by the room for non-managers. */
  canDownload(user: User | undefined, node: Node): boolean {
    if (!this.canRead(user, node)) return false;
    if (node.kind === "file" && node.denyDownload) return false;
    const room = this.roomOf(node);
    return !(room?.denyDownload && !this.isManager(user, node));
  }

  all(): Node[] {
    return [...this.nodes.values()];
  }
}
