import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";

/** Billable ICD-10-CM leaves the non-ICD rule tests use. Replaced by the real index when it lands. */
const LEAVES = ["E11.9", "I10", "M17.11", "M25.561", "J06.9", "Z00.00", "E78.5", "L03.115", "Z23", "R05.9", "M54.50", "L82.1", "Z00.129"];

export async function loadScrubIndex(): Promise<CodeIndex> {
  return {
    search: () => [],
    lookup: (system, code): CodeEntry | undefined =>
      LEAVES.includes(code)
        ? { system, code, display: code, billable: true, children: [], validOnDate: true, editions: ["FY2026"], notes: {} }
        : undefined,
  };
}
