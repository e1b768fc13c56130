// Pins the shared ClaimResponse parts: the payer and patient from the file when no claim matched,
// and the claim's own type, use, provider, insurer (or its coverage's payor) when one did.
import type { Claim, Coverage, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { claimResponseBase } from "../../../../src/billing/clearinghouse/claim-response-base.ts";

const NOW = "2026-12-20T10:00:00Z";
const REQUEST = { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C1" } };
const PROFESSIONAL = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] };
const PATIENT: Patient = { resourceType: "Patient", id: "p1" };

describe("claimResponseBase", () => {
  it("without a claim: the payer's name, the patient's names, the default type and use", () => {
    const base = claimResponseBase({ claimControlNumber: "C1", patient: { lastName: "DOE", firstName: "JANE" }, payer: { name: "ACME", id: "P9" }, now: NOW });
    expect(base).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: PROFESSIONAL, use: "claim",
      patient: { display: "DOE, JANE" }, created: NOW,
      insurer: { identifier: { system: "https://smart-coding-billing.example/payer-id", value: "P9" }, display: "ACME" },
      request: REQUEST, outcome: "queued",
    });
  });

  it("without a claim and with a payer name only", () => {
    const base = claimResponseBase({ claimControlNumber: "C1", patient: {}, payer: { name: "ACME" }, now: NOW });
    expect(base.insurer).toStrictEqual({ display: "ACME" });
  });

  it("with a claim: its patient, insurer, type, use, provider and id", () => {
    const claim: Claim = {
      resourceType: "Claim", id: "claim-9", status: "active", type: { coding: [{ code: "institutional" }] }, use: "preauthorization",
      patient: { reference: "Patient/p1" }, created: "2026-11-20", provider: { reference: "Organization/o1" }, priority: {},
      insurer: { reference: "Organization/ins" }, insurance: [],
    };
    const coverage: Coverage = { resourceType: "Coverage", status: "active", beneficiary: { reference: "Patient/p1" }, payor: [{ reference: "Organization/cov-payor" }] };
    const base = claimResponseBase({ claimControlNumber: "C1", patient: { lastName: "X" }, payer: { name: "ACME" }, now: NOW }, { claim, patient: PATIENT, coverage });
    expect(base).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: { coding: [{ code: "institutional" }] }, use: "preauthorization",
      patient: { reference: "Patient/p1" }, created: NOW, insurer: { reference: "Organization/ins" }, requestor: { reference: "Organization/o1" },
      request: { reference: "Claim/claim-9", ...REQUEST }, outcome: "queued",
    });
  });

  it("with a claim without insurer: its coverage's payor", () => {
    const claim = { resourceType: "Claim", status: "active", patient: { reference: "Patient/p1" }, created: "2026-11-20", priority: {}, insurance: [] } as unknown as Claim;
    const coverage: Coverage = { resourceType: "Coverage", status: "active", beneficiary: { reference: "Patient/p1" }, payor: [{ reference: "Organization/cov-payor" }] };
    const base = claimResponseBase({ claimControlNumber: "C1", patient: {}, payer: { name: "ACME" }, now: NOW }, { claim, patient: PATIENT, coverage });
    expect(base).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: PROFESSIONAL, use: "claim",
      patient: { reference: "Patient/p1" }, created: NOW, insurer: { reference: "Organization/cov-payor" },
      request: REQUEST, outcome: "queued",
    });
  });

  it("with a claim without insurer or coverage: the payer from the file", () => {
    const claim = { resourceType: "Claim", status: "active", patient: { reference: "Patient/p1" }, created: "2026-11-20", priority: {}, insurance: [] } as unknown as Claim;
    const base = claimResponseBase({ claimControlNumber: "C1", patient: {}, payer: { id: "P9" }, now: NOW }, { claim, patient: PATIENT });
    expect(base.insurer).toStrictEqual({ identifier: { system: "https://smart-coding-billing.example/payer-id", value: "P9" }, display: "P9" });
  });

  it("without a claim, a payer with neither name nor id is the unknown payer", () => {
    const base = claimResponseBase({ claimControlNumber: "C1", patient: {}, payer: {}, now: NOW });
    expect(base.insurer).toStrictEqual({ display: "Unknown payer" });
  });
});
