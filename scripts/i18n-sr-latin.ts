// Writes src/plugin/i18n/locales/sr-Latn-RS.ts from sr-Cyrl-RS.ts. Serbian has one standard
// letter-for-letter mapping between its two scripts (scripts/lib/serbian-latin.ts), so the Latin
// locale is derived rather than translated twice. Latin text inside the Cyrillic messages
// (Dropbox, DocSpace, placeholders, plural keywords) is left as it is.
//
//   npx tsx scripts/i18n-sr-latin.ts          rewrite the file
//   npx tsx scripts/i18n-sr-latin.ts --check  exit 1 when the file is not what this script writes
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { toSerbianLatin } from "./lib/serbian-latin";

const LOCALES = path.resolve(__dirname, "../src/plugin/i18n/locales");
const SOURCE = path.join(LOCALES, "sr-Cyrl-RS.ts");
const TARGET = path.join(LOCALES, "sr-Latn-RS.ts");

async function render(): Promise<string> {
  const source = readFileSync(SOURCE, "utf8");
  const body = toSerbianLatin(source).replace("export const srCyrlRS", "export const srLatnRS");
  const banner =
    "// Generated from sr-Cyrl-RS.ts by scripts/i18n-sr-latin.ts; edit the Cyrillic file and run it again.";
  const text = `${banner}\n${body}`;
  return format(text, { ...(await resolveConfig(TARGET)), filepath: TARGET });
}

async function main(): Promise<void> {
  const expected = await render();
  if (process.argv.includes("--check")) {
    if (readFileSync(TARGET, "utf8") !== expected) {
      console.error("sr-Latn-RS.ts is out of date: run npx tsx scripts/i18n-sr-latin.ts");
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(TARGET, expected);
  console.log(`wrote ${path.relative(process.cwd(), TARGET)}`);
}

void main();
