import { describe, expect, it } from "vitest";
import { isFinalStatus, toClaimStatus, type ClaimStatus, type ClaimStatusKind } from "../../../../src/billing/status/index.ts";
import { hl7ResponseFiles, readHl7 } from "./hl7-fixtures.ts";

/**
 * Read by hand from each published example (outcome, payment, per-line benefit, review action).
 * The CARIN examples with outcome "partial" are partly adjudicated (R4): in process, not final.
 */
const EXPECTED: Record<string, ClaimStatusKind> = {
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBInpatient1.json": "in-process",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBInpatient2.json": "paid",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBOral1.json": "paid",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBOral2.json": "paid",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBOutpatient1.json": "in-process",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBOutpatient2.json": "paid",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBPharmacy1.json": "in-process",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBProfessional1.json": "in-process",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBProfessional2.json": "partially-paid",
  "carin-bb-2.0.0/ExplanationOfBenefit-EOBProfessionalTransportation1.json": "paid",
  "davinci-pas-2.2.1/ClaimResponse-ErrorResponseExample.json": "error",
  "davinci-pas-2.2.1/ClaimResponse-PASClaimInquiryResponseExample.json": "authorized",
  "davinci-pas-2.2.1/ClaimResponse-PractitionerRequestorAdditionalContentResponseExample.json": "authorized",
  "davinci-pas-2.2.1/ClaimResponse-PractitionerRequestorPendingResponseExample.json": "queued",
  "davinci-pas-2.2.1/ClaimResponse-PractitionerRequestorResponseExample.json": "authorized",
  "davinci-pas-2.2.1/ClaimResponse-RejectionResponseExample.json": "denied",
  "r4-core/ClaimResponse-R3500.json": "paid",
  "r4-core/ClaimResponse-R3501.json": "error",
  "r4-core/ClaimResponse-R3502.json": "paid",
  "r4-core/ClaimResponse-R3503.json": "paid",
  "r4-core/ClaimResponse-UR3503.json": "authorized",
  "r4-core/ExplanationOfBenefit-EB3500.json": "paid",
  "r4-core/ExplanationOfBenefit-EB3501.json": "error",
};

function as<K extends ClaimStatusKind>(status: ClaimStatus, kind: K): Extract<ClaimStatus, { kind: K }> {
  expect(status.kind).toBe(kind);
  return status as Extract<ClaimStatus, { kind: K }>;
}

describe("toClaimStatus on the published HL7 examples", () => {
  it("covers every example in the fixtures", () => {
    expect(hl7ResponseFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s -> %s", (file, kind) => {
    expect(toClaimStatus(readHl7(file)).kind).toBe(kind);
  });

  it("R3500: payment, date and the line's eligible, copay and benefit", () => {
    const paid = as(toClaimStatus(readHl7("r4-core/ClaimResponse-R3500.json")), "paid");
    expect(paid.payment).toEqual({ amount: { value: 100.47, currency: "USD" }, date: "2014-08-31" });
    expect(paid.lines[0]).toMatchObject({
      sequence: 1,
      eligible: { value: 135.57 },
      copay: { value: 10 },
      benefit: { value: 90.47 },
      patientResponsibility: { value: 10 },
    });
    expect(paid.reasons[0]).toMatchObject({ kind: "other", code: "ar002", explanation: "Plan Limit Reached", lineSequence: 1 });
    expect(paid.disposition).toBe("Claim settled as per contract.");
    expect(paid.claimRef).toBe("http://www.BenefitsInc.com/fhir/oralhealthclaim/15476332402");
  });

  it("R3501: the error with its line", () => {
    const error = as(toClaimStatus(readHl7("r4-core/ClaimResponse-R3501.json")), "error");
    expect(error.errors).toEqual([expect.objectContaining({ code: "a002", lineSequence: 3 })]);
  });

  it("EB3501: an EOB error without error codes keeps the payer's notes and disposition", () => {
    const error = as(toClaimStatus(readHl7("r4-core/ExplanationOfBenefit-EB3501.json")), "error");
    expect(error.errors.map((e) => e.text)).toEqual(["Invalid claim", "Could not process."]);
  });

  it("CARIN professional (outcome partial): in process, paid to provider, paid by patient from the totals, lines with their codes", () => {
    const partial = as(toClaimStatus(readHl7("carin-bb-2.0.0/ExplanationOfBenefit-EOBProfessional1.json")), "in-process");
    expect(isFinalStatus(partial)).toBe(false);
    expect(partial.payment.amount).toEqual({ value: 620, currency: "USD" });
    // paidbypatient is what the patient already paid, not what the patient owes.
    expect(partial.paidByPatient).toEqual({ value: 0, currency: "USD" });
    expect(partial.patientResponsibility).toBeUndefined();
    expect(partial.lines[0]).toMatchObject({ code: "97110", submitted: { value: 1000 } });
    expect(partial.source).toBe("ExplanationOfBenefit");
  });

  it("PAS rejection: denied with the payer's review action", () => {
    const denied = as(toClaimStatus(readHl7("davinci-pas-2.2.1/ClaimResponse-RejectionResponseExample.json")), "denied");
    expect(denied.reasons[0]).toMatchObject({ code: "A3", explanation: "Not Certified" });
  });

  it("PAS error: every X12 error code", () => {
    const error = as(toClaimStatus(readHl7("davinci-pas-2.2.1/ClaimResponse-ErrorResponseExample.json")), "error");
    expect(error.errors.map((e) => e.code)).toEqual(["04", "T4"]);
  });
});
