import {
  FileShare,
  FolderType,
  type FileNode,
  type FileShareValue,
  type FolderNode,
  type ItemId,
  type User,
  type UserKind,
} from "./model";
import type { FileStore } from "./store";

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** Seeded items get fixed dates so responses are reproducible: 2025-03-14T06:26:53Z plus one minute per id. */
const BASE_TIME = Date.UTC(2025, 2, 14, 6, 26, 53);

/** Ids of the named seed items, for tests ("the 1 KiB file", "the folder with >100 entries"…). */
export const SEED = {
  roots: { rooms: 1, trash: 3, archive: 4 },
  my: { owner: 10, docspaceAdmin: 11, roomAdmin: 12, user: 13 } as Record<Exclude<UserKind, "guest">, number>,
  rooms: {
    /** CustomRoom; roomAdmin manages it, user is a content creator, guest reads. */
    project: 100,
    /** VirtualDataRoom with denyDownload: only managers (owner, admin, roomAdmin) may download. */
    restricted: 101,
    /** EditingRoom with the large generated files. */
    bigFiles: 102,
    /** CustomRoom with the >100-entry folder and the 1000-file tree. */
    manyFiles: 103,
    /** No members: only the owner and DocSpace admins see it. */
    ownerOnly: 104,
    /** Archived room (rootFolderType 20). */
    archived: 105,
    /** Third-party storage room: string ids. */
    thirdParty: "sbox-room-1",
  },
  files: {
    oneKib: 200,
    spreadsheet: 201,
    presentation: 202,
    image: 203,
    video: 204,
    audio: 205,
    pdf: 206,
    diagram: 207,
    archive: 208,
    noExtension: 209,
    zeroBytes: 210,
    upperCaseExtension: 211,
    cyrillic: 212,
    japanese: 213,
    emoji: 214,
    decomposedUnicode: 215,
    dotFile: 216,
    punctuation: 217,
    longName: 218,
    doubleSpaces: 219,
    caseTwinLower: 220,
    caseTwinUpper: 221,
    text: 222,
    /** `security.Download` false for everyone, so downloads give 403. */
    noDownload: 223,
    svgImage: 224,
    deep: 225,
    inFolderA: 226,
    inSubB: 227,
    sameNameInSubfolder: 228,
    restrictedPdf: 230,
    restrictedDoc: 231,
    ownerOnly: 250,
    archivedRoomFile: 251,
    inTrash: 252,
    ownerMyDocuments: 253,
    userMyDocuments: 254,
    thirdPartyDoc: "sbox-file-1",
    thirdPartyNested: "sbox-file-2",
  },
  big: {
    kib64: 248,
    mib1: 247,
    mib4: 240,
    mib4plus1: 241,
    mib8: 242,
    mib150: 243,
    mib150plus1: 244,
    gib1: 245,
    gib5: 246,
  },
  folders: {
    folderA: 300,
    subB: 301,
    deepC: 302,
    empty: 303,
    sameName: 304,
    dotted: 305,
    /** 120 files + 30 subfolders (each with one file) = 150 direct entries. */
    over100: 310,
    /** 10 folders × 10 subfolders × 10 small files = 1000 files, 110 folders. */
    tree1000: 311,
    thirdPartyFolder: "sbox-folder-1",
  },
} as const;

export const SEED_COUNTS = {
  over100Files: 120,
  over100Folders: 30,
  tree1000Files: 1000,
  tree1000Folders: 110,
} as const;

function times(id: ItemId): { created: number; updated: number } {
  const n = typeof id === "number" ? id : 900;
  const created = BASE_TIME + n * 60_000;
  return { created, updated: created + (n % 5) * 3_600_000 };
}

/** Fills the store with the seed tree. */
export function seedStore(store: FileStore, users: Map<UserKind, User>): void {
  const id = (kind: UserKind): string => {
    const user = users.get(kind);
    if (!user) throw new Error(kind);
    return user.id;
  };
  const owner = id("owner");

  const folder = (
    folderId: ItemId,
    title: string,
    parentId: ItemId | null,
    extra: Partial<FolderNode> = {},
  ): void => {
    store.add({
      kind: "folder",
      id: folderId,
      title,
      parentId,
      folderType: FolderType.DEFAULT,
      createdBy: owner,
      ...times(folderId),
      ...extra,
    });
  };
  const file = (
    fileId: ItemId,
    title: string,
    folderId: ItemId,
    size: number,
    extra: Partial<FileNode> = {},
  ): void => {
    store.add({
      kind: "file",
      id: fileId,
      title,
      folderId,
      size,
      version: 1,
      createdBy: owner,
      contentKey: `${String(fileId)}:1`,
      ...times(fileId),
      ...extra,
    });
  };
  const room = (
    roomId: ItemId,
    title: string,
    parentId: ItemId,
    folderType: number,
    members: [UserKind, FileShareValue][],
    extra: Partial<FolderNode> = {},
  ): void => {
    folder(roomId, title, parentId, {
      folderType,
      members: new Map(members.map(([kind, access]) => [id(kind), access])),
      ...extra,
    });
  };

  folder(SEED.roots.rooms, "Rooms", null, { folderType: FolderType.VirtualRooms });
  folder(SEED.roots.trash, "Trash", null, { folderType: FolderType.TRASH, ownerId: owner });
  folder(SEED.roots.archive, "Archive", null, { folderType: FolderType.Archive });
  for (const [kind, myId] of Object.entries(SEED.my) as [UserKind, number][]) {
    folder(myId, "My documents", null, {
      folderType: FolderType.USER,
      ownerId: id(kind),
      createdBy: id(kind),
    });
  }

  const R = SEED.rooms;
  const F = SEED.files;
  room(R.project, "Project Room", SEED.roots.rooms, FolderType.CustomRoom, [
    ["roomAdmin", FileShare.RoomManager],
    ["user", FileShare.ContentCreator],
    ["guest", FileShare.Read],
  ]);
  room(
    R.restricted,
    "Restricted Room",
    SEED.roots.rooms,
    FolderType.VirtualDataRoom,
    [
      ["roomAdmin", FileShare.RoomManager],
      ["user", FileShare.Read],
      ["guest", FileShare.Read],
    ],
    { denyDownload: true },
  );
  room(R.bigFiles, "Big Files", SEED.roots.rooms, FolderType.EditingRoom, [
    ["roomAdmin", FileShare.RoomManager],
    ["user", FileShare.Read],
  ]);
  room(R.manyFiles, "Many Files", SEED.roots.rooms, FolderType.CustomRoom, [
    ["roomAdmin", FileShare.RoomManager],
    ["user", FileShare.Read],
  ]);
  room(R.ownerOnly, "Owner-only Room", SEED.roots.rooms, FolderType.EditingRoom, []);
  room(R.archived, "Old Room", SEED.roots.archive, FolderType.CustomRoom, [
    ["roomAdmin", FileShare.RoomManager],
  ]);
  room(
    R.thirdParty,
    "Box Storage Room",
    SEED.roots.rooms,
    FolderType.CustomRoom,
    [
      ["roomAdmin", FileShare.RoomManager],
      ["user", FileShare.Read],
    ],
    { providerKey: "Box" },
  );

  const P = R.project;
  file(F.oneKib, "Report.docx", P, KiB);
  file(F.spreadsheet, "Budget 2025.xlsx", P, 12_345);
  file(F.presentation, "Slides.pptx", P, 250_000);
  file(F.image, "Photo.jpg", P, 345_678);
  file(F.video, "Clip.mp4", P, 2_500_000);
  file(F.audio, "Song.mp3", P, 400_000);
  file(F.pdf, "Manual.pdf", P, 150_000);
  file(F.diagram, "Diagram.vsdx", P, 30_000);
  file(F.archive, "archive.tar.gz", P, 70_000);
  file(F.noExtension, "README", P, 500);
  file(F.zeroBytes, "empty.txt", P, 0);
  file(F.upperCaseExtension, "PHOTO.JPG", P, 2048);
  file(F.cyrillic, "Отчёт — квартал №1.docx", P, 5000);
  file(F.japanese, "日本語のファイル.txt", P, 3000);
  file(F.emoji, "emoji 🎉 party.png", P, 4096);
  file(F.decomposedUnicode, "Cafe\u0301 menu.txt", P, 1500);
  file(F.dotFile, ".hidden", P, 100);
  file(F.punctuation, "100% #1 & 'quotes' [x] {y}; z=1,2.txt", P, 777);
  // 170 characters, the maximum title length (ONLYOFFICE/DocSpace-server products/ASC.Files/Core/Helpers/
  // Global.cs MaxTitle).
  file(F.longName, `${"Long name ".repeat(17).slice(0, 166)}.txt`, P, 640);
  file(F.doubleSpaces, "name  with  double  spaces.txt", P, 321);
  file(F.caseTwinLower, "Readme.md", P, 111);
  file(F.caseTwinUpper, "README.md", P, 222);
  file(F.text, "notes.txt", P, 4321);
  file(F.noDownload, "Secret Plan.docx", P, 9000, { denyDownload: true });
  file(F.svgImage, "Vector.svg", P, 1800);

  const D = SEED.folders;
  folder(D.folderA, "Folder A", P);
  folder(D.subB, "Sub B", D.folderA);
  folder(D.deepC, "Deep C", D.subB);
  file(F.deep, "deep.txt", D.deepC, 2500);
  file(F.inFolderA, "a.txt", D.folderA, 1000);
  file(F.inSubB, "b.txt", D.subB, 2000);
  folder(D.empty, "Empty Folder", P);
  folder(D.sameName, "Same Name", P);
  file(F.sameNameInSubfolder, "Report.docx", D.sameName, 2 * KiB);
  folder(D.dotted, "Folder.with.dots", P);

  file(F.restrictedPdf, "Confidential.pdf", R.restricted, 50_000);
  file(F.restrictedDoc, "Plan.docx", R.restricted, 6000);

  const B = SEED.big;
  file(B.kib64, "64KiB.bin", R.bigFiles, 64 * KiB);
  file(B.mib1, "1MiB.bin", R.bigFiles, MiB);
  file(B.mib4, "4MiB.bin", R.bigFiles, 4 * MiB);
  file(B.mib4plus1, "4MiB+1.bin", R.bigFiles, 4 * MiB + 1);
  file(B.mib8, "8MiB.bin", R.bigFiles, 8 * MiB);
  file(B.mib150, "150MiB.bin", R.bigFiles, 150 * MiB);
  file(B.mib150plus1, "150MiB+1.bin", R.bigFiles, 150 * MiB + 1);
  file(B.gib1, "1GiB.mp4", R.bigFiles, GiB);
  file(B.gib5, "5GiB.zip", R.bigFiles, 5 * GiB);

  folder(D.over100, "150 entries", R.manyFiles);
  for (let i = 0; i < SEED_COUNTS.over100Files; i++) {
    file(1000 + i, `file-${String(i + 1).padStart(3, "0")}.txt`, D.over100, ((i * 37) % 4096) + 1);
  }
  for (let i = 0; i < SEED_COUNTS.over100Folders; i++) {
    folder(400 + i, `sub-${String(i + 1).padStart(2, "0")}`, D.over100);
    file(1200 + i, `inner-${String(i + 1).padStart(2, "0")}.txt`, 400 + i, 64 + i);
  }
  folder(D.tree1000, "Tree of 1000", R.manyFiles);
  for (let a = 0; a < 10; a++) {
    folder(430 + a, `d${a}`, D.tree1000);
    for (let b = 0; b < 10; b++) {
      const sub = 440 + a * 10 + b;
      folder(sub, `d${a}-${b}`, 430 + a);
      for (let c = 0; c < 10; c++) {
        const n = a * 100 + b * 10 + c;
        file(2000 + n, `f${String(n).padStart(4, "0")}.txt`, sub, ((n * 131) % 4096) + 1);
      }
    }
  }

  file(F.ownerOnly, "owner.txt", R.ownerOnly, 1234);
  file(F.archivedRoomFile, "old.docx", R.archived, 4000);
  file(F.inTrash, "deleted.docx", SEED.roots.trash, 3000);
  file(F.ownerMyDocuments, "My notes.txt", SEED.my.owner, 800);
  file(F.userMyDocuments, "user file.txt", SEED.my.user, 900, { createdBy: id("user") });

  file(F.thirdPartyDoc, "Box Doc.docx", R.thirdParty, 2048);
  folder(D.thirdPartyFolder, "Box Folder", R.thirdParty);
  file(F.thirdPartyNested, "Inside.txt", D.thirdPartyFolder, 512);
}
