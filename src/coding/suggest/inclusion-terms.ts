import type { CodeIndex } from "../code-index.ts";
import { ICD10CM } from "../systems.ts";

/**
 * The Tabular List's inclusion terms that apply to a code: its own and its ancestors'
 * ("Hyperthyroidism NOS" under E05.9 covers E05.90). They are the code set's own synonyms.
 * `clinical` adds the clinical terms found in the condition's text, by the code they name
 * (clinical-terms.ts); a header's reach its leaves the same way.
 * `cache` holds each code's terms (own + inherited) for the duration of one suggestion.
 */
export function inclusionTermsOf(
  index: CodeIndex,
  code: string,
  dateOfService: string | undefined,
  cache: Map<string, string[]>,
  clinical: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const known = cache.get(code);
  if (known) return known;
  const entry = index.lookup(ICD10CM, code, dateOfService);
  const own = [...(entry?.notes.inclusionTerms ?? []), ...(clinical.get(code) ?? [])];
  const inherited = entry?.parent ? inclusionTermsOf(index, entry.parent, dateOfService, cache, clinical) : [];
  const terms = [...own, ...inherited];
  cache.set(code, terms);
  return terms;
}
