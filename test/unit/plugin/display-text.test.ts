// Names, paths and account names from DocSpace and Dropbox reach toasts and dialogs as data: no
// control or bidirectional formatting character in them may reach the host's text.
import { displayText } from "../../../src/plugin/display-text";
import { formatMessage, translator } from "../../../src/plugin/i18n";
import { connectedText } from "../../../src/plugin/ui/connect-dialog";
import { mixedSelectionDialog } from "../../../src/plugin/ui/mixed-dialog";
import { resultMessage, type ResultContext } from "../../../src/plugin/ui/results";
import { appKeyProblemText } from "../../../src/plugin/ui/settings-panel";

const FSI = "\u2068";
const PDI = "\u2069";
const RLO = "\u202e";

/** Every character the UI must not receive from data: C0, DEL, C1, line breaks, bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Each text the host would show, from a message's toasts and its dialog's header and body. */
function shownTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(shownTexts);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) =>
      ["title", "text", "label", "dialogHeader"].includes(key) && typeof inner === "string"
        ? [inner]
        : typeof inner === "object"
          ? shownTexts(inner)
          : [],
    );
  return [];
}

describe("displayText", () => {
  it("drops bidi embeddings, overrides, isolates and marks, so a name reads in the order it is stored", () => {
    expect(displayText(`invoice${RLO}gpj.exe`)).toBe("invoicegpj.exe");
    const bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    expect(displayText(`a${bidi}b`)).toBe("ab");
    // Right-to-left scripts, joiners (an emoji sequence, a Devanagari conjunct) and dashes stay.
    const ordinary = "Отчёт 2024 – تقرير – דוח 👩‍💻 क्‍ष.docx";
    expect(displayText(ordinary + RLO)).toBe(ordinary);
  });

  it("shows C0 and C1 controls and line breaks as visible escapes", () => {
    expect(displayText("a\nb\tc\u0000d\u001be\u007ff\u009bg\u2028h\u2029i")).toBe(
      "a\\x0Ab\\x09c\\x00d\\x1Be\\x7Ff\\x9Bg\\u2028h\\u2029i",
    );
    // Shown text cleaned again is unchanged, so a message placed in another stays as it was.
    const once = displayText(`x${RLO}\n\u0007y`);
    expect(once).toBe("x\\x0A\\x07y");
    expect(displayText(once)).toBe(once);
  });
});

describe("message parameters are data", () => {
  it("are cleaned in a left-to-right language, where nothing isolates them", () => {
    expect(formatMessage("Sending: {name} now", "en", { name: `invoice${RLO}gpj.exe\nmore` })).toBe(
      "Sending: invoicegpj.exe\\x0Amore now",
    );
  });

  it("are cleaned before a right-to-left language isolates them, so only our isolates remain", () => {
    const ar = translator("ar-SA")("result.fileSent", { path: `/a${PDI}${RLO}b` });
    expect(ar).toBe(`تم الإرسال إلى Dropbox: ${FSI}/ab${PDI}`);
  });
});

describe("results", () => {
  const en: ResultContext = { t: translator("en"), language: "en", mode: "shared", account: `Eve${RLO}\nx` };

  it("a renamed file's original DocSpace title is shown without its override", () => {
    const message = resultMessage(
      {
        destination: "/Out",
        files: [
          {
            source: "a.exe",
            path: "/Out/a.exe",
            renamedFrom: `Docs/invoice${RLO}gpj.exe`,
            renameReasons: [],
          },
        ],
      },
      en,
      true,
    );
    const texts = shownTexts(message);
    expect(texts.some((text) => text.includes("“invoicegpj.exe”"))).toBe(true);
    expect(texts.some((text) => text.includes("Eve\\x0Ax"))).toBe(true);
    expect(texts.filter((text) => UNSAFE.test(text))).toEqual([]);
  });

  it("the dialog shows failed DocSpace paths, renamed titles and the account as data", () => {
    const message = resultMessage(
      {
        destination: `/Out/Room${RLO}`,
        files: [
          { source: "ok.txt", path: "/Out/ok.txt" },
          { source: `Room/Secret${RLO}\n\u0007folder`, itemId: 4, error: "no-download-permission" },
          { source: "b.txt", path: `/Out/b${RLO}.txt`, renamedFrom: `b${RLO}\u2066.txt`, renameReasons: [] },
        ],
      },
      en,
      false,
    );
    const texts = shownTexts(message);
    expect(texts.join("\n")).toContain("Room/Secret\\x0A\\x07folder");
    expect(texts.join("\n")).toContain("b.txt → /Out/b.txt");
    expect(texts.filter((text) => UNSAFE.test(text))).toEqual([]);
  });

  it("keeps a right-to-left language's isolates around a path inside a nested place", () => {
    const ar: ResultContext = {
      t: translator("ar-SA"),
      language: "ar-SA",
      mode: "personal",
      access: "app-folder",
    };
    const message = resultMessage(
      { destination: "/x", files: [{ source: "a.txt", path: `/a${RLO}.txt` }] },
      ar,
      true,
    );
    const [toast] = message.toastProps ?? [];
    // The place message isolates the path, and the sentence isolates the place.
    expect(toast?.title).toBe(
      `تم الإرسال إلى Dropbox: ${FSI}${FSI}/a.txt${PDI} داخل مجلد هذا التطبيق في Dropbox (ضمن «Apps»)${PDI}`,
    );
  });
});

describe("the mixed-selection dialog", () => {
  it("lists DocSpace titles as data: no line break, C0 control or override reaches it", () => {
    const dialog = mixedSelectionDialog(
      [`Plan${RLO}fdp.exe`, "two\nlines\u0007"],
      1,
      { onSendOthers: () => ({}), onClose: () => ({}) },
      translator("en"),
    );
    const texts = shownTexts(dialog.dialogBody);
    expect(texts).toContain("• Planfdp.exe");
    expect(texts).toContain("• two\\x0Alines\\x07");
    expect(texts.filter((text) => UNSAFE.test(text))).toEqual([]);
  });
});

describe("the connected account", () => {
  it("shows Dropbox's account name and email as data", () => {
    const t = translator("en");
    expect(connectedText({ name: `Mallory${RLO}\n`, email: `m${RLO}@x.test` }, t)).toBe(
      "Connected as Mallory\\x0A (m@x.test)",
    );
  });
});

describe("the app key hint", () => {
  it("names an invisible or control character by code point rather than quoting it", () => {
    const text = appKeyProblemText(
      { ok: false, problem: "characters", characters: ["é", RLO, "\u0007"] },
      translator("en"),
    );
    expect(text).toContain("“é” U+202E U+0007");
    expect(text && UNSAFE.test(text)).toBe(false);
  });
});
