import { foldText } from "./text-tokens.ts";
import { HASH_SEED, hashStep, WordInterner } from "./word-interner.ts";

/**
 * Inverted word index over documents (one document per code). The vocabulary is sorted, so the
 * words starting with a prefix are one id range, and their postings one contiguous slice.
 */
export interface WordIndex {
  vocab: string[];
  /** postings of word w: post[postOff[w] .. postOff[w+1]) (document ids, in the index's document order). */
  postOff: Int32Array;
  post: Int32Array;
  /** words of document d: fwd[fwdOff[d] .. fwdOff[d+1]) (word ids, in text order). */
  fwdOff: Int32Array;
  fwd: Int32Array;
}

/** Growable Int32 list. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Reads the words of text[from, to) (to is a separator) into `add`. */
function scanWords(text: string, from: number, to: number, interner: WordInterner, add: (id: number) => void): void {
  let start = -1;
  let chainStart = -1;
  let h = HASH_SEED;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 10;
    if (isAlnum(c)) {
      if (start < 0) { start = i; h = HASH_SEED; }
      h = hashStep(h, c);
      continue;
    }
    if (start < 0) continue;
    add(interner.intern(text, start, i, h));
    const hyphen = c === 45 && i + 1 < to && isAlnum(text.charCodeAt(i + 1));
    if (hyphen && chainStart < 0) chainStart = start;
    if (!hyphen && chainStart >= 0) { add(interner.internString(text.slice(chainStart, i).replace(/-/g, ""))); chainStart = -1; }
    start = -1;
  }
}

/**
 * Word ids of every document (documents separated by newlines in the folded text). Same words as
 * forEachWord: apostrophes dropped, hyphenated words also joined. A document whose text starts
 * with its parent's whole text (S93.401A after S93.401) copies the parent's words and reads only the rest.
 */
function readDocuments(text: string, docCount: number, interner: WordInterner, parent?: Int32Array): { flat: IntList; docOff: Int32Array } {
  const flat = new IntList();
  const docOff = new Int32Array(docCount + 1);
  const docStart = new Int32Array(docCount + 1);
  let lastSeen = new Int32Array(1 << 15).fill(-1);
  let d = 0;
  const add = (id: number): void => {
    if (id >= lastSeen.length) { const next = new Int32Array(lastSeen.length * 2).fill(-1); next.set(lastSeen); lastSeen = next; }
    if (lastSeen[id] !== d) { lastSeen[id] = d; flat.push(id); }
  };
  let pos = 0;
  for (d = 0; d < docCount; d++) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    docStart[d] = pos;
    let from = pos;
    const p = parent?.[d] ?? -1;
    if (p >= 0 && p < d) {
      const ps = docStart[p] ?? 0;
      const plen = (docStart[p + 1] ?? 0) - 1 - ps;
      const next = text.charCodeAt(pos + plen);
      if (plen > 0 && pos + plen < end && !isAlnum(next) && next !== 45 && text.startsWith(text.slice(ps, ps + plen), pos)) {
        for (let i = docOff[p] ?? 0; i < (docOff[p + 1] ?? 0); i++) add(flat.data[i] ?? 0);
        from = pos + plen;
      }
    }
    scanWords(text, from, end, interner, add);
    docOff[d + 1] = flat.length;
    pos = end + 1;
  }
  docStart[docCount] = pos;
  return { flat, docOff };
}

/**
 * One text per document (title, inclusion terms ...), without newlines. `parent` (optional)
 * names an earlier document whose text often begins this one's, to skip reading it twice;
 * `docOrder` the order postings list documents in.
 */
export function buildWordIndex(docs: readonly string[], parent?: Int32Array, docOrder?: Int32Array): WordIndex {
  const interner = new WordInterner();
  const { flat, docOff } = readDocuments(foldDocuments(docs), docs.length, interner, parent);
  const temp = interner.words;
  const order = temp.map((_, i) => i).sort((a, b) => ((temp[a] ?? "") < (temp[b] ?? "") ? -1 : 1));
  const remap = new Int32Array(temp.length);
  order.forEach((t, sorted) => { remap[t] = sorted; });
  const fwd = flat.data.slice(0, flat.length);
  for (let i = 0; i < fwd.length; i++) fwd[i] = remap[fwd[i] ?? 0] ?? 0;
  return { vocab: order.map((t) => temp[t] ?? ""), ...buildPostings(fwd, docOff, temp.length, docOrder) };
}

/** Lower case, accents folded only where there are any, apostrophes dropped. */
function foldDocuments(docs: readonly string[]): string {
  const lower = docs.join("\n").toLowerCase();
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.replace(/[^\x00-\x7f]+/g, (run) => foldText(run)) : lower;
  return folded.includes("'") || folded.includes("\u2019") ? folded.replace(/['\u2019]/g, "") : folded;
}

/** Postings from the forward lists; each word's postings follow `docOrder` (default: document order). */
export function buildPostings(fwd: Int32Array, fwdOff: Int32Array, vocabSize: number, docOrder?: Int32Array): Omit<WordIndex, "vocab"> {
  const postOff = new Int32Array(vocabSize + 1);
  for (let i = 0; i < fwd.length; i++) { const w = (fwd[i] ?? 0) + 1; postOff[w] = (postOff[w] ?? 0) + 1; }
  for (let w = 0; w < vocabSize; w++) postOff[w + 1] = (postOff[w + 1] ?? 0) + (postOff[w] ?? 0);
  const post = new Int32Array(fwd.length);
  const fill = postOff.slice(0, vocabSize);
  const docCount = fwdOff.length - 1;
  for (let k = 0; k < docCount; k++) {
    const d = docOrder ? (docOrder[k] ?? 0) : k;
    for (let i = fwdOff[d] ?? 0; i < (fwdOff[d + 1] ?? 0); i++) {
      const w = fwd[i] ?? 0;
      post[fill[w] ?? 0] = d;
      fill[w] = (fill[w] ?? 0) + 1;
    }
  }
  return { postOff, post, fwdOff, fwd };
}

/** First vocabulary index whose word is >= text. */
function lowerBound(vocab: readonly string[], text: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocab[mid] ?? "") < text) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Word ids [lo, hi) of the words starting with `prefix`. */
export function prefixRange(index: WordIndex, prefix: string): [number, number] {
  const lo = lowerBound(index.vocab, prefix);
  const hi = lowerBound(index.vocab, `${prefix}\uffff`);
  return [lo, hi];
}

/** The id of `word`, or -1. */
export function wordId(index: WordIndex, word: string): number {
  const i = lowerBound(index.vocab, word);
  return index.vocab[i] === word ? i : -1;
}

/** Number of postings of the word-id range (documents may repeat across words). */
export function rangeSize(index: WordIndex, [lo, hi]: [number, number]): number {
  return (index.postOff[hi] ?? 0) - (index.postOff[lo] ?? 0);
}

/** Whether document d holds a word in [lo, hi). */
export function docHasRange(index: WordIndex, d: number, lo: number, hi: number): boolean {
  const end = index.fwdOff[d + 1] ?? 0;
  for (let i = index.fwdOff[d] ?? 0; i < end; i++) {
    const w = index.fwd[i] ?? 0;
    if (w >= lo && w < hi) return true;
  }
  return false;
}
