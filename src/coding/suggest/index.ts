/**
 * Diagnosis suggestions from the chart, the claim's diagnoses and their pointers, and the accuracy
 * measure the evaluations use.
 * Other folders and packages import from here.
 */
export { invalidAcceptedCodes, measureSuggestions, type SuggestionAccuracy, type SuggestionCase } from "./evaluate-suggestions.ts";
export { isVisitCode, linkDiagnosisPointers, linksNewDiagnosis, type PointerDiagnosis, type PointerHints, type PointerLine, pointersForAddedLine } from "./link-diagnosis-pointers.ts";
export { type EncounterCondition, MAX_CLAIM_DIAGNOSES, proposeClaimDiagnoses, type ProposedDiagnosis } from "./propose-claim-diagnoses.ts";
export { type DiagnosisSuggestion, suggestDiagnoses, type SuggestOptions } from "./suggest-diagnoses.ts";
export { isUncertain } from "./uncertain-diagnoses.ts";
