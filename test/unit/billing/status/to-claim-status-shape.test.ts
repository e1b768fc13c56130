import { describe, expect, it } from "vitest";
import { describePatientOwed, toClaimStatus } from "../../../../src/billing/status/index.ts";
import { adjudication, claimResponse, line } from "./simulated-responses.ts";

const category = (code: string) => ({ coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code }] });

describe("toClaimStatus keeps exactly what the payer sent, and nothing empty", () => {
  it("reads a rejected ClaimResponse's errors, notes, disposition, claim and date", () => {
    const response = {
      resourceType: "ClaimResponse",
      status: "active",
      outcome: "error",
      request: { reference: "Claim/1" },
      claim: { reference: "Claim/not-this" },
      created: "2026-11-20",
      disposition: "Rejected",
      processNote: [{ text: "Resubmit with the NPI" }, { number: 2 }, { text: "" }],
      error: [
        { code: { coding: [{ system: "https://x12.org/codes/claim-status-codes", code: "A7", display: "Invalid NPI" }] }, itemSequence: 2 },
        { code: { coding: [{ code: "B1" }] } },
        { code: {} },
      ],
    };
    expect(toClaimStatus(response)).toStrictEqual({
      kind: "error",
      source: "ClaimResponse",
      disposition: "Rejected",
      claimRef: "Claim/1",
      created: "2026-11-20",
      notes: ["Resubmit with the NPI"],
      errors: [
        { code: "A7", text: "Invalid NPI", system: "https://x12.org/codes/claim-status-codes", lineSequence: 2 },
        { code: "B1", text: "Error B1" },
      ],
    });
  });

  it("falls back on an EOB's notes and disposition, read from its claim", () => {
    const eob = { resourceType: "ExplanationOfBenefit", outcome: "error", claim: { reference: "Claim/9" }, request: { reference: "Claim/x" }, disposition: "Not processed", processNote: [{ text: "Member not found" }] };
    expect(toClaimStatus(eob)).toStrictEqual({
      kind: "error",
      source: "ExplanationOfBenefit",
      disposition: "Not processed",
      claimRef: "Claim/9",
      notes: ["Member not found"],
      errors: [{ code: "unspecified", text: "Member not found" }, { code: "unspecified", text: "Not processed" }],
    });
    expect(toClaimStatus({ resourceType: "ClaimResponse", outcome: "error", claim: { reference: "Claim/9" } })).toStrictEqual({
      kind: "error",
      source: "ClaimResponse",
      errors: [{ code: "unspecified", text: "The payer could not process the claim and gave no reason." }],
    });
  });

  it("says a processed claim with no amounts and no reasons is an error to ask about", () => {
    expect(toClaimStatus({ resourceType: "ClaimResponse", outcome: "complete" })).toStrictEqual({
      kind: "error",
      source: "ClaimResponse",
      errors: [{ code: "no-adjudication", text: "The payer marked the claim processed but sent no amounts and no reasons: ask the payer for the remittance." }],
    });
  });

  it("reads a payment with its date and no empty amounts", () => {
    const response = { resourceType: "ClaimResponse", outcome: "complete", payment: { amount: { value: 100, currency: "USD" }, date: "2026-11-30" }, total: [{ category: category("submitted"), amount: { value: 150 } }] };
    expect(toClaimStatus(response)).toStrictEqual({
      kind: "paid",
      source: "ClaimResponse",
      payment: { amount: { value: 100, currency: "USD" }, date: "2026-11-30" },
      lines: [],
      reasons: [],
    });
  });

  it("keeps what the patient owes, paid to and by the patient, when sent as totals", () => {
    const response = {
      resourceType: "ClaimResponse",
      outcome: "complete",
      total: [
        { category: category("memberliability"), amount: { value: 40 } },
        { category: category("paidtopatient"), amount: { value: 60 } },
        { category: category("paidbypatient"), amount: { value: 10 } },
      ],
    };
    expect(toClaimStatus(response)).toStrictEqual({
      kind: "patient-responsibility",
      source: "ClaimResponse",
      owed: { total: { value: 100, currency: "USD" }, paidToPatient: { value: 60, currency: "USD" } },
      payment: {},
      lines: [],
      reasons: [],
      patientResponsibility: { value: 100, currency: "USD" },
      paidToPatient: { value: 60, currency: "USD" },
      paidByPatient: { value: 10, currency: "USD" },
    });
  });

  it("calls a zero patient share with nothing paid a denial, not patient responsibility", () => {
    const response = { resourceType: "ClaimResponse", outcome: "complete", total: [{ category: category("memberliability"), amount: { value: 0 } }] };
    expect(toClaimStatus(response).kind).toBe("denied");
  });

  it("names what it got instead of a resource", () => {
    expect(toClaimStatus("ClaimResponse")).toEqual({ kind: "invalid", message: "Expected a ClaimResponse or ExplanationOfBenefit, got a string." });
    expect(toClaimStatus(42)).toEqual({ kind: "invalid", message: "Expected a ClaimResponse or ExplanationOfBenefit, got a number." });
    expect(toClaimStatus(null)).toEqual({ kind: "invalid", message: "Expected a ClaimResponse or ExplanationOfBenefit, got null." });
    expect(toClaimStatus([])).toEqual({ kind: "invalid", message: "Expected a ClaimResponse or ExplanationOfBenefit, got an array." });
  });
});

describe("what the patient owes, part by part, and nothing the payer did not send", () => {
  const usd = (value: number) => ({ value, currency: "USD" });

  it("names only the parts that hold an amount: a zero deductible is not a part", () => {
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("deductible", 0), adjudication("copay", 25, "PR-3"), adjudication("benefit", 0))], 0));
    expect(status.kind === "patient-responsibility" && status.owed).toStrictEqual({ total: usd(25), copay: usd(25) });
    expect(status.kind === "patient-responsibility" && describePatientOwed(status.owed)).toBe("Copay: patient owes $25.00");
  });

  it("a zero payment to the patient is not a payment to collect", () => {
    const response = { resourceType: "ClaimResponse", outcome: "complete", total: [{ category: category("memberliability"), amount: { value: 40 } }, { category: category("paidtopatient"), amount: { value: 0 } }] };
    const status = toClaimStatus(response);
    expect(status.kind === "patient-responsibility" && status.owed).toStrictEqual({ total: usd(40) });
    expect(status.kind === "patient-responsibility" && describePatientOwed(status.owed)).toBe("Patient responsibility: patient owes $40.00");
  });

  it("adds up payments to the patient sent on the lines only", () => {
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("paidtopatient", 60), adjudication("benefit", 0))]));
    expect(status.kind).toBe("patient-responsibility");
    expect(status.kind === "patient-responsibility" && [status.owed, status.paidToPatient]).toStrictEqual([{ total: usd(60), paidToPatient: usd(60) }, usd(60)]);
  });

  it("lists every part when more than one is given, even if the first alone equals the total", () => {
    expect(describePatientOwed({ total: usd(100), deductible: usd(100), copay: usd(20) })).toBe("Patient responsibility: patient owes $100.00 (deductible $100.00, copay $20.00)");
  });
});

describe("a denial or rejection read from reasons and notes only", () => {
  it("calls a processed claim with a claim-level reason and no amounts a denial", () => {
    const response = { resourceType: "ClaimResponse", outcome: "complete", adjudication: [{ category: category("benefit"), reason: { coding: [{ system: "https://x12.org/codes/claim-adjustment-reason-codes", code: "CO-29" }] } }] };
    const status = toClaimStatus(response);
    expect(status.kind).toBe("denied");
    expect(status.kind === "denied" && [status.payment, status.lines, status.reasons.map((r) => [r.group, r.code])]).toStrictEqual([{}, [], [["CO", "29"]]]);
  });

  it("a rejection with notes and no disposition gives the notes alone as its errors, skipping notes without text", () => {
    const response = { resourceType: "ClaimResponse", outcome: "error", processNote: [{ number: 1 }, { text: "Member id not on file" }] };
    expect(toClaimStatus(response)).toStrictEqual({ kind: "error", source: "ClaimResponse", notes: ["Member id not on file"], errors: [{ code: "unspecified", text: "Member id not on file" }] });
  });
});
