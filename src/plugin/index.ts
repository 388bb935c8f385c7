// The bundle's only top-level work: register the plugin where the portal looks for it
// (`window.Plugins[pluginName]`, pluginName from plugin.json), or, when the plugin started this
// bundle as its hashing worker, answer hash requests. The portal runs this script even for
// disabled plugins, so everything else waits for the portal's calls.
import { runsAsHashWorker, serveHashes } from "./hash-worker";
import { SendToDropbox } from "./SendToDropbox";

declare global {
  interface Window {
    Plugins?: Record<string, unknown>;
  }
}

const scope: object = globalThis;
if (runsAsHashWorker(scope)) {
  // Started by the plugin itself (./hash-worker.ts): this copy only hashes.
  serveHashes(scope);
} else {
  window.Plugins = window.Plugins ?? {};
  window.Plugins.SendToDropbox = new SendToDropbox();
}
