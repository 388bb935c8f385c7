// `watch` run in-process against both emulators, where the terminal text and the journal can be
// looked at directly: data in webhooks and errors that tries to forge status lines, a journal
// that fails under the worker, and a --reconcile interval longer than a Node timer can hold.

/* eslint-disable no-control-regex -- control characters are exactly what these tests look for */

import { join } from "node:path";
import { PassThrough } from "node:stream";
import { run } from "../../../src/cli/run";
import { Journal } from "../../../src/cli/watch/journal";
import { signWebhookBody } from "../../emulators/docspace";
import { startCliHarness, type CliHarness } from "./harness";

const SECRET = "watch-faults-secret-0123456789";
/** A newline followed by what the watcher itself prints once a file is in Dropbox. */
const FORGED = "\nCopied: /Archive/FORGED.docx";
/** The same with a control sequence (CSI 2J clears the screen) and a right-to-left override. */
const HOSTILE = `\x1b[2J\u202e${FORGED}`;
/** What a terminal acts on, except the line feeds that end the CLI's own lines. */
const ACTIVE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

let h: CliHarness;
let room: number | string;
let nextEvent = 1;
/** Watchers still running when a test ends (it failed early) are stopped, so none outlives it. */
const running = new Set<() => Promise<number>>();

beforeAll(async () => {
  h = await startCliHarness();
  h.secrets.add(SECRET);
  room = h.docspace.addRoom({ title: "Ledgers" }).id;
});
afterAll(async () => {
  await h.close();
});
afterEach(async () => {
  jest.restoreAllMocks();
  h.dropbox.faults.clear();
  await Promise.all([...running].map((stop) => stop()));
});

interface InProcessWatcher {
  /** Everything written to stderr and stdout so far: what a terminal would show. */
  terminal(): string;
  url: string;
  post(body: Record<string, unknown>): Promise<number>;
  health(): Promise<Record<string, unknown>>;
  until(condition: () => boolean | Promise<boolean>, what: string): Promise<void>;
  /** SIGTERM's in-process equivalent; resolves with the exit code. */
  stop(): Promise<number>;
  /** Resolves with the exit code, or rejects when the watcher has not exited within 30 s. */
  exited(): Promise<number>;
}

/** Starts `watch` as a person at a terminal would see it (stderr is a TTY, no --json). */
async function startWatcher(journal: string, extra: string[] = []): Promise<InProcessWatcher> {
  let stderr = "";
  let stdout = "";
  const abort = new AbortController();
  const exited = run(
    [
      "watch",
      `room:${String(room)}`,
      "--portal",
      h.docspace.url,
      "--to",
      "/Archive",
      "--listen",
      "127.0.0.1:0",
      "--journal",
      journal,
      ...extra,
    ],
    {
      env: { ...h.env(), DOCSPACE_WEBHOOK_SECRET: SECRET },
      stdin: new PassThrough(),
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { isTTY: true, columns: 200, write: (chunk: string) => (stderr += chunk) },
      signal: abort.signal,
    },
  );
  let code: number | undefined;
  const stop = (): Promise<number> => {
    abort.abort();
    return exited;
  };
  running.add(stop);
  void exited.then((c) => {
    code = c;
    running.delete(stop);
  });
  const until = async (condition: () => boolean | Promise<boolean>, what: string): Promise<void> => {
    const deadline = Date.now() + 30_000;
    while (!(await condition())) {
      if (code !== undefined) throw new Error(`watch exited ${code} before ${what}:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await until(() => /^Listening on (\S+) /mu.test(stderr), "the listening line");
  const url = /^Listening on (\S+) /mu.exec(stderr)?.[1] ?? "";
  return {
    terminal: () => stderr + stdout,
    url,
    post: async (body) => {
      const text = JSON.stringify(body);
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "x-docspace-signature-256": signWebhookBody(SECRET, text),
        },
        body: text,
      });
      return response.status;
    },
    health: async () => (await (await fetch(new URL("/healthz", url))).json()) as Record<string, unknown>,
    until,
    stop,
    exited: async () => {
      const deadline = Date.now() + 30_000;
      while (code === undefined) {
        if (Date.now() > deadline) throw new Error(`watch did not exit:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return code;
    },
  };
}

/** A DocSpace webhook body (WebhookPayload.cs: event, payload = the File entry, webhook). */
function delivery(input: {
  trigger: string;
  fileId: number | string;
  parentId: number | string;
  title: string;
  webhookId?: number | string;
}): Record<string, unknown> {
  return {
    event: { id: nextEvent++, trigger: input.trigger },
    payload: { id: input.fileId, pureTitle: input.title, parentId: input.parentId },
    webhook: { id: input.webhookId ?? 1 },
  };
}

function lines(text: string): string[] {
  return text.split("\n");
}

function expectNoSecrets(text: string): void {
  expect(h.secrets.size).toBeGreaterThan(1);
  for (const secret of h.secrets) expect(text).not.toContain(secret);
}

test("data in webhooks and errors is shown escaped on the terminal and forges no line of its own", async () => {
  const file = h.docspace.addFile({ folderId: room, title: "Minutes.docx", size: 3_000 });
  // The first reconcile fails with a message that carries Dropbox's answer.
  h.dropbox.faults.add({
    kind: "status",
    route: "users/get_current_account",
    status: 400,
    body: `bad request${HOSTILE}`,
  });
  const watcher = await startWatcher(join(h.home, "hostile", "journal.jsonl"));
  await watcher.until(async () => (await watcher.health()).lastReconcile !== null, "a reconcile");

  const title = `Minutes${HOSTILE}.docx`;
  const accepted = delivery({
    trigger: "file.created",
    fileId: file.id,
    parentId: room,
    title,
    webhookId: `7${HOSTILE}`,
  });
  expect(await watcher.post(accepted)).toBe(200);
  // The same delivery again is a duplicate, named by its key.
  expect(await watcher.post(accepted)).toBe(200);
  const trashed = delivery({
    trigger: `file.trashed${HOSTILE}`,
    fileId: `8${HOSTILE}`,
    parentId: room,
    title,
  });
  expect(await watcher.post(trashed)).toBe(200);
  const elsewhere = delivery({ trigger: "file.created", fileId: `9${HOSTILE}`, parentId: 987_654, title });
  expect(await watcher.post(elsewhere)).toBe(200);
  // Accepted (its folder is watched), then dropped: DocSpace has no file with this id.
  const gone = delivery({ trigger: "file.updated", fileId: `10${HOSTILE}`, parentId: room, title });
  expect(await watcher.post(gone)).toBe(200);
  await watcher.until(
    () => lines(watcher.terminal()).some((line) => line.startsWith("File 10")),
    "the dropped event",
  );
  await watcher.until(async () => (await watcher.health()).journalDepth === 0, "an empty journal");
  expect(await watcher.stop()).toBe(0);

  const text = watcher.terminal();
  const shown = lines(text);
  const escaped = "\\x1B[2J\\u202E\\x0ACopied: /Archive/FORGED.docx";
  expect(shown.filter((line) => line.startsWith("Copied: /Archive/FORGED"))).toEqual([]);
  expect(text).not.toMatch(ACTIVE_BUT_NEWLINE);
  // Each piece of data is still recognisable, inside the line the watcher meant to print.
  const starting = (prefix: string) => shown.filter((line) => line.startsWith(prefix));
  expect(starting("Reconcile failed: ")).toEqual([expect.stringContaining(`bad request${escaped}`)]);
  expect(starting("Accepted file.created for ")).toEqual([
    `Accepted file.created for Minutes${escaped}.docx.`,
  ]);
  expect(starting("Duplicate delivery ")).toEqual([expect.stringContaining(`7${escaped}:`)]);
  expect(starting("Ignored file.trashed")).toEqual([
    `Ignored file.trashed${escaped} for file 8${escaped} (nothing is ever deleted in Dropbox).`,
  ]);
  expect(starting("Ignored file.created for file 9")).toEqual([
    `Ignored file.created for file 9${escaped}: not under a watched id.`,
  ]);
  expect(starting("File 10")).toEqual([`File 10${escaped}: not-found; nothing to copy.`]);
  expectNoSecrets(text);
});

test("a journal that cannot record finished events is reported and retried; nothing is copied twice", async () => {
  const done = jest
    .spyOn(Journal.prototype, "done")
    .mockImplementationOnce(() =>
      Promise.reject(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })),
    );
  const journalPath = join(h.home, "full-disk", "journal.jsonl");
  const watcher = await startWatcher(journalPath);
  await watcher.until(async () => (await watcher.health()).lastReconcile !== null, "a reconcile");

  const first = h.docspace.addFile({ folderId: room, title: "Q1 Ledger.xlsx", size: 4_000 });
  expect(
    await watcher.post(
      delivery({ trigger: "file.created", fileId: first.id, parentId: room, title: first.title }),
    ),
  ).toBe(200);
  await watcher.until(
    () => lines(watcher.terminal()).some((line) => line.startsWith("Could not write to the journal")),
    "the journal failure",
  );
  await watcher.until(async () => (await watcher.health()).journalDepth === 0, "the retried record");
  // The worker is still running: a later event is carried out too.
  const second = h.docspace.addFile({ folderId: room, title: "Q2 Ledger.xlsx", size: 5_000 });
  expect(
    await watcher.post(
      delivery({ trigger: "file.created", fileId: second.id, parentId: room, title: second.title }),
    ),
  ).toBe(200);
  await watcher.until(
    () => watcher.terminal().includes("Copied: /Archive/Ledgers/Q2 Ledger.xlsx"),
    "the second copy",
  );
  await watcher.until(async () => (await watcher.health()).journalDepth === 0, "an empty journal");
  expect(await watcher.health()).toMatchObject({ status: "ok", lastErrorKind: "journal" });
  expect(await watcher.stop()).toBe(0);

  const text = watcher.terminal();
  expect(done.mock.calls.length).toBeGreaterThanOrEqual(2);
  expect(lines(text).filter((line) => line.startsWith("Could not write to the journal"))).toEqual([
    expect.stringContaining("ENOSPC: no space left on device, write"),
  ]);
  expect(text).toMatch(/^Will retry in 1 s \(journal\)/mu);
  // Exported once: the retry recorded the event without carrying it out again.
  const firstLines = lines(text).filter((line) => line.includes("/Archive/Ledgers/Q1 Ledger.xlsx"));
  expect(firstLines).toEqual(["Copied: /Archive/Ledgers/Q1 Ledger.xlsx"]);
  expect(h.dropbox.files().filter((f) => f.path.startsWith("/archive/ledgers/q1 ledger"))).toHaveLength(1);
  // On disk, every event has its "done" line: a restart would find nothing to do.
  const reopened = await Journal.open(journalPath);
  expect(reopened.depth).toBe(0);
  await reopened.close();
  expectNoSecrets(text);
});

test("a failure the worker cannot handle stops the watcher gracefully with exit code 1", async () => {
  jest.spyOn(Journal.prototype, "entries").mockImplementationOnce(() => {
    throw new Error("the journal's memory is inconsistent");
  });
  const watcher = await startWatcher(join(h.home, "broken", "journal.jsonl"));
  expect(await watcher.exited()).toBe(1);
  const text = watcher.terminal();
  expect(text).toMatch(/^Stopped; 0 events kept in the journal\.$/mu);
  expect(text).toMatch(/^error: .*the journal's memory is inconsistent/mu);
  // The endpoint is closed, not left answering with nothing behind it.
  await expect(fetch(watcher.url, { method: "HEAD" })).rejects.toThrow();
  expectNoSecrets(text);
});

test("a --reconcile longer than a Node timer holds (30d) is waited in steps, not retried every millisecond", async () => {
  // setTimeout holds at most 2^31-1 ms; a longer delay fires after 1 ms instead
  // (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args).
  const timers = jest.spyOn(global, "setTimeout");
  const delays = (): number[] => timers.mock.calls.map((call) => Number(call[1] ?? 0));
  const watcher = await startWatcher(join(h.home, "monthly", "journal.jsonl"), ["--reconcile", "30d"]);
  await watcher.until(async () => (await watcher.health()).lastReconcile !== null, "the first reconcile");
  // The worker's wait for the next reconcile is the only timer longer than a day.
  const day = 86_400_000;
  await watcher.until(() => delays().some((ms) => ms > day), "the wait for the next reconcile");
  expect(delays().filter((ms) => ms > 2 ** 31 - 1)).toEqual([]);
  expect(delays().filter((ms) => ms > day)).toEqual([2 ** 31 - 1]);
  expect(await watcher.health()).toMatchObject({ status: "ok", journalDepth: 0 });
  expect(await watcher.stop()).toBe(0);
  expect(lines(watcher.terminal()).filter((line) => line.startsWith("Reconciling"))).toHaveLength(1);
});
