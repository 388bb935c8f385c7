// `connect` drives the emulated Dropbox authorize page (the Allow button yields a code, as real
// Dropbox does without a redirect URI) and must leave a 0600 config file the other commands use;
// `whoami` then reports both accounts.

import { chmodSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEFAULT_APP_KEY } from "../../emulators/dropbox";
import { collect, parseEvents, startCliHarness, summaryOf, type CliHarness } from "./harness";

let h: CliHarness;
let configFile: string;
/** The Dropbox credentials come only from the config file in these runs. */
const fromFile = { DROPBOX_OAUTH2_REFRESH_TOKEN: undefined, DROPBOX_APP_KEY: undefined } as const;

beforeAll(async () => {
  h = await startCliHarness();
  configFile = join(h.configDir, "docspace-to-dropbox", "config.json");
});
afterAll(async () => {
  await h.close();
});

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

/** What a person does in the browser: open the page, click Allow, read the code. */
async function allow(authorizeUrl: string): Promise<string> {
  const page = await (await fetch(authorizeUrl)).text();
  const form = new URLSearchParams();
  for (const match of page.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/gu)) {
    form.set(unescapeHtml(match[1] ?? ""), unescapeHtml(match[2] ?? ""));
  }
  form.set("decision", "allow");
  const answer = await fetch(`${h.dropbox.url}/oauth2/authorize`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  const code = /data-code="([^"]+)"/u.exec(await answer.text())?.[1];
  if (!code) throw new Error("the authorize page showed no code");
  return unescapeHtml(code);
}

/** Starts `connect`, waits for the printed URL, and answers with `answer(url)`. */
async function connect(
  answer: (url: string) => Promise<string>,
  args: string[] = ["--app-key", DEFAULT_APP_KEY],
) {
  const child = h.spawn(["connect", ...args, "--json"], fromFile);
  const result = collect(child, h.outputs);
  let seen = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const line = parseEvents(seen.slice(0, seen.lastIndexOf("\n") + 1)).find(
        (event) => event.event === "authorize",
      );
      if (typeof line?.url === "string") resolve(line.url);
    });
    child.once("close", () => reject(new Error(`connect exited before printing the URL: ${seen}`)));
  });
  const code = await answer(url);
  child.stdin.end(`${code}\n`);
  return { run: await result, code };
}

test("connect runs PKCE in the terminal and stores the credentials in a 0600 file", async () => {
  const { run, code } = await connect(allow);
  expect(run.code).toBe(0);
  const authorize = run.events.find((event) => event.event === "authorize");
  expect(String(authorize?.url)).toMatch(/\/oauth2\/authorize\?.*code_challenge_method=S256/u);
  expect(String(authorize?.url)).toMatch(/token_access_type=offline/u);
  expect(run.events.find((event) => event.event === "connected")).toMatchObject({
    email: "user@example.com",
    config: configFile,
  });
  expect(statSync(configFile).mode & 0o777).toBe(0o600);
  expect(statSync(dirname(configFile)).mode & 0o777).toBe(0o700);
  const stored = JSON.parse(readFileSync(configFile, "utf8")) as {
    dropbox: { kind: string; refreshToken: string; accessToken: string };
  };
  expect(stored.dropbox).toMatchObject({ kind: "refresh-token", appKey: DEFAULT_APP_KEY });
  h.secrets.add(stored.dropbox.refreshToken);
  h.secrets.add(stored.dropbox.accessToken);
  h.secrets.add(code);
  expect(run.stdout + run.stderr).not.toContain(stored.dropbox.refreshToken);
  expect(run.stdout + run.stderr).not.toContain(code);
});

test("whoami shows the DocSpace user and the Dropbox account from the config file", async () => {
  const run = await h.run(["whoami", "--portal", h.docspace.url, "--json"], fromFile);
  expect(run.code).toBe(0);
  const owner = h.docspace.users.owner;
  expect(run.events).toEqual([
    {
      event: "whoami",
      docspace: { portal: h.docspace.url, id: owner.id, displayName: owner.displayName, email: owner.email },
      dropbox: expect.objectContaining({ email: "user@example.com", credentials: configFile }) as unknown,
    },
  ]);
});

test("export uses the stored credentials, and the file stays 0600 after a token refresh", async () => {
  const tokenOf = (): string =>
    (JSON.parse(readFileSync(configFile, "utf8")) as { dropbox: { accessToken: string } }).dropbox
      .accessToken;
  const before = tokenOf();
  h.dropbox.expireAccessTokens();
  const { oneKib } = h.docspace.seed.files;
  const run = await h.run(
    ["export", `file:${oneKib}`, "--portal", h.docspace.url, "--to", "/Connected"],
    fromFile,
  );
  expect(run.code).toBe(0);
  expect(summaryOf(run)).toMatchObject({ transferred: 1 });
  // The renewed token was written back, so the next run does not refresh again.
  expect(tokenOf()).not.toBe(before);
  h.secrets.add(tokenOf());
  expect(statSync(configFile).mode & 0o777).toBe(0o600);
  expect(statSync(join(dirname(configFile), "sync-state.json")).mode & 0o777).toBe(0o600);
});

test("a config file readable by others is tightened to 0600, with a warning", async () => {
  chmodSync(configFile, 0o644);
  const run = await h.run(["whoami", "--portal", h.docspace.url, "--json"], fromFile);
  expect(run.code).toBe(0);
  expect(statSync(configFile).mode & 0o777).toBe(0o600);
  const warning = run.events.find((event) => event.event === "warning");
  expect(String(warning?.message)).toMatch(/readable by other users.*now 600.*connect/u);
});

test("a wrong code exits 2 and says to start again", async () => {
  const { run } = await connect(() => Promise.resolve("not-a-real-code"));
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/Dropbox did not accept the code[\s\S]*connect` again/u);
  // The earlier connection is untouched.
  expect(JSON.parse(readFileSync(configFile, "utf8"))).toHaveProperty("dropbox.kind", "refresh-token");
});

test("connect without an app key is a usage error", async () => {
  const run = await h.run(["connect"], fromFile);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--app-key <key> or set DROPBOX_APP_KEY/u);
});

test("whoami reports a rejected API key and still shows the Dropbox side", async () => {
  const run = await h.run(["whoami", "--portal", h.docspace.url, "--json"], {
    ...fromFile,
    DOCSPACE_API_KEY: "sk-nope0000",
  });
  expect(run.code).toBe(2);
  const [event] = run.events;
  expect(event).toMatchObject({
    docspace: { error: { kind: "docspace-auth" } },
    dropbox: { email: "user@example.com" },
  });
});

test("no secret appears in any output", () => {
  for (const output of h.outputs) for (const secret of h.secrets) expect(output.includes(secret)).toBe(false);
});
