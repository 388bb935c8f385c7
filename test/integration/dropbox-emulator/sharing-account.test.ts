import type { Dropbox } from "dropbox";
import { DEFAULT_APP_FOLDER_KEY, type DropboxEmulator } from "../../emulators/dropbox/index";
import { envelope, sdk, sdkError, emulatorForEachTest, tagChain } from "./helpers";

let emulator: DropboxEmulator;
let dbx: Dropbox;
emulatorForEachTest((started, client) => {
  emulator = started;
  dbx = client;
});

describe("sharing", () => {
  test("create_shared_link_with_settings, then shared_link_already_exists with the link's metadata", async () => {
    await dbx.filesUpload({ path: "/Share/Report.pdf", contents: "pdf" });
    const created = await dbx.sharingCreateSharedLinkWithSettings({ path: "/share/report.pdf" });
    const link = created.result as unknown as Record<string, unknown>;
    expect(link).toMatchObject({
      ".tag": "file",
      name: "Report.pdf",
      path_lower: "/share/report.pdf",
      size: 3,
    });
    expect(String(link.url)).toMatch(
      /^https:\/\/www\.dropbox\.com\/scl\/fi\/[a-z0-9]+\/Report\.pdf\?rlkey=[a-z0-9]+&dl=0$/,
    );
    expect(link.link_permissions).toMatchObject({
      can_revoke: true,
      allow_download: true,
      resolved_visibility: { ".tag": "public" },
    });

    const again = await sdkError(dbx.sharingCreateSharedLinkWithSettings({ path: "/Share/Report.pdf" }));
    expect(again.status).toBe(409);
    const env = envelope(again);
    expect(env.error_summary).toMatch(/^shared_link_already_exists\/metadata\/\.+$/);
    expect(env.error).toEqual({
      ".tag": "shared_link_already_exists",
      shared_link_already_exists: { ".tag": "metadata", metadata: link },
    });

    const withSettings = await sdkError(
      dbx.sharingCreateSharedLinkWithSettings({
        path: "/Share/Report.pdf",
        settings: { audience: { ".tag": "public" } },
      }),
    );
    expect(envelope(withSettings).error).toEqual({ ".tag": "shared_link_already_exists" });

    // The link opens on the emulator at the same path.
    const opened = await fetch(
      String(link.url).replace("https://www.dropbox.com", emulator.url).replace("dl=0", "dl=1"),
    );
    expect(await opened.text()).toBe("pdf");
  });

  test("list_shared_links by path, direct_only and parent links; sharing.read is required", async () => {
    await dbx.filesUpload({ path: "/folder/a.txt", contents: "a" });
    const folderLink = await dbx.sharingCreateSharedLinkWithSettings({ path: "/folder" });
    expect(folderLink.result[".tag"]).toBe("folder");
    const inherited = await dbx.sharingListSharedLinks({ path: "/folder/a.txt" });
    expect(inherited.result.links.map((l) => l.path_lower)).toEqual(["/folder"]);
    expect(inherited.result.has_more).toBe(false);
    const direct = await dbx.sharingListSharedLinks({ path: "/folder/a.txt", direct_only: true });
    expect(direct.result.links).toEqual([]);
    const all = await dbx.sharingListSharedLinks({});
    expect(all.result.links).toHaveLength(1);
    const writeOnly = sdk(emulator, { scopes: ["sharing.write", "files.content.write"] });
    const denied = await sdkError(writeOnly.sharingListSharedLinks({ path: "/folder" }));
    expect(denied.status).toBe(401);
    expect(envelope(denied).error).toEqual({ ".tag": "missing_scope", required_scope: "sharing.read" });
  });

  test("errors: path not_found and settings a basic account may not use", async () => {
    const missing = await sdkError(dbx.sharingCreateSharedLinkWithSettings({ path: "/none.txt" }));
    expect(tagChain(envelope(missing).error)).toBe("path/not_found");
    await dbx.filesUpload({ path: "/x.txt", contents: "x" });
    const expiring = await sdkError(
      dbx.sharingCreateSharedLinkWithSettings({
        path: "/x.txt",
        settings: { expires: "2099-01-01T00:00:00Z" },
      }),
    );
    expect(envelope(expiring).error).toEqual({
      ".tag": "settings_error",
      settings_error: { ".tag": "not_authorized" },
    });
    const past = await sdkError(
      dbx.sharingCreateSharedLinkWithSettings({
        path: "/x.txt",
        settings: { expires: "2001-01-01T00:00:00Z" },
      }),
    );
    expect(envelope(past).error).toEqual({
      ".tag": "settings_error",
      settings_error: { ".tag": "invalid_settings" },
    });
  });

  test("an App-folder app's links use paths relative to its folder", async () => {
    const app = sdk(emulator, { appKey: DEFAULT_APP_FOLDER_KEY });
    await app.filesUpload({ path: "/mine.txt", contents: "m" });
    const link = await app.sharingCreateSharedLinkWithSettings({ path: "/mine.txt" });
    expect(link.result.path_lower).toBe("/mine.txt");
  });
});

describe("account and checks", () => {
  test("users/get_current_account answers a FullAccount", async () => {
    const res = await dbx.usersGetCurrentAccount();
    expect(res.result).toMatchObject({
      account_id: emulator.account.accountId,
      email_verified: true,
      disabled: false,
      is_paired: false,
      account_type: { ".tag": "basic" },
      root_info: {
        ".tag": "user",
        root_namespace_id: emulator.account.namespaceId,
        home_namespace_id: emulator.account.namespaceId,
      },
    });
    expect(res.result.account_id).toHaveLength(40);
    expect(res.result.name.display_name).toBe("Emulated User");
  });

  test("check/user echoes the query and enforces its 500-character limit", async () => {
    expect((await dbx.checkUser({ query: "ping" })).result).toEqual({ result: "ping" });
    expect((await dbx.checkUser({})).result).toEqual({ result: "" });
    const long = await sdkError(dbx.checkUser({ query: "q".repeat(501) }));
    expect(long.status).toBe(400);
    expect(String(long.body)).toContain("query");
  });

  test("users/get_space_usage follows the quota", async () => {
    emulator.setQuota(1000);
    await dbx.filesUpload({ path: "/a", contents: "12345" });
    expect((await dbx.usersGetSpaceUsage()).result).toEqual({
      used: 5,
      allocation: { ".tag": "individual", allocated: 1000 },
    });
  });
});
