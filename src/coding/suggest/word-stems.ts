/**
 * Derivational word forms: "infarct" / "infarction", "obstructive" / "obstruction",
 * "infective" / "infection", "allergic" / "allergy". The title matcher's shared-beginning rule
 * misses these when the suffixes differ by more than two letters. A stem is the word without
 * one noun or adjective suffix; two words are one when their stems agree and are long enough
 * not to be a mere root ("medic-al" / "medic-ation" are not one word).
 */
const SUFFIXES = ["ations", "ation", "itions", "ition", "ions", "ion", "atively", "atives", "ative", "ively", "ives", "ive", "atory", "ory", "ical", "ic", "al", "ous", "ity", "ies", "y"];
const MIN_STEM = 6;
const stems = new Map<string, string>();

/** The word without its derivational suffix ("infarction" -> "infarct"). */
export function stemOf(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const suffix = SUFFIXES.find((s) => word.length - s.length >= MIN_STEM && word.endsWith(s));
  const stem = suffix ? word.slice(0, -suffix.length) : word;
  stems.set(word, stem);
  return stem;
}

/** Two derivational forms of one word, sharing a stem of at least six letters. */
export function sameStem(a: string, b: string): boolean {
  const stem = stemOf(a);
  return stem.length >= MIN_STEM && stem === stemOf(b);
}

/** "headaches" -> "headache": the index matches word beginnings, so a plural misses its singular title. */
export function singular(word: string): string {
  return word.length > 3 && word !== "lens" && /[^su]s$/.test(word) && !/(is|us|ss)$/.test(word) ? word.slice(0, -1) : word;
}
