/**
 * The host's deep clone (store/PluginStore.ts initPlugin): maps, arrays and objects are copied; functions
 * are kept by reference, as lodash's cloneDeep does for nested functions. Class prototypes are
 * already gone because the caller spreads the plugin first. Checks work across realms, since the
 * plugin's objects come from the iframe.
 */
export function deepClone(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Map]") {
    return new Map([...(value as Map<unknown, unknown>)].map(([k, v]) => [k, deepClone(v)]));
  }
  if (tag === "[object Set]") return new Set([...(value as Set<unknown>)].map(deepClone));
  if (Array.isArray(value)) return value.map(deepClone);
  if (tag === "[object Date]") return new Date((value as Date).getTime());
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<
    string,
    unknown
  >;
  for (const [key, v] of Object.entries(value)) out[key] = deepClone(v);
  return out;
}
