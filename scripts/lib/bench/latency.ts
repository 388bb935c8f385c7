// The latency the benchmarks add to every request of an emulator: its delay fault, replaced
// whenever the figure changes. Used by the Node benchmark's hosts (./emulator-host.ts), the browser
// benchmark's hosts (./browser-emulator-host.ts) and its in-process services.
import type { DocSpaceEmulator } from "../../../test/emulators/docspace";
import type { DropboxEmulator } from "../../../test/emulators/dropbox";

/** Sets the ms added to every request of the emulated portal (0: none). */
export function docspaceLatency(docspace: DocSpaceEmulator): (ms: number) => void {
  let remove: (() => void) | undefined;
  return (ms) => {
    remove?.();
    remove = ms > 0 ? docspace.faults.add({ action: { type: "delay", ms } }) : undefined;
  };
}

/**
 * Sets the ms added to every request of the emulated Dropbox (0: none). It clears the emulator's
 * faults first: the benchmarks set no other, and `reset()` clears them too, after which the caller
 * sets the latency again.
 */
export function dropboxLatency(dropbox: DropboxEmulator): (ms: number) => void {
  return (ms) => {
    dropbox.faults.clear();
    if (ms > 0) dropbox.addFault({ kind: "delay", delayMs: ms, times: 0 });
  };
}
