// Every user-facing string comes from a locale file; English is the reference and the fallback.
// The language is chosen from whatever the host gives (SDK 2.1+ hosts call setLanguage with the
// portal's `asc_language` cookie or culture, e.g. "en-US", "ru", "pt-BR"), otherwise from that cookie.
//
// One locale per language the DocSpace client ships its own UI in: the folders of
// https://github.com/ONLYOFFICE/DocSpace-client/tree/develop/packages/client/public/locales
// (the same names as the SDK's `PluginLocale` enum, ONLYOFFICE/docspace-plugin-sdk src/enums/Plugins.ts).
//
// Messages are plain strings with `{name}` placeholders. A count that changes the words around it
// uses the plural form of ICU MessageFormat: `{count, plural, one {# file} other {# files}}`, with
// one branch per CLDR category the language needs (Intl.PluralRules(locale).resolvedOptions()
// .pluralCategories; test/unit/plugin/i18n.test.ts checks every locale has exactly those) and `#`
// for the number. Braces are never literal text; apostrophes are plain text (no ICU quoting).
import { displayText } from "../display-text";
import { arSA } from "./locales/ar-SA";
import { az } from "./locales/az";
import { bg } from "./locales/bg";
import { cs } from "./locales/cs";
import { de } from "./locales/de";
import { elGR } from "./locales/el-GR";
import { en, type MessageKey } from "./locales/en";
import { es } from "./locales/es";
import { fi } from "./locales/fi";
import { fr } from "./locales/fr";
import { hyAM } from "./locales/hy-AM";
import { it } from "./locales/it";
import { jaJP } from "./locales/ja-JP";
import { koKR } from "./locales/ko-KR";
import { loLA } from "./locales/lo-LA";
import { lv } from "./locales/lv";
import { nl } from "./locales/nl";
import { pl } from "./locales/pl";
import { pt } from "./locales/pt";
import { ptBR } from "./locales/pt-BR";
import { ro } from "./locales/ro";
import { ru } from "./locales/ru";
import { si } from "./locales/si";
import { sk } from "./locales/sk";
import { sl } from "./locales/sl";
import { sqAL } from "./locales/sq-AL";
import { srCyrlRS } from "./locales/sr-Cyrl-RS";
import { srLatnRS } from "./locales/sr-Latn-RS";
import { tr } from "./locales/tr";
import { ukUA } from "./locales/uk-UA";
import { vi } from "./locales/vi";
import { zhCN } from "./locales/zh-CN";

export type { MessageKey } from "./locales/en";

/** Keyed by the DocSpace client's locale folder names, which are also valid BCP 47 tags for Intl. */
export const LOCALES = {
  en,
  "ar-SA": arSA,
  az,
  bg,
  cs,
  de,
  "el-GR": elGR,
  es,
  fi,
  fr,
  "hy-AM": hyAM,
  it,
  "ja-JP": jaJP,
  "ko-KR": koKR,
  "lo-LA": loLA,
  lv,
  nl,
  pl,
  "pt-BR": ptBR,
  pt,
  ro,
  ru,
  si,
  sk,
  sl,
  "sq-AL": sqAL,
  "sr-Cyrl-RS": srCyrlRS,
  "sr-Latn-RS": srLatnRS,
  tr,
  "uk-UA": ukUA,
  vi,
  "zh-CN": zhCN,
} as const satisfies Record<string, Record<MessageKey, string>>;
export type Language = keyof typeof LOCALES;
export const LANGUAGES = Object.keys(LOCALES) as Language[];
export const DEFAULT_LANGUAGE: Language = "en";

/**
 * The culture names DocSpace passes to `setLanguage` and looks up in config.json's
 * `nameLocale`/`descriptionLocale` (ONLYOFFICE/DocSpace-client packages/client/src/store/PluginStore.ts
 * `initLocalePlugin`: `plugin.nameLocaleMap?.[plugin.getLanguage()]`), with the language of ours
 * each one is shown in. The list is the SDK's `PluginLocale` enum; the client has one "en" folder
 * for "en-US" and "en-GB".
 */
export const HOST_CULTURES = {
  "en-US": "en",
  "en-GB": "en",
  "ar-SA": "ar-SA",
  az: "az",
  bg: "bg",
  cs: "cs",
  de: "de",
  "el-GR": "el-GR",
  es: "es",
  fi: "fi",
  fr: "fr",
  "hy-AM": "hy-AM",
  it: "it",
  "ja-JP": "ja-JP",
  "ko-KR": "ko-KR",
  "lo-LA": "lo-LA",
  lv: "lv",
  nl: "nl",
  pl: "pl",
  "pt-BR": "pt-BR",
  pt: "pt",
  ro: "ro",
  ru: "ru",
  si: "si",
  sk: "sk",
  sl: "sl",
  "sq-AL": "sq-AL",
  "sr-Cyrl-RS": "sr-Cyrl-RS",
  "sr-Latn-RS": "sr-Latn-RS",
  tr: "tr",
  "uk-UA": "uk-UA",
  vi: "vi",
  "zh-CN": "zh-CN",
} as const satisfies Record<string, Language>;
export type HostCulture = keyof typeof HOST_CULTURES;
export const HOST_CULTURE_NAMES = Object.keys(HOST_CULTURES) as HostCulture[];

/**
 * The BCP 47 tag for Intl (plural rules, number format). DocSpace's "pt" is European Portuguese,
 * whose plural rules differ from Brazilian ones (CLDR: pt "one" is 0–1, pt-PT "one" is 1 only).
 */
export function intlTag(language: Language): string {
  return language === "pt" ? "pt-PT" : language;
}

/**
 * Text the plugin composed itself (another message, a size), placed in a message as it is. Every
 * plain string param is data from DocSpace or Dropbox and is made display text first.
 */
export interface Formatted {
  readonly formatted: string;
}

export function formatted(text: string): Formatted {
  return { formatted: text };
}

export type MessageParams = Readonly<Record<string, string | number | Formatted>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Serbian without a script is written in Cyrillic (CLDR likely subtags: sr → sr-Cyrl-RS). */
const BY_PRIMARY: Readonly<Record<string, Language>> = Object.fromEntries(
  LANGUAGES.filter((language) => language !== "sr-Latn-RS").map((language) => [
    language.split("-")[0] ?? language,
    language,
  ]),
);

/**
 * Best match for a raw language tag ("de-DE", "ru_RU", "pt-BR", "sr-Latn-RS", "EN") or null when
 * none of ours fits: the exact locale, then Serbian by script and Portuguese by country, then the
 * language alone ("de-AT" → de, "ar-EG" → ar-SA, "zh-TW" → zh-CN).
 */
export function matchLanguage(raw: unknown): Language | null {
  if (typeof raw !== "string") return null;
  const tag = raw.trim().replace(/_/gu, "-").toLowerCase();
  if (tag === "") return null;
  const exact = LANGUAGES.find((language) => language.toLowerCase() === tag);
  if (exact) return exact;
  const subtags = tag.split("-");
  const primary = subtags[0] ?? "";
  if (primary === "sr") return subtags.includes("latn") ? "sr-Latn-RS" : "sr-Cyrl-RS";
  if (primary === "pt") return subtags.includes("br") ? "pt-BR" : "pt";
  return own(BY_PRIMARY, primary) ? (BY_PRIMARY[primary] ?? null) : null;
}

/** The language for a raw tag, falling back to English. */
export function pickLanguage(raw: unknown): Language {
  return matchLanguage(raw) ?? DEFAULT_LANGUAGE;
}

/**
 * The key of config.json's nameLocale/descriptionLocale that fits a raw tag: the host's own
 * culture name when it is one (any letter case), else the culture of the language we show.
 */
export function hostCulture(raw: unknown): HostCulture {
  const tag = typeof raw === "string" ? raw.trim().replace(/_/gu, "-").toLowerCase() : "";
  const exact = HOST_CULTURE_NAMES.find((name) => name.toLowerCase() === tag);
  if (exact) return exact;
  const language = pickLanguage(raw);
  return HOST_CULTURE_NAMES.find((name) => HOST_CULTURES[name] === language) ?? "en-US";
}

/** Reads `asc_language` from a `document.cookie` string (the portal's language choice). */
export function languageFromCookie(cookie: string): Language | null {
  for (const part of cookie.split(";")) {
    const [name, ...rest] = part.split("=");
    if (name?.trim() === "asc_language") {
      try {
        return matchLanguage(decodeURIComponent(rest.join("=").trim()));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Right-to-left languages by their first subtag, as the portal decides its own layout direction
 * (ONLYOFFICE/DocSpace-client packages/shared/utils/common.tsx `isLanguageRtl`, list
 * `RTL_LANGUAGES` in packages/shared/constants/index.ts). The plugin's components have no
 * direction prop; the host renders them inside its theme, whose `interfaceDirection` is
 * `i18n.dir(language)` (packages/client/src/components/ThemeProviderWrapper/index.tsx), so dialogs
 * and toasts are mirrored by the portal and the plugin only keeps embedded data in order.
 */
const RTL_PRIMARY = new Set(["ar", "arc", "dv", "fa", "ha", "he", "khw", "ks", "ku", "ps", "ur", "yi"]);

export function direction(language: Language): "ltr" | "rtl" {
  return RTL_PRIMARY.has(language.split("-")[0] ?? "") ? "rtl" : "ltr";
}

/* ---------- messages: `{name}` placeholders and `{name, plural, …}` ---------- */

export const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type Part =
  | { kind: "text"; text: string }
  | { kind: "arg"; name: string }
  | { kind: "number" }
  | { kind: "plural"; name: string; forms: Partial<Record<PluralCategory, Part[]>> };

class MessageSyntaxError extends Error {}

const isCategory = (word: string): word is PluralCategory =>
  (PLURAL_CATEGORIES as readonly string[]).includes(word);

/** Parses one message; inside a plural form `#` is that plural's number. */
function parseMessage(source: string): Part[] {
  let at = 0;
  const fail = (why: string): never => {
    throw new MessageSyntaxError(`${why} at ${at} in ${JSON.stringify(source)}`);
  };
  const skipSpace = (): void => {
    while (at < source.length && /\s/u.test(source[at] ?? "")) at += 1;
  };
  const word = (): string => {
    const match = /^[A-Za-z_]\w*/u.exec(source.slice(at));
    if (!match) return fail("expected a name");
    at += match[0].length;
    return match[0];
  };
  const parts = (inPlural: boolean, closing: boolean): Part[] => {
    const out: Part[] = [];
    let textStart = at;
    const flush = (): void => {
      if (at > textStart) out.push({ kind: "text", text: source.slice(textStart, at) });
    };
    while (at < source.length) {
      const char = source[at];
      if (char === "}") {
        if (!closing) fail("unmatched }");
        flush();
        return out;
      }
      if (char === "#" && inPlural) {
        flush();
        out.push({ kind: "number" });
        at += 1;
        textStart = at;
        continue;
      }
      if (char === "{") {
        flush();
        at += 1;
        skipSpace();
        const name = word();
        skipSpace();
        if (source[at] === "}") {
          at += 1;
          out.push({ kind: "arg", name });
        } else if (source[at] === ",") {
          at += 1;
          skipSpace();
          if (word() !== "plural") fail("only `plural` is supported");
          skipSpace();
          if (source[at] !== ",") fail("expected ,");
          at += 1;
          const forms: Partial<Record<PluralCategory, Part[]>> = {};
          for (;;) {
            skipSpace();
            if (at >= source.length) fail("missing }");
            if (source[at] === "}") break;
            const category = word();
            if (!isCategory(category)) fail(`unknown plural category ${category}`);
            if (forms[category as PluralCategory]) fail(`duplicate plural category ${category}`);
            skipSpace();
            if (source[at] !== "{") fail("expected {");
            at += 1;
            forms[category as PluralCategory] = parts(true, true);
            at += 1; // the form's closing brace
          }
          at += 1; // the plural's closing brace
          if (!forms.other) fail("a plural needs an `other` form");
          out.push({ kind: "plural", name, forms });
        } else {
          fail("expected } or ,");
        }
        textStart = at;
        continue;
      }
      at += 1;
    }
    if (closing) fail("missing }");
    flush();
    return out;
  };
  return parts(false, false);
}

const parsed = new Map<string, Part[] | null>();

/** The parts of a message, or null when it is malformed (then it is shown as written). */
function partsOf(template: string): Part[] | null {
  let parts = parsed.get(template);
  if (parts === undefined) {
    try {
      parts = parseMessage(template);
    } catch (error) {
      if (!(error instanceof MessageSyntaxError)) throw error;
      parts = null;
    }
    parsed.set(template, parts);
  }
  return parts;
}

/** Throws with the position when a message is malformed (for tests and scripts). */
export function checkMessage(template: string): void {
  parseMessage(template);
}

export interface MessageShape {
  /** Every placeholder name, plural selectors included, sorted and unique. */
  args: string[];
  /** Each plural with the categories it provides, in order of appearance. */
  plurals: { name: string; categories: PluralCategory[] }[];
}

/** What a message needs from its caller and which plural categories it spells out. */
export function messageShape(template: string): MessageShape {
  const args = new Set<string>();
  const plurals: MessageShape["plurals"] = [];
  const walk = (parts: Part[]): void => {
    for (const part of parts) {
      if (part.kind === "arg") args.add(part.name);
      if (part.kind === "plural") {
        args.add(part.name);
        plurals.push({ name: part.name, categories: PLURAL_CATEGORIES.filter((c) => part.forms[c]) });
        for (const form of Object.values(part.forms)) walk(form);
      }
    }
  };
  walk(parseMessage(template));
  return { args: [...args].sort(), plurals };
}

/** The categories a language's plural rules can select for whole numbers and decimals. */
export function pluralCategories(language: Language): PluralCategory[] {
  const needed = new Intl.PluralRules(intlTag(language)).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((category) => needed.includes(category));
}

const intlCache = new Map<Language, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function intlFor(language: Language): { rules: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let intl = intlCache.get(language);
  if (!intl) {
    intl = {
      rules: new Intl.PluralRules(intlTag(language)),
      numbers: new Intl.NumberFormat(intlTag(language)),
    };
    intlCache.set(language, intl);
  }
  return intl;
}

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * One message with its params in a language: `{name}` placeholders are replaced and plurals pick
 * the language's form; an unknown placeholder stays visible, not blank, and a malformed message
 * is shown as written (never an exception). Numbers take the language's digits and grouping. A
 * string param is data, shown through `displayText`; a `formatted` one is ours and kept as it is.
 * In a right-to-left language each text param is then isolated (FSI…PDI) so a path or file name
 * keeps its order; cleaning comes first, so these isolates are the only ones in the result.
 */
export function formatMessage(template: string, language: Language, params: MessageParams = {}): string {
  const parts = partsOf(template);
  if (!parts) return template;
  const { rules, numbers } = intlFor(language);
  const rtl = direction(language) === "rtl";
  const show = (value: string | number | Formatted): string => {
    if (typeof value === "number") return numbers.format(value);
    const text = typeof value === "string" ? displayText(value) : value.formatted;
    return rtl ? `${FSI}${text}${PDI}` : text;
  };
  const render = (list: Part[], count: number | null): string =>
    list
      .map((part) => {
        switch (part.kind) {
          case "text":
            return part.text;
          case "number":
            return count === null ? "#" : numbers.format(count);
          case "arg":
            return own(params, part.name) ? show(params[part.name] ?? "") : `{${part.name}}`;
          case "plural": {
            const value = own(params, part.name) ? Number(params[part.name]) : Number.NaN;
            if (!Number.isFinite(value)) return `{${part.name}}`;
            const category = rules.select(value);
            const form = (isCategory(category) ? part.forms[category] : undefined) ?? part.forms.other ?? [];
            return render(form, value);
          }
        }
      })
      .join("");
  return render(parts, null);
}

/** The messages of one language; a key missing from its table falls back to English. */
export function translator(language: Language): Translate {
  const table: Record<MessageKey, string> = LOCALES[language];
  return (key, params) => formatMessage(table[key] ?? en[key], language, params);
}

const UNITS = [
  "size.bytes",
  "size.kb",
  "size.mb",
  "size.gb",
  "size.tb",
] as const satisfies readonly MessageKey[];

/** Human-readable size in binary units, with the language's number format and unit names. */
export function formatBytes(bytes: number, language: Language, t: Translate): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(intlTag(language), {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  // Intl's own output may hold direction marks (Arabic writes U+200E before a minus sign).
  return t(UNITS[unit] ?? "size.bytes", { n: formatted(number) });
}
