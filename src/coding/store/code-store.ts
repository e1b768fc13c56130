import type { NoteSet, SearchIndexArtifact } from "../artifacts/index.ts";
import type { CodeList } from "./code-list.ts";
import { rankingFacts, type SortedIcdFacts } from "./store-ranking.ts";
import { ICD10CM } from "../systems.ts";
import { buildWordIndex, type WordIndex } from "./word-index.ts";
import { decodeWordIndex } from "./word-index-codec.ts";

/** A searchable set of codes: words, codes sorted by key, and (for ICD-10-CM) the hierarchy. */
export interface CodeStore {
  entries: CodeList;
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

function compareKeys(entries: CodeList, a: number, b: number): number {
  const ka = entries.keyOf(a);
  const kb = entries.keyOf(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const sa = entries.systemOf(a);
  const sb = entries.systemOf(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function withParents(count: number, icdParents: Int32Array): Int32Array {
  const parent = new Int32Array(count);
  parent.set(icdParents);
  parent.fill(-1, icdParents.length);
  return parent;
}

/** Parents from prefixes: in key order an ancestor stays on the stack while it prefixes the key. */
function buildParents(entries: CodeList, byKey: Int32Array): Int32Array {
  const parent = new Int32Array(entries.length).fill(-1);
  const stack: number[] = [];
  for (const id of byKey) {
    if (entries.maskOf(id) === undefined) continue;
    const key = entries.keyOf(id);
    while (stack.length > 0 && !key.startsWith(entries.keyOf(stack[stack.length - 1] ?? 0))) stack.pop();
    parent[id] = stack[stack.length - 1] ?? -1;
    stack.push(id);
  }
  return parent;
}

/** Text each entry is found by: its title, plus (ICD-10-CM) its inclusion terms and includes notes. */
function documents(store: KeyedCodes, notes: Record<string, NoteSet>): string[] {
  const docs = Array.from({ length: store.entries.length }, (_, id) => {
    const e = store.entries.at(id);
    return e?.synonyms ? [e.display, ...e.synonyms].join(" | ") : (e?.display ?? "");
  });
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
  /** What an earlier build of the same entries computed (builtParts), used when it fits. */
  built?: BuiltCodeStore;
}

/** The parts of a store computed from its entries (key order, hierarchy, ranking facts, words). */
export type BuiltCodeStore = Pick<CodeStore, "byKey" | "parent" | "preference" | "titleLength" | "words">;

/** What building `store` computed, to hand to a later build of the same entries. */
export function builtParts(store: CodeStore): BuiltCodeStore {
  const { byKey, parent, preference, titleLength, words } = store;
  return { byKey, parent, preference, titleLength, words };
}

function builtFits(built: BuiltCodeStore | undefined, count: number): built is BuiltCodeStore {
  if (!built) return false;
  const { byKey, parent, preference, titleLength, words } = built;
  return [byKey, parent, preference, titleLength].every((a) => a.length === count) && words.fwdOff.length === count + 1
    && words.postOff.length === words.vocab.length + 1 && words.post.length === words.fwd.length && words.fwd.length === (words.fwdOff[count] ?? -1);
}

/**
 * Entry ids in key order: the rest sorted, then merged into the already sorted ICD-10-CM run
 * (comparing key strings; keys shared by two systems fall back to the full comparison).
 */
function keyOrder(entries: CodeList, icdKeys: readonly string[]): Int32Array {
  const sorted = icdKeys.length;
  const rest: number[] = [];
  for (let r = sorted; r < entries.length; r++) rest.push(r);
  rest.sort((a, b) => compareKeys(entries, a, b));
  const restKeys = rest.map((r) => entries.keyOf(r));
  const byKey = new Int32Array(entries.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < entries.length; k++) {
    const rk = restKeys[j];
    const ik = icdKeys[i];
    const takeRest = ik === undefined || (rk !== undefined && (rk < ik || (rk === ik && compareKeys(entries, rest[j] ?? 0, i) < 0)));
    byKey[k] = takeRest ? (rest[j] ?? 0) : i;
    if (takeRest) j++; else i++;
  }
  return byKey;
}

export function buildCodeStore(entries: CodeList, options: CodeStoreOptions = {}): CodeStore {
  const { notes = () => ({}), shipped, icd, built } = options;
  if (builtFits(built, entries.length)) {
    const { byKey, parent, preference, titleLength, words } = built;
    return { entries, words, byKey, parent, seen: new Int32Array(entries.length), preference, titleLength, rankCache: new Map() };
  }
  const byKey = keyOrder(entries, icd?.keys ?? []);
  const parent = icd ? withParents(entries.length, icd.parents) : buildParents(entries, byKey);
  const { preference, titleLength, order } = rankingFacts(entries, (key) => findCode({ entries, byKey }, ICD10CM, key), icd);
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
    if (store.entries.keyOf(store.byKey[mid] ?? 0) < key) lo = mid + 1; else hi = mid;
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
    if (store.entries.keyOf(id) !== key) return -1;
    if (store.entries.systemOf(id) === system) return id;
  }
  return -1;
}
