import type { WordIndex } from "./word-index.ts";

/** Whether a and b differ by at most one substitution, insertion, deletion or adjacent swap. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  if (a.length === b.length) {
    return ra === rb || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? ra === b.slice(i) : a.slice(i) === rb;
}

/** Minimum length of a query word before one typo is forgiven. */
export const TYPO_MIN_LENGTH = 5;

/**
 * Words one edit away from `query`, read as a prefix (the coder may still be typing):
 * a word matches when one of its prefixes of length |query|-1 .. |query|+1 is within one edit.
 */
export function typoWordIds(index: WordIndex, query: string, max = 64): number[] {
  const ids: number[] = [];
  const n = query.length;
  if (n < TYPO_MIN_LENGTH) return ids;
  const { vocab } = index;
  for (let w = 0; w < vocab.length && ids.length < max; w++) {
    const word = vocab[w] ?? "";
    if (word.length < n - 1) continue;
    if (word[0] !== query[0] && word[1] !== query[1]) continue;
    if (isWithinOneEdit(query, word.slice(0, n)) || isWithinOneEdit(query, word.slice(0, n - 1)) || isWithinOneEdit(query, word.slice(0, n + 1))) {
      ids.push(w);
    }
  }
  return ids;
}
