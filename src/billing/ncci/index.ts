/**
 * NCCI edit tables for the scrubber (browser-safe). Node callers read the shipped files with
 * `readNcciDirectory` from ./read-ncci-node.ts, which is deliberately not re-exported here.
 */
export { loadNcciEdits, fetchNcciArtifacts, gunzipIfNeeded, type NcciEdits, type ReadArtifact } from "./load-ncci.ts";
export { describeNcciEditions, type NcciEditionLabels } from "./ncci-edition-labels.ts";
export * from "./ncci-editions.ts";
export { createMueTable, type MueAdjudicationIndicator, type MueEntry, type MueTable } from "./mue-table.ts";
export { parseMueCsv } from "./mue-cms.ts";
export { createPtpTable, isPtpEditInForce, type PtpEdit, type PtpTable } from "./ptp-table.ts";
export { parsePtpFile } from "./ptp-cms.ts";
export { decodePtpArtifact } from "./ptp-compact-table.ts";
export { decodeMueArtifact } from "./mue-artifact.ts";
