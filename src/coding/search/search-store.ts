import { keyRange, type CodeStore } from "../store/index.ts";
import { maskValidity, validityOn } from "../store/index.ts";
import { searchWords, textScore, type DocFacts } from "./text-search.ts";
import { TopHits } from "./top-hits.ts";

/** The date-resolved search request. */
export interface SearchContext {
  systems: ReadonlySet<string>;
  editionIndex: number;
  date: string | undefined;
  billableOnly: boolean;
  limit: number;
}

export interface StoreHit {
  store: CodeStore;
  id: number;
  score: number;
  billable: boolean;
}

/** 0 = not offered, 1 = offered but not billable, 2 = billable, on the context's date. */
export function offerRank(store: CodeStore, id: number, ctx: SearchContext): number {
  if (!ctx.systems.has(store.entries.systemOf(id))) return 0;
  const mask = store.entries.maskOf(id);
  const entry = mask === undefined ? store.entries.at(id) : undefined;
  const v = mask !== undefined ? maskValidity(mask, ctx.editionIndex) : entry ? validityOn(entry, ctx.editionIndex, ctx.date) : 0;
  return ctx.billableOnly && v !== 2 ? 0 : v;
}

const MAX_PREFIX_SCAN = 5000;

/** Codes starting with the typed code: the exact code first, then billable before headers, in code order. */
/** `key`: typed code, upper case, without dots; `typed`: as typed, upper case (dots kept). */
export function searchCodes(store: CodeStore, key: string, typed: string, ctx: SearchContext): StoreHit[] {
  const [lo, hi] = keyRange(store, key);
  const exact: StoreHit[] = [];
  const billable: StoreHit[] = [];
  const headers: StoreHit[] = [];
  const end = Math.min(hi, lo + MAX_PREFIX_SCAN);
  for (let k = lo; k < end && billable.length < ctx.limit; k++) {
    const id = store.byKey[k] ?? 0;
    const rank = offerRank(store, id, ctx);
    if (rank === 0) continue;
    const hit = { store, id, score: 0, billable: rank === 2 };
    if (store.entries.keyOf(id) === key) exact.push(hit);
    else if (rank === 2) billable.push(hit);
    else if (headers.length < ctx.limit) headers.push(hit);
  }
  const ordered = [...exact, ...billable, ...headers].slice(0, ctx.limit);
  return ordered.map((h, i) => {
    const e = h.store.entries.at(h.id);
    const exactness = e?.key !== key ? 2e9 : e.code.toUpperCase() === typed ? 3.1e9 : 3e9;
    return { ...h, score: exactness + (h.billable ? 1e6 : 0) - i };
  });
}

const RANK_CACHE_SIZE = 4;

/** Offer ranks of every entry; a table run is ranked by a lookup on its edition flags. */
function offerRanks(store: CodeStore, ctx: SearchContext): Uint8Array {
  const ranks = new Uint8Array(store.entries.length);
  const run = store.entries.tableRun?.();
  const start = run ? run.masks.length : 0;
  if (run && ctx.systems.has(run.system)) {
    const byMask = new Uint8Array(256);
    for (let m = 0; m < 256; m++) { const v = maskValidity(m, ctx.editionIndex); byMask[m] = ctx.billableOnly && v !== 2 ? 0 : v; }
    for (let id = 0; id < start; id++) ranks[id] = byMask[run.masks[id] ?? 0] ?? 0;
  }
  for (let id = start; id < ranks.length; id++) ranks[id] = offerRank(store, id, ctx);
  return ranks;
}

/** Offer ranks of every entry for the context, computed once per context and kept. */
function ranksFor(store: CodeStore, ctx: SearchContext): Uint8Array {
  const key = `${[...ctx.systems].sort().join(" ")}|${ctx.editionIndex}|${ctx.date ?? ""}|${ctx.billableOnly}`;
  let ranks = store.rankCache.get(key);
  if (!ranks) {
    ranks = offerRanks(store, ctx);
    if (store.rankCache.size >= RANK_CACHE_SIZE) store.rankCache.delete(store.rankCache.keys().next().value ?? "");
    store.rankCache.set(key, ranks);
  }
  return ranks;
}

function factsFor(store: CodeStore, ctx: SearchContext): DocFacts {
  const ranks = ranksFor(store, ctx);
  return {
    rank: (d) => ranks[d] ?? 0,
    titleLength: (d) => store.titleLength[d] ?? 0,
    preference: (d) => store.preference[d] ?? 0,
  };
}

let stampCounter = 0;
const nextStamp = (): number => { stampCounter = (stampCounter + 1) | 0; return stampCounter; };

/** Word search; header hits also bring their billable descendants, just below them. */
export function searchText(store: CodeStore, words: readonly string[], ctx: SearchContext): StoreHit[] {
  const facts = factsFor(store, ctx);
  const hits = searchWords(store.words, words, facts, ctx.limit, store.seen, nextStamp);
  const top = new TopHits(ctx.limit);
  const best = hits[0]?.coverage ?? 0;
  let expanded = 0;
  for (const h of hits) {
    top.add(h.id, h.score);
    if (facts.rank(h.id) !== 1 || h.coverage < best || expanded >= 3) continue;
    expanded++;
    for (const child of billableDescendants(store, h.id, ctx, ctx.limit)) {
      top.add(child, textScore(h.coverage, true, h.quality - 0.5 + facts.preference(child), facts.titleLength(child)));
    }
  }
  return top.items.map((h) => ({ store, id: h.id, score: h.score, billable: facts.rank(h.id) === 2 }));
}

/** Billable codes under a header: the entries of its system after it in key order that share its key as prefix. */
export function billableDescendants(store: CodeStore, id: number, ctx: SearchContext, max: number): number[] {
  const system = store.entries.systemOf(id);
  const out: number[] = [];
  const [lo, hi] = keyRange(store, store.entries.keyOf(id));
  for (let k = lo; k < hi && out.length < max; k++) {
    const d = store.byKey[k] ?? 0;
    if (d !== id && store.entries.systemOf(d) === system && offerRank(store, d, ctx) === 2) out.push(d);
  }
  return out;
}
