// Every user-facing string comes from a locale file; English is the reference and the fallback.
// The language is chosen from whatever the host gives (SDK 2.1+ hosts call setLanguage with the raw
// cookie or culture, e.g. "en-US", "ru", "de-DE"), otherwise from the portal's `asc_language` cookie.
import { de } from "./locales/de";
import { en, type MessageKey } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";
import { ru } from "./locales/ru";

export type { MessageKey } from "./locales/en";

export const LOCALES = { en, ru, de, fr, es } as const satisfies Record<string, Record<MessageKey, string>>;
export type Language = keyof typeof LOCALES;
export const LANGUAGES = Object.keys(LOCALES) as Language[];
export const DEFAULT_LANGUAGE: Language = "en";

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

function isLanguage(value: string): value is Language {
  return Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/** Best match for a raw language tag ("de-DE", "ru_RU", "EN") or null when none of ours fits. */
export function matchLanguage(raw: unknown): Language | null {
  if (typeof raw !== "string") return null;
  const primary = raw.trim().toLowerCase().split(/[-_]/u)[0] ?? "";
  return isLanguage(primary) ? primary : null;
}

/** The language for a raw tag, falling back to English. */
export function pickLanguage(raw: unknown): Language {
  return matchLanguage(raw) ?? DEFAULT_LANGUAGE;
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

/** `{name}` placeholders are replaced by params; an unknown placeholder stays visible, not blank. */
export function translator(language: Language): Translate {
  const table: Record<MessageKey, string> = LOCALES[language];
  return (key, params) => {
    const template = table[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/gu, (whole: string, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
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
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return t(UNITS[unit] ?? "size.bytes", { n: number });
}
