/**
 * Pins map-835-payment's parts: a payment with no payer name or id, no trace, no payee NPI and no
 * BPR16 date (paid on the day it is recorded), a PLB reason the code list does not know, and a
 * call without matched claims.
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
});
