import type { ExportResult } from "../../../src/core";

/** What a run reports, in plain data (it crosses from the browser page to the test). */
export interface ExportSummary {
  files: {
    status: string;
    errorKind?: string;
    errorMessage?: string;
    dropboxPath: string;
    contentHash?: string;
  }[];
}

export function summarize(result: ExportResult): ExportSummary {
  return {
    files: result.files.map((file) => ({
      status: file.status,
      dropboxPath: file.dropboxPath,
      ...(file.contentHash !== undefined ? { contentHash: file.contentHash } : {}),
      ...(file.error
        ? {
            errorKind: file.error.kind,
            errorMessage: `${file.error.message}${file.error.cause instanceof Error ? ` (${file.error.cause.name}: ${file.error.cause.message})` : ""}`,
          }
        : {}),
    })),
  };
}
