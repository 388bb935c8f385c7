import {
  PluginStatus,
  type GroupSelection,
  type IApiPlugin,
  type IContextMenuItem,
  type IContextMenuPlugin,
  type IMessage,
  type IPlugin,
  type IProfileMenuItem,
  type IProfileMenuPlugin,
  type ISettings,
  type ISettingsPlugin,
} from "@onlyoffice/docspace-plugin-sdk";
import { personalTokens, type PersonalTokens } from "./credentials";
import {
  hostCulture,
  languageFromCookie,
  matchLanguage,
  translator,
  DEFAULT_LANGUAGE,
  type Language,
  type Translate,
} from "./i18n";
import { JobRegistry } from "./jobs";
import { DialogRefresher, ProgressBoard, portalWindow, type PortalWindow, type Via } from "./progress";
import { guardAsync } from "./guard";
import { classifyProblem } from "./messages";
import { decodeSettings, isUsable, type PluginSettings } from "./settings/codec";
import { SendFlow, groupTargets } from "./send-flow";
import { SettingsFlow } from "./settings-flow";
import {
  createServices,
  locationHintFrom,
  tabId,
  type PluginServices,
  type PortalApi,
  type PortalUser,
  type SendTarget,
} from "./transfer";
import { contextMenuItems, profileMenuItems } from "./ui/menu";
import { problemToast } from "./ui/results";
import { browserEnvironment, describeForLog, type Environment } from "./environment";

export { FILE_ITEM_KEY, FOLDER_ITEM_KEY, ACCOUNT_ITEM_KEY, MENU_ICON } from "./ui/menu";

export interface SendToDropboxOptions {
  /** The engine behind the adapter; by default the real one, configured from setAPI. */
  services?: (api: PortalApi) => PluginServices;
  environment?: Environment;
  /** The portal page the plugin frame lives in; by default the frame's parent. */
  portal?: () => PortalWindow | null;
}

/**
 * The object the portal registers. Every member the host calls is an arrow-function field: the
 * portal clones `{...serverRecord, ...plugin}` (ONLYOFFICE/DocSpace-client
 * packages/client/src/store/PluginStore.ts `initPlugin`, lodash cloneDeep), which keeps own
 * properties and drops prototype methods, and the arrows keep `this` bound to this instance. State
 * the host must not see (or deep-clone) lives in #private fields. Construction does no I/O: the
 * portal runs the bundle even for disabled plugins. No member throws: an exception in a host
 * callback would break the portal's flow (a rejected load, a row stuck "in progress").
 */
export class SendToDropbox
  implements IPlugin, IApiPlugin, ISettingsPlugin, IContextMenuPlugin, IProfileMenuPlugin
{
  status: PluginStatus = PluginStatus.hide;
  origin = "";
  proxy = "";
  prefix = "";
  adminPluginSettings: ISettings | null = null;
  contextMenuItems = new Map<string, IContextMenuItem>();
  profileMenuItems = new Map<string, IProfileMenuItem>();
  /** The raw value the host passed to setLanguage (SDK 2.1+ hosts only). */
  language = "";

  #saved: PluginSettings = decodeSettings(null);
  /** The host's language choice (2.1+ hosts); null means "read the portal's cookie". */
  #hostLanguage: Language | null = null;
  #user: Promise<PortalUser> | null = null;
  #watchingSignOut = false;
  #services: PluginServices | null = null;
  readonly #makeServices: (api: PortalApi) => PluginServices;
  readonly #env: Environment;
  readonly #jobs = new JobRegistry();
  readonly #tokens: PersonalTokens = personalTokens(
    () => this.#env.storage(),
    () => this.#env.sessionStorage?.() ?? null,
  );
  readonly #settingsFlow: SettingsFlow;
  readonly #sendFlow: SendFlow;

  constructor(options: SendToDropboxOptions = {}) {
    this.#env = options.environment ?? browserEnvironment();
    const env = this.#env;
    this.#makeServices =
      options.services ??
      ((api) =>
        createServices(api, {
          location: () => locationHintFrom(env.pageUrl()),
          tab: tabId(env.sessionStorage?.() ?? null),
        }));
    const services = (): PluginServices => this.#servicesFor();
    const lazyServices = lazyProxy(services);
    const tokens = this.#tokens;
    const log = (what: string, error: unknown): void =>
      this.#env.log(what, classifyProblem(error), describeForLog(error));
    const fail = (error: unknown): IMessage => this.#failed("callback", error);
    this.#settingsFlow = new SettingsFlow({
      services: lazyServices,
      saved: () => this.#saved,
      apply: (settings) => this.#apply(settings),
      t: () => this.#t(),
      openTab: (url) => this.#env.openTab(url),
      log,
      fail,
    });
    const portal = options.portal ?? portalWindow;
    this.#sendFlow = new SendFlow({
      services: lazyServices,
      tokens,
      jobs: this.#jobs,
      board: new ProgressBoard({ t: () => this.#t(), portal, log }),
      refresher: new DialogRefresher(portal),
      settings: () => this.#saved,
      t: () => this.#t(),
      language: () => this.#lang(),
      user: () => this.#currentUser(),
      openTab: (url) => this.#env.openTab(url),
      copyText: (text) => this.#env.copyText(text),
      log,
      fail,
    });
    this.#rebuild();
  }

  /* IPlugin */
  onLoadCallback = async (): Promise<void> => {
    try {
      // DocSpace 3.6 hands the stored settings over as soon as this first yields: `initPlugin`
      // calls `installPlugin` without awaiting it, then `setAdminPluginSettingsValue`
      // (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts).
      await Promise.resolve();
      if (!this.#watchingSignOut) {
        // Signing out of DocSpace removes every Dropbox connection kept in this browser.
        this.#watchingSignOut = true;
        this.#env.onSignOut?.(() => this.#tokens.forgetAll());
      }
      // Learn who is signed in early, so personal tokens are found without a wait on first click.
      // Tokens kept here for any other DocSpace user are removed before anything can use them.
      if (this.#saved.mode === "personal" && isUsable(this.#saved))
        this.#tokens.bindTo((await this.#currentUser()).id);
    } catch (error) {
      this.#env.log("load", classifyProblem(error), describeForLog(error));
    }
    this.#rebuild();
  };
  setOnLoadCallback = (callback: () => Promise<void>): void => {
    this.onLoadCallback = callback;
  };
  updateStatus = (status: PluginStatus): void => {
    this.status = status;
  };
  getStatus = (): PluginStatus => this.status;
  /** SDK 2.1+ hosts call this before setAPI with the raw cookie or culture ("en-US", "ru", "de-DE"). */
  setLanguage = (language: string): void => {
    this.language = typeof language === "string" ? language : "";
    this.#hostLanguage = matchLanguage(language) ?? DEFAULT_LANGUAGE;
    this.#rebuild();
  };
  /**
   * The host shows `nameLocale[getLanguage()]` in the plugin list (ONLYOFFICE/DocSpace-client
   * packages/client/src/store/PluginStore.ts `initLocalePlugin`), so this answers its culture name.
   */
  getLanguage = (): string => hostCulture(this.language || this.#lang());

  /* IApiPlugin */
  setOrigin = (origin: string): void => {
    this.origin = origin;
    this.#services = null;
  };
  setProxy = (proxy: string): void => {
    this.proxy = proxy;
    this.#services = null;
  };
  setPrefix = (prefix: string): void => {
    this.prefix = prefix;
    this.#services = null;
  };
  getOrigin = (): string => this.origin;
  getProxy = (): string => this.proxy;
  getPrefix = (): string => this.prefix;
  setAPI = (origin: string, proxy: string, prefix: string): void => {
    this.origin = origin;
    this.proxy = proxy;
    this.prefix = prefix;
    this.#services = null;
    this.#user = null;
  };
  getAPI = (): { origin: string; proxy: string; prefix: string } => ({
    origin: this.origin,
    proxy: this.proxy,
    prefix: this.prefix,
  });

  /* ISettingsPlugin */
  setAdminPluginSettings = (settings: ISettings | null): void => {
    this.adminPluginSettings = settings;
  };
  getAdminPluginSettings = (): ISettings | null => this.adminPluginSettings;
  /** The stored string, or null on first run. Never throws: that would reject the plugin's load. */
  setAdminPluginSettingsValue = (value: string | null): void => {
    this.#apply(decodeSettings(value));
  };

  /* IContextMenuPlugin */
  addContextMenuItem = (item: IContextMenuItem): void => {
    this.contextMenuItems.set(item.key, item);
  };
  getContextMenuItems = (): Map<string, IContextMenuItem> => this.contextMenuItems;
  getContextMenuItemsKeys = (): string[] => [...this.contextMenuItems.keys()];
  updateContextMenuItem = (item: IContextMenuItem): void => {
    this.contextMenuItems.set(item.key, item);
  };

  /* IProfileMenuPlugin */
  addProfileMenuItem = (item: IProfileMenuItem): void => {
    this.profileMenuItems.set(item.key, item);
  };
  getProfileMenuItems = (): Map<string, IProfileMenuItem> => this.profileMenuItems;
  updateProfileMenuItem = (item: IProfileMenuItem): void => {
    this.profileMenuItems.set(item.key, item);
  };

  /* state */

  #apply(settings: PluginSettings): void {
    this.#saved = settings;
    this.#rebuild();
  }

  #rebuild(): void {
    try {
      const t = this.#t();
      this.status = isUsable(this.#saved) ? PluginStatus.active : PluginStatus.hide;
      const menu = {
        audience: this.#saved.audience,
        personal: this.#saved.mode === "personal",
        // Only SDK 2.1+ clients call setLanguage, and only they have a group menu.
        groupMenu: this.#hostLanguage !== null,
      };
      const handlers = {
        onSend: (target: SendTarget, via: Via) => this.#guard(() => this.#sendFlow.send([target], via)),
        onGroupSend: (selection: GroupSelection, kind: "file" | "folder") =>
          this.#guard(() => this.#sendFlow.send(groupTargets(selection, kind), "group")),
        onAccount: () => this.#guard(() => this.#sendFlow.account()),
      };
      this.contextMenuItems.clear();
      for (const item of contextMenuItems(menu, handlers, t)) this.contextMenuItems.set(item.key, item);
      this.profileMenuItems.clear();
      for (const item of profileMenuItems(menu, handlers, t)) this.profileMenuItems.set(item.key, item);
      const panel = this.#settingsFlow.panel();
      this.adminPluginSettings = {
        ...panel,
        // Called by the host on every open; a failure still shows the panel as it was.
        onLoad: async () => {
          try {
            return await this.#settingsFlow.load();
          } catch (error) {
            this.#failed("open settings", error);
            return { settings: panel.settings, saveButton: panel.saveButton };
          }
        },
      };
    } catch (error) {
      this.#env.log("rebuild", classifyProblem(error), describeForLog(error));
    }
  }

  /** Last line of defence: a host callback resolves with a message whatever happens. */
  #guard(run: () => Promise<IMessage>): Promise<IMessage> {
    return guardAsync(run, (error) => this.#failed("callback", error));
  }

  #failed(what: string, error: unknown): IMessage {
    const kind = classifyProblem(error);
    this.#env.log(what, kind, describeForLog(error));
    return problemToast(kind, { t: this.#t(), language: this.#lang(), mode: this.#saved.mode });
  }

  /** The host's choice when it made one (2.1+), otherwise the portal's language cookie. */
  #lang(): Language {
    return this.#hostLanguage ?? languageFromCookie(this.#env.cookie()) ?? DEFAULT_LANGUAGE;
  }

  #t(): Translate {
    return translator(this.#lang());
  }

  #servicesFor(): PluginServices {
    if (!this.#services) this.#services = this.#makeServices(this.getAPI());
    return this.#services;
  }

  #currentUser(): Promise<PortalUser> {
    if (!this.#user) {
      const pending = this.#servicesFor().currentUser();
      // A failed lookup (signed out, offline) is retried on the next use, not cached.
      pending.catch(() => {
        if (this.#user === pending) this.#user = null;
      });
      this.#user = pending;
    }
    return this.#user;
  }
}

/** Defers creating the services until first use (they depend on setAPI's values). */
function lazyProxy(get: () => PluginServices): PluginServices {
  return {
    send: (request) => get().send(request),
    startAuthorization: (appKey) => get().startAuthorization(appKey),
    exchangeCode: (appKey, code, verifier) => get().exchangeCode(appKey, code, verifier),
    account: (appKey, credential) => get().account(appKey, credential),
    revoke: (appKey, credential) => get().revoke(appKey, credential),
    currentUser: () => get().currentUser(),
    storedSettings: () => get().storedSettings(),
    interruptedJob: async (userId, targets) => get().interruptedJob?.(userId, targets),
    discardJob: async (userId, jobId) => get().discardJob?.(userId, jobId),
    undownloadable: (targets) => get().undownloadable(targets),
  };
}
