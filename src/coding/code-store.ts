import type { NoteSet, SearchIndexArtifact } from "./artifact-format.ts";
import type { IndexedCode } from "./code-table.ts";
import { rankingFacts, type SortedIcdFacts } from "./store-ranking.ts";
import { ICD10CM } from "./systems.ts";
import { buildWordIndex, type WordIndex } from "./word-index.ts";
import { decodeWordIndex } from "./word-index-codec.ts";

/** A searchable set of codes: words, codes sorted by key, and (for ICD-10-CM) the hierarchy. */
export interface CodeStore {
  entries: IndexedCode[];
  words: WordIndex;
  /** Entry ids sorted by key (then system). */
  byKey: Int32Array;
  /** Parent entry id, or -1 (ICD-10-CM hierarchy from code prefixes). */
  parent: Int32Array;
  /** Scratch array for de-duplicating candidates during one search. */
  seen: Int32Array;
  /** Ranking nudge per entry: +2 a commonly reported code, -1 a later-encounter 7th character. */
  preference: Int8Array;
  titleLength: Uint16Array;
  /** Offer ranks per search context (systems, edition, date, billableOnly), a few kept. */
  rankCache: Map<string, Uint8Array>;
}

/** What finding a code by key needs. */
export type KeyedCodes = Pick<CodeStore, "entries" | "byKey">;

function compareKeys(a: IndexedCode | undefined, b: IndexedCode | undefined): number {
  const ka = a?.key ?? "";
  const kb = b?.key ?? "";
  if (ka !== kb) return ka < kb ? -1 : 1;
  const sa = a?.system ?? "";
  const sb = b?.system ?? "";
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function withParents(count: number, icdParents: Int32Array): Int32Array {
  const parent = new Int32Array(count);
  parent.set(icdParents);
  parent.fill(-1, icdParents.length);
  return parent;
}

/** Parents from prefixes: in key order an ancestor stays on the stack while it prefixes the key. */
function buildParents(entries: IndexedCode[], byKey: Int32Array): Int32Array {
  const parent = new Int32Array(entries.length).fill(-1);
  const stack: number[] = [];
  for (const id of byKey) {
    const entry = entries[id];
    if (!entry || entry.mask === undefined) continue;
    while (stack.length > 0 && !entry.key.startsWith(entries[stack[stack.length - 1] ?? 0]?.key ?? "")) stack.pop();
    parent[id] = stack[stack.length - 1] ?? -1;
    stack.push(id);
  }
  return parent;
}

/** Text each entry is found by: its title, plus (ICD-10-CM) its inclusion terms and includes notes. */
function documents(store: KeyedCodes, notes: Record<string, NoteSet>): string[] {
  const docs = store.entries.map((e) => (e.synonyms ? [e.display, ...e.synonyms].join(" | ") : e.display));
  for (const [key, set] of Object.entries(notes)) {
    const terms = [...(set.inclusionTerms ?? []), ...(set.includes ?? [])];
    const id = findCode(store, ICD10CM, key);
    if (terms.length > 0 && id >= 0) docs[id] = `${docs[id] ?? ""} | ${terms.join(" | ")}`;
  }
  return docs;
}

export interface CodeStoreOptions {
  /** Tabular notes: inclusion terms and includes notes become search words (read only when no shipped word index fits). */
  notes?: () => Record<string, NoteSet>;
  /** The leading entries are the ICD-10-CM table, in key order, with what it already knows. */
  icd?: SortedIcdFacts;
  /** The word index the builder computed for these entries (used when it fits). */
  shipped?: SearchIndexArtifact;
}

/**
 * Entry ids in key order: the rest sorted, then merged into the already sorted ICD-10-CM run
 * (comparing key strings; keys shared by two systems fall back to the full comparison).
 */
function keyOrder(entries: IndexedCode[], icdKeys: readonly string[]): Int32Array {
  const sorted = icdKeys.length;
  const rest: number[] = [];
  for (let r = sorted; r < entries.length; r++) rest.push(r);
  rest.sort((a, b) => compareKeys(entries[a], entries[b]));
  const restKeys = rest.map((r) => entries[r]?.key ?? "");
  const byKey = new Int32Array(entries.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < entries.length; k++) {
    const rk = restKeys[j];
    const ik = icdKeys[i];
    const takeRest = ik === undefined || (rk !== undefined && (rk < ik || (rk === ik && compareKeys(entries[rest[j] ?? 0], entries[i]) < 0)));
    byKey[k] = takeRest ? (rest[j] ?? 0) : i;
    if (takeRest) j++; else i++;
  }
  return byKey;
}

export function buildCodeStore(entries: IndexedCode[], options: CodeStoreOptions = {}): CodeStore {
  const { notes = () => ({}), shipped, icd } = options;
  const byKey = keyOrder(entries, icd?.keys ?? []);
  const parent = icd ? withParents(entries.length, icd.parents) : buildParents(entries, byKey);
  const { preference, titleLength, order } = rankingFacts(entries, icd);
  return {
    entries,
    words: shipped?.docs === entries.length
      ? decodeWordIndex(shipped, parent, order)
      : buildWordIndex(documents({ entries, byKey }, notes()), parent, order),
    byKey,
    parent,
    seen: new Int32Array(entries.length),
    preference,
    titleLength,
    rankCache: new Map(),
  };
}

function lowerBoundKey(store: KeyedCodes, key: string): number {
  let lo = 0;
  let hi = store.byKey.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((store.entries[store.byKey[mid] ?? 0]?.key ?? "") < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Entry ids whose key starts with `prefix`, in key order. */
export function keyRange(store: KeyedCodes, prefix: string): [number, number] {
  return [lowerBoundKey(store, prefix), lowerBoundKey(store, `${prefix}\uffff`)];
}

export function findCode(store: KeyedCodes, system: string, key: string): number {
  for (let k = lowerBoundKey(store, key); k < store.byKey.length; k++) {
    const id = store.byKey[k] ?? 0;
    const entry = store.entries[id];
    if (!entry || entry.key !== key) return -1;
    if (entry.system === system) return id;
  }
  return -1;
}
