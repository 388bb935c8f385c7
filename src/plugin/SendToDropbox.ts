import {
  Actions,
  ButtonSize,
  Components,
  FilesSecurity,
  PluginStatus,
  ToastType,
  type IApiPlugin,
  type IContextMenuItem,
  type IContextMenuPlugin,
  type IMessage,
  type IPlugin,
  type ISettings,
  type ISettingsPlugin,
} from "@onlyoffice/docspace-plugin-sdk";

export const MENU_ITEM_KEY = "send-to-dropbox";
export const MENU_ICON = "send-to-dropbox.svg";

/**
 * The object the portal registers. Every member is an arrow-function field: the portal clones
 * `{...serverRecord, ...plugin}` (docspace-plugin-host.md §2.4), which keeps own properties and
 * drops prototype methods. The arrows keep `this` bound to this instance, so state lives here and
 * the portal's copy only forwards to it. Construction does no I/O: the portal runs the bundle even
 * for disabled plugins.
 */
export class SendToDropbox implements IPlugin, IApiPlugin, ISettingsPlugin, IContextMenuPlugin {
  status: PluginStatus = PluginStatus.hide;
  origin = "";
  proxy = "";
  prefix = "";
  adminPluginSettings: ISettings | null = null;
  contextMenuItems = new Map<string, IContextMenuItem>();
  language = "en-US";

  private appKey = "";

  constructor() {
    this.contextMenuItems.set(MENU_ITEM_KEY, this.menuItem());
    this.adminPluginSettings = this.settingsPanel();
  }

  /* IPlugin */
  onLoadCallback = async (): Promise<void> => {};
  setOnLoadCallback = (callback: () => Promise<void>): void => {
    this.onLoadCallback = callback;
  };
  updateStatus = (status: PluginStatus): void => {
    this.status = status;
  };
  getStatus = (): PluginStatus => this.status;
  setLanguage = (language: string): void => {
    this.language = language;
  };
  getLanguage = (): string => this.language;

  /* IApiPlugin */
  setOrigin = (origin: string): void => {
    this.origin = origin;
  };
  setProxy = (proxy: string): void => {
    this.proxy = proxy;
  };
  setPrefix = (prefix: string): void => {
    this.prefix = prefix;
  };
  getOrigin = (): string => this.origin;
  getProxy = (): string => this.proxy;
  getPrefix = (): string => this.prefix;
  setAPI = (origin: string, proxy: string, prefix: string): void => {
    this.origin = origin;
    this.proxy = proxy;
    this.prefix = prefix;
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
  /** Called with the stored string, or null on first run. Must not throw: it would reject the load. */
  setAdminPluginSettingsValue = (value: string | null): void => {
    this.applySettings(value);
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

  private applySettings(value: string | null): void {
    let appKey = "";
    try {
      const parsed: unknown = value ? JSON.parse(value) : null;
      if (
        typeof parsed === "object" &&
        parsed !== null &&
        typeof (parsed as { k?: unknown }).k === "string"
      ) {
        appKey = (parsed as { k: string }).k;
      }
    } catch {
      appKey = "";
    }
    this.appKey = appKey;
    this.status = appKey ? PluginStatus.active : PluginStatus.hide;
    this.adminPluginSettings = this.settingsPanel();
  }

  private menuItem(): IContextMenuItem {
    return {
      key: MENU_ITEM_KEY,
      label: "Send to Dropbox",
      icon: MENU_ICON,
      // No fileType: files, folders and rooms all match. Only where the user may download.
      itemSecurity: [FilesSecurity.Download],
      withActiveItem: true,
      onClick: (id) => this.send(id),
    };
  }

  private async send(_id: number | string): Promise<IMessage> {
    return {
      actions: [Actions.showToast],
      toastProps: [{ type: ToastType.info, title: "Send to Dropbox is not connected yet." }],
    };
  }

  private settingsPanel(): ISettings {
    let draft = this.appKey;
    return {
      settings: {
        children: [
          { component: Components.label, props: { text: "Dropbox app key" } },
          {
            component: Components.input,
            props: {
              value: draft,
              onChange: (value: string) => {
                draft = value.trim();
              },
            },
          },
        ],
      },
      saveButton: {
        component: Components.button,
        props: {
          label: "Save",
          size: ButtonSize.normal,
          onClick: () => {
            const settings = JSON.stringify({ k: draft });
            this.applySettings(settings);
            return { actions: [Actions.saveSettings, Actions.updateStatus], settings };
          },
        },
      },
    };
  }
}
