// Progress as plain numbers (Uppy's model): the core reports bytes and file counts; smoothing,
// ETA and wording belong to the UI.

import type { DocSpaceId } from "./docspace/types";

export type FileStatus = "queued" | "transferring" | "committing" | "done" | "failed" | "cancelled";

export interface FileProgress {
  /** Position of the file in the job's plan (stable across events). */
  index: number;
  docspaceId: DocSpaceId;
  title: string;
  dropboxPath: string;
  transferredBytes: number;
  totalBytes: number;
  status: FileStatus;
}

export interface OverallProgress {
  transferredBytes: number;
  totalBytes: number;
  /** Files that reached `done`. */
  completedFiles: number;
  /** Files that reached `failed` or `cancelled`. */
  failedFiles: number;
  totalFiles: number;
}

export interface ProgressEvent {
  file: FileProgress;
  overall: OverallProgress;
}

export type ProgressListener = (event: ProgressEvent) => void;

export class ProgressTracker {
  private readonly files: FileProgress[];
  private readonly overall: OverallProgress;

  constructor(
    files: readonly Omit<FileProgress, "index" | "transferredBytes" | "status">[],
    private readonly listener: ProgressListener | undefined,
  ) {
    this.files = files.map((file, index) => ({ ...file, index, transferredBytes: 0, status: "queued" }));
    this.overall = {
      transferredBytes: 0,
      totalBytes: files.reduce((sum, file) => sum + file.totalBytes, 0),
      completedFiles: 0,
      failedFiles: 0,
      totalFiles: files.length,
    };
  }

  /** Records a file's state; bytes may go down (a restarted file), counts move once per file. */
  update(index: number, change: { transferredBytes?: number; status?: FileStatus }): void {
    const file = this.files[index];
    if (!file) return;
    const terminal = (status: FileStatus): boolean =>
      status === "done" || status === "failed" || status === "cancelled";
    if (terminal(file.status)) return;
    if (change.transferredBytes !== undefined) {
      const bytes = Math.min(Math.max(0, change.transferredBytes), file.totalBytes);
      this.overall.transferredBytes += bytes - file.transferredBytes;
      file.transferredBytes = bytes;
    }
    if (change.status !== undefined) {
      file.status = change.status;
      if (change.status === "done") this.overall.completedFiles += 1;
      if (change.status === "failed" || change.status === "cancelled") this.overall.failedFiles += 1;
    }
    this.listener?.({ file: { ...file }, overall: { ...this.overall } });
  }
}
