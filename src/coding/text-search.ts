import { buildMatchers, forEachCandidate, matchQuality, type WordMatcher } from "./query-matchers.ts";
import { TopHits, type ScoredId } from "./top-hits.ts";
import type { WordIndex } from "./word-index.ts";

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

/** Composite score: coverage, then billable, then match quality, then shorter title. */
export function textScore(coverage: number, billable: boolean, quality: number, titleLength: number): number {
  return coverage * 1e7 + (billable ? 1e6 : 0) + quality * 1e4 + (1000 - Math.min(titleLength, 999));
}

function sources(matchers: WordMatcher[]): WordMatcher[] {
  const active = matchers.filter((m) => m.alternatives.length > 0).sort((a, b) => a.cost - b.cost);
  return active.slice(0, active.length >= 2 ? 2 : 1);
}

/** Documents matching all query words, or all but one, ranked. `seen` is a scratch array sized to the index. */
export function searchWords(index: WordIndex, words: readonly string[], facts: DocFacts, limit: number, seen: Int32Array, stamp: number): TextHit[] {
  const matchers = buildMatchers(index, words);
  const activeCount = matchers.filter((m) => m.alternatives.length > 0).length;
  if (activeCount === 0) return [];
  const minCoverage = Math.max(1, activeCount - 1);
  const top = new TopHits(limit);
  const details = new Map<number, { coverage: number; quality: number }>();
  const visit = (d: number): void => {
    if (seen[d] === stamp) return;
    seen[d] = stamp;
    const rank = facts.rank(d);
    if (rank === 0) return;
    let coverage = 0;
    let quality = 0;
    for (const m of matchers) {
      const q = m.alternatives.length > 0 ? matchQuality(index, m, d) : 0;
      if (q > 0) { coverage++; quality += q; }
    }
    if (coverage < minCoverage) return;
    const score = textScore(coverage, rank === 2, quality + facts.preference(d), facts.titleLength(d));
    if (score < top.floor) return;
    top.add(d, score);
    details.set(d, { coverage, quality });
  };
  for (const m of sources(matchers)) forEachCandidate(index, m, visit);
  return top.items.map((h) => ({ ...h, coverage: details.get(h.id)?.coverage ?? 0, quality: details.get(h.id)?.quality ?? 0 }));
}
