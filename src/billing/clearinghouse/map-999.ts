/**
 * 999 acknowledgments per claim: each AK2 names an 837 transaction set; every claim that set
 * carried (from the 837P as sent) gets a ClaimResponse: accepted (IK5 A/E) -> queued, rejected
 * -> error with the IK3/IK4 errors in words.
 */
import type { ClaimResponse, ClaimResponseError } from "fhir/r4";
import { claimResponseBase } from "./claim-response-base.ts";
import { describeAckError, describeSetAcknowledgment } from "./describe-acknowledgment.ts";
import type { ClaimCandidate } from "./match-claim.ts";
import type { Submitted837, SubmittedClaim } from "./read-submitted-837.ts";
import type { Acknowledgment999, AckError, SetAcknowledgment } from "./x12-in-model.ts";

export const IMPLEMENTATION_ACK_SYSTEM = "https://x12.org/codes/implementation-transaction-set-syntax-error-codes";
export const SEGMENT_ERROR_SYSTEM = "https://x12.org/codes/implementation-segment-syntax-error-codes";
export const ELEMENT_ERROR_SYSTEM = "https://x12.org/codes/implementation-element-syntax-error-codes";

/** Control numbers compare as numbers ("000000042" is "42"). */
export function sameControlNumber(a: string, b: string): boolean {
  const strip = (v: string): string => v.trim().replace(/^0+(?=.)/, "");
  return strip(a) === strip(b);
}

/** The 837 transaction a 999 set acknowledgment answers, among those sent. */
export function findSubmission(ack: Acknowledgment999, set: SetAcknowledgment, sent: readonly Submitted837[]): Submitted837 | undefined {
  return sent.find((s) => sameControlNumber(s.groupControlNumber, ack.groupControlNumber) && sameControlNumber(s.transactionControlNumber, set.setControlNumber));
}

function errorOf(error: AckError): ClaimResponseError {
  const coding = [
    ...(error.segmentErrorCode ? [{ system: SEGMENT_ERROR_SYSTEM, code: error.segmentErrorCode }] : []),
    ...(error.elementErrorCode ? [{ system: ELEMENT_ERROR_SYSTEM, code: error.elementErrorCode }] : []),
  ];
  return { code: { coding, text: describeAckError(error) } };
}

function setErrors(set: SetAcknowledgment): ClaimResponseError[] {
  const syntax = set.syntaxErrorCodes.map((code) => ({ code: { coding: [{ system: IMPLEMENTATION_ACK_SYSTEM, code }], text: describeSetAcknowledgment({ ...set, syntaxErrorCodes: [code] }) } }));
  return [...set.errors.map(errorOf), ...syntax];
}

export function setAcknowledgmentToClaimResponse(ack: Acknowledgment999, set: SetAcknowledgment, claim: SubmittedClaim, now: string, candidate?: ClaimCandidate): ClaimResponse {
  const base = claimResponseBase({ claimControlNumber: claim.claimControlNumber, patient: claim.patient, payer: { name: ack.envelope.sender }, now }, candidate);
  const texts = [describeSetAcknowledgment(set), ...set.errors.map(describeAckError)];
  return {
    ...base,
    insurer: candidate ? base.insurer : { display: `Clearinghouse ${ack.envelope.sender}` },
    outcome: set.accepted ? "queued" : "error",
    disposition: set.accepted ? "File accepted by the clearinghouse, on its way to the payer" : `File rejected by the clearinghouse: ${texts.join("; ")}`,
    ...(set.accepted ? {} : { error: setErrors(set) }),
    processNote: texts.map((text, i) => ({ number: i + 1, type: "display" as const, text })),
  };
}
