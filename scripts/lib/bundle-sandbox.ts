// Runs a plugin bundle the way the portal does, minus the portal: as a classic script whose
// `window` is a fresh global with `Plugins = {}` (ONLYOFFICE/DocSpace-client
// packages/client/src/store/PluginStore.ts initPlugins, setPluginFrame, initPlugin).
// node:vm is not a security boundary; this is for our own bundles and an admin's diagnosis.
import vm from "node:vm";

export interface BundleWindow {
  Plugins: Record<string, unknown>;
  [key: string]: unknown;
}

export function runBundle(code: string, extraGlobals: Record<string, unknown> = {}): BundleWindow {
  const sandbox: BundleWindow = { Plugins: {}, ...extraGlobals };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: "plugin.js", timeout: 2000 });
  return sandbox;
}
