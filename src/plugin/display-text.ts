// Titles, paths and account names come from DocSpace and Dropbox, where whoever creates a file,
// folder or account chooses them. The UI shows them as data: nothing in one may break the line it
// is in or change how the sentence around it is laid out.

/** C0 controls, DEL, C1 controls, and the line and paragraph separators: no glyph, and a line break. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

/**
 * The bidirectional formatting characters (https://www.unicode.org/reports/tr9/, "Explicit
 * Directional Embeddings, Overrides and Isolates" and "Implicit Directional Marks"): embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069, marks U+200E, U+200F and U+061C. An override left
 * open reorders the rest of its paragraph: "invoice\u202Egpj.exe" reads "invoiceexe.jpg", and the
 * sentence after it runs backwards (the trick of CVE-2021-42574, in a file name).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const escaped = (c: string): string => {
  const code = c.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
};

/**
 * A string from DocSpace or Dropbox as text to show. A control or line break becomes a visible
 * escape (`\x0A`), as the CLI writes it, so the name stays recognisable. A bidi formatting
 * character is removed: it has no glyph, and without it the characters show in the order they are
 * stored. Applying this twice changes nothing more than applying it once.
 */
export function displayText(data: string): string {
  return data.replace(BIDI_CONTROLS, "").replace(CONTROLS, escaped);
}
