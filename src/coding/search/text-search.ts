import { buildMatchers, forEachCandidate, matchQuality, type WordMatcher } from "./query-matchers.ts";
import { TopHits, type ScoredId } from "./top-hits.ts";
import type { WordIndex } from "../store/index.ts";

/** What ranking needs to know about a document on the date searched for. */
export interface DocFacts {
  /** 0 = not offered (wrong system, not in the code set of the date, not billable when asked); 1 = header; 2 = billable. */
  rank(d: number): number;
  titleLength(d: number): number;
  /** Ranking nudge in quality units (common codes up, later-encounter 7th characters down). */
  preference(d: number): number;
}

export interface TextHit extends ScoredId {
  coverage: number;
  quality: number;
}

/** Largest posting count a word may have to be the source of all-but-one-word matches. */
const PARTIAL_SOURCE_MAX = 5000;

/** Composite score: coverage, then billable, then match quality, then shorter title. */
export function textScore(coverage: number, billable: boolean, quality: number, titleLength: number): number {
  return coverage * 1e7 + (billable ? 1e6 : 0) + quality * 1e4 + (1000 - Math.min(titleLength, 999));
}

/** Documents matching all query words (or, when fewer than `limit` do, all but one), ranked. `seen` is scratch sized to the index. */
export function searchWords(index: WordIndex, words: readonly string[], facts: DocFacts, limit: number, seen: Int32Array, stamp: () => number): TextHit[] {
  const matchers = buildMatchers(index, words);
  const active = matchers.filter((m) => m.alternatives.length > 0).sort((a, b) => a.cost - b.cost);
  const first = active[0];
  if (!first) return [];
  const bestQuality = active.reduce((sum, m) => sum + (m.alternatives[0]?.quality ?? 0), 0);
  const top = new TopHits(limit);
  const details = new Map<number, { coverage: number; quality: number }>();
  const pass = (source: WordMatcher, minCoverage: number): void => {
    const mark = stamp();
    forEachCandidate(index, source, (d, known) => {
      // The best this document, or any after it in this word's postings, could score: every word at its best, billable.
      if (textScore(active.length, true, bestQuality + facts.preference(d), facts.titleLength(d)) < top.floor) return false;
      if (seen[d] === mark) return true;
      seen[d] = mark;
      const rank = facts.rank(d);
      if (rank === 0) return true;
      let coverage = 0;
      let quality = 0;
      let missed = 0;
      for (const m of active) {
        const q = m === source && known > 0 ? known : matchQuality(index, m, d);
        if (q > 0) { coverage++; quality += q; } else if (active.length - ++missed < minCoverage) return true;
      }
      if (details.has(d)) return true;
      const score = textScore(coverage, rank === 2, quality + facts.preference(d), facts.titleLength(d));
      if (score >= top.floor) {
        top.add(d, score);
        details.set(d, { coverage, quality });
      }
      return true;
    });
  };
  pass(first, active.length);
  const second = active[1];
  if (top.items.length < limit && second) {
    pass(first, active.length - 1);
    // Documents lacking the rarest word come from the next rarest, unless that word is everywhere
    // ("phakomatosis unspecified": tens of thousands of codes share only "unspecified").
    if (second.cost <= PARTIAL_SOURCE_MAX) pass(second, active.length - 1);
  }
  return top.items.map((h) => ({ ...h, coverage: details.get(h.id)?.coverage ?? 0, quality: details.get(h.id)?.quality ?? 0 }));
}
