import type { WordIndex } from "../store/index.ts";

/** Whether q[qi..qi+len) equals w[wi..wi+len) (false if w is too short). */
function sameRun(q: string, qi: number, w: string, wi: number, len: number): boolean {
  if (wi + len > w.length) return false;
  for (let k = 0; k < len; k++) if (q.charCodeAt(qi + k) !== w.charCodeAt(wi + k)) return false;
  return true;
}

/**
 * Whether some prefix of `word` is at most one edit (substitution, insertion, deletion or
 * adjacent swap) away from `query`: the coder may still be typing the word. No allocations.
 */
export function isPrefixWithinOneEdit(query: string, word: string): boolean {
  const n = query.length;
  let i = 0;
  while (i < n && i < word.length && query.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === n) return true;
  if (i === word.length) return i === n - 1;
  const rest = n - i - 1;
  return sameRun(query, i + 1, word, i + 1, rest)
    || sameRun(query, i + 1, word, i, rest)
    || sameRun(query, i, word, i + 1, n - i)
    || (query.charCodeAt(i) === word.charCodeAt(i + 1) && query.charCodeAt(i + 1) === word.charCodeAt(i) && sameRun(query, i + 2, word, i + 2, n - i - 2));
}

/** Minimum length of a query word before one typo is forgiven. */
export const TYPO_MIN_LENGTH = 5;

/** Ids of the words one typo away from `query` read as a prefix (at most `max`). */
export function typoWordIds(index: WordIndex, query: string, max = 64): number[] {
  const ids: number[] = [];
  if (query.length < TYPO_MIN_LENGTH) return ids;
  const { vocab } = index;
  const q0 = query.charCodeAt(0);
  const q1 = query.charCodeAt(1);
  for (let w = 0; w < vocab.length && ids.length < max; w++) {
    const word = vocab[w] ?? "";
    if (word.length < query.length - 1) continue;
    if (word.charCodeAt(0) !== q0 && word.charCodeAt(1) !== q1) continue;
    if (isPrefixWithinOneEdit(query, word)) ids.push(w);
  }
  return ids;
}
