// Titles, paths and account names come from DocSpace and Dropbox, where whoever creates a file,
// folder or account chooses them. The UI shows them as data: nothing in one may break the line it
// is in or change how the sentence around it is laid out.
import { BIDI_CHARACTERS, CONTROL_CHARACTERS, visibleEscape } from "../core";

/**
 * A string from DocSpace or Dropbox as text to show. A control or line break becomes a visible
 * escape (`\x0A`), as the CLI writes it, so the name stays recognisable. A bidi formatting
 * character is removed: it has no glyph, and without it the characters show in the order they are
 * stored. Applying this twice changes nothing more than applying it once.
 */
export function displayText(data: string): string {
  return data.replace(BIDI_CHARACTERS, "").replace(CONTROL_CHARACTERS, visibleEscape);
}
