// Lists what each locale lacks against English, so keys added later are filled quickly: missing
// and extra keys, placeholders a translation lost or invented, malformed messages, and plurals
// whose categories differ from what Intl.PluralRules needs for the language. It runs even while
// the locale files do not typecheck (tsx strips types), which is when it is most useful.
//
//   npx tsx scripts/i18n-missing.ts   a report; exit status 1 when anything needs work
//
// A missing key is printed with its English text as a line to paste into the locale and translate.
import { LANGUAGES, LOCALES } from "../src/plugin/i18n";
import { en } from "../src/plugin/i18n/locales/en";
import { localeProblems } from "./lib/i18n-report";

let total = 0;
for (const language of LANGUAGES) {
  if (language === "en") continue;
  const problems = localeProblems(language, LOCALES[language], en);
  total += problems.length;
  if (problems.length === 0) continue;
  console.log(`${language} (${problems.length}):`);
  for (const { kind, key, detail } of problems) {
    if (kind === "missing") console.log(`  missing  ${JSON.stringify(key)}: ${JSON.stringify(detail)},`);
    else console.log(`  ${kind.padEnd(8)} ${key}${detail ? `: ${detail}` : ""}`);
  }
}
if (total === 0)
  console.log(`All ${LANGUAGES.length - 1} locales have every English key (${Object.keys(en).length}).`);
else process.exitCode = 1;
