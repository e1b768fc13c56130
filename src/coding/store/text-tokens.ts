/** Words of a title or a query: lower case, no accents, apostrophes dropped, split on non-alphanumerics. */

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without accents. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : lower;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Calls emit(word) for each word of `text`; hyphenated words also give their joined form
 * (gastro-esophageal -> gastroesophageal). One pass, no regular expressions: it runs over
 * every title at load time.
 */
export function forEachWord(text: string, emit: (word: string) => void, folded = false): void {
  const s = folded ? text : foldText(text);
  let start = -1;
  let word = "";
  let joined = "";
  let hyphens = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (isAlnum(c)) { if (start < 0) start = i; continue; }
    const apostrophe = (c === 39 || c === 0x2019) && start >= 0 && isAlnum(s.charCodeAt(i + 1));
    if (start >= 0) { word += s.slice(start, i); start = apostrophe ? i + 1 : -1; }
    if (apostrophe) continue;
    if (word === "") { hyphens = 0; joined = ""; continue; }
    emit(word);
    joined += word;
    if (c === 45 && isAlnum(s.charCodeAt(i + 1))) hyphens++;
    else { if (hyphens > 0) emit(joined); hyphens = 0; joined = ""; }
    word = "";
  }
}

export function tokenizeText(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (w) => words.push(w));
  return words;
}

/** Query words that carry no meaning on their own (ICD titles are full of them). */
export const STOP_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "the", "of", "in", "to", "on", "at", "by", "or", "for", "due", "with", "w"]);

export function queryWords(text: string): string[] {
  const words = tokenizeText(text).filter((w, i, all) => all.indexOf(w) === i);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}
