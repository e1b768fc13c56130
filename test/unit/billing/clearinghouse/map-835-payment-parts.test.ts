/**
 * Pins map-835-payment's parts: a payment with no payer name or id, no trace, no payee NPI and no
 * BPR16 date (paid on the day it is recorded), a PLB reason the code list does not know, and a
 * call without matched claims; and a full payment: trace, payer id and name, payee NPI, BPR16 date,
 * a matched Claim and an unmatched one with CLP07, and PLBs of 0 (withheld) and below 0 (added).
 */
import { describe, expect, it } from "vitest";
import { remittanceToPaymentReconciliation } from "../../../../src/billing/clearinghouse/map-835-payment.ts";
import type { Remittance835 } from "../../../../src/billing/clearinghouse/x12-in-model.ts";

const PAYMENT_TYPE = "http://terminology.hl7.org/CodeSystem/payment-type";

describe("map-835-payment parts", () => {
  it("writes a bare payment: unknown payer, the recording day as payment date, an unknown PLB reason in plain words", () => {
    const remit: Remittance835 = {
      kind: "835", envelope: { fileName: "f.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "1" },
      payment: { handlingCode: "I", amountCents: 7500, creditDebit: "C", method: "CHK" }, payer: {}, payee: {},
      claims: [{ claimControlNumber: "ENC5", statusCode: "1", chargeCents: 10000, paidCents: 8000, patientResponsibilityCents: 0, adjustments: [], patient: {}, lines: [] }],
      providerAdjustments: [{ providerId: "1234567893", reason: "ZZ", amountCents: 500 }],
    };
    expect(remittanceToPaymentReconciliation(remit, "2026-12-20T10:00:00Z")).toStrictEqual({
      resourceType: "PaymentReconciliation", status: "active", created: "2026-12-20T10:00:00Z",
      paymentIssuer: { display: "Unknown payer" },
      outcome: "complete", disposition: "Check 75.00", paymentDate: "2026-12-20", paymentAmount: { value: 75, currency: "USD" },
      detail: [
        { type: { coding: [{ system: PAYMENT_TYPE, code: "payment" }] }, request: { identifier: { value: "ENC5" }, display: "CLM01 ENC5" }, amount: { value: 80, currency: "USD" } },
        {
          identifier: { system: "https://x12.org/codes/provider-adjustment-reason-codes", value: "ZZ" },
          type: { coding: [{ system: PAYMENT_TYPE, code: "adjustment" }], text: "PLB ZZ: Provider adjustment, 5.00 withheld" },
          amount: { value: -5, currency: "USD" },
        },
      ],
      processNote: [{ type: "display", text: "PLB ZZ: Provider adjustment, 5.00 withheld" }],
    });
  });

  it("writes a full payment: trace, payer id and name, NPI, date, matched and unmatched claims, PLBs of 0 and below 0", () => {
    const remit: Remittance835 = {
      kind: "835", envelope: { fileName: "f.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "1" },
      payment: { handlingCode: "I", amountCents: 15000, creditDebit: "C", method: "ACH", date: "2026-12-18", traceNumber: "TR77" },
      payer: { name: "ACME", id: "P1" }, payee: { npi: "1234567893" },
      claims: [
        { claimControlNumber: "ENC1", payerClaimControlNumber: "PCN1", statusCode: "1", chargeCents: 10000, paidCents: 9000, patientResponsibilityCents: 0, adjustments: [], patient: {}, lines: [] },
        { claimControlNumber: "ENC2", statusCode: "1", chargeCents: 10000, paidCents: 6000, patientResponsibilityCents: 0, adjustments: [], patient: {}, lines: [] },
      ],
      providerAdjustments: [{ providerId: "1234567893", reason: "ZZ", amountCents: 0 }, { providerId: "1234567893", reason: "ZZ", amountCents: -300 }],
    };
    const candidate = { claim: { resourceType: "Claim" as const, id: "c1", status: "active" as const, type: {}, use: "claim" as const, patient: {}, created: "2026-12-01", provider: {}, priority: {}, insurance: [] } };
    const trace = "https://smart-coding-billing.example/payment-trace-number";
    const plb = "https://x12.org/codes/provider-adjustment-reason-codes";
    expect(remittanceToPaymentReconciliation(remit, "2026-12-20T10:00:00Z", [candidate, undefined])).toStrictEqual({
      resourceType: "PaymentReconciliation", identifier: [{ system: trace, value: "TR77" }], status: "active", created: "2026-12-20T10:00:00Z",
      paymentIssuer: { identifier: { system: "https://smart-coding-billing.example/payer-id", value: "P1" }, display: "ACME" },
      outcome: "complete", disposition: "EFT (ACH) 150.00, trace TR77, to NPI 1234567893", paymentDate: "2026-12-18",
      paymentAmount: { value: 150, currency: "USD" }, paymentIdentifier: { system: trace, value: "TR77" },
      detail: [
        { identifier: { system: "https://smart-coding-billing.example/payer-claim-control-number", value: "PCN1" },
          type: { coding: [{ system: PAYMENT_TYPE, code: "payment" }] }, request: { reference: "Claim/c1" }, date: "2026-12-18", amount: { value: 90, currency: "USD" } },
        { type: { coding: [{ system: PAYMENT_TYPE, code: "payment" }] }, request: { identifier: { value: "ENC2" }, display: "CLM01 ENC2" }, date: "2026-12-18", amount: { value: 60, currency: "USD" } },
        { identifier: { system: plb, value: "ZZ" }, type: { coding: [{ system: PAYMENT_TYPE, code: "adjustment" }], text: "PLB ZZ: Provider adjustment, 0.00 withheld" }, amount: { value: -0, currency: "USD" } }, // the sign turned; JSON writes 0
        { identifier: { system: plb, value: "ZZ" }, type: { coding: [{ system: PAYMENT_TYPE, code: "adjustment" }], text: "PLB ZZ: Provider adjustment, -3.00 added" }, amount: { value: 3, currency: "USD" } },
      ],
      processNote: [{ type: "display", text: "PLB ZZ: Provider adjustment, 0.00 withheld" }, { type: "display", text: "PLB ZZ: Provider adjustment, -3.00 added" }],
    });
  });
});
