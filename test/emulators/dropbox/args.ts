import { badRequest, type Json, type JsonObject } from "./errors";
import { matchesPattern, PATTERNS, type PathAlias } from "./paths";

/**
 * Reads one route argument the way Stone deserialisation does, answering 400 plain text
 * that names the field (`request body: path: …` or `HTTP header "Dropbox-API-Arg": …`).
 */
export class Args {
  constructor(
    readonly route: string,
    /** `request body` or `HTTP header "Dropbox-API-Arg"`. */
    readonly source: string,
    readonly value: JsonObject,
    private readonly prefix = "",
  ) {}

  fail(field: string, message: string): never {
    throw badRequest(this.route, `${this.source}: ${this.prefix}${field}: ${message}`);
  }

  private raw(field: string, required: boolean): Json | undefined {
    const v = this.value[field];
    if (v === undefined || v === null) {
      if (required)
        throw badRequest(
          this.route,
          `${this.source}: ${this.prefix ? `${this.prefix.slice(0, -2)}: ` : ""}missing required field '${field}'`,
        );
      return undefined;
    }
    return v;
  }

  string(field: string, options: { required: true; alias?: PathAlias; maxLength?: number }): string;
  string(
    field: string,
    options?: { required?: boolean; alias?: PathAlias; maxLength?: number },
  ): string | undefined;
  string(
    field: string,
    options: { required?: boolean; alias?: PathAlias; maxLength?: number } = {},
  ): string | undefined {
    const v = this.raw(field, options.required ?? false);
    if (v === undefined) return undefined;
    if (typeof v !== "string") this.fail(field, `expected string, got ${describe(v)}`);
    // The service names this mistake explicitly rather than calling it malformed.
    if (v === "/" && options.alias === "PathROrId")
      this.fail(field, `Specify the root folder as an empty string rather than as "/".`);
    if (options.alias && !matchesPattern(options.alias, v)) {
      this.fail(field, `'${v}' did not match pattern '${PATTERNS[options.alias]}'`);
    }
    if (options.maxLength !== undefined && v.length > options.maxLength)
      this.fail(field, `'${v.slice(0, 20)}…' must be at most ${options.maxLength} characters`);
    return v;
  }

  boolean(field: string, fallback: boolean): boolean {
    const v = this.raw(field, false);
    if (v === undefined) return fallback;
    if (typeof v !== "boolean") this.fail(field, `expected boolean, got ${describe(v)}`);
    return v;
  }

  uint(field: string, options: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const v = this.raw(field, options.required ?? false);
    if (v === undefined) return undefined;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
      this.fail(field, `expected integer, got ${describe(v)}`);
    if (options.min !== undefined && v < options.min)
      this.fail(field, `${v} is not greater than or equal to ${options.min}`);
    if (options.max !== undefined && v > options.max)
      this.fail(field, `${v} is not less than or equal to ${options.max}`);
    return v;
  }

  /** `%Y-%m-%dT%H:%M:%SZ` only: `toISOString()` output is refused (common.stone DropboxTimestamp). */
  timestamp(field: string): string | undefined {
    const v = this.string(field);
    if (v === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(v) || Number.isNaN(Date.parse(v))) {
      this.fail(field, `time data '${v}' does not match format '%Y-%m-%dT%H:%M:%SZ'`);
    }
    return v;
  }

  struct(field: string, required: true): Args;
  struct(field: string, required?: boolean): Args | undefined;
  struct(field: string, required = false): Args | undefined {
    const v = this.raw(field, required);
    if (v === undefined) return undefined;
    if (typeof v !== "object" || Array.isArray(v) || v === null)
      this.fail(field, `expected object, got ${describe(v)}`);
    return new Args(this.route, this.source, v, `${this.prefix}${field}.`);
  }

  list(field: string, options: { required?: boolean; maxItems?: number } = {}): Args[] {
    const v = this.raw(field, options.required ?? false);
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(field, `expected list, got ${describe(v)}`);
    if (options.maxItems !== undefined && v.length > options.maxItems)
      this.fail(field, `list has more than ${options.maxItems} items`);
    return v.map((item, i) => {
      if (typeof item !== "object" || item === null || Array.isArray(item))
        this.fail(`${field}[${i}]`, `expected object, got ${describe(item)}`);
      return new Args(this.route, this.source, item, `${this.prefix}${field}[${i}].`);
    });
  }

  /**
   * A union member: a bare string for Void members, `{".tag": …}` otherwise (Stone JSON).
   * Returns the tag and the member's value (the object itself for struct members).
   */
  union(
    field: string,
    allowed: readonly string[],
    fallback?: string,
  ): { tag: string; value: Json | undefined; object?: JsonObject } | undefined {
    const v = this.raw(field, false);
    if (v === undefined) return fallback === undefined ? undefined : { tag: fallback, value: undefined };
    let tagName: string;
    let object: JsonObject | undefined;
    if (typeof v === "string") tagName = v;
    else if (typeof v === "object" && !Array.isArray(v) && v !== null && typeof v[".tag"] === "string") {
      tagName = v[".tag"];
      object = v;
    } else this.fail(field, `expected union, got ${describe(v)}`);
    if (!allowed.includes(tagName)) this.fail(field, `unknown tag '${tagName}'`);
    return { tag: tagName, value: object ? object[tagName] : undefined, ...(object ? { object } : {}) };
  }
}

function describe(v: Json): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "float";
  return typeof v === "object" ? "object" : typeof v;
}

/** Sha256HexHash: exactly 64 characters (files.stone). */
export function contentHashArg(args: Args): string | undefined {
  const v = args.string("content_hash");
  if (v !== undefined && v.length !== 64) args.fail("content_hash", `'${v}' must be exactly 64 characters`);
  return v;
}
