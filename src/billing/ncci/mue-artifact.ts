import { createMueTable, type MueAdjudicationIndicator, type MueEntry, type MueTable } from "./mue-table.ts";

/** The committed MUE artifact (JSON, then gzip): codes, values and MAIs, no descriptors. */
export interface MueArtifact {
  format: "MUE1";
  edition: string;
  effectiveDate: string;
  rationales: string[];
  /** [code, value, mai, rationale index] sorted by code. */
  entries: [string, number, MueAdjudicationIndicator, number][];
}

/** Deterministic JSON text for a MUE artifact (entries sorted by code). */
export function encodeMueArtifact(edition: string, effectiveDate: string, entries: MueEntry[]): string {
  const rationales = [...new Set(entries.map((entry) => entry.rationale))].sort();
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const artifact: MueArtifact = {
    format: "MUE1",
    edition,
    effectiveDate,
    rationales,
    entries: sorted.map((entry) => [entry.code, entry.value, entry.mai, rationales.indexOf(entry.rationale)]),
  };
  return JSON.stringify(artifact);
}

export function decodeMueArtifact(text: string): MueTable {
  const artifact = JSON.parse(text) as MueArtifact;
  if (artifact.format !== "MUE1") throw new Error("Not a MUE artifact");
  const entries = artifact.entries.map(([code, value, mai, rationale]) => ({
    code,
    value,
    mai,
    rationale: artifact.rationales[rationale] ?? "",
  }));
  return createMueTable(artifact.edition, artifact.effectiveDate, entries);
}
