/**
 * The fixed, committed query sets the in-process code-search latency is timed on: real clinical
 * phrasings as the search box receives them, not text made from the index's own titles.
 * - browser: the browser benchmark's searches (scripts/bench-browser.ts): each first phrase whole
 *   (it is filled in at once) and every keystroke of each typed query;
 * - held-out typed: every keystroke of the clinician phrasings of the suggestion held-out set
 *   (test/fixtures/suggest/held-out-set.json, never tuned on);
 * - held-out whole: the same phrasings, whole (pasted, or the last keystroke).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SearchOptions } from "../src/coding/code-index.ts";
import { CPT, HCPCS, ICD10CM } from "../src/coding/systems.ts";

export const HELD_OUT_FILE = "test/fixtures/suggest/held-out-set.json";

/** What the search box asks the code worker (src/ui/coding/use-code-search.ts, scope "all"), on a FY2026 date of service. */
export const SEARCH_BOX_OPTIONS: SearchOptions = { systems: [ICD10CM, CPT, HCPCS], dateOfService: "2025-10-01", limit: 12 };

/** The texts searched while `text` is typed key by key: every prefix but blank ones (the box does not search blank text). */
export function keystrokePrefixes(text: string): string[] {
  const prefixes: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    const prefix = text.slice(0, end);
    if (prefix.trim() !== "") prefixes.push(prefix);
  }
  return prefixes;
}

/** The held-out set's phrasings, in the file's order. */
export function heldOutPhrasings(): string[] {
  const file = resolve(import.meta.dirname, "..", HELD_OUT_FILE);
  return (JSON.parse(readFileSync(file, "utf8")) as { items: { text: string }[] }).items.map((item) => item.text);
}

export interface SearchQuerySets {
  browser: string[];
  heldOutTyped: string[];
  heldOutWhole: string[];
}

/** The sets, given the browser benchmark's first phrases (searched whole) and typed queries (searched key by key). */
export function searchQuerySets(firstPhrases: readonly string[], typedQueries: readonly string[]): SearchQuerySets {
  const heldOut = heldOutPhrasings();
  return {
    browser: [...firstPhrases, ...typedQueries.flatMap(keystrokePrefixes)],
    heldOutTyped: heldOut.flatMap(keystrokePrefixes),
    heldOutWhole: heldOut,
  };
}
