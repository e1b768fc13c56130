/**
 * The export path (the EHR keeps no claims and no billing store is configured): which generation
 * of the claim file to write, from what this browser exported before. An unchanged claim is the
 * same generation again (a re-download); a changed one is the next generation, a replacement of
 * the one exported before.
 */
export interface ExportedBefore {
  generation: number;
  /** draftContentHash of the claim exported then. */
  contentHash: string;
}

/** The generation the file replaces (0: none, an original) and the generation it is. */
export function exportGeneration(before: ExportedBefore | undefined, contentHash: string): { prior: number; generation: number } {
  if (!before) return { prior: 0, generation: 1 };
  if (before.contentHash === contentHash) return { prior: before.generation - 1, generation: before.generation };
  return { prior: before.generation, generation: before.generation + 1 };
}
