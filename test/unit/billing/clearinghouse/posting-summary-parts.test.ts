/**
 * Pins summarizePosting piece by piece: each claim's status (denied by CLP02 4 or nothing paid and
 * nothing owed; partially paid when a line is unpaid without patient responsibility; reversed; a
 * reversal with its correction netted as adjusted, the correction's charge and payer number kept),
 * the counts per status, the totals (PLB reduces the expected payment) and a debit BPR as negative.
 */
import { describe, expect, it } from "vitest";
import { summarizePosting, type Remittance835 } from "../../../../src/billing/clearinghouse/index.ts";
import type { Adjustment, ProviderAdjustment, RemitClaim, RemitLine } from "../../../../src/billing/clearinghouse/x12-in-model.ts";

function line(paidCents: number, adjustments: Adjustment[] = []): RemitLine {
  return { qualifier: "HC", code: "99213", modifiers: [], chargeCents: 10000, paidCents, units: 1, adjustments, remarks: [] };
}

function clp(claimControlNumber: string, statusCode: string, paidCents: number, patientResponsibilityCents: number, more: Partial<RemitClaim> = {}): RemitClaim {
  return { claimControlNumber, statusCode, chargeCents: 10000, paidCents, patientResponsibilityCents, adjustments: [], patient: {}, lines: [], ...more };
}

function remit(claims: RemitClaim[], more: { providerAdjustments?: ProviderAdjustment[]; payment?: Partial<Remittance835["payment"]> } = {}): Remittance835 {
  return {
    kind: "835",
    envelope: { fileName: "era.835", sender: "PAYER", receiver: "RFM", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "0001" },
    payment: { handlingCode: "I", amountCents: 0, creditDebit: "C", method: "ACH", ...more.payment },
    payer: {},
    payee: {},
    claims,
    providerAdjustments: more.providerAdjustments ?? [],
  };
}

const CO45: Adjustment = { group: "CO", reason: "45", amountCents: 2000 };
const PR1: Adjustment = { group: "PR", reason: "1", amountCents: 3000 };

/** The status each claim of a one-CLP-per-claim file is posted with. */
const statuses = (claims: RemitClaim[]): [string, string][] => summarizePosting(remit(claims)).claims.map((c) => [c.claimControlNumber, c.status]);

describe("summarizePosting: the status of a claim posted alone", () => {
  it("denied: CLP02 4 even with patient responsibility, or nothing paid and nothing owed; not when only one of the two is zero", () => {
    expect(statuses([
      clp("D-CODE", "4", 0, 2500),
      clp("D-ZERO", "1", 0, 0),
      clp("OWED", "1", 0, 2500),
      clp("PAID", "1", 5000, 0),
    ])).toStrictEqual([["D-CODE", "denied"], ["D-ZERO", "denied"], ["OWED", "paid"], ["PAID", "paid"]]);
  });

  it("partially paid only when some line is unpaid and none of its adjustments is patient responsibility", () => {
    expect(statuses([
      clp("ONE-UNPAID", "1", 8000, 0, { lines: [line(8000, [CO45]), line(0, [CO45])] }),
      clp("PAID-CO", "1", 8000, 0, { lines: [line(8000, [CO45])] }),
      clp("UNPAID-PR", "1", 5000, 3000, { lines: [line(5000), line(0, [PR1])] }),
      clp("UNPAID-CO-AND-PR", "1", 5000, 3000, { lines: [line(5000), line(0, [CO45, PR1])] }),
    ])).toStrictEqual([["ONE-UNPAID", "partially-paid"], ["PAID-CO", "paid"], ["UNPAID-PR", "paid"], ["UNPAID-CO-AND-PR", "paid"]]);
  });

  it("a reversal alone is reversed, with its negative amounts", () => {
    const summary = summarizePosting(remit([clp("ENC9", "22", -5000, -1000, { payerClaimControlNumber: "PCN9" })]));
    expect(summary.claims).toStrictEqual([{ claimControlNumber: "ENC9", payerClaimControlNumber: "PCN9", status: "reversed", paidCents: -5000, patientResponsibilityCents: -1000, chargeCents: 10000 }]);
  });
});

describe("summarizePosting: several CLPs of one claim are netted into one row", () => {
  it("a reversal then its correction: adjusted, net amounts, the correction's charge and payer number", () => {
    const summary = summarizePosting(remit([
      clp("ENC1", "22", -9000, -1000, { chargeCents: 10000, payerClaimControlNumber: "PCN-OLD" }),
      clp("ENC1", "1", 7000, 1500, { chargeCents: 12000, payerClaimControlNumber: "PCN-NEW" }),
    ]));
    expect(summary.claims).toStrictEqual([{ claimControlNumber: "ENC1", payerClaimControlNumber: "PCN-NEW", status: "adjusted", paidCents: -2000, patientResponsibilityCents: 500, chargeCents: 12000 }]);
  });

  it("a correction listed before its reversal still gives the correction's charge and payer number", () => {
    const summary = summarizePosting(remit([
      clp("ENC2", "1", 7000, 1500, { chargeCents: 12000, payerClaimControlNumber: "PCN-NEW" }),
      clp("ENC2", "22", -9000, -1000, { chargeCents: 10000, payerClaimControlNumber: "PCN-OLD" }),
    ]));
    expect(summary.claims).toStrictEqual([{ claimControlNumber: "ENC2", payerClaimControlNumber: "PCN-NEW", status: "adjusted", paidCents: -2000, patientResponsibilityCents: 500, chargeCents: 12000 }]);
  });

  it("two reversals of one claim: adjusted, with the later reversal's charge and payer number", () => {
    const summary = summarizePosting(remit([
      clp("ENC3", "22", -4000, 0, { chargeCents: 4000, payerClaimControlNumber: "PCN-A" }),
      clp("ENC3", "22", -6000, -500, { chargeCents: 6000, payerClaimControlNumber: "PCN-B" }),
    ]));
    expect(summary.claims).toStrictEqual([{ claimControlNumber: "ENC3", payerClaimControlNumber: "PCN-B", status: "adjusted", paidCents: -10000, patientResponsibilityCents: -500, chargeCents: 6000 }]);
  });

  it("two CLPs of one claim without a reversal: summed, with the first one's status and charge (not adjusted)", () => {
    const summary = summarizePosting(remit([
      clp("ENC4", "1", 3000, 0, { chargeCents: 5000 }),
      clp("ENC4", "4", 0, 0, { chargeCents: 2000 }),
    ]));
    expect(summary.claims).toStrictEqual([{ claimControlNumber: "ENC4", status: "paid", paidCents: 3000, patientResponsibilityCents: 0, chargeCents: 5000 }]);
  });
});

describe("summarizePosting: counts, totals and payment", () => {
  it("counts paid (with partially paid), adjusted (with reversed) and denied, and nets PLB against the claim payments", () => {
    const summary = summarizePosting(remit([
      clp("P1", "1", 10000, 0),
      clp("PP", "1", 6000, 0, { lines: [line(6000), line(0, [CO45])] }),
      clp("AD", "22", -5000, 0),
      clp("AD", "1", 4000, 0, { payerClaimControlNumber: "PCN-AD" }),
      clp("RV", "22", -3000, 0),
      clp("DN", "4", 0, 0),
    ], {
      providerAdjustments: [
        { providerId: "1456789027", reason: "WO", amountCents: 2500 },
        { providerId: "1456789027", reason: "L6", amountCents: -300 },
      ],
      payment: { amountCents: 9800, traceNumber: "EFT123", date: "2026-12-01" },
    }));
    expect(summary).toStrictEqual({
      fileName: "era.835",
      traceNumber: "EFT123",
      paymentDate: "2026-12-01",
      claims: [
        { claimControlNumber: "P1", status: "paid", paidCents: 10000, patientResponsibilityCents: 0, chargeCents: 10000 },
        { claimControlNumber: "PP", status: "partially-paid", paidCents: 6000, patientResponsibilityCents: 0, chargeCents: 10000 },
        { claimControlNumber: "AD", payerClaimControlNumber: "PCN-AD", status: "adjusted", paidCents: -1000, patientResponsibilityCents: 0, chargeCents: 10000 },
        { claimControlNumber: "RV", status: "reversed", paidCents: -3000, patientResponsibilityCents: 0, chargeCents: 10000 },
        { claimControlNumber: "DN", status: "denied", paidCents: 0, patientResponsibilityCents: 0, chargeCents: 10000 },
      ],
      paid: 2,
      adjusted: 2,
      denied: 1,
      claimPaymentsCents: 12000,
      providerAdjustmentsCents: 2200,
      expectedPaymentCents: 9800,
      paymentCents: 9800,
    });
  });

  it("a debit payment (BPR03 D) is negative; a credit is positive", () => {
    const debit = summarizePosting(remit([clp("RV", "22", -3000, 0)], { payment: { amountCents: 3000, creditDebit: "D" } }));
    const credit = summarizePosting(remit([clp("P1", "1", 3000, 0)], { payment: { amountCents: 3000, creditDebit: "C" } }));
    expect([debit.paymentCents, debit.expectedPaymentCents, credit.paymentCents, credit.expectedPaymentCents]).toStrictEqual([-3000, -3000, 3000, 3000]);
  });
});
