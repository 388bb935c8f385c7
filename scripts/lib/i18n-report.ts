// What one locale lacks against the English reference: missing and extra keys, placeholders a
// translation lost or invented, malformed messages, and plurals whose categories differ from the
// ones Intl.PluralRules needs for the language. Used by scripts/i18n-missing.ts.
import { messageShape, pluralCategories, type Language, type MessageShape } from "../../src/plugin/i18n";

export interface LocaleProblem {
  kind: "missing" | "extra" | "syntax" | "args" | "plural";
  key: string;
  detail: string;
}

function shapeOf(text: string): MessageShape | string {
  try {
    return messageShape(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function localeProblems(
  language: Language,
  table: Readonly<Record<string, string>>,
  reference: Readonly<Record<string, string>>,
): LocaleProblem[] {
  const out: LocaleProblem[] = [];
  const needed = pluralCategories(language).join(" ");
  for (const [key, english] of Object.entries(reference)) {
    const text = table[key];
    if (text === undefined) {
      out.push({ kind: "missing", key, detail: english });
      continue;
    }
    const shape = shapeOf(text);
    if (typeof shape === "string") {
      out.push({ kind: "syntax", key, detail: shape });
      continue;
    }
    const want = shapeOf(english);
    if (typeof want !== "string" && shape.args.join(",") !== want.args.join(",")) {
      out.push({
        kind: "args",
        key,
        detail: `has {${shape.args.join("} {")}}, English has {${want.args.join("} {")}}`,
      });
    }
    for (const plural of shape.plurals) {
      const has = plural.categories.join(" ");
      if (has !== needed)
        out.push({ kind: "plural", key, detail: `{${plural.name}} has ${has}, needs ${needed}` });
    }
  }
  for (const key of Object.keys(table)) {
    if (!Object.prototype.hasOwnProperty.call(reference, key)) out.push({ kind: "extra", key, detail: "" });
  }
  return out;
}
