/**
 * Pins map-835-claim's parts: the words for an unknown CLP02, a claim paid nothing whose patient
 * owes a share (paid, not denied), and claim-level CAS written as adjudication and as notes
 * without a line prefix.
 */
import { describe, expect, it } from "vitest";
import { describeClaimStatusCode, remitClaimToClaimResponse } from "../../../../src/billing/clearinghouse/map-835-claim.ts";
import type { RemitClaim, Remittance835 } from "../../../../src/billing/clearinghouse/x12-in-model.ts";

const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
const CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
const GROUP = "https://smart-coding-billing.example/StructureDefinition/carc-group-code";
const BASE = "https://smart-coding-billing.example";

describe("map-835-claim parts", () => {
  it("names an unknown claim status code by its number", () => {
    expect(describeClaimStatusCode("99")).toBe("Claim status 99");
  });

  it("writes a claim paid nothing with a patient share as paid 0.00, with its claim-level CAS as adjudication and notes", () => {
    const claim: RemitClaim = {
      claimControlNumber: "ENC9", statusCode: "1", chargeCents: 5000, paidCents: 0, patientResponsibilityCents: 2000,
      adjustments: [{ group: "CO", reason: "45", amountCents: 3000 }], patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" }, lines: [],
    };
    const remit: Remittance835 = {
      kind: "835", envelope: { fileName: "f.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "1" },
      payment: { handlingCode: "I", amountCents: 0, creditDebit: "C", method: "NON" }, payer: { name: "ACME", id: "P1" }, payee: {}, claims: [claim], providerAdjustments: [],
    };
    expect(remitClaimToClaimResponse(remit, claim, "2026-12-20T10:00:00Z")).toStrictEqual({
      resourceType: "ClaimResponse", status: "active",
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, use: "claim",
      patient: { identifier: { system: `${BASE}/member-id`, value: "M1" }, display: "DOE, JANE" },
      created: "2026-12-20T10:00:00Z",
      insurer: { identifier: { system: `${BASE}/payer-id`, value: "P1" }, display: "ACME" },
      request: { identifier: { system: `${BASE}/claim-control-number`, value: "ENC9" } },
      outcome: "complete",
      disposition: "Processed as primary: paid 0.00",
      adjudication: [{
        category: { coding: [{ system: CARIN, code: "noncovered" }] },
        reason: { coding: [{ extension: [{ url: GROUP, valueCode: "CO" }], system: CARC, code: "45" }], text: "CO-45" },
        amount: { value: 30, currency: "USD" },
      }],
      total: [
        { category: { coding: [{ system: ADJUDICATION, code: "submitted" }] }, amount: { value: 50, currency: "USD" } },
        { category: { coding: [{ system: ADJUDICATION, code: "benefit" }] }, amount: { value: 0, currency: "USD" } },
        { category: { coding: [{ system: CARIN, code: "memberliability" }] }, amount: { value: 20, currency: "USD" } },
      ],
      payment: { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete" }] }, amount: { value: 0, currency: "USD" } },
      processNote: [{ number: 1, type: "display", text: "CO-45: The charge is above the contracted rate; the difference is written off." }],
    });
  });
});
