import type { CodeEntry, CodeIndex } from "../code-index.ts";

/**
 * The index with its lookups kept for the duration of one suggestion: the candidates' leaves,
 * synonyms and neighbourhoods look the same codes up again and again, and a lookup builds the
 * whole entry (children, inherited Tabular notes).
 */
export function withLookupCache(index: CodeIndex): CodeIndex {
  const entries = new Map<string, CodeEntry | undefined>();
  return {
    search: (text, options) => index.search(text, options),
    lookup: (system, code, dateOfService) => {
      const key = `${system}|${code}|${dateOfService ?? ""}`;
      if (entries.has(key)) return entries.get(key);
      const entry = index.lookup(system, code, dateOfService);
      entries.set(key, entry);
      return entry;
    },
  };
}
