/**
 * The 835's check or EFT (BPR + TRN) as a PaymentReconciliation: one detail per CLP (type
 * payment, CLP04, the claim and the payer's number), one per PLB (type adjustment, the PLB
 * amount with its sign turned: a positive PLB reduces the payment), and the words in notes.
 */
import type { PaymentReconciliation, PaymentReconciliationDetail } from "fhir/r4";
import { X12_PAYER_ID_SYSTEM } from "./claim-response-base.ts";
import { PAYMENT_TRACE_SYSTEM } from "./map-835-claim.ts";
import { money } from "./map-835-line.ts";
import type { ClaimCandidate } from "./match-claim.ts";
import { paymentCentsOf } from "./posting-summary.ts";
import codes from "./remittance-codes.json" with { type: "json" };
import type { ProviderAdjustment, RemitClaim, Remittance835 } from "./x12-in-model.ts";
import { PAYER_CLAIM_CONTROL_NUMBER_SYSTEM } from "./claim-response-base.ts";

export const PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/payment-type";
export const PROVIDER_ADJUSTMENT_SYSTEM = "https://x12.org/codes/provider-adjustment-reason-codes";
const METHODS: Readonly<Record<string, string>> = { ACH: "EFT (ACH)", CHK: "Check", NON: "No payment", FWT: "Wire transfer", BOP: "Financial institution option" };

function describeProviderAdjustment(p: ProviderAdjustment): string {
  const words = Object.hasOwn(codes.providerAdjustment, p.reason) ? codes.providerAdjustment[p.reason as keyof typeof codes.providerAdjustment] : "Provider adjustment";
  return `PLB ${p.reason}${p.reference ? ` ${p.reference}` : ""}: ${words}, ${(p.amountCents / 100).toFixed(2)} ${p.amountCents >= 0 ? "withheld" : "added"}`;
}

function claimDetail(remit: Remittance835, claim: RemitClaim, candidate?: ClaimCandidate): PaymentReconciliationDetail {
  return {
    ...(claim.payerClaimControlNumber ? { identifier: { system: PAYER_CLAIM_CONTROL_NUMBER_SYSTEM, value: claim.payerClaimControlNumber } } : {}),
    type: { coding: [{ system: PAYMENT_TYPE, code: "payment" }] },
    request: candidate?.claim.id ? { reference: `Claim/${candidate.claim.id}` } : { identifier: { value: claim.claimControlNumber }, display: `CLM01 ${claim.claimControlNumber}` },
    ...(remit.payment.date ? { date: remit.payment.date } : {}),
    amount: money(claim.paidCents),
  };
}

function adjustmentDetail(p: ProviderAdjustment): PaymentReconciliationDetail {
  return {
    identifier: { system: PROVIDER_ADJUSTMENT_SYSTEM, value: p.reference ? `${p.reason}:${p.reference}` : p.reason },
    type: { coding: [{ system: PAYMENT_TYPE, code: "adjustment" }], text: describeProviderAdjustment(p) },
    ...(p.fiscalPeriodDate ? { date: p.fiscalPeriodDate } : {}),
    amount: money(-p.amountCents),
  };
}

/** `candidates` gives, per CLP (same order as remit.claims), the matched Claim when there is one. */
export function remittanceToPaymentReconciliation(remit: Remittance835, now: string, candidates: readonly (ClaimCandidate | undefined)[] = []): PaymentReconciliation {
  const method = METHODS[remit.payment.method] ?? remit.payment.method;
  const trace = remit.payment.traceNumber;
  const notes = remit.providerAdjustments.map((p) => ({ type: "display" as const, text: describeProviderAdjustment(p) }));
  return {
    resourceType: "PaymentReconciliation",
    ...(trace ? { identifier: [{ system: PAYMENT_TRACE_SYSTEM, value: trace }] } : {}),
    status: "active",
    created: now,
    paymentIssuer: { ...(remit.payer.id ? { identifier: { system: X12_PAYER_ID_SYSTEM, value: remit.payer.id } } : {}), display: remit.payer.name ?? remit.payer.id ?? "Unknown payer" },
    outcome: "complete",
    disposition: `${method} ${(paymentCentsOf(remit) / 100).toFixed(2)}${trace ? `, trace ${trace}` : ""}${remit.payee.npi ? `, to NPI ${remit.payee.npi}` : ""}`,
    paymentDate: remit.payment.date ?? now.slice(0, 10),
    paymentAmount: money(paymentCentsOf(remit)),
    ...(trace ? { paymentIdentifier: { system: PAYMENT_TRACE_SYSTEM, value: trace } } : {}),
    detail: [...remit.claims.map((claim, i) => claimDetail(remit, claim, candidates[i])), ...remit.providerAdjustments.map(adjustmentDetail)],
    ...(notes.length ? { processNote: notes } : {}),
  };
}
