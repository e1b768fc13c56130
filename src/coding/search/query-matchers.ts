import { ABBREVIATIONS } from "./abbreviations.ts";
import { typoWordIds } from "./typo-words.ts";
import { prefixRange, rangeSize, wordId, type WordIndex } from "../store/index.ts";
import { ownValue } from "../own-value.ts";

/**
 * One way a query word can match a document: every slot must hold one of its words.
 * A slot is a flat list of word-id ranges [lo0, hi0, lo1, hi1, ...]. Quality: 3 exact or
 * abbreviation, 2 prefix, 1 typo.
 */
export interface Alternative {
  slots: Int32Array[];
  quality: number;
  /** The slot with the fewest postings: where candidates come from. */
  cheapest: Int32Array;
  cost: number;
}

export interface WordMatcher {
  word: string;
  /** Best quality first. */
  alternatives: Alternative[];
  /** Postings to scan to list the documents it matches (an upper bound of their number). */
  cost: number;
}

function slotSize(index: WordIndex, slot: Int32Array): number {
  let size = 0;
  for (let i = 0; i < slot.length; i += 2) size += rangeSize(index, [slot[i] ?? 0, slot[i + 1] ?? 0]);
  return size;
}

function alternative(index: WordIndex, slots: Int32Array[], quality: number): Alternative {
  let cheapest = slots[0] ?? new Int32Array(0);
  let cost = Infinity;
  for (const slot of slots) {
    const size = slotSize(index, slot);
    if (size < cost) { cost = size; cheapest = slot; }
  }
  return { slots, quality, cheapest, cost };
}

function wordSlot(index: WordIndex, word: string, prefix: boolean): Int32Array {
  if (prefix && !/^\d+$/.test(word)) return Int32Array.from(prefixRange(index, word));
  const id = wordId(index, word);
  return id >= 0 ? Int32Array.of(id, id + 1) : Int32Array.of(0, 0);
}

/** The prefix range minus the exact word (documents holding it were already listed, with a better quality). */
function withoutWord(range: Int32Array, exact: number): Int32Array {
  const lo = range[0] ?? 0;
  const hi = range[1] ?? 0;
  return exact >= lo && exact < hi ? Int32Array.of(lo, exact, exact + 1, hi) : range;
}

function alternativesFor(index: WordIndex, word: string): Alternative[] {
  const alts: Alternative[] = [];
  const exact = wordId(index, word);
  if (exact >= 0) alts.push(alternative(index, [Int32Array.of(exact, exact + 1)], 3));
  const abbreviations = ownValue(ABBREVIATIONS, word);
  if (abbreviations) {
    for (const phrase of abbreviations) {
      const slots = phrase.split(" ").map((w) => wordSlot(index, w, true));
      if (slots.every((s) => slotSize(index, s) > 0)) alts.push(alternative(index, slots, 3));
    }
    return alts;
  }
  if (/^\d+$/.test(word)) return alts;
  const range = withoutWord(wordSlot(index, word, true), exact);
  if (slotSize(index, range) > 0) alts.push(alternative(index, [range], 2));
  else if (exact < 0 && /^[a-z]+$/.test(word)) {
    const typos = typoWordIds(index, word);
    if (typos.length > 0) alts.push(alternative(index, [Int32Array.from(typos.flatMap((w) => [w, w + 1]))], 1));
  }
  return alts;
}

export function buildMatchers(index: WordIndex, words: readonly string[]): WordMatcher[] {
  return words.map((word) => {
    const alternatives = alternativesFor(index, word);
    return { word, alternatives, cost: alternatives.reduce((sum, alt) => sum + alt.cost, 0) };
  });
}

function docHasSlot(index: WordIndex, d: number, slot: Int32Array): boolean {
  const end = index.fwdOff[d + 1] ?? 0;
  for (let i = index.fwdOff[d] ?? 0; i < end; i++) {
    const w = index.fwd[i] ?? 0;
    for (let j = 0; j < slot.length; j += 2) if (w >= (slot[j] ?? 0) && w < (slot[j + 1] ?? 0)) return true;
  }
  return false;
}

/** The best quality with which document d matches, or 0. */
export function matchQuality(index: WordIndex, matcher: WordMatcher, d: number): number {
  let best = 0;
  for (const alt of matcher.alternatives) {
    if (alt.quality <= best) continue;
    let ok = true;
    for (const slot of alt.slots) if (!docHasSlot(index, d, slot)) { ok = false; break; }
    if (ok) best = alt.quality;
  }
  return best;
}

/**
 * Calls visit(d, known) for each document posted under the cheapest slot of each alternative,
 * best alternative first (documents may repeat). `known` is the matcher's quality for d when the
 * alternative has a single slot (so d surely matches it), else 0. Each word's postings come
 * best-first (see staticOrder); visit returns false to skip the rest of that word's postings.
 */
export function forEachCandidate(index: WordIndex, matcher: WordMatcher, visit: (d: number, known: number) => boolean): void {
  for (const alt of matcher.alternatives) {
    const slot = alt.cheapest;
    const known = alt.slots.length === 1 ? alt.quality : 0;
    for (let j = 0; j < slot.length; j += 2) {
      for (let w = slot[j] ?? 0; w < (slot[j + 1] ?? 0); w++) {
        const end = index.postOff[w + 1] ?? 0;
        for (let i = index.postOff[w] ?? 0; i < end; i++) if (!visit(index.post[i] ?? 0, known)) break;
      }
    }
  }
}
