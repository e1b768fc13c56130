/** Public API of the code sets and code search. Benchmarks and evaluations call it; keep it stable. */
export type { CodeEntry, CodeHit, CodeIndex, CodeSystemUri, SearchOptions, TabularNotes } from "./code-index.ts";
export * from "./systems.ts";

// Code-set artifacts and the stores built from them.
export type { CuratedModifier, EditionInfo, EmCode, SimpleCode, CodeArtifacts } from "./artifacts/index.ts";
export { editionForDate, type EditionChoice } from "./artifacts/index.ts";
export type { AddedCode } from "./store/index.ts";
export { parseCptDescriptorCsv, type CptDescriptorImport, type CsvProblem } from "./store/index.ts";
export { CURATED_MODIFIERS } from "./store/index.ts";
export { noteCodeRefs, type NoteCodeRef } from "./conventions/index.ts";

// The code index: loading, search, lookup, terminology servers.
export { createCodeIndex, DEFAULT_LIMIT, DEFAULT_SYSTEMS, type LoadedCodeIndex } from "./search/index.ts";
export { loadCodeIndex, readCodeArtifacts, type CodeSetSource, type LoadCodeIndexOptions } from "./search/index.ts";
export type { IndexedCodeEntry } from "./search/index.ts";
export {
  buildExpandUrl, buildLookupUrl, mergeRemoteHits, parseExpandResponse, parseLookupResponse, type TerminologyResult,
} from "./search/index.ts";

// Diagnosis suggestions, E/M level and the practice fee schedule.
export { suggestDiagnoses, type DiagnosisSuggestion, type SuggestOptions } from "./suggest/index.ts";
export { proposeClaimDiagnoses, MAX_CLAIM_DIAGNOSES, type EncounterCondition, type ProposedDiagnosis } from "./suggest/index.ts";
export { linkDiagnosisPointers, isVisitCode, type PointerLine, type PointerDiagnosis, type PointerHints } from "./suggest/index.ts";
export { measureSuggestions, invalidAcceptedCodes, type SuggestionCase, type SuggestionAccuracy } from "./suggest/index.ts";
export { EM_CODES } from "./em/index.ts";
export { classifyPatientStatus, type PatientStatusContext, type PatientStatusResult } from "./em/index.ts";
export { emByTime, visitMinutes } from "./em/index.ts";
export { emByMdm, mdmLevel, type MdmElements } from "./em/index.ts";
export { prolongedService, type ProlongedService } from "./em/index.ts";
export { preventiveCode, type PreventiveVisit } from "./em/index.ts";
export { OFFICE_LEVELS, MDM_LEVELS, higherLevel, type PatientStatus, type MdmLevel, type OfficeLevel, type EmChoice } from "./em/index.ts";
export { feeFor, type FeeSchedule, type Fee, type FeeLookup } from "./fee-schedule/index.ts";
export { parseFeeSchedule, type FeeScheduleParse } from "./fee-schedule/index.ts";
