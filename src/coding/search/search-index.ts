import type { CodeHit, SearchOptions } from "../code-index.ts";
import type { IndexedCode } from "../store/index.ts";
import { canonicalSystem, editionOf, keyedStoresOf, storesOf, type IndexState } from "./index-state.ts";
import { searchCodes, searchText, type SearchContext, type StoreHit } from "./search-store.ts";
import { CPT, HCPCS, ICD10CM, MODIFIER } from "../systems.ts";
import { queryWords } from "../store/index.ts";

export const DEFAULT_SYSTEMS: readonly string[] = [ICD10CM, HCPCS, CPT];
export const DEFAULT_LIMIT = 20;

/** The typed text as a code key (upper case, no dots), when it looks like a code (a lone letter starts one). */
function codeKey(text: string, systems: ReadonlySet<string>): string | undefined {
  const s = text.toUpperCase().replace(/[\s.]/g, "");
  if (/^[A-Z]$/.test(s)) return s;
  if (!/^[A-Z0-9]{2,7}$/.test(s)) return undefined;
  return /\d/.test(s) || (s.length === 2 && systems.has(MODIFIER)) ? s : undefined;
}

function contextOf(state: IndexState, options: SearchOptions): SearchContext {
  return {
    systems: new Set((options.systems ?? DEFAULT_SYSTEMS).map(canonicalSystem)),
    editionIndex: editionOf(state, options.dateOfService).index,
    date: options.dateOfService?.slice(0, 10),
    billableOnly: options.billableOnly ?? false,
    limit: Math.max(1, options.limit ?? DEFAULT_LIMIT),
  };
}

function toHit(state: IndexState, h: StoreHit, edition: string): CodeHit {
  const e = h.store.entries.at(h.id) as IndexedCode;
  const override = h.store === state.store ? state.dynamic.find(e.system, e.key) : undefined;
  const older = e.mask !== undefined ? state.olderTitles.get(`${e.key}|${edition}`) : undefined;
  return { system: e.system, code: e.code, display: override?.display ?? older?.long ?? e.display, billable: h.billable };
}

/** Code-prefix hits when the text looks like a code (with a dot: ICD-10-CM only), else word hits. */
function collectHits(state: IndexState, query: string, ctx: SearchContext): StoreHit[] {
  const stores = storesOf(state);
  const hits: StoreHit[] = [];
  const key = codeKey(query, ctx.systems);
  if (key !== undefined) {
    const codeCtx = query.includes(".") ? { ...ctx, systems: new Set([...ctx.systems].filter((s) => s === ICD10CM)) } : ctx;
    // A CPT number CMS's files know is found by its number even without any text for it.
    const keyed = codeCtx.systems.has(CPT) && /^\d/.test(key) ? keyedStoresOf(state) : stores;
    for (const s of keyed) hits.push(...searchCodes(s, key, query.toUpperCase().replace(/\s/g, ""), codeCtx));
  }
  const words = hits.length > 0 || query.includes(".") ? [] : queryWords(query);
  if (words.length > 0) for (const s of stores) hits.push(...searchText(s, words, ctx));
  return hits.sort((a, b) => b.score - a.score);
}

export function searchIndex(state: IndexState, text: string, options: SearchOptions = {}): CodeHit[] {
  const query = text.trim();
  if (query === "") return [];
  const ctx = contextOf(state, options);
  const edition = editionOf(state, options.dateOfService).edition.id;
  const seen = new Set<string>();
  const out: CodeHit[] = [];
  for (const h of collectHits(state, query, ctx)) {
    const hit = toHit(state, h, edition);
    const id = `${hit.system}|${hit.code}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(hit);
    if (out.length >= ctx.limit) break;
  }
  return out;
}
