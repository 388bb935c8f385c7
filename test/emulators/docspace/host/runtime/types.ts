import type {
  IApiPlugin,
  IContextMenuItem,
  IContextMenuPlugin,
  IEventListenerItem,
  IEventListenerPlugin,
  IInfoPanelPlugin,
  IPlugin,
  ISettingsPlugin,
} from "@onlyoffice/docspace-plugin-sdk";
import type { HostBootConfig } from "../../routes/pages";

/** The boot data the server embeds in the page; a type-only import, erased when served. */
export type BootConfig = HostBootConfig;

/** WebPluginDto as the host reads it. */
export interface ServerPlugin {
  name: string;
  version: string;
  pluginName: string;
  scopes: string;
  enabled: boolean;
  url: string;
  settings?: string;
  image?: string;
  minDocSpaceVersion?: string;
  description?: string;
  author?: string;
  system?: boolean;
  cssUrl?: string;
}

/**
 * The host's plugin object: a clone of `{...serverRecord, ...Plugins[pluginName]}`. Everything
 * the bundle declares is optional because the host cannot rely on any of it.
 */
export type HostPlugin = ServerPlugin &
  Partial<
    IPlugin & IApiPlugin & ISettingsPlugin & IContextMenuPlugin & IInfoPanelPlugin & IEventListenerPlugin
  > & {
    iconUrl?: string;
    compatible?: boolean;
    [key: string]: unknown;
  };

export interface RegisteredMenuItem {
  pluginName: string;
  item: IContextMenuItem;
}

export interface RegisteredListener {
  pluginName: string;
  item: IEventListenerItem;
  handler: () => void;
}

/** The debugging handle tests read: `window.__docspaceHost`. */
export interface HostProbe {
  toasts: { type: string; title: string }[];
  errors: string[];
  consoleErrors: string[];
  puts: { name: string; status: number; body: string }[];
  ready: boolean;
  /** The host's clone of a plugin, for tests that check what the clone kept. */
  plugin?: (name: string) => HostPlugin | undefined;
  /** Keys in the portal-wide context-menu map. */
  menuKeys?: () => string[];
}

declare global {
  interface Window {
    __docspaceHost?: HostProbe;
  }
}
