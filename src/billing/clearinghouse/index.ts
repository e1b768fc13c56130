/**
 * Clearinghouse answers to the app's 837P: 999, 277CA and 835 read (node-x12) into a typed model,
 * matched to the app's Claims by CLM01 (then patient and date of service) and mapped to FHIR R4
 * ClaimResponse and PaymentReconciliation. Pure: files, candidate Claims and time come in as values.
 */
export type * from "./x12-in-model.ts";
export { readClearinghouseFiles, type ClearinghouseFile, type ClearinghouseFiles } from "./read-clearinghouse-files.ts";
export { readSubmitted837, type Submitted837, type SubmittedClaim } from "./read-submitted-837.ts";
export { matchClaim, claimControlNumberOf, type ClaimCandidate, type ClaimKey, type ClaimMatch } from "./match-claim.ts";
export { claimAcknowledgmentToClaimResponse, CLAIM_STATUS_CATEGORY_SYSTEM, CLAIM_STATUS_SYSTEM } from "./map-277ca.ts";
export { setAcknowledgmentToClaimResponse, findSubmission } from "./map-999.ts";
export { remitClaimToClaimResponse, PAYMENT_TRACE_SYSTEM } from "./map-835-claim.ts";
export { remittanceToPaymentReconciliation } from "./map-835-payment.ts";
export { summarizePosting, type PostingSummary, type ClaimPosting, type PostingStatus } from "./posting-summary.ts";
export { checkRemittanceBalance, REMITTANCE_RULE_SYSTEM } from "./check-remittance-balance.ts";
export { describeClaimStatus, describeSetAcknowledgment, describeAckError } from "./describe-acknowledgment.ts";
export { CLAIM_CONTROL_NUMBER_SYSTEM, PAYER_CLAIM_CONTROL_NUMBER_SYSTEM } from "./claim-response-base.ts";
export {
  importClearinghouseFiles, type ClearinghouseImport, type ClearinghouseImportInput, type ClaimAnswer, type UnmatchedAnswer,
} from "./import-clearinghouse-files.ts";
