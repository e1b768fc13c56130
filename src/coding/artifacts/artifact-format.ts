/**
 * Shapes of the committed code-set artifacts (public/codesets/*.codeset.gz, in the byte container
 * of artifact-container.ts), written by scripts/build-codesets.ts and read by the code index.
 * Bump ARTIFACT_FORMAT when a shape changes.
 */

import type { TabularNotes } from "../code-index.ts";

export const ARTIFACT_FORMAT = 3;

export const ARTIFACT_FILES = {
  // In the order loading asks for them: what search needs first, lookup-only data last.
  icd10cm: "icd10cm.codeset.gz",
  search: "search-index.codeset.gz",
  hcpcs: "hcpcs.codeset.gz",
  other: "other-codes.codeset.gz",
  icd10cmShort: "icd10cm-short.codeset.gz",
  notes: "icd10cm-notes.codeset.gz",
} as const;

export type ArtifactName = keyof typeof ARTIFACT_FILES;

/** One ICD-10-CM fiscal-year edition (FY runs Oct 1 - Sep 30). */
export interface EditionInfo {
  id: string;
  /** First and last date of service (ISO) the edition covers. */
  start: string;
  end: string;
  source: string;
}

/**
 * ICD-10-CM, every edition in one table: each code once, sorted, without the dot.
 * Columns are newline-joined strings (compact and fast to parse).
 */
export interface Icd10CmArtifact {
  format: number;
  kind: "icd10cm";
  editions: EditionInfo[];
  /** Codes without the dot, sorted, newline-joined. */
  codes: string;
  /**
   * One character per code: a hex digit whose bit 2*e is "exists in edition e" and bit 2*e+1
   * "billable in edition e" (editions in the order of `editions`).
   */
  flags: string;
  /**
   * Long titles in the newest edition holding the code, newline-joined. A title that begins with
   * its parent's title (parent = nearest shorter code that prefixes it) is stored as "~" + the rest.
   */
  long: string;
  /** Titles in older editions where they differ from the newest. */
  older: { code: string; edition: string; long: string; short: string }[];
}

/**
 * The ICD-10-CM short titles, in a file of their own so it inflates in parallel with the long
 * titles, and kept as bytes until a lookup first reads a short title (search never does).
 */
export interface Icd10CmShortArtifact {
  format: number;
  kind: "icd10cm-short";
  /**
   * UTF-8 of the short titles in the order of Icd10CmArtifact.codes, newline-joined, front-coded
   * like the long titles; empty where equal to the long title.
   */
  short: Uint8Array;
}

/** The notes of one code as stored: the TabularNotes a lookup gives, plus what the Tabular XML calls them. */
export interface NoteSet extends Omit<TabularNotes, "seventhCharacters"> {
  notes?: string[];
  sevenChrNote?: string[];
  sevenChrDef?: { char: string; meaning: string }[];
}

/** Tabular List notes keyed by code without the dot, for codes in some shipped edition. */
export interface TabularNotesArtifact {
  format: number;
  kind: "icd10cm-notes";
  /** Fiscal year of the Tabular XML the notes come from, e.g. "FY2023". */
  fiscalYear: string;
  source: string;
  /**
   * The notes as JSON text of a Record<code without the dot, NoteSet>: only lookups read them,
   * so the index parses them on the first lookup, not while loading.
   */
  notesJson: string;
}

export interface HcpcsCode {
  code: string;
  long: string;
  short: string;
  /** ISO dates; `end` is the termination date (last valid date), absent when open. */
  added: string;
  end?: string;
}

export interface HcpcsArtifact {
  format: number;
  kind: "hcpcs";
  release: string;
  source: string;
  codes: HcpcsCode[];
  modifiers: HcpcsCode[];
}

export interface SimpleCode {
  code: string;
  display: string;
  definition?: string;
}

export interface CuratedModifier extends SimpleCode {
  /** "cpt" modifiers are AMA numbers with our own words; "hcpcs" are CMS Level II. */
  origin: "cpt" | "hcpcs";
  /** NCCI-associated: may bypass a PTP edit with modifier indicator 1. */
  ncciBypass: boolean;
}

export interface EmCode {
  code: string;
  /** Our own short label (never the AMA descriptor). */
  label: string;
  group: "office-new" | "office-established" | "prolonged" | "preventive-new" | "preventive-established";
  system: "cpt" | "hcpcs";
}

export interface OtherCodesArtifact {
  format: number;
  kind: "other";
  placeOfService: { version: string; source: string; codes: SimpleCode[] };
  modifiers: CuratedModifier[];
  evaluationAndManagement: EmCode[];
}

/** The word index of the shipped codes (see word-index-codec.ts), so loading needs no tokenising. */
export interface SearchIndexArtifact {
  format: number;
  kind: "search-index";
  /** Number of documents: must equal the number of shipped codes in index order. */
  docs: number;
  /** Number of (document, word) pairs, so loading sizes its arrays once. */
  words: number;
  /** Sorted vocabulary, newline-joined. */
  vocab: string;
  /** Word ids per document as base-128 varints (a binary column). */
  ids: Uint8Array;
}
