import { readFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { request } from "node:https";
import { connect } from "node:tls";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnEmulator, type EmulatorProcess } from "./child";

let running: EmulatorProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), "dropbox-emulator-data-test-"));

afterEach(async () => {
  await running?.stop();
  running = undefined;
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** HTTPS call that trusts only the emulator's CA and presents `servername` (as a browser would for the real host). */
function httpsJson(
  url: string,
  ca: string,
  servername: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: "POST", ca, servername, headers },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("npm run emulator:dropbox", () => {
  test("serves HTTPS with a CA it writes out; the certificate covers the Dropbox host names; data persists across restarts", async () => {
    running = await spawnEmulator(["--port", "0", "--https", "--data", dataDir, "--quiet"], {
      viaNpm: true,
      timeoutMs: 45_000,
    });
    expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(running.caPath).toBe(join(dataDir, "emulator-ca.pem"));
    const ca = readFileSync(running.caPath ?? "", "utf8");
    expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);

    const u = new URL(running.url);
    const altNames = await new Promise<string>((resolve, reject) => {
      const socket = connect(
        { host: u.hostname, port: Number(u.port), ca, servername: "content.dropboxapi.com" },
        () => {
          resolve(socket.getPeerCertificate().subjectaltname ?? "");
          socket.end();
        },
      );
      socket.on("error", reject);
    });
    for (const name of [
      "DNS:localhost",
      "DNS:api.dropboxapi.com",
      "DNS:content.dropboxapi.com",
      "DNS:www.dropbox.com",
      "IP Address:127.0.0.1",
    ]) {
      expect(altNames).toContain(name);
    }

    const tokens = await httpsJson(
      running.url,
      ca,
      "localhost",
      "/__emulator/tokens",
      { "Content-Type": "application/json" },
      '{"appKey":"emulator-app"}',
    );
    const { accessToken } = JSON.parse(tokens.text) as { accessToken: string };
    const upload = await httpsJson(
      running.url,
      ca,
      "content.dropboxapi.com",
      "/2/files/upload",
      {
        Authorization: `Bearer ${accessToken}`,
        "Content-Type": "application/octet-stream",
        "Dropbox-API-Arg": '{"path":"/kept.txt"}',
      },
      "persist me",
    );
    expect(upload.status).toBe(200);
    expect(await running.stop()).toBe(0);
    expect(existsSync(join(dataDir, "state.json"))).toBe(true);

    running = await spawnEmulator(["--port", "0", "--data", dataDir, "--quiet"]);
    const files = (await (await fetch(`${running.url}/__emulator/files`)).json()) as Array<{
      path: string;
      size: number;
    }>;
    expect(files).toEqual([expect.objectContaining({ path: "/kept.txt", size: 10 })]);
    const content = await fetch(`${running.url}/__emulator/files/content?path=/kept.txt`);
    expect(await content.text()).toBe("persist me");
  });

  test("rejects unknown options with the usage line", async () => {
    await expect(spawnEmulator(["--bogus"], { timeoutMs: 20_000 })).rejects.toThrow(
      /unknown option "--bogus"[\s\S]*usage: npm run emulator:dropbox/,
    );
  });
});
