// `npm run build && npx tsx scripts/bench-browser-resume.ts [--size-mib 1024] [--rounds 3]
// [--report file.md]`: the
// plugin's resume in Chromium. One stack (emulated portal, emulated Dropbox over HTTPS at the real
// host names, the built dist/plugin.zip), one file, rounds of two sends interleaved (A B, B A, …):
//   fresh:  right-click → Send to Dropbox, until the file is committed in the emulated Dropbox;
//   resume: the same, the page reloaded once the Dropbox emulator has received 90 % of the bytes,
//           then Send to Dropbox again → Resume in the dialog, timed from that click until the
//           file is committed.
// Reports medians: wall time of the resume against the fresh send in the same round (ratio), and
// the bytes re-sent (the emulator's received-bytes counter over both page lives, minus the size).
// Each copy is checked (content hash). Prints its figures, and with --report also writes them as
// markdown for the resume region of docs/benchmarks.md (scripts/bench.ts writes that); never part
// of npm test.
import { writeFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";

import { SEED } from "../test/emulators/docspace";
import {
  chooseSendToDropbox,
  gotoFolder,
  modal,
  openPortal,
  rightClick,
  waitForSendItem,
} from "../test/e2e/journeys/portal";
import { connectSharedDropbox, startStack, type Stack } from "../test/support/stack";
import { en } from "../src/plugin/i18n/locales/en";
import { interleave, median } from "./lib/bench/stats";

const MiB = 1024 * 1024;
const RESUME_AT = 0.9;
const fixed = (value: number): string => value.toFixed(1);

/** Until the file is committed in the emulated Dropbox (polled every 20 ms): the same end for both kinds. */
async function arrived(stack: Stack, title: string): Promise<void> {
  const path = `/bench/${title.toLowerCase()}`;
  const deadline = Date.now() + 1_800_000;
  while (!stack.dropbox.files().some((entry) => entry.path === path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not arrive`);
    await delay(20);
  }
}

async function freshSend(stack: Stack, page: Page, title: string): Promise<number> {
  await rightClick(page, title);
  const started = performance.now();
  await chooseSendToDropbox(page);
  await arrived(stack, title);
  return (performance.now() - started) / 1000;
}

async function interruptedSend(
  stack: Stack,
  page: Page,
  title: string,
  folderId: number | string,
  size: number,
): Promise<{ seconds: number; resent: number; receivedAtReload: number }> {
  const start = stack.dropbox.receivedBytes();
  await rightClick(page, title);
  await chooseSendToDropbox(page);
  while (stack.dropbox.receivedBytes() - start < size * RESUME_AT) await delay(10);
  const receivedAtReload = stack.dropbox.receivedBytes() - start;
  await gotoFolder(page, folderId);
  await waitForSendItem(page);
  await rightClick(page, title);
  await chooseSendToDropbox(page);
  const dialog = modal(page);
  await dialog.getByText(en["resume.question"]).waitFor();
  const started = performance.now();
  await dialog.getByRole("button", { name: /^Resume — /u }).click();
  await arrived(stack, title);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, resent: stack.dropbox.receivedBytes() - start - size, receivedAtReload };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "size-mib": { type: "string", default: "1024" },
      rounds: { type: "string", default: "3" },
      report: { type: "string" },
    },
  });
  const size = Number(values["size-mib"]) * MiB;
  const rounds = Number(values.rounds);
  if (!Number.isInteger(size) || size <= 0) throw new Error("--size-mib: expected a positive number");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the jest global setup is CommonJS
  const setup = require("../test/support/global-setup.js") as () => Promise<void>;
  await setup();
  const stack = await startStack();
  try {
    connectSharedDropbox(stack, {
      folder: "/Bench",
      conflict: "overwrite",
    });
    const folderId = SEED.rooms.bigFiles;
    const title = `${values["size-mib"]}MiB.bin`;
    const file = stack.docspace.addFile({ folderId, title, size });
    const hash = stack.docspace.content.dropboxContentHash(file.id);
    const context = await stack.newContext();
    const { page } = await openPortal(
      context,
      stack.docspace,
      "owner",
      `/rooms/shared/filter?folder=${folderId}`,
    );
    page.setDefaultTimeout(120_000);
    await waitForSendItem(page);
    const fresh: number[] = [];
    const resumed: { seconds: number; resent: number; receivedAtReload: number }[] = [];
    for (const { round, kind } of interleave(["fresh", "resume"] as const, rounds)) {
      await stack.dropbox.reset();
      await gotoFolder(page, folderId);
      await waitForSendItem(page);
      if (kind === "fresh") fresh.push(await freshSend(stack, page, title));
      else resumed.push(await interruptedSend(stack, page, title, folderId, size));
      const stored = stack.dropbox.files().filter((entry) => entry.path === `/bench/${title.toLowerCase()}`);
      if (stored.length !== 1 || stored[0]?.contentHash !== hash)
        throw new Error(`round ${round + 1} ${kind}: the copy in Dropbox is missing or differs`);
      const last = kind === "fresh" ? fresh.at(-1) : resumed.at(-1)?.seconds;
      process.stderr.write(`round ${round + 1}/${rounds} ${kind}: ${last?.toFixed(1)} s\n`);
    }
    const ratios = resumed.map((run, index) => run.seconds / (fresh[index] ?? Number.NaN));
    const resent = median(resumed.map((run) => run.resent));
    if (values.report !== undefined)
      writeFileSync(
        values.report,
        [
          `### Plugin (Chromium): ${values["size-mib"]} MiB file, page reloaded at ${RESUME_AT * 100} % (${rounds} round${rounds === 1 ? "" : "s"})`,
          "",
          "The built plugin in the emulated portal (3.6 host), Dropbox emulated over HTTPS. Each round sends the file once " +
            "afresh (timed from the menu click until the file is committed in the emulated Dropbox) and once with the page " +
            `reloaded as soon as the Dropbox emulator has received ${RESUME_AT * 100} % of the bytes, then Send to Dropbox again → ` +
            "Resume (timed from the Resume click until the file is committed); each copy checked by content hash. Re-sent bytes = " +
            "bytes the emulator received over both page lives minus the file's size.",
          "",
          `Fresh median ${fixed(median(fresh))} s, resume median ${fixed(median(resumed.map((run) => run.seconds)))} s: ` +
            `resume / fresh, median of the rounds' ratios, **${ratios.length > 0 ? median(ratios).toFixed(2) : "–"}** ` +
            `(rounds ${ratios.map((ratio) => ratio.toFixed(2)).join(", ")}). Bytes re-sent, median: **${fixed(resent / MiB)} MiB** ` +
            `(${((resent / size) * 100).toFixed(2)} % of the file; rounds ${resumed.map((run) => `${run.resent} B`).join(", ")}); ` +
            `reloaded at ${resumed.map((run) => `${((run.receivedAtReload / size) * 100).toFixed(1)} %`).join(", ")}.`,
          "",
        ].join("\n"),
      );
    console.log(
      `Chromium, ${values["size-mib"]} MiB, ${rounds} rounds: fresh median ${median(fresh).toFixed(1)} s; ` +
        `resume (from the Resume click) median ${median(resumed.map((run) => run.seconds)).toFixed(1)} s; ` +
        `ratio median ${median(ratios).toFixed(2)} (rounds ${ratios.map((ratio) => ratio.toFixed(2)).join(", ")}); ` +
        `re-sent median ${(median(resumed.map((run) => run.resent)) / MiB).toFixed(1)} MiB ` +
        `(rounds ${resumed.map((run) => (run.resent / MiB).toFixed(1)).join(", ")} MiB); received at reload ` +
        `${resumed.map((run) => ((run.receivedAtReload / size) * 100).toFixed(1)).join(", ")} %`,
    );
  } finally {
    await stack.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
