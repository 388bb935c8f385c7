// The README's sandbox section shows what `npm start` prints: its banner code block must equal
// the banner of a real sandbox, with the default ports and data directory put in (this run
// listens on free ports and a temporary directory).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { instructions, startSandbox, type Sandbox } from "../../../scripts/sandbox";

const ROOT = path.resolve(__dirname, "../../..");
let sandbox: Sandbox | undefined;
let dataDir: string;

afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The fenced block right after the marker comment in README.md. */
function readmeBanner(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const match = /<!-- npm start banner -->\s*```text\n([\s\S]*?)\n```/u.exec(readme);
  if (!match?.[1]) throw new Error("README.md has no `<!-- npm start banner -->` block");
  return match[1];
}

test("README shows the banner npm start prints (default ports, .sandbox/)", async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-readme-"));
  sandbox = await startSandbox({ build: false, docspacePort: 0, dropboxPort: 0, dataDir });
  const printed = instructions(sandbox, path.join(dataDir, "cli.env"))
    .split(sandbox.docspace.url)
    .join("http://127.0.0.1:8092")
    .split(sandbox.dropbox.url)
    .join("http://127.0.0.1:8787")
    .split(dataDir)
    .join(".sandbox");
  expect(readmeBanner()).toBe(printed.trim());
});
