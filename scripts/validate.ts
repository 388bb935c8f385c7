// `npm run validate -- <zip>`: checks any plugin archive against the portal's upload rules, so an
// admin can see why an upload was rejected. Exit code 0 = valid, 1 = violations, 2 = usage.
import { readFileSync } from "node:fs";
import { validateArchive } from "./lib/validate-archive";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: npm run validate -- <plugin.zip>");
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { violations, entries } = validateArchive(bytes);
if (violations.length === 0) {
  console.log(`${file}: valid (${entries.length} entries: ${entries.join(", ")})`);
} else {
  for (const v of violations) console.log(`✗ ${v.rule}: ${v.detail}`);
  console.log(`${file}: ${violations.length} violation(s)`);
  process.exitCode = 1;
}
