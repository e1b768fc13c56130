import type { NoteSet, SearchIndexArtifact } from "./artifact-format.ts";
import type { IndexedCode } from "./code-table.ts";
import { COMMON_CODES } from "./common-codes.ts";
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

const COMMON_KEYS: ReadonlySet<string> = new Set([...COMMON_CODES].map((c) => c.replace(".", "")));

/** 7th characters of subsequent encounters and sequelae (A = initial encounter ranks ahead). */
const LATER_ENCOUNTER = "DGHJKMNPQRS";

/**
 * Documents best-first by what ranking knows before the query (preference, then shorter title),
 * ties by id: postings follow this order, so a scan can stop once the rest cannot enter the top.
 * A counting sort: the key has at most 4,000 values.
 */
function staticOrder(preference: Int8Array, titleLength: Uint16Array): Int32Array {
  const key = (d: number): number => (2 - (preference[d] ?? 0)) * 1000 + Math.min(titleLength[d] ?? 0, 999);
  const counts = new Int32Array(4001);
  for (let d = 0; d < preference.length; d++) { const k = key(d) + 1; counts[k] = (counts[k] ?? 0) + 1; }
  for (let k = 0; k < 4000; k++) counts[k + 1] = (counts[k + 1] ?? 0) + (counts[k] ?? 0);
  const order = new Int32Array(preference.length);
  for (let d = 0; d < preference.length; d++) { const k = key(d); order[counts[k] ?? 0] = d; counts[k] = (counts[k] ?? 0) + 1; }
  return order;
}

function preferences(entries: IndexedCode[]): Int8Array {
  const out = new Int8Array(entries.length);
  entries.forEach((e, i) => {
    if (e.mask === undefined) return;
    if (COMMON_KEYS.has(e.key)) out[i] = 2;
    else if (e.key.length === 7 && LATER_ENCOUNTER.includes(e.key.charAt(6))) out[i] = -1;
  });
  return out;
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
  const parent = new Int32Array(count).fill(-1);
  parent.set(icdParents);
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
  /** How many leading entries are already in key order (ICD-10-CM from the artifact). */
  sortedPrefix?: number;
  /** The word index the builder computed for these entries (used when it fits). */
  shipped?: SearchIndexArtifact;
  /** Parents of the leading ICD-10-CM entries, when already known. */
  icdParents?: Int32Array;
}

export function buildCodeStore(entries: IndexedCode[], options: CodeStoreOptions = {}): CodeStore {
  const { notes = () => ({}), sortedPrefix = 0, shipped, icdParents } = options;
  const rest = entries.map((_, i) => i).slice(sortedPrefix).sort((a, b) => compareKeys(entries[a], entries[b]));
  const byKey = new Int32Array(entries.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < entries.length; k++) {
    const r = rest[j];
    const takeRest = i >= sortedPrefix || (r !== undefined && compareKeys(entries[r], entries[i]) < 0);
    byKey[k] = takeRest ? (r ?? 0) : i;
    if (takeRest) j++; else i++;
  }
  const parent = icdParents ? withParents(entries.length, icdParents) : buildParents(entries, byKey);
  const preference = preferences(entries);
  const titleLength = Uint16Array.from(entries, (e) => Math.min(e.displayLength ?? e.display.length, 65535));
  const order = staticOrder(preference, titleLength);
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
