import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  formatBytes,
  languageFromCookie,
  LANGUAGES,
  LOCALES,
  pickLanguage,
  translator,
  type MessageKey,
} from "../../../src/plugin/i18n";
import { en } from "../../../src/plugin/i18n/locales/en";

const PLUGIN_SRC = path.resolve(__dirname, "../../../src/plugin");
const LOCALES_DIR = path.join(PLUGIN_SRC, "i18n", "locales");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full === LOCALES_DIR ? [] : sourceFiles(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? "").sort();

describe("locale files", () => {
  const reference = Object.keys(en).sort();

  it.each(LANGUAGES)("%s has exactly the English keys", (language) => {
    const keys = Object.keys(LOCALES[language]).sort();
    expect({
      missing: reference.filter((k) => !keys.includes(k)),
      extra: keys.filter((k) => !reference.includes(k)),
    }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(LANGUAGES)("%s keeps every placeholder and leaves no text empty", (language) => {
    const table: Record<string, string> = LOCALES[language];
    for (const key of reference) {
      const text = table[key] ?? "";
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(en[key as MessageKey]),
      });
    }
  });

  it("has no unused keys: each one is referenced by a source file outside the locales", () => {
    const sources = sourceFiles(PLUGIN_SRC)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = reference.filter((key) => !sources.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("has no user-facing literal left outside the locales in the UI builders", () => {
    // Labels, texts and toasts take translated strings; a quoted English sentence in ui/ is a leak.
    const ui = sourceFiles(path.join(PLUGIN_SRC, "ui")).map((file) => readFileSync(file, "utf8"));
    const sentences = ui.flatMap((code) =>
      [...code.matchAll(/(?:label|title|text):\s*"([A-Z][a-z]+ [^"]*)"/gu)].map((m) => m[1]),
    );
    expect(sentences).toEqual([]);
  });
});

describe("language selection", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["de-DE", "de"],
    ["DE", "de"],
    ["fr_FR", "fr"],
    ["es", "es"],
    ["pt-BR", "en"],
    ["zh-CN", "en"],
    ["", "en"],
    [undefined, "en"],
    [42, "en"],
  ])("picks %j → %s", (raw, language) => {
    expect(pickLanguage(raw)).toBe(language);
  });

  it("reads the portal's asc_language cookie", () => {
    expect(languageFromCookie("asc_auth_key=x; asc_language=de-DE; other=1")).toBe("de");
    expect(languageFromCookie("asc_language=ru")).toBe("ru");
    expect(languageFromCookie("asc_language=pt-BR")).toBeNull();
    expect(languageFromCookie("other=1")).toBeNull();
    expect(languageFromCookie("asc_language=%E0%A4%A")).toBeNull();
  });
});

describe("translator", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("en");
    expect(t("result.fileSent", { path: "/A/b.txt" })).toBe("Sent to Dropbox: /A/b.txt");
    expect(t("result.fileSent")).toBe("Sent to Dropbox: {path}");
    expect(translator("ru")("menu.send")).toBe("Отправить в Dropbox");
  });

  it("formats sizes with the language's numbers and units", () => {
    expect(formatBytes(512, "en", translator("en"))).toBe("512 B");
    expect(formatBytes(1536, "en", translator("en"))).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 ** 3, "de", translator("de"))).toBe("5 GB");
    expect(formatBytes(1.25 * 1024 ** 2, "fr", translator("fr"))).toMatch(/^1,3 Mo$/u);
    expect(formatBytes(1.5 * 1024 ** 2, "ru", translator("ru"))).toBe("1,5 МБ");
  });
});
