/**
 * One 835 CLP as a ClaimResponse (outcome complete): lines from SVC, claim-level CAS as
 * adjudication, totals (CLP03 submitted, CLP04 benefit, CLP05 patient's share), the payment
 * (CLP04 on BPR16 with the TRN trace number), CLP07 in identifier. A reversal (CLP02 22)
 * is written with status cancelled: it withdraws the earlier decision and carries negative amounts.
 */
import type { ClaimResponse } from "fhir/r4";
import { ADJUDICATION } from "../../coding/systems.ts";
import { explainReasonCode } from "../status/explain-reason-code.ts";
import { claimResponseBase } from "./claim-response-base.ts";
import { CARIN_ADJUDICATION, adjustmentEntry, money, remitLineToItem } from "./map-835-line.ts";
import type { ClaimCandidate } from "./match-claim.ts";
import codes from "./remittance-codes.json" with { type: "json" };
import type { Adjustment, RemitClaim, Remittance835 } from "./x12-in-model.ts";

export const PAYMENT_TRACE_SYSTEM = "https://smart-coding-billing.example/payment-trace-number";
export const REVERSAL = "22";
export const DENIED = "4";

export function describeClaimStatusCode(code: string): string {
  return Object.hasOwn(codes.claimStatus, code) ? codes.claimStatus[code as keyof typeof codes.claimStatus] : `Claim status ${code}`;
}

function reasonNotes(claim: RemitClaim): string[] {
  const say = (a: Adjustment, where: string): string => `${where}${a.group}-${a.reason}: ${explainReasonCode("carc", a.reason).explanation}`;
  const claimLevel = claim.adjustments.map((a) => say(a, ""));
  const lines = claim.lines.flatMap((line, i) => [
    ...line.adjustments.map((a) => say(a, `Line ${i + 1} `)),
    ...line.remarks.map((code) => `Line ${i + 1} ${code}: ${explainReasonCode("rarc", code).explanation}`),
  ]);
  return [...claimLevel, ...lines];
}

function dispositionOf(claim: RemitClaim): string {
  const status = describeClaimStatusCode(claim.statusCode);
  if (claim.statusCode === REVERSAL) return `${status} (${money(claim.paidCents).value.toFixed(2)})`;
  if (claim.statusCode === DENIED || (claim.paidCents === 0 && claim.patientResponsibilityCents === 0)) return `${status}: claim denied`;
  return `${status}: paid ${money(claim.paidCents).value.toFixed(2)}`;
}

export function remitClaimToClaimResponse(remit: Remittance835, claim: RemitClaim, now: string, candidate?: ClaimCandidate): ClaimResponse {
  const base = claimResponseBase({
    claimControlNumber: claim.claimControlNumber, ...(claim.payerClaimControlNumber ? { payerClaimControlNumber: claim.payerClaimControlNumber } : {}),
    patient: claim.patient, payer: remit.payer, now,
  }, candidate);
  const notes = reasonNotes(claim).map((text, i) => ({ number: i + 1, type: "display" as const, text }));
  const total = (system: string, code: string, cents: number) => ({ category: { coding: [{ system, code }] }, amount: money(cents) });
  return {
    ...base,
    status: claim.statusCode === REVERSAL ? "cancelled" : "active",
    outcome: "complete",
    disposition: dispositionOf(claim),
    ...(claim.lines.length ? { item: claim.lines.map(remitLineToItem) } : {}),
    ...(claim.adjustments.length ? { adjudication: claim.adjustments.map((a) => adjustmentEntry(a)) } : {}),
    total: [
      total(ADJUDICATION, "submitted", claim.chargeCents),
      total(ADJUDICATION, "benefit", claim.paidCents),
      total(CARIN_ADJUDICATION, "memberliability", claim.patientResponsibilityCents),
    ],
    payment: {
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete" }] },
      amount: money(claim.paidCents),
      ...(remit.payment.date ? { date: remit.payment.date } : {}),
      ...(remit.payment.traceNumber ? { identifier: { system: PAYMENT_TRACE_SYSTEM, value: remit.payment.traceNumber } } : {}),
    },
    ...(notes.length ? { processNote: notes } : {}),
  };
}
