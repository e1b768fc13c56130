import type { EditionInfo, HcpcsArtifact, Icd10CmArtifact, Icd10CmShortArtifact, OtherCodesArtifact } from "../artifacts/index.ts";
import { TableCodeList, type CodeList } from "./code-list.ts";
import { IcdTable } from "./icd-code.ts";
import type { SortedIcdFacts } from "./store-ranking.ts";
import { CPT, HCPCS, MODIFIER, PLACE_OF_SERVICE } from "../systems.ts";

export { icdCodes, withIcdDot } from "./icd-code.ts";

/** One code of any system, as the index holds it. */
export interface IndexedCode {
  readonly system: string;
  /** As written on a claim (ICD-10-CM with the dot). */
  readonly code: string;
  /** Upper case without the dot: what code-prefix search compares. */
  readonly key: string;
  readonly display: string;
  readonly shortDisplay?: string;
  /** display.length, when known without making the display. */
  readonly displayLength?: number;
  /** ICD-10-CM: edition flags (see Icd10CmArtifact.flags). */
  readonly mask?: number;
  /** HCPCS: first and last valid date (ISO). */
  added?: string;
  end?: string;
  /** Extra words to find it by (inclusion terms). */
  synonyms?: string[];
  /** Where the display comes from, for codes added at run time. */
  origin?: "label" | "emr" | "licensed" | "terminology-server";
}

export function hcpcsCodes(artifact: HcpcsArtifact): IndexedCode[] {
  return artifact.codes.map((c) => {
    const entry: IndexedCode = { system: HCPCS, code: c.code, key: c.code, display: c.long, shortDisplay: c.short, added: c.added };
    if (c.end !== undefined) entry.end = c.end;
    return entry;
  });
}

/** Modifiers (curated first, then the other Level II ones), POS codes, E/M numbers with our labels. */
export function otherCodes(other: OtherCodesArtifact, hcpcs: HcpcsArtifact): IndexedCode[] {
  const curated = new Set(other.modifiers.map((m) => m.code));
  const modifiers: IndexedCode[] = [
    ...other.modifiers.map((m) => ({ system: MODIFIER, code: m.code, key: m.code, display: m.display })),
    ...hcpcs.modifiers.filter((m) => !curated.has(m.code)).map((m) => {
      const entry: IndexedCode = { system: MODIFIER, code: m.code, key: m.code, display: m.long, shortDisplay: m.short, added: m.added };
      if (m.end !== undefined) entry.end = m.end;
      return entry;
    }),
  ];
  const pos = other.placeOfService.codes.map((p) => ({ system: PLACE_OF_SERVICE, code: p.code, key: p.code, display: p.display }));
  const em = other.evaluationAndManagement
    .filter((e) => e.system === "cpt")
    .map((e): IndexedCode => ({ system: CPT, code: e.code, key: e.code, display: e.label, origin: "label" }));
  return [...modifiers, ...pos, ...em];
}

/** Validity of ICD-10-CM edition flags in an edition: 0 not in it, 1 a header, 2 billable. */
export function maskValidity(mask: number, editionIndex: number): 0 | 1 | 2 {
  if ((mask & (1 << (2 * editionIndex))) === 0) return 0;
  return (mask & (1 << (2 * editionIndex + 1))) !== 0 ? 2 : 1;
}

/** Validity of a code on a date: 0 not in the code set, 1 valid but not billable (header), 2 billable. */
export function validityOn(entry: IndexedCode, editionIndex: number, date: string | undefined): 0 | 1 | 2 {
  if (entry.mask !== undefined) return maskValidity(entry.mask, editionIndex);
  if (date !== undefined && entry.added !== undefined && date < entry.added) return 0;
  if (date !== undefined && entry.end !== undefined && date > entry.end) return 0;
  return 2;
}

/** Edition ids a code belongs to. */
export function editionsOf(entry: IndexedCode, editions: readonly EditionInfo[], hcpcsRelease: string): string[] {
  if (entry.mask !== undefined) return editions.filter((_, e) => ((entry.mask ?? 0) & (1 << (2 * e))) !== 0).map((e) => e.id);
  if (entry.system === HCPCS || entry.added !== undefined) return [`HCPCS ${hcpcsRelease}`];
  return [];
}

/** The shipped codes in index order: ICD-10-CM (sorted), HCPCS, then modifiers, POS and E/M numbers. */
/** `table`: the ICD-10-CM table of `icd10cm` when it was already built (loading builds it while other files inflate). */
export function shippedCodes(icd10cm: Icd10CmArtifact, icd10cmShort: Icd10CmShortArtifact | undefined, hcpcs: HcpcsArtifact, other: OtherCodesArtifact, table = new IcdTable(icd10cm)): { entries: CodeList; icd: SortedIcdFacts } {
  // Until the short titles arrive (table.titles.useShortTitles), a short title is the long one.
  if (icd10cmShort) table.titles.useShortTitles(icd10cmShort);
  const entries = new TableCodeList(table, [...hcpcsCodes(hcpcs), ...otherCodes(other, hcpcs)]);
  return { entries, icd: { keys: table.keys, parents: table.titles.parents, titleLength: table.titles.longLength } };
}
