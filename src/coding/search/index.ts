/**
 * The code index: creating and loading it, code and word search, lookup by code, and merging a
 * terminology server's answers.
 * Other folders and packages import from here.
 */
export { ABBREVIATIONS } from "./abbreviations.ts";
export { type BuiltIndexParts, createCodeIndex, createCodeIndexWithParts, DEFAULT_LIMIT, DEFAULT_SYSTEMS, type LoadedCodeIndex } from "./create-code-index.ts";
export { type CodeSetSource, gunzipArtifact, loadCodeIndex, type LoadCodeIndexOptions, readCodeArtifacts } from "./load-code-index.ts";
export type { IndexedCodeEntry } from "./lookup-code.ts";
export { buildExpandUrl, buildLookupUrl, mergeRemoteHits, parseExpandResponse, parseLookupResponse, type TerminologyResult } from "./terminology-server.ts";
