/**
 * 277CA claim acknowledgments as ClaimResponses: accepted (STC03 WQ, or no rejecting category)
 * -> outcome queued (pending adjudication); rejected -> outcome error with each STC as an error
 * and a note in words. REF*1K goes to ClaimResponse.identifier.
 */
import type { ClaimResponse, ClaimResponseError } from "fhir/r4";
import { claimResponseBase } from "./claim-response-base.ts";
import { describeClaimStatus } from "./describe-acknowledgment.ts";
import type { ClaimCandidate } from "./match-claim.ts";
import type { ClaimAcknowledgment, ClaimStatus277, StatusCode } from "./x12-in-model.ts";

export const CLAIM_STATUS_CATEGORY_SYSTEM = "https://x12.org/codes/claim-status-category-codes";
export const CLAIM_STATUS_SYSTEM = "https://x12.org/codes/claim-status-codes";
export const ENTITY_IDENTIFIER_SYSTEM = "https://x12.org/codes/entity-identifier-codes";

function errorOf(status: StatusCode): ClaimResponseError {
  return {
    code: {
      coding: [
        { system: CLAIM_STATUS_CATEGORY_SYSTEM, code: status.category },
        { system: CLAIM_STATUS_SYSTEM, code: status.status },
        ...(status.entity ? [{ system: ENTITY_IDENTIFIER_SYSTEM, code: status.entity }] : []),
      ],
      text: describeClaimStatus(status),
    },
  };
}

export function claimAcknowledgmentToClaimResponse(file: ClaimStatus277, ack: ClaimAcknowledgment, now: string, candidate?: ClaimCandidate): ClaimResponse {
  const base = claimResponseBase({ claimControlNumber: ack.claimControlNumber, ...(ack.payerClaimControlNumber ? { payerClaimControlNumber: ack.payerClaimControlNumber } : {}), patient: ack.patient, payer: file.payer, now }, candidate);
  const words = ack.statuses.map(describeClaimStatus);
  const notes = [...words, ...(ack.freeText ? [ack.freeText] : [])].map((text, i) => ({ number: i + 1, type: "display" as const, text }));
  const payer = file.payer.name ?? "the payer";
  return {
    ...base,
    outcome: ack.accepted ? "queued" : "error",
    disposition: ack.accepted ? `Accepted by ${payer}, pending adjudication` : `Rejected by ${payer}: ${words.join(" / ") || "no reason given"}`,
    ...(ack.accepted ? {} : { error: ack.statuses.map(errorOf) }),
    ...(notes.length ? { processNote: notes } : {}),
  };
}
