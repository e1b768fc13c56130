/**
 * Pins map-835-claim's parts: the words for an unknown CLP02, a claim paid nothing whose patient
 * owes a share (paid, not denied), and claim-level CAS written as adjudication and as notes
 * without a line prefix; a reversal with lines (status cancelled, line-numbered notes, CLP07,
 * payment date and trace) and the disposition words for denied, zero-paid and paid claims.
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

  it("writes a reversal with lines, CLP07, payment date and trace, and line-numbered notes", () => {
    const usd = (value: number) => ({ value, currency: "USD" });
    const cat = (system: string, code: string) => ({ coding: [{ system, code }] });
    const base = { qualifier: "HC", code: "99213", modifiers: [], units: 1, chargeCents: -5000, paidCents: -4000 };
    const claim: RemitClaim = {
      claimControlNumber: "ENC9", payerClaimControlNumber: "PCN9", statusCode: "22", chargeCents: -10000, paidCents: -8000, patientResponsibilityCents: -2000,
      adjustments: [], patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" },
      lines: [{ ...base, adjustments: [{ group: "PR", reason: "1", amountCents: -1000 }], remarks: [] }, { ...base, adjustments: [{ group: "PR", reason: "2", amountCents: -1000 }], remarks: ["N130"] }],
    };
    const remit: Remittance835 = {
      kind: "835", envelope: { fileName: "f.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "1" },
      payment: { handlingCode: "I", amountCents: -8000, creditDebit: "D", method: "NON", date: "2026-12-18", traceNumber: "TR9" }, payer: { name: "ACME", id: "P1" }, payee: {}, claims: [claim], providerAdjustments: [],
    };
    const item = (itemSequence: number, code: string, share: [string, string], remarks: { system: string; code: string }[]) => ({ itemSequence, adjudication: [
      { category: cat(ADJUDICATION, "submitted"), amount: usd(-50) }, { category: cat(ADJUDICATION, "eligible"), amount: usd(-50) },
      { category: cat(share[0], share[1]), reason: { coding: [{ extension: [{ url: GROUP, valueCode: "PR" }], system: CARC, code }, ...remarks], text: `PR-${code}` }, amount: usd(-10) },
      { category: cat(ADJUDICATION, "benefit"), amount: usd(-40) }] });
    expect(remitClaimToClaimResponse(remit, claim, "2026-12-20T10:00:00Z")).toStrictEqual({
      resourceType: "ClaimResponse",
      identifier: [{ system: `${BASE}/payer-claim-control-number`, value: "PCN9" }],
      status: "cancelled",
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, use: "claim",
      patient: { identifier: { system: `${BASE}/member-id`, value: "M1" }, display: "DOE, JANE" },
      created: "2026-12-20T10:00:00Z",
      insurer: { identifier: { system: `${BASE}/payer-id`, value: "P1" }, display: "ACME" },
      request: { identifier: { system: `${BASE}/claim-control-number`, value: "ENC9" } },
      outcome: "complete",
      disposition: "Reversal of a previous payment (-80.00)",
      item: [item(1, "1", [ADJUDICATION, "deductible"], []), item(2, "2", [CARIN, "coinsurance"], [{ system: "https://x12.org/codes/remittance-advice-remark-codes", code: "N130" }])],
      total: [
        { category: cat(ADJUDICATION, "submitted"), amount: usd(-100) },
        { category: cat(ADJUDICATION, "benefit"), amount: usd(-80) },
        { category: cat(CARIN, "memberliability"), amount: usd(-20) },
      ],
      payment: { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete" }] }, amount: usd(-80), date: "2026-12-18",
        identifier: { system: "https://smart-coding-billing.example/payment-trace-number", value: "TR9" } },
      processNote: [
        { number: 1, type: "display", text: "Line 1 PR-1: The patient's deductible absorbed this amount, so the patient owes it." },
        { number: 2, type: "display", text: "Line 2 PR-2: This is the patient's coinsurance share." },
        { number: 3, type: "display", text: "Line 2 N130: The patient's plan documents limit or exclude this benefit." },
      ],
    });
  });

  it("words the disposition of a denied claim with a payment, a claim paid nothing with no patient share, and a paid claim", () => {
    const remit: Remittance835 = {
      kind: "835", envelope: { fileName: "f.835", sender: "CH", receiver: "APP", interchangeControlNumber: "1", groupControlNumber: "1", transactionControlNumber: "1" },
      payment: { handlingCode: "I", amountCents: 0, creditDebit: "C", method: "NON" }, payer: {}, payee: {}, claims: [], providerAdjustments: [],
    };
    const claim = (statusCode: string, paidCents: number): RemitClaim => ({
      claimControlNumber: "ENC1", statusCode, chargeCents: 5000, paidCents, patientResponsibilityCents: 0, adjustments: [], patient: {}, lines: [] });
    expect([claim("4", 1000), claim("1", 0), claim("1", 1000)].map((c) => remitClaimToClaimResponse(remit, c, "2026-12-20T10:00:00Z").disposition)).toStrictEqual([
      "Denied: claim denied", "Processed as primary: claim denied", "Processed as primary: paid 10.00",
    ]);
  });
});
