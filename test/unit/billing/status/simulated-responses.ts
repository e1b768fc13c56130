import type { ClaimResponse, ClaimResponseItem, ClaimResponseItemAdjudication } from "fhir/r4";
import { ADJUDICATION, CARC, RARC } from "../../../../src/coding/systems.ts";

/** ClaimResponses shaped like the sandbox payer simulator's (issue 7): CARC as "CO-16" style codes. */
export function adjudication(category: string, value: number, reason?: string, system = CARC): ClaimResponseItemAdjudication {
  const entry: ClaimResponseItemAdjudication = {
    category: { coding: [{ system: ADJUDICATION, code: category }] },
    amount: { value, currency: "USD" },
  };
  if (reason) entry.reason = { coding: [{ system, code: reason }] };
  return entry;
}

export function line(itemSequence: number, ...adjudications: ClaimResponseItemAdjudication[]): ClaimResponseItem {
  return { itemSequence, adjudication: adjudications };
}

export function claimResponse(outcome: ClaimResponse["outcome"], items: ClaimResponseItem[], paid?: number): ClaimResponse {
  const response: ClaimResponse = {
    resourceType: "ClaimResponse",
    status: "active",
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/p1" },
    created: "2026-11-20",
    insurer: { reference: "Organization/payer" },
    request: { reference: "Claim/c1" },
    outcome,
    item: items,
  };
  if (paid !== undefined) response.payment = { type: { coding: [{ code: "complete" }] }, amount: { value: paid, currency: "USD" }, date: "2026-11-25" };
  return response;
}

export { RARC };
