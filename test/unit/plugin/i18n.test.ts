import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { PluginLocale } from "@onlyoffice/docspace-plugin-sdk";
import {
  checkMessage,
  direction,
  formatBytes,
  formatMessage,
  hostCulture,
  HOST_CULTURE_NAMES,
  HOST_CULTURES,
  intlTag,
  languageFromCookie,
  LANGUAGES,
  LOCALES,
  messageShape,
  pickLanguage,
  translator,
  type Language,
  type MessageKey,
} from "../../../src/plugin/i18n";
import { en } from "../../../src/plugin/i18n/locales/en";
import { localeProblems } from "../../../scripts/lib/i18n-report";
import { toSerbianLatin } from "../../../scripts/lib/serbian-latin";
import { MAX_ARCHIVE_BYTES, validateArchive } from "../../../scripts/lib/validate-archive";
import { PORTAL_CULTURES } from "../../emulators/docspace/host/runtime/cultures";

const ROOT = path.resolve(__dirname, "../../..");
const PLUGIN_SRC = path.join(ROOT, "src/plugin");
const LOCALES_DIR = path.join(PLUGIN_SRC, "i18n", "locales");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full === LOCALES_DIR ? [] : sourceFiles(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

const table = (language: Language): Record<string, string> => LOCALES[language];
const reference = Object.keys(en).sort();
const NBSP = "\u00a0";

/** The client's locale folders: the portal's cultures, where "en" serves both en-US and en-GB. */
const DOCSPACE_CLIENT_LOCALE_FOLDERS = [
  ...new Set(PORTAL_CULTURES.map((culture) => (culture.startsWith("en-") ? "en" : culture))),
];

describe("the languages", () => {
  it("are every language the DocSpace client ships its own UI in", () => {
    expect([...LANGUAGES].sort()).toEqual([...DOCSPACE_CLIENT_LOCALE_FOLDERS].sort());
  });

  it("cover every culture name the host can pass (the SDK's PluginLocale enum)", () => {
    expect([...HOST_CULTURE_NAMES].sort()).toEqual(Object.values(PluginLocale).sort());
    for (const culture of HOST_CULTURE_NAMES) expect(LANGUAGES).toContain(HOST_CULTURES[culture]);
  });
});

describe("locale files", () => {
  it.each(LANGUAGES)("%s has exactly the English keys", (language) => {
    const keys = Object.keys(table(language)).sort();
    expect({
      missing: reference.filter((k) => !keys.includes(k)),
      extra: keys.filter((k) => !reference.includes(k)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)("%s parses, keeps every placeholder and leaves no text empty", (language) => {
    for (const key of reference) {
      const text = table(language)[key] ?? "";
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
      expect(() => checkMessage(text)).not.toThrow();
      expect({ key, args: messageShape(text).args }).toEqual({
        key,
        args: messageShape(en[key as MessageKey]).args,
      });
    }
  });

  it.each(LANGUAGES)("%s spells out exactly the plural categories its Intl.PluralRules needs", (language) => {
    const needed = new Intl.PluralRules(intlTag(language)).resolvedOptions().pluralCategories;
    const plurals = reference.flatMap((key) =>
      messageShape(table(language)[key] ?? "").plurals.map((plural) => ({ key, ...plural })),
    );
    // Every count message of the reference is a plural in English, so each locale has some.
    expect(plurals.length).toBeGreaterThan(0);
    for (const { key, name, categories } of plurals) {
      expect({ key, name, categories: [...categories].sort() }).toEqual({
        key,
        name,
        categories: [...needed].sort(),
      });
    }
  });

  it.each(LANGUAGES)("%s keeps each size unit on the line of its number (no-break space)", (language) => {
    for (const key of ["size.bytes", "size.kb", "size.mb", "size.gb", "size.tb"]) {
      expect(table(language)[key]).toMatch(new RegExp(`^\\{n\\}${NBSP}\\S+$`, "u"));
    }
  });

  it("has the Serbian Latin locale as the letter-for-letter transliteration of the Cyrillic one", () => {
    const latin = table("sr-Latn-RS");
    for (const key of reference) expect(latin[key]).toBe(toSerbianLatin(table("sr-Cyrl-RS")[key] ?? ""));
    expect(toSerbianLatin("Љубав Њ ЏЕП џ")).toBe("Ljubav Nj DŽEP dž");
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

describe("scripts/i18n-missing.ts (its checks)", () => {
  it("reports nothing for the shipped locales", () => {
    for (const language of LANGUAGES)
      expect({ language, problems: localeProblems(language, table(language), en) }).toEqual({
        language,
        problems: [],
      });
  });

  it("names a missing key with its English text, an extra key, lost placeholders and wrong plural forms", () => {
    const broken: Record<string, string> = { ...table("ru") };
    delete broken["common.close"];
    broken["result.fileSent"] = "Отправлено в Dropbox";
    broken["result.failedHeading"] = "{count, plural, one {# файл} other {# файлов}}";
    broken["result.andMore"] = "{count, plural, one {# ещё}";
    broken["made.up"] = "x";
    expect(localeProblems("ru", broken, en)).toEqual([
      { kind: "args", key: "result.fileSent", detail: "has {}, English has {path}" },
      {
        kind: "plural",
        key: "result.failedHeading",
        detail: "{count} has one other, needs one few many other",
      },
      { kind: "syntax", key: "result.andMore", detail: expect.stringMatching(/missing \}/u) },
      { kind: "missing", key: "common.close", detail: "Close" },
      { kind: "extra", key: "made.up", detail: "" },
    ]);
  });
});

describe("language selection", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["DE", "de"],
    ["fr_FR", "fr"],
    ["es", "es"],
    ["pt-BR", "pt-BR"],
    ["pt_br", "pt-BR"],
    ["pt", "pt"],
    ["pt-PT", "pt"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ja", "ja-JP"],
    ["ko-KR", "ko-KR"],
    ["uk", "uk-UA"],
    ["el-gr", "el-GR"],
    ["ar-SA", "ar-SA"],
    ["ar-EG", "ar-SA"],
    ["sr-Latn-RS", "sr-Latn-RS"],
    ["sr-Latn", "sr-Latn-RS"],
    ["sr-Cyrl-RS", "sr-Cyrl-RS"],
    ["sr", "sr-Cyrl-RS"],
    ["sq-AL", "sq-AL"],
    ["hy-AM", "hy-AM"],
    ["lo-LA", "lo-LA"],
    ["he-IL", "en"],
    ["", "en"],
    [undefined, "en"],
    [42, "en"],
  ])("picks %j → %s", (raw, language) => {
    expect(pickLanguage(raw)).toBe(language);
  });

  it("reads the portal's asc_language cookie", () => {
    expect(languageFromCookie("asc_auth_key=x; asc_language=de-DE; other=1")).toBe("de");
    expect(languageFromCookie("asc_language=ru")).toBe("ru");
    expect(languageFromCookie("asc_language=pt-BR")).toBe("pt-BR");
    expect(languageFromCookie("asc_language=sr-Latn-RS")).toBe("sr-Latn-RS");
    expect(languageFromCookie("asc_language=he")).toBeNull();
    expect(languageFromCookie("other=1")).toBeNull();
    expect(languageFromCookie("asc_language=%E0%A4%A")).toBeNull();
  });

  it.each([
    ["en-US", "en-US"],
    ["EN-gb", "en-GB"],
    ["de-DE", "de"],
    ["pt_BR", "pt-BR"],
    ["sr-Latn-RS", "sr-Latn-RS"],
    ["ar", "ar-SA"],
    ["he-IL", "en-US"],
    [undefined, "en-US"],
  ])("names the config.json locale key for %j: %s", (raw, culture) => {
    expect(hostCulture(raw)).toBe(culture);
  });
});

describe("plural forms", () => {
  const counts = [0, 1, 2, 5, 21] as const;
  const heading = (language: Language): string[] =>
    counts.map((count) => translator(language)("result.failedHeading", { count }));

  it.each<[Language, string[]]>([
    [
      "en",
      [
        "0 files not sent:",
        "1 file not sent:",
        "2 files not sent:",
        "5 files not sent:",
        "21 files not sent:",
      ],
    ],
    [
      "de",
      [
        "0 Dateien nicht gesendet:",
        "1 Datei nicht gesendet:",
        "2 Dateien nicht gesendet:",
        "5 Dateien nicht gesendet:",
        "21 Dateien nicht gesendet:",
      ],
    ],
    [
      "ru",
      [
        "0 файлов не отправлено:",
        "1 файл не отправлен:",
        "2 файла не отправлены:",
        "5 файлов не отправлено:",
        "21 файл не отправлен:",
      ],
    ],
    [
      "uk-UA",
      [
        "0 файлів не надіслано:",
        "1 файл не надіслано:",
        "2 файли не надіслано:",
        "5 файлів не надіслано:",
        "21 файл не надіслано:",
      ],
    ],
    [
      "pl",
      [
        "0 plików nie zostało wysłanych:",
        "1 plik nie został wysłany:",
        "2 pliki nie zostały wysłane:",
        "5 plików nie zostało wysłanych:",
        "21 plików nie zostało wysłanych:",
      ],
    ],
    [
      "cs",
      [
        "0 souborů nebylo odesláno:",
        "1 soubor nebyl odeslán:",
        "2 soubory nebyly odeslány:",
        "5 souborů nebylo odesláno:",
        "21 souborů nebylo odesláno:",
      ],
    ],
    [
      "sl",
      [
        "0 datotek ni bilo poslanih:",
        "1 datoteka ni bila poslana:",
        "2 datoteki nista bili poslani:",
        "5 datotek ni bilo poslanih:",
        "21 datotek ni bilo poslanih:",
      ],
    ],
    [
      "lv",
      [
        "0 failu netika nosūtīti:",
        "1 fails netika nosūtīts:",
        "2 faili netika nosūtīti:",
        "5 faili netika nosūtīti:",
        "21 fails netika nosūtīts:",
      ],
    ],
    [
      "fr",
      [
        "0 fichier non envoyé :",
        "1 fichier non envoyé :",
        "2 fichiers non envoyés :",
        "5 fichiers non envoyés :",
        "21 fichiers non envoyés :",
      ],
    ],
    [
      "pt",
      [
        "0 ficheiros não enviados:",
        "1 ficheiro não enviado:",
        "2 ficheiros não enviados:",
        "5 ficheiros não enviados:",
        "21 ficheiros não enviados:",
      ],
    ],
    [
      "pt-BR",
      [
        "0 arquivo não enviado:",
        "1 arquivo não enviado:",
        "2 arquivos não enviados:",
        "5 arquivos não enviados:",
        "21 arquivos não enviados:",
      ],
    ],
    [
      "ar-SA",
      ["لم يُرسل ٠ ملف:", "لم يُرسل ملف واحد:", "لم يُرسل ملفان:", "لم تُرسل ٥ ملفات:", "لم يُرسل ٢١ ملفًا:"],
    ],
    [
      "ja-JP",
      [
        "0 個のファイルが送信されませんでした:",
        "1 個のファイルが送信されませんでした:",
        "2 個のファイルが送信されませんでした:",
        "5 個のファイルが送信されませんでした:",
        "21 個のファイルが送信されませんでした:",
      ],
    ],
  ])("%s: 0, 1, 2, 5 and 21 failed files", (language, expected) => {
    expect(heading(language)).toEqual(expected);
  });

  it("chooses by the count the translator chose: German by the total, Russian by the files sent", () => {
    const de = translator("de");
    const ru = translator("ru");
    expect(de("result.counts", { sent: 0, total: 1, path: "/A" })).toBe("0 von 1 Datei an /A gesendet.");
    expect(de("result.counts", { sent: 1, total: 2, path: "/A" })).toBe("1 von 2 Dateien an /A gesendet.");
    expect(de("result.counts", { sent: 5, total: 5, path: "/A" })).toBe("5 von 5 Dateien an /A gesendet.");
    expect(ru("result.counts", { sent: 1, total: 2, path: "/A" })).toBe("Отправлен 1 файл из 2 в /A.");
    expect(ru("result.counts", { sent: 2, total: 5, path: "/A" })).toBe("Отправлено 2 файла из 5 в /A.");
    expect(ru("result.counts", { sent: 5, total: 7, path: "/A" })).toBe("Отправлено 5 файлов из 7 в /A.");
    expect(ru("progress.running", { files: 0, totalFiles: 1, bytes: "0 Б", totalBytes: "1 МБ" })).toBe(
      "Идёт отправка в Dropbox: 0 из 1 файла, 0 Б из 1 МБ.",
    );
    expect(ru("progress.running", { files: 0, totalFiles: 5, bytes: "0 Б", totalBytes: "1 МБ" })).toBe(
      "Идёт отправка в Dropbox: 0 из 5 файлов, 0 Б из 1 МБ.",
    );
  });

  it("settles the English character budget message on one or several characters", () => {
    const t = translator("en");
    expect(t("settings.tooLong", { length: 256, limit: 255, excess: 1 })).toMatch(/by 1 character\.$/u);
    expect(t("settings.tooLong", { length: 300, limit: 255, excess: 45 })).toMatch(/by 45 characters\.$/u);
  });
});

describe("messages", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("en");
    expect(t("result.fileSent", { path: "/A/b.txt" })).toBe("Sent to Dropbox: /A/b.txt");
    expect(t("result.fileSent")).toBe("Sent to Dropbox: {path}");
    expect(t("result.failedHeading")).toBe("{count}");
    expect(t("result.failedHeading", { count: "many" })).toBe("{count}");
    expect(translator("ru")("menu.send")).toBe("Отправить в Dropbox");
  });

  it("shows a malformed message as written instead of throwing", () => {
    for (const broken of [
      "{count, plural, one {# file}",
      "{count, select, a {x} other {y}}",
      "a } b",
      "{ }",
    ]) {
      expect(() => checkMessage(broken)).toThrow();
      expect(formatMessage(broken, "en", { count: 1 })).toBe(broken);
    }
    expect(() => checkMessage("{n, plural, one {x}}")).toThrow(/other/u);
    expect(() => checkMessage("{n, plural, one {x} one {y} other {z}}")).toThrow(/duplicate/u);
  });

  it("formats numbers the language's way and keeps # literal outside a plural", () => {
    expect(formatMessage("{n} · {n, plural, one {# x} other {# xs}}", "en", { n: 1234 })).toBe(
      "1,234 · 1,234 xs",
    );
    expect(formatMessage("{n, plural, one {# x} other {# xs}}", "de", { n: 1234 })).toBe("1.234 xs");
    expect(formatMessage("Issue #{n}", "en", { n: 5 })).toBe("Issue #5");
  });

  it("nests placeholders inside plural forms", () => {
    expect(
      formatMessage("{sent, plural, one {# of {total} file} other {# of {total} files}} in {path}", "en", {
        sent: 2,
        total: 3,
        path: "/A",
      }),
    ).toBe("2 of 3 files in /A");
  });

  it("formats sizes with the language's numbers and units, unit and number held together", () => {
    expect(formatBytes(512, "en", translator("en"))).toBe(`512${NBSP}B`);
    expect(formatBytes(1536, "en", translator("en"))).toBe(`1.5${NBSP}KB`);
    expect(formatBytes(5 * 1024 ** 3, "de", translator("de"))).toBe(`5${NBSP}GB`);
    expect(formatBytes(1.25 * 1024 ** 2, "fr", translator("fr"))).toBe(`1,3${NBSP}Mo`);
    expect(formatBytes(1.5 * 1024 ** 2, "ru", translator("ru"))).toBe(`1,5${NBSP}МБ`);
    expect(formatBytes(1.5 * 1024 ** 2, "fi", translator("fi"))).toBe(`1,5${NBSP}Mt`);
  });
});

describe("right-to-left", () => {
  it("follows the portal's rule: Arabic is right-to-left, every other shipped language left-to-right", () => {
    expect(LANGUAGES.filter((language) => direction(language) === "rtl")).toEqual(["ar-SA"]);
  });

  it("isolates paths and names in an Arabic sentence so they keep their order, and only there", () => {
    const ar = translator("ar-SA")("result.fileSent", { path: "/DocSpace/Report.docx" });
    expect(ar).toBe("تم الإرسال إلى Dropbox: \u2068/DocSpace/Report.docx\u2069");
    expect(translator("de")("result.fileSent", { path: "/A" })).toBe("An Dropbox gesendet: /A");
  });
});

describe("the built config.json", () => {
  const ZIP = path.join(ROOT, "dist/plugin.zip");

  function config(): { nameLocale: Record<string, string>; descriptionLocale: Record<string, string> } {
    if (!existsSync(ZIP))
      throw new Error("dist/plugin.zip is missing: run `npm run build` first (npm test does).");
    return JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(ZIP))["config.json"]));
  }

  it("names and describes the plugin under every culture key the host looks up", () => {
    const { nameLocale, descriptionLocale } = config();
    expect(Object.keys(nameLocale).sort()).toEqual([...HOST_CULTURE_NAMES].sort());
    expect(Object.keys(descriptionLocale).sort()).toEqual([...HOST_CULTURE_NAMES].sort());
    for (const culture of HOST_CULTURE_NAMES) {
      // The plugin list shows the same name as the menu item in that language.
      expect({ culture, name: nameLocale[culture] }).toEqual({
        culture,
        name: LOCALES[HOST_CULTURES[culture]]["menu.send"],
      });
      expect(descriptionLocale[culture]?.trim()).not.toBe("");
      expect(descriptionLocale[culture]).toContain("Dropbox");
    }
    // Each description is a translation, not a copy: only the two English cultures share one.
    const descriptions = new Set(Object.values(descriptionLocale));
    expect(descriptions.size).toBe(HOST_CULTURE_NAMES.length - 1);
  });

  it("still passes the portal's upload rules and size limits with every language inside", () => {
    const zip = readFileSync(ZIP);
    expect(validateArchive(zip).violations).toEqual([]);
    expect(zip.byteLength).toBeLessThan(MAX_ARCHIVE_BYTES);
  });
});
