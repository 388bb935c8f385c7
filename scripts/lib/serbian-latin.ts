// Serbian Cyrillic to Serbian Latin: the one standard letter-for-letter mapping between the two
// alphabets of Serbian (Љ Њ Џ become the digraphs Lj Nj Dž). Anything that is not Serbian
// Cyrillic (Latin words, digits, placeholders) passes through unchanged.
const LOWER: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ђ: "đ",
  е: "e",
  ж: "ž",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ћ: "ć",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "č",
  џ: "dž",
  ш: "š",
};

const isUpper = (char: string): boolean =>
  char !== "" && char.toUpperCase() === char && char.toLowerCase() !== char;

/** One letter in Latin; a capital digraph is "Lj" before a lower-case letter and "LJ" in all-caps words. */
function letter(char: string, next: string): string {
  const lower = char.toLowerCase();
  const latin = LOWER[lower];
  if (latin === undefined) return char;
  if (lower === char) return latin;
  return latin.length > 1 && !isUpper(next)
    ? latin.charAt(0).toUpperCase() + latin.slice(1)
    : latin.toUpperCase();
}

export function toSerbianLatin(text: string): string {
  const chars = [...text];
  return chars.map((char, i) => letter(char, chars[i + 1] ?? "")).join("");
}
