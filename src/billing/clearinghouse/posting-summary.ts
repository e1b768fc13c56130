/**
 * Per 835: each claim as posted (paid, partially paid, denied, reversed, or adjusted: a reversal
 * and its correction netted into one row, so nothing is counted twice), the counts and totals.
 */
import { DENIED, REVERSAL } from "./map-835-claim.ts";
import type { RemitClaim, Remittance835 } from "./x12-in-model.ts";

export type PostingStatus = "paid" | "partially-paid" | "denied" | "reversed" | "adjusted";

export interface ClaimPosting {
  claimControlNumber: string;
  payerClaimControlNumber?: string;
  status: PostingStatus;
  /** Net over the claim's CLPs in this file (a reversal's negative amounts included). */
  paidCents: number;
  patientResponsibilityCents: number;
  /** CLP03 of the claim as finally adjudicated (the correction's, not the reversal's). */
  chargeCents: number;
}

export interface PostingSummary {
  fileName: string;
  traceNumber?: string;
  paymentDate?: string;
  claims: ClaimPosting[];
  paid: number;
  adjusted: number;
  denied: number;
  /** Sum of CLP04 (reversals negative). */
  claimPaymentsCents: number;
  /** Sum of PLB amounts (positive reduces the payment). */
  providerAdjustmentsCents: number;
  /** claimPaymentsCents - providerAdjustmentsCents */
  expectedPaymentCents: number;
  /** BPR02, negative for a debit (BPR03 D). */
  paymentCents: number;
}

function isDenied(claim: RemitClaim): boolean {
  return claim.statusCode === DENIED || (claim.paidCents === 0 && claim.patientResponsibilityCents === 0);
}

function singleStatus(claim: RemitClaim): PostingStatus {
  if (claim.statusCode === REVERSAL) return "reversed";
  if (isDenied(claim)) return "denied";
  const unpaidLine = claim.lines.some((l) => l.paidCents === 0 && l.adjustments.every((a) => a.group !== "PR"));
  return unpaidLine ? "partially-paid" : "paid";
}

function postingOf(group: RemitClaim[]): ClaimPosting {
  const final = group.find((c) => c.statusCode !== REVERSAL) ?? group[group.length - 1] ?? group[0];
  if (!final) throw new RangeError("empty claim group");
  const hasReversal = group.some((c) => c.statusCode === REVERSAL);
  const sum = (pick: (c: RemitClaim) => number): number => group.reduce((total, c) => total + pick(c), 0);
  return {
    claimControlNumber: final.claimControlNumber,
    ...(final.payerClaimControlNumber ? { payerClaimControlNumber: final.payerClaimControlNumber } : {}),
    status: hasReversal && group.length > 1 ? "adjusted" : singleStatus(final),
    paidCents: sum((c) => c.paidCents),
    patientResponsibilityCents: sum((c) => c.patientResponsibilityCents),
    chargeCents: final.chargeCents,
  };
}

export function paymentCentsOf(remit: Remittance835): number {
  return remit.payment.creditDebit === "D" ? -remit.payment.amountCents : remit.payment.amountCents;
}

export function summarizePosting(remit: Remittance835): PostingSummary {
  const groups = new Map<string, RemitClaim[]>();
  for (const claim of remit.claims) groups.set(claim.claimControlNumber, [...(groups.get(claim.claimControlNumber) ?? []), claim]);
  const claims = [...groups.values()].map(postingOf);
  const claimPaymentsCents = remit.claims.reduce((total, c) => total + c.paidCents, 0);
  const providerAdjustmentsCents = remit.providerAdjustments.reduce((total, p) => total + p.amountCents, 0);
  return {
    fileName: remit.envelope.fileName,
    ...(remit.payment.traceNumber ? { traceNumber: remit.payment.traceNumber } : {}),
    ...(remit.payment.date ? { paymentDate: remit.payment.date } : {}),
    claims,
    paid: claims.filter((c) => c.status === "paid" || c.status === "partially-paid").length,
    adjusted: claims.filter((c) => c.status === "adjusted" || c.status === "reversed").length,
    denied: claims.filter((c) => c.status === "denied").length,
    claimPaymentsCents,
    providerAdjustmentsCents,
    expectedPaymentCents: claimPaymentsCents - providerAdjustmentsCents,
    paymentCents: paymentCentsOf(remit),
  };
}
