/** The parts every ClaimResponse from a clearinghouse answer shares: who, which claim, when. */
import type { ClaimResponse, Identifier, Reference } from "fhir/r4";
import { CLAIM_TYPE } from "../../coding/systems.ts";
import type { ClaimCandidate } from "./match-claim.ts";
import type { PatientInFile } from "./x12-in-model.ts";

const BASE = "https://smart-coding-billing.example";
/** The CLM01 the 837P wrote (ClaimResponse.request.identifier). */
export const CLAIM_CONTROL_NUMBER_SYSTEM = `${BASE}/claim-control-number`;
/** The payer's claim control number (277CA REF*1K, 835 CLP07) in ClaimResponse.identifier. */
export const PAYER_CLAIM_CONTROL_NUMBER_SYSTEM = `${BASE}/payer-claim-control-number`;
/** The payer id as the clearinghouse files name it. */
export const X12_PAYER_ID_SYSTEM = `${BASE}/payer-id`;
/** The member id as the clearinghouse files name it. */
export const X12_MEMBER_ID_SYSTEM = `${BASE}/member-id`;

export interface AnswerParts {
  claimControlNumber: string;
  payerClaimControlNumber?: string;
  patient: PatientInFile;
  payer: { name?: string; id?: string };
  /** When the answer is recorded (an instant): time comes in as a value. */
  now: string;
}

function patientOf(parts: AnswerParts, candidate?: ClaimCandidate): Reference {
  if (candidate) return candidate.claim.patient;
  const display = [parts.patient.lastName, parts.patient.firstName].filter(Boolean).join(", ");
  return {
    ...(parts.patient.memberId ? { identifier: { system: X12_MEMBER_ID_SYSTEM, value: parts.patient.memberId } } : {}),
    ...(display ? { display } : {}),
  };
}

function insurerOf(parts: AnswerParts, candidate?: ClaimCandidate): Reference {
  const known = candidate?.claim.insurer ?? candidate?.coverage?.payor[0];
  if (known) return known;
  return {
    ...(parts.payer.id ? { identifier: { system: X12_PAYER_ID_SYSTEM, value: parts.payer.id } } : {}),
    display: parts.payer.name ?? parts.payer.id ?? "Unknown payer",
  };
}

export function claimResponseBase(parts: AnswerParts, candidate?: ClaimCandidate): ClaimResponse {
  const identifier: Identifier[] = parts.payerClaimControlNumber ? [{ system: PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, value: parts.payerClaimControlNumber }] : [];
  const claim = candidate?.claim;
  return {
    resourceType: "ClaimResponse",
    ...(identifier.length ? { identifier } : {}),
    status: "active",
    type: claim?.type ?? { coding: [{ system: CLAIM_TYPE, code: "professional" }] },
    use: claim?.use ?? "claim",
    patient: patientOf(parts, candidate),
    created: parts.now,
    insurer: insurerOf(parts, candidate),
    ...(claim?.provider ? { requestor: claim.provider } : {}),
    request: {
      ...(claim?.id ? { reference: `Claim/${claim.id}` } : {}),
      identifier: { system: CLAIM_CONTROL_NUMBER_SYSTEM, value: parts.claimControlNumber },
    },
    outcome: "queued",
  };
}
