import { ABBREVIATIONS } from "./abbreviations.ts";
import { typoWordIds } from "./typo-words.ts";
import { docHasRange, prefixRange, rangeSize, wordId, type WordIndex } from "./word-index.ts";

/** A set of word ids: [lo, hi) ranges, any of which counts. */
export type WordSlot = [number, number][];

/** One way a query word can match: every slot must be present; quality 3 exact .. 1 typo. */
export interface Alternative {
  slots: WordSlot[];
  quality: number;
}

export interface WordMatcher {
  word: string;
  alternatives: Alternative[];
  /** Postings to scan to list the documents it matches (an upper bound of their number). */
  cost: number;
}

function slotSize(index: WordIndex, slot: WordSlot): number {
  return slot.reduce((sum, range) => sum + rangeSize(index, range), 0);
}

function alternativesFor(index: WordIndex, word: string): Alternative[] {
  const alts: Alternative[] = [];
  const exact = wordId(index, word);
  if (exact >= 0) alts.push({ slots: [[[exact, exact + 1]]], quality: 3 });
  const abbreviations = ABBREVIATIONS[word];
  if (abbreviations) {
    for (const phrase of abbreviations) {
      const slots = phrase.split(" ").map((w): WordSlot => [/^\d+$/.test(w) ? exactRange(index, w) : prefixRange(index, w)]);
      if (slots.every((s) => slotSize(index, s) > 0)) alts.push({ slots, quality: 3 });
    }
    return alts;
  }
  if (/^\d+$/.test(word)) return alts;
  const range = prefixRange(index, word);
  if (range[1] > range[0]) alts.push({ slots: [[range]], quality: 2 });
  else if (/^[a-z]+$/.test(word)) {
    const typos = typoWordIds(index, word);
    if (typos.length > 0) alts.push({ slots: [typos.map((w): [number, number] => [w, w + 1])], quality: 1 });
  }
  return alts;
}

function exactRange(index: WordIndex, word: string): [number, number] {
  const id = wordId(index, word);
  return id >= 0 ? [id, id + 1] : [0, 0];
}

export function buildMatchers(index: WordIndex, words: readonly string[]): WordMatcher[] {
  return words.map((word) => {
    const alternatives = alternativesFor(index, word);
    const cost = alternatives.reduce((sum, alt) => sum + Math.min(...alt.slots.map((s) => slotSize(index, s))), 0);
    return { word, alternatives, cost };
  });
}

/** The best quality with which document d matches, or 0. */
export function matchQuality(index: WordIndex, matcher: WordMatcher, d: number): number {
  let best = 0;
  for (const alt of matcher.alternatives) {
    if (alt.quality <= best) continue;
    const ok = alt.slots.every((slot) => slot.some(([lo, hi]) => docHasRange(index, d, lo, hi)));
    if (ok) best = alt.quality;
  }
  return best;
}

/** Calls visit(d) for each document posted under the cheapest slot of each alternative (may repeat). */
export function forEachCandidate(index: WordIndex, matcher: WordMatcher, visit: (d: number) => void): void {
  for (const alt of matcher.alternatives) {
    let cheapest: WordSlot = [];
    let size = Infinity;
    for (const slot of alt.slots) {
      const s = slotSize(index, slot);
      if (s < size) { size = s; cheapest = slot; }
    }
    for (const [lo, hi] of cheapest) {
      const end = index.postOff[hi] ?? 0;
      for (let i = index.postOff[lo] ?? 0; i < end; i++) visit(index.post[i] ?? 0);
    }
  }
}
