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
export { CURATED_MODIFIERS } from "./curated-modifiers.ts";
export { EM_CODES } from "./em-codes.ts";

// Diagnosis suggestions, E/M level and the practice fee schedule (issue 4).
export { suggestDiagnoses, type DiagnosisSuggestion, type SuggestOptions } from "./suggest/suggest-diagnoses.ts";
export { proposeClaimDiagnoses, MAX_CLAIM_DIAGNOSES, type EncounterCondition, type ProposedDiagnosis } from "./suggest/propose-claim-diagnoses.ts";
export { linkDiagnosisPointers, isVisitCode, type PointerLine, type PointerDiagnosis, type PointerHints } from "./suggest/link-diagnosis-pointers.ts";
export { measureSuggestions, invalidAcceptedCodes, type SuggestionCase, type SuggestionAccuracy } from "./suggest/evaluate-suggestions.ts";
export { classifyPatientStatus, type PatientStatusContext, type PatientStatusResult } from "./em/patient-status.ts";
export { emByTime, visitMinutes } from "./em/em-by-time.ts";
export { emByMdm, mdmLevel, type MdmElements } from "./em/em-by-mdm.ts";
export { prolongedService, type ProlongedService } from "./em/prolonged-service.ts";
export { preventiveCode, type PreventiveVisit } from "./em/preventive-code.ts";
export { OFFICE_LEVELS, MDM_LEVELS, higherLevel, type PatientStatus, type MdmLevel, type OfficeLevel, type EmChoice } from "./em/em-levels.ts";
export { feeFor, type FeeSchedule, type Fee, type FeeLookup } from "./fee-schedule/fee-schedule.ts";
export { parseFeeSchedule, type FeeScheduleParse } from "./fee-schedule/parse-fee-schedule.ts";
