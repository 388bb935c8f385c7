// Characters that have no glyph of their own in text from DocSpace or Dropbox (titles, paths,
// account names, error messages), where whoever creates a file, folder or account chooses them.
// The CLI escapes them all before a terminal sees them; the plugin escapes the controls and drops
// the bidirectional ones before the portal shows them.

/**
 * C0 controls (ESC starts CSI/OSC sequences such as OSC 52, which writes the clipboard, OSC 0,
 * which sets a terminal's title, or CSI 2J, which clears the screen), DEL, C1 controls (U+009B is a
 * one-character CSI, U+009D an OSC on terminals that honour C1), and the line and paragraph
 * separators: each breaks a line or drives a terminal.
 */
const C0_RANGE = "\\u0000-\\u001f";
const OTHER_CONTROL_RANGES = "\\u007f-\\u009f\\u2028\\u2029";
const CONTROL_RANGES = `${C0_RANGE}${OTHER_CONTROL_RANGES}`;
/**
 * The Unicode bidirectional formatting characters, which reorder what is shown: embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069, marks U+200E, U+200F and U+061C
 * (https://www.unicode.org/reports/tr9/; "invoice\u202Egpj.exe" reads "invoiceexe.jpg", the trick
 * of CVE-2021-42574).
 */
const BIDI_RANGES = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";

export const CONTROL_CHARACTERS = new RegExp(`[${CONTROL_RANGES}]`, "gu");
export const BIDI_CHARACTERS = new RegExp(`[${BIDI_RANGES}]`, "gu");
/** Both sets: what a terminal may act on instead of showing. */
export const INVISIBLE_CHARACTERS = new RegExp(`[${CONTROL_RANGES}${BIDI_RANGES}]`, "gu");
/** Both sets minus the C0 controls, which JSON.stringify already escapes: what JSON leaves raw. */
export const JSON_RAW_INVISIBLE_CHARACTERS = new RegExp(`[${OTHER_CONTROL_RANGES}${BIDI_RANGES}]`, "gu");

/** One such character as a visible escape, `\x1B` or `\u202E`, so the text stays recognisable. */
export function visibleEscape(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}
