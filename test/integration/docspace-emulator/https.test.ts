import { request } from "node:https";

import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";

let emu: DocSpaceEmulator;

beforeAll(async () => {
  emu = await startDocSpaceEmulator({ https: true, storage: "cloud" });
});
afterAll(async () => {
  await emu.close();
});

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, ca: emu.caPem }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

test("HTTPS: the portal and its storage origin use the emulator's CA; the session cookie is Secure", async () => {
  expect(emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(emu.storageUrl).toMatch(/^https:/);
  expect(emu.caPem).toContain("BEGIN CERTIFICATE");
  const me = await get(`${emu.url}/api/2.0/people/@self`, {
    Authorization: `Bearer ${emu.users.owner.apiKey}`,
  });
  expect(me.status).toBe(200);
  const signIn = await get(emu.signInUrl("owner"));
  expect(String(signIn.headers["set-cookie"])).toMatch(/; Secure/);
  const redirect = await get(`${emu.url}/filehandler.ashx?action=download&fileid=${emu.seed.files.oneKib}`, {
    Authorization: `Bearer ${emu.users.owner.apiKey}`,
  });
  expect(redirect.status).toBe(302);
  const stored = await get(String(redirect.headers.location));
  expect(stored.status).toBe(200);
  expect(stored.body.equals(emu.content.bytes(emu.seed.files.oneKib))).toBe(true);
});
