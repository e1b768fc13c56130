import type { CodeList } from "./code-list.ts";
import { COMMON_CODES } from "./common-codes.ts";

/** What ranking knows of each entry before any query. */
export interface RankingFacts {
  /** +2 a commonly reported code, -1 a later-encounter 7th character. */
  preference: Int8Array;
  titleLength: Uint16Array;
  /** Documents best-first by preference, then shorter title, ties by id (postings follow it). */
  order: Int32Array;
}

/** The leading ICD-10-CM entries as the code table already knows them (so no entry is asked). */
export interface SortedIcdFacts {
  /** Keys without the dot, in order: entries[0 .. keys.length). */
  keys: readonly string[];
  parents: Int32Array;
  /** Length of each long title. */
  titleLength: Int32Array;
}

const COMMON_KEYS: ReadonlySet<string> = new Set([...COMMON_CODES].map((c) => c.replace(".", "")));

/** 7th characters of subsequent encounters and sequelae (A = initial encounter ranks ahead). */
const LATER_ENCOUNTER = "DGHJKMNPQRS";

/** -1 for a later-encounter 7th character (commonly reported codes get +2 afterwards). */
function encounterPreference(key: string): number {
  return key.length === 7 && LATER_ENCOUNTER.includes(key.charAt(6)) ? -1 : 0;
}

/** Counting sort of the ranking key (at most 4,000 values). */
function staticOrder(preference: Int8Array, titleLength: Uint16Array): Int32Array {
  const n = preference.length;
  const keys = new Int16Array(n);
  const counts = new Int32Array(4001);
  for (let d = 0; d < n; d++) {
    const k = (2 - (preference[d] ?? 0)) * 1000 + Math.min(titleLength[d] ?? 0, 999);
    keys[d] = k;
    counts[k + 1] = (counts[k + 1] ?? 0) + 1;
  }
  for (let k = 0; k < 4000; k++) counts[k + 1] = (counts[k + 1] ?? 0) + (counts[k] ?? 0);
  const order = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const k = keys[d] ?? 0;
    order[counts[k] ?? 0] = d;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return order;
}

/** Ranking facts of every entry; the leading ICD-10-CM ones come from `icd` when given. `findIcd` finds an ICD-10-CM key's id (or -1). */
export function rankingFacts(entries: CodeList, findIcd: (key: string) => number, icd?: SortedIcdFacts): RankingFacts {
  const preference = new Int8Array(entries.length);
  const titleLength = new Uint16Array(entries.length);
  const known = icd?.keys.length ?? 0;
  for (let i = 0; i < known; i++) {
    preference[i] = encounterPreference(icd?.keys[i] ?? "");
    titleLength[i] = Math.min(icd?.titleLength[i] ?? 0, 65535);
  }
  for (let i = known; i < entries.length; i++) {
    const e = entries.at(i);
    if (!e) continue;
    if (e.mask !== undefined) preference[i] = encounterPreference(e.key);
    titleLength[i] = Math.min(e.displayLength ?? e.display.length, 65535);
  }
  for (const key of COMMON_KEYS) {
    const id = findIcd(key);
    if (id >= 0) preference[id] = 2;
  }
  return { preference, titleLength, order: staticOrder(preference, titleLength) };
}
