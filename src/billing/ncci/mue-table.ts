/**
 * Medically Unlikely Edits: the most units of a code one provider reports for one
 * patient on one date of service, with the MUE adjudication indicator (MAI):
 * 1 = per claim line, 2 = per date of service (policy, absolute), 3 = per date of
 * service (clinical, may be appealed with documentation).
 */
export type MueAdjudicationIndicator = 1 | 2 | 3;

export interface MueEntry {
  code: string;
  /** Most units of service allowed (0 means not payable on this claim type). */
  value: number;
  mai: MueAdjudicationIndicator;
  /** CMS MUE rationale category, e.g. "Anatomic Consideration" (CMS text, no CPT descriptors). */
  rationale: string;
}

export interface MueTable {
  /** Human label of the loaded edition, e.g. "Practitioner MUE 2026 Q2 (2026-04-01)". */
  edition: string;
  /** First date of service the edition applies to (YYYY-MM-DD). */
  effectiveDate: string;
  size: number;
  lookup(code: string): MueEntry | undefined;
}

/** Wraps entries (any order; later duplicates win) in a MueTable. */
export function createMueTable(edition: string, effectiveDate: string, entries: Iterable<MueEntry>): MueTable {
  const byCode = new Map<string, MueEntry>();
  for (const entry of entries) byCode.set(entry.code, entry);
  return {
    edition,
    effectiveDate,
    size: byCode.size,
    lookup: (code) => byCode.get(code),
  };
}

/** Reads "3 Date of Service Edit: Clinical" (or a bare "3") as an MAI. */
export function parseMai(text: string): MueAdjudicationIndicator | undefined {
  const digit = text.trim().charAt(0);
  return digit === "1" || digit === "2" || digit === "3" ? (Number(digit) as MueAdjudicationIndicator) : undefined;
}
