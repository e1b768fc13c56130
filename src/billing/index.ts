/**
 * Public API of the billing domain: the claim draft, the scrubber, the FHIR builders and the
 * write path, claim status from ClaimResponse/EOB, and the X12 837P export. Pure: no I/O.
 * Benchmarks and evaluations call it; keep it stable.
 */
export type { ClaimDraft, DraftDiagnosis, DraftLine } from "./claim-draft.ts";
export { CLAIM_RULE_SYSTEM } from "./claim-rule.ts";
export { applyDraftAction, MAX_DIAGNOSES, MAX_MODIFIERS, MAX_POINTERS, type DraftAction } from "./draft/draft-actions.ts";
export { startDraft, type StartDraftInput } from "./draft/start-draft.ts";
export { defaultPlaceOfService } from "./draft/place-of-service.ts";
export { validateDraft, isBlockingIssue, type DraftValidation } from "./draft/validate-draft.ts";
export { isUnitCharge, isUnits, MAX_UNIT_CHARGE, MAX_UNITS, MIN_UNITS } from "./draft/draft-limits.ts";
export * from "./scrub/index.ts";
export * from "./build/index.ts";
export * from "./write-path/index.ts";
export * from "./status/index.ts";
export {
  claimTo837P, build837P, check837PData, X12DataError, isValidNpi, findingCode, MAX_SERVICE_LINES, PAYER_ID_SYSTEMS, PAYER_ID_TYPE_CODES,
  IMPLEMENTATION_GUIDE, toClaimControlNumber, MAX_CLAIM_ID_LENGTH, toClaimFilingIndicator, SOPT_SYSTEM, CLAIM_FILING_INDICATOR_SYSTEM,
  type X12Export, type X12ExportOptions, type X12Party, type X12FindingCode,
} from "./x12/index.ts";
