import { startDocSpaceEmulator, type DocSpaceEmulator } from "../../emulators/docspace";
import { bearer, getJson, list, record, type JsonRecord } from "./helpers";

let emu: DocSpaceEmulator;

beforeAll(async () => {
  emu = await startDocSpaceEmulator();
});
afterAll(async () => {
  await emu.close();
});

const KEYS = "/api/2.0/keys";

async function create(
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: JsonRecord; text: string }> {
  const res = await fetch(`${emu.url}${KEYS}`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as JsonRecord) : {}, text };
}

// ONLYOFFICE/DocSpace-server products/ASC.People/Server/Api/ApiKeysController.cs CreateApiKey,
// web/ASC.Web.Core/Users/ApiKeyManager.cs CreateApiKeyAsync.
describe("POST /api/2.0/keys", () => {
  test("creates a key shown once, which then authenticates as its creator with its permissions", async () => {
    const session = emu.sessionCookie("user");
    const res = await create(
      { name: "nightly export", permissions: ["files:read", "rooms:read"], expiresInDays: 30 },
      { Cookie: session.header },
    );
    expect(res.status).toBe(200);
    const dto = record(res.body.response);
    expect(dto).toMatchObject({
      name: "nightly export",
      permissions: ["files:read", "rooms:read"],
      isActive: true,
      createBy: { id: emu.users.user.id },
    });
    const key = String(dto.key);
    expect(key).toMatch(/^sk-[0-9a-f]{64}$/);
    expect(dto.keyPostfix).toBe(key.slice(-4));
    expect(String(dto.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(dto.createOn)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}(Z|[+-]\d{2}:\d{2})$/);
    expect(typeof dto.expiresAt).toBe("string");

    expect((await getJson(`${emu.url}/api/2.0/files/rooms`, bearer(key))).status).toBe(200);
    // Not granted accounts.self:read: 403 with an empty body.
    const self = await getJson(`${emu.url}/api/2.0/people/@self`, bearer(key));
    expect(self.status).toBe(403);
    expect(self.text).toBe("");
    // A bare key without "Bearer" is not an API key.
    expect((await getJson(`${emu.url}/api/2.0/files/rooms`, { Authorization: key })).status).toBe(401);
  });

  test('"*" or no permissions grant everything and are stored as none; the key expires', async () => {
    const owner = bearer(emu.users.owner.apiKey);
    const star = record((await create({ name: "all", permissions: ["*"] }, owner)).body.response);
    expect(star.permissions).toEqual([]);
    expect(star).not.toHaveProperty("expiresAt");
    const none = record((await create({ name: "none", expiresInDays: 1 }, owner)).body.response);
    const key = String(none.key);
    const me = await getJson(`${emu.url}/api/2.0/people/@self`, bearer(key));
    expect(record(me.body.response).id).toBe(emu.users.owner.id);
    emu.clock.advance(24 * 3600 * 1000 + 1000);
    expect((await getJson(`${emu.url}/api/2.0/people/@self`, bearer(key))).status).toBe(401);
  });

  test("validation first (400), then the guest check (403), then the permission names (400)", async () => {
    const user = bearer(emu.users.user.apiKey);
    const guest = bearer(emu.users.guest.apiKey);
    const validation = async (body: unknown, headers: Record<string, string>): Promise<JsonRecord> => {
      const res = await create(body, headers);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: 1, statusCode: 400, count: 1 });
      return record(record(res.body.response).errors);
    };
    expect(await validation({}, guest)).toHaveProperty("Name");
    expect(await validation({ name: "x".repeat(31) }, guest)).toEqual({
      Name: ["Incorrect name. Length must be less than 30"],
    });
    expect(await validation({ name: "ok", expiresInDays: 0 }, user)).toHaveProperty("ExpiresInDays");
    expect(await validation({ name: "ok", expiresInDays: 366 }, user)).toHaveProperty("ExpiresInDays");
    expect((await create({ name: "x".repeat(30) }, user)).status).toBe(200);

    const refused = await create({ name: "guest key" }, guest);
    expect(refused.status).toBe(403);
    expect(record(refused.body.error).message).toBe("This operation unavailable for user with guest role");

    const unknown = await create({ name: "bad", permissions: ["files:delete"] }, user);
    expect(unknown.status).toBe(400);
    expect(record(unknown.body.error).message).toBe("Permissions are not valid.");

    const anonymous = await create({ name: "x" }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toBe("");
  });

  test("GET /keys/permissions lists what a key may be given", async () => {
    const res = await getJson(`${emu.url}${KEYS}/permissions`, bearer(emu.users.user.apiKey));
    expect(list(res.body.response)).toEqual(
      expect.arrayContaining(["*:read", "*:write", "files:read", "rooms:read", "accounts.self:read"]),
    );
  });
});
