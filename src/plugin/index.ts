// The bundle's only top-level work: register the plugin where the portal looks for it
// (`window.Plugins[pluginName]`, pluginName from plugin.json). The portal runs this script even for
// disabled plugins, so everything else waits for the portal's calls.
import { SendToDropbox } from "./SendToDropbox";

declare global {
  interface Window {
    Plugins?: Record<string, unknown>;
  }
}

window.Plugins = window.Plugins ?? {};
window.Plugins.SendToDropbox = new SendToDropbox();
