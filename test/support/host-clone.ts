// The portal's view of a plugin (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts
// initPlugin `cloneDeep({...plugin, ...iWindow?.Plugins?.[plugin.pluginName]})`): a deep clone of
// `{...serverRecord, ...Plugins[pluginName]}`. The spread keeps own enumerable properties only, so
// prototype methods are lost; the deep clone copies maps, arrays and plain objects, and keeps
// functions by reference (as lodash's cloneDeep does for nested functions).
export function hostClone<T extends object>(
  serverRecord: Record<string, unknown>,
  plugin: T,
): Record<string, unknown> {
  return deepClone({ ...serverRecord, ...plugin }) as Record<string, unknown>;
}

function deepClone(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Map || Object.prototype.toString.call(value) === "[object Map]") {
    return new Map([...(value as Map<unknown, unknown>)].map(([k, v]) => [k, deepClone(v)]));
  }
  if (Array.isArray(value)) return value.map(deepClone);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepClone(v)]));
}
