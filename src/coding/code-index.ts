/**
 * The contract of the code index: search and lookup over ICD-10-CM, HCPCS Level II
 * and CPT (numbers only, plus descriptors a licensed practice imports).
 * Benchmarks and evaluations call it; keep it stable.
 */

export type CodeSystemUri = string;

export interface CodeHit {
  /** FHIR system URI (ICD10CM, HCPCS, CPT from ./systems). */
  system: CodeSystemUri;
  /** ICD-10-CM codes written with the dot (E11.9). */
  code: string;
  display: string;
  /** A leaf that may go on a claim on the date searched for. */
  billable: boolean;
}

export interface SearchOptions {
  systems?: CodeSystemUri[];
  /** ISO date (YYYY-MM-DD); picks the fiscal-year code set. Default: today's code set (newest). */
  dateOfService?: string;
  billableOnly?: boolean;
  limit?: number;
}

export interface TabularNotes {
  inclusionTerms?: string[];
  includes?: string[];
  excludes1?: string[];
  excludes2?: string[];
  codeFirst?: string[];
  useAdditionalCode?: string[];
  codeAlso?: string[];
  /** 7th-character definitions in force for this code (inherited from its category). */
  seventhCharacters?: { char: string; meaning: string }[];
}

export interface CodeEntry extends CodeHit {
  shortDisplay?: string;
  parent?: string;
  children: string[];
  /** Valid (and, for ICD-10-CM, billable as a leaf) on the date asked about. */
  validOnDate: boolean;
  /** Fiscal years / code-set editions in which the code exists, e.g. ["FY2025","FY2026"]. */
  editions: string[];
  notes: TabularNotes;
  /** The edition the notes come from, e.g. "FY2023 Tabular". */
  notesEdition?: string;
}

export interface CodeIndex {
  search(text: string, options?: SearchOptions): CodeHit[];
  lookup(system: CodeSystemUri, code: string, dateOfService?: string): CodeEntry | undefined;
}
