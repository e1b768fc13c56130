import type { ClaimResponse } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { describePatientOwed, isFinalStatus, toClaimStatus, type ClaimStatus } from "../../../../src/billing/status/index.ts";
import { readHl7 } from "./hl7-fixtures.ts";
import { adjudication, claimResponse, line } from "./simulated-responses.ts";

const CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";

function owedText(status: ClaimStatus): string | undefined {
  return status.kind === "patient-responsibility" ? describePatientOwed(status.owed) : undefined;
}

describe("patient responsibility is not a denial and not a payment", () => {
  it("a claim wholly applied to the deductible says so: the patient owes it", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 150), adjudication("eligible", 120), adjudication("deductible", 120, "PR-1"), adjudication("benefit", 0)),
    ], 0));
    expect(status.kind).toBe("patient-responsibility");
    expect(owedText(status)).toBe("Applied to deductible: patient owes $120.00");
    expect(isFinalStatus(status)).toBe(true);
  });

  it("a contractual write-off (CO-45) beside the deductible is still patient responsibility", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 150), adjudication("eligible", 100, "CO-45"), adjudication("deductible", 100, "PR-1"), adjudication("benefit", 0)),
    ], 0));
    expect(status.kind).toBe("patient-responsibility");
    expect(status.kind === "patient-responsibility" && status.owed.total.value).toBe(100);
  });

  it("deductible, copay and coinsurance together are named by part", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 150), adjudication("deductible", 60, "PR-1"), adjudication("copay", 25, "PR-3"), adjudication("benefit", 0)),
      line(2, adjudication("submitted", 40), adjudication("coinsurance", 8, "PR-2"), adjudication("benefit", 0)),
    ], 0));
    expect(owedText(status)).toBe("Patient responsibility: patient owes $93.00 (deductible $60.00, copay $25.00, coinsurance $8.00)");
  });

  it("a CO denial beside a patient share is a denial", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 150), adjudication("deductible", 20, "PR-1"), adjudication("benefit", 0)),
      line(2, adjudication("submitted", 40), adjudication("benefit", 0, "CO-50")),
    ], 0));
    expect(status.kind).toBe("denied");
  });

  it("a paid claim with one line gone to the deductible is paid, not partially paid", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 100), adjudication("eligible", 90), adjudication("benefit", 90)),
      line(2, adjudication("submitted", 40), adjudication("eligible", 30), adjudication("deductible", 30, "PR-1"), adjudication("benefit", 0)),
    ], 90));
    expect(status.kind).toBe("paid");
  });
});

describe("R4 outcome partial: partly processed, polling goes on", () => {
  it("a partial answer with a payment is in process, not final", () => {
    const status = toClaimStatus(claimResponse("partial", [line(1, adjudication("submitted", 100), adjudication("benefit", 80))], 80));
    expect(status.kind).toBe("in-process");
    expect(isFinalStatus(status)).toBe(false);
    expect(status.kind === "in-process" && status.payment.amount?.value).toBe(80);
  });

  it("the same answer completed is final", () => {
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("benefit", 80))], 80));
    expect([status.kind, isFinalStatus(status)]).toEqual(["paid", true]);
  });
});

describe("CARIN paidtopatient and paidbypatient", () => {
  function carin(code: string, value: number) {
    return { category: { coding: [{ system: CARIN, code }] }, amount: { value, currency: "USD" } };
  }

  it("paid to the patient: nothing to the provider, the patient owes the provider what they received", () => {
    const response: ClaimResponse = { ...claimResponse("complete", [line(1, adjudication("submitted", 200), carin("paidtopatient", 140))]), total: [carin("paidtoprovider", 0), carin("paidtopatient", 140)] };
    const status = toClaimStatus(response);
    expect(status.kind).toBe("patient-responsibility");
    expect(status.kind === "patient-responsibility" && status.paidToPatient).toEqual({ value: 140, currency: "USD" });
    expect(owedText(status)).toBe("Paid to the patient: collect $140.00 from the patient");
  });

  it("paid by the patient is money received, not a share owed", () => {
    const response: ClaimResponse = { ...claimResponse("complete", [line(1, adjudication("submitted", 200), carin("paidtoprovider", 150))]), total: [carin("paidtoprovider", 150), carin("paidbypatient", 25)] };
    const status = toClaimStatus(response);
    expect(status.kind).toBe("paid");
    expect(status.kind === "paid" && [status.paidByPatient?.value, status.patientResponsibility]).toEqual([25, undefined]);
  });

  it("memberliability is what the member owes", () => {
    const response: ClaimResponse = { ...claimResponse("complete", [line(1, adjudication("submitted", 200), carin("paidtoprovider", 150), carin("memberliability", 30))]), total: [carin("paidtoprovider", 150), carin("memberliability", 30)] };
    const status = toClaimStatus(response);
    expect(status.kind === "paid" && status.patientResponsibility?.value).toBe(30);
  });
});

describe("Da Vinci PAS review actions (X12 306): only certifications authorize", () => {
  const base = "davinci-pas-2.2.1/ClaimResponse-PractitionerRequestorResponseExample.json";

  function withAction(code: string, display?: string): Record<string, unknown> {
    const response = structuredClone(readHl7(base)) as { item: { adjudication: { extension: { extension: { url: string; valueCodeableConcept?: unknown }[] }[] }[] }[] };
    for (const item of response.item) {
      for (const adjudication of item.adjudication) {
        for (const extension of adjudication.extension ?? []) {
          for (const inner of extension.extension) {
            if (inner.url.endsWith("extension-reviewActionCode")) inner.valueCodeableConcept = { coding: [{ system: "https://codesystem.x12.org/005010/306", code, ...(display ? { display } : {}) }] };
          }
        }
      }
    }
    return response as unknown as Record<string, unknown>;
  }

  it.each([
    ["A1", "authorized"],
    ["A2", "partially-authorized"],
    ["A6", "partially-authorized"],
    ["A3", "denied"],
    ["A4", "queued"],
    ["CT", "error"],
    ["NA", "error"],
    ["C", "error"],
    ["ZZ", "error"],
  ])("review action %s -> %s", (code, kind) => {
    expect(toClaimStatus(withAction(code)).kind).toBe(kind);
  });

  it("contact payer says what to do, with the X12 code system", () => {
    const status = toClaimStatus(withAction("CT"));
    expect(status.kind === "error" && status.errors[0]).toMatchObject({ code: "CT", system: "https://codesystem.x12.org/005010/306", text: expect.stringMatching(/not decide/) });
  });

  it("a partial certification names what was cut", () => {
    const status = toClaimStatus(withAction("A2", "Certified - partial"));
    expect(status.kind === "partially-authorized" && status.reasons[0]).toMatchObject({ code: "A2", explanation: "Certified - partial" });
  });
});
