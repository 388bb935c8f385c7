// Personal connections match what the dialog says: filed under the DocSpace user, removed when
// another user uses the portal in this browser or the user signs out, and kept for this tab only
// when the user asks for that.
import type {
  CheckboxGroup,
  Component,
  IMessage,
  InputGroup,
  ButtonGroup,
} from "@onlyoffice/docspace-plugin-sdk";
import { memoryStorage, personalTokens, tokenKey, type TokenStorage } from "../../../src/plugin/credentials";
import { encodeSettings, DEFAULT_SETTINGS, type PluginSettings } from "../../../src/plugin/settings/codec";
import { SendToDropbox } from "../../../src/plugin/SendToDropbox";
import { fakeEnvironment, fakeServices, type FakeEnvironment, type FakeServices } from "./fakes";

const APP_KEY = "appkey123";
const personal: PluginSettings = { ...DEFAULT_SETTINGS, appKey: APP_KEY, folder: "/DocSpace" };

describe("personalTokens", () => {
  test("keeps, reads and forgets per user and app key, in local or session storage", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const tokens = personalTokens(
      () => local,
      () => session,
    );
    expect(tokens.write("u1", "app", "kept")).toBe(true);
    expect(local.getItem(tokenKey("u1", "app"))).toBe("kept");
    expect(tokens.write("u2", "app", "this-tab", false)).toBe(true);
    expect(session.getItem(tokenKey("u2", "app"))).toBe("this-tab");
    expect(local.getItem(tokenKey("u2", "app"))).toBeNull();
    expect(tokens.read("u1", "app")).toBe("kept");
    expect(tokens.read("u2", "app")).toBe("this-tab");
    expect(tokens.read("u1", "other-app")).toBeNull();
    // Switching to "this tab only" leaves no copy in local storage, and back again.
    tokens.write("u1", "app", "now-session", false);
    expect(local.getItem(tokenKey("u1", "app"))).toBeNull();
    tokens.write("u1", "app", "kept-again");
    expect(session.getItem(tokenKey("u1", "app"))).toBeNull();
    tokens.forget("u1", "app");
    expect(tokens.read("u1", "app")).toBeNull();
  });

  test("forgetIfStill removes the token only where it is still the one given", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const tokens = personalTokens(
      () => local,
      () => session,
    );
    tokens.write("u1", "app", "old");
    // Connected again since: the failed job's token is gone, and the new one stays.
    tokens.write("u1", "app", "new", false);
    tokens.forgetIfStill("u1", "app", "old");
    expect(tokens.read("u1", "app")).toBe("new");
    tokens.forgetIfStill("u1", "app", "new");
    expect(tokens.read("u1", "app")).toBeNull();
    // A refusing browser is "nothing stored".
    const refusing = personalTokens(() => {
      throw new Error("SecurityError");
    });
    expect(() => refusing.forgetIfStill("u1", "app", "old")).not.toThrow();
  });

  test("bindTo removes every other user's token from both stores, and only ours", () => {
    const local = memoryStorage();
    const session = memoryStorage();
    local.setItem("unrelated", "stays");
    const tokens = personalTokens(
      () => local,
      () => session,
    );
    tokens.write("alice", "app", "alice-token");
    tokens.write("alice", "app2", "alice-token-2", false);
    tokens.write("bob", "app", "bob-token");
    tokens.write("carol", "app", "carol-token", false);
    tokens.bindTo("alice");
    expect(tokens.read("bob", "app")).toBeNull();
    expect(tokens.read("carol", "app")).toBeNull();
    expect(tokens.read("alice", "app")).toBe("alice-token");
    expect(tokens.read("alice", "app2")).toBe("alice-token-2");
    expect(local.getItem("unrelated")).toBe("stays");
    tokens.forgetAll();
    expect(tokens.read("alice", "app")).toBeNull();
    expect(tokens.read("alice", "app2")).toBeNull();
    expect(local.getItem("unrelated")).toBe("stays");
    expect(local.length + session.length).toBe(1);
  });

  test("storage that throws or is missing: session-only falls back to memory, never throws", () => {
    const throwing: TokenStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {
        throw new Error("denied");
      },
      key: () => {
        throw new Error("denied");
      },
      get length(): number {
        throw new Error("denied");
      },
    };
    const tokens = personalTokens(
      () => throwing,
      () => null,
    );
    expect(tokens.write("u", "app", "persisted")).toBe(false);
    expect(tokens.write("u", "app", "memory-only", false)).toBe(true);
    expect(tokens.read("u", "app")).toBe("memory-only");
    expect(() => tokens.bindTo("someone-else")).not.toThrow();
    expect(tokens.read("u", "app")).toBeNull();
    expect(() => tokens.forgetAll()).not.toThrow();
  });
});

/** Every component in a tree, depth first. */
function flatten(children: Component[]): Component[] {
  return children.flatMap((child) =>
    child.component === "box" ? [child, ...flatten(child.props.children ?? [])] : [child],
  );
}

function dialogChildren(message: IMessage): Component[] {
  return message.modalDialogProps?.dialogBody.children ?? [];
}

function contextChildren(message: IMessage): Component[] {
  const entry = message.contextProps?.[0];
  const props = entry?.props as { children?: Component[] } | undefined;
  return props?.children ?? [];
}

function find<T extends Component>(children: Component[], test: (c: Component) => c is T): T {
  const found = flatten(children).find(test);
  if (!found) throw new Error("component not found");
  return found;
}

const isCheckbox = (c: Component): c is CheckboxGroup => c.component === "checkbox";
const isInput = (c: Component): c is InputGroup => c.component === "input";
const buttonLabelled =
  (label: string) =>
  (c: Component): c is ButtonGroup =>
    c.component === "button" && c.props.label === label;

async function setup(
  options: { env?: Partial<FakeEnvironment>; services?: Partial<FakeServices> } = {},
): Promise<{ plugin: SendToDropbox; env: FakeEnvironment; services: FakeServices; signOut: () => void }> {
  const services = fakeServices(options.services);
  let signOut = (): void => undefined;
  const env = fakeEnvironment({
    onSignOut: (callback) => {
      signOut = callback;
    },
    ...options.env,
  });
  const plugin = new SendToDropbox({ services: () => services, environment: env });
  plugin.setAPI("https://portal.test", "", "api/2.0");
  const loading = plugin.onLoadCallback();
  plugin.setAdminPluginSettingsValue(encodeSettings(personal));
  await loading;
  return { plugin, env, services, signOut: () => signOut() };
}

describe("the plugin's personal connections", () => {
  test("on load, tokens another DocSpace user left in this browser are removed; the user's own stay", async () => {
    const store = memoryStorage();
    store.setItem(tokenKey("someone-else", APP_KEY), "their-refresh-token");
    const services = fakeServices();
    store.setItem(tokenKey(services.user.id, APP_KEY), "own-refresh-token");
    const { env } = await setup({ env: { store }, services });
    expect(env.store.getItem(tokenKey("someone-else", APP_KEY))).toBeNull();
    expect(env.store.getItem(tokenKey(services.user.id, APP_KEY))).toBe("own-refresh-token");
  });

  test("signing out of DocSpace removes every connection kept in this browser", async () => {
    const session = memoryStorage();
    const services = fakeServices();
    const { env, signOut } = await setup({ env: { sessionStorage: () => session }, services });
    env.store.setItem(tokenKey(services.user.id, APP_KEY), "kept");
    session.setItem(tokenKey(services.user.id, "other-app"), "this-tab");
    signOut();
    expect(env.store.length + session.length).toBe(0);
  });

  test('"Don\'t keep me connected on this computer" keeps the token in session storage only', async () => {
    const session = memoryStorage();
    const { plugin, env, services } = await setup({ env: { sessionStorage: () => session } });
    const item = plugin.getContextMenuItems().get("send-to-dropbox-file");
    const dialog = (await item?.onClick(7)) as IMessage;
    const body = dialogChildren(dialog);
    const box = find(body, isCheckbox);
    expect(box.props.label).toBe(
      "Don't keep me connected on this computer (only this tab, until it is closed)",
    );
    expect(box.props.isChecked).toBe(false);
    const toggled = box.props.onChange?.() as IMessage;
    expect(find(contextChildren(toggled), isCheckbox).props.isChecked).toBe(true);
    await find(body, buttonLabelled("Open Dropbox")).props.onClick?.();
    find(body, isInput).props.onChange?.("the-code");
    await find(body, buttonLabelled("Connect")).props.onClick?.();
    expect(session.getItem(tokenKey(services.user.id, APP_KEY))).toBe("refresh-token-1");
    expect(env.store.getItem(tokenKey(services.user.id, APP_KEY))).toBeNull();
  });

  test("by default the connection is kept in local storage, as before", async () => {
    const session = memoryStorage();
    const { plugin, env, services } = await setup({ env: { sessionStorage: () => session } });
    const dialog = (await plugin.getContextMenuItems().get("send-to-dropbox-file")?.onClick(7)) as IMessage;
    const body = dialogChildren(dialog);
    await find(body, buttonLabelled("Open Dropbox")).props.onClick?.();
    find(body, isInput).props.onChange?.("the-code");
    await find(body, buttonLabelled("Connect")).props.onClick?.();
    expect(env.store.getItem(tokenKey(services.user.id, APP_KEY))).toBe("refresh-token-1");
    expect(session.length).toBe(0);
  });
});
