/** Public API of the code sets and code search. Benchmarks and evaluations call it; keep it stable. */
export type { CodeEntry, CodeHit, CodeIndex, CodeSystemUri, SearchOptions, TabularNotes } from "./code-index.ts";
export * from "./systems.ts";
export type { CuratedModifier, EditionInfo, EmCode, SimpleCode } from "./artifact-format.ts";
export type { CodeArtifacts } from "./code-artifacts.ts";
export { createCodeIndex, DEFAULT_LIMIT, DEFAULT_SYSTEMS, type LoadedCodeIndex } from "./create-code-index.ts";
export type { AddedCode } from "./dynamic-codes.ts";
export { editionForDate, type EditionChoice } from "./editions.ts";
export { loadCodeIndex, readCodeArtifacts, type CodeSetSource, type LoadCodeIndexOptions } from "./load-code-index.ts";
export type { IndexedCodeEntry } from "./lookup-code.ts";
export { noteCodeRefs, type NoteCodeRef } from "./tabular-notes.ts";
export { parseCptDescriptorCsv, type CptDescriptorImport, type CsvProblem } from "./cpt-descriptor-csv.ts";
export {
  buildExpandUrl, buildLookupUrl, mergeRemoteHits, parseExpandResponse, parseLookupResponse, type TerminologyResult,
} from "./terminology-server.ts";
export { createWorkerCodeIndex, type AsyncCodeIndex, type MessagePortLike } from "./worker-code-index.ts";
export { spawnCodeIndexWorker } from "./spawn-code-index-worker.ts";
export type { CodeIndexInfo } from "./code-index-protocol.ts";
export { CURATED_MODIFIERS } from "./curated-modifiers.ts";
export { EM_CODES } from "./em-codes.ts";
