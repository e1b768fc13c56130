// Pins how Claim.diagnosis becomes HI codes: sorted by sequence (positions follow the sorted
// order, expressions name the original index), ICD-10-CM codings only (trimmed, upper-cased,
// dots removed), a referenced Condition read through the Bundle, and the exact findings for no
// diagnosis, more than 12, a diagnosis without an ICD-10-CM code and a malformed code.
import type { Bundle, Claim, ClaimDiagnosis, Condition, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readDiagnoses } from "../../../../src/billing/x12/read-diagnoses.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { professionalClaim } from "./reader-claim.ts";

const SNOMED = "http://snomed.info/sct";

function context(bundle: Bundle = { resourceType: "Bundle", type: "collection", entry: [] }): ReadContext {
  return { index: indexBundle(bundle), issues: [] };
}

function claimWith(diagnosis: ClaimDiagnosis[] | undefined): Claim {
  return professionalClaim(diagnosis === undefined ? {} : { diagnosis });
}

const dx = (sequence: number, code: string, system = ICD10CM): ClaimDiagnosis => ({
  sequence,
  diagnosisCodeableConcept: { coding: [{ system, code }] },
});

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
  };
}

describe("readDiagnoses", () => {
  it("puts the codes in sequence order, dots removed, with each sequence's HI position", () => {
    const ctx = context();
    const result = readDiagnoses(ctx, claimWith([dx(3, "Z00.00"), dx(1, "E11.9"), dx(2, "I10")]));
    expect(result).toStrictEqual({ codes: ["E119", "I10", "Z0000"], positionOf: new Map([[1, 1], [2, 2], [3, 3]]) });
    expect([...(result?.positionOf.entries() ?? [])]).toStrictEqual([[1, 1], [2, 2], [3, 3]]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("maps sparse sequences to consecutive HI positions", () => {
    const ctx = context();
    const result = readDiagnoses(ctx, claimWith([dx(7, "I10"), dx(2, "E11.9")]));
    expect(result).toStrictEqual({ codes: ["E119", "I10"], positionOf: new Map([[2, 1], [7, 2]]) });
  });

  it("trims and upper-cases the ICD-10-CM code and skips codings of other systems", () => {
    const ctx = context();
    const claim = claimWith([
      { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: SNOMED, code: "44054006" }, { system: ICD10CM, code: " e11.9 " }] } },
    ]);
    expect(readDiagnoses(ctx, claim)).toStrictEqual({ codes: ["E119"], positionOf: new Map([[1, 1]]) });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads the code of a referenced Condition", () => {
    const condition: Condition = {
      resourceType: "Condition",
      id: "cond-1",
      subject: { reference: "Patient/pat-1" },
      code: { coding: [{ system: ICD10CM, code: "J45.909" }] },
    };
    const ctx = context({ resourceType: "Bundle", type: "collection", entry: [{ fullUrl: "urn:uuid:cond-1", resource: condition }] });
    const result = readDiagnoses(ctx, claimWith([{ sequence: 1, diagnosisReference: { reference: "urn:uuid:cond-1" } }]));
    expect(result).toStrictEqual({ codes: ["J45909"], positionOf: new Map([[1, 1]]) });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports every diagnosis that has no ICD-10-CM code, by its index in Claim.diagnosis", () => {
    const ctx = context();
    const claim = claimWith([
      { sequence: 1 },
      { sequence: 2, diagnosisReference: { reference: "Condition/absent" } },
      { sequence: 3, diagnosisCodeableConcept: { text: "asthma" } },
      dx(4, "44054006", SNOMED),
      { sequence: 5, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, display: "no code" }] } },
      dx(6, "  "),
      dx(7, "E11.9"),
    ]);
    expect(readDiagnoses(ctx, claim)).toBeUndefined();
    const missing = (i: number) => finding("x12-missing-data", `Claim.diagnosis[${i}] has no ICD-10-CM code (system ${ICD10CM}).`, `Claim.diagnosis[${i}]`);
    expect(ctx.issues).toStrictEqual([missing(0), missing(1), missing(2), missing(3), missing(4), missing(5)]);
  });

  it("refuses a malformed code and gives no result even when other codes are good", () => {
    const ctx = context();
    expect(readDiagnoses(ctx, claimWith([dx(2, "I10"), dx(1, "E11.9X1234")]))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([finding("x12-invalid-data", 'Claim.diagnosis[1]: "E11.9X1234" is not an ICD-10-CM code.', "Claim.diagnosis[1]")]);
  });

  it("reports a claim without diagnoses", () => {
    const ctx = context();
    expect(readDiagnoses(ctx, claimWith(undefined))).toBeUndefined();
    expect(readDiagnoses(ctx, claimWith([]))).toBeUndefined();
    const empty = finding("x12-missing-data", "Claim.diagnosis is empty; the 837P needs at least one ICD-10-CM code.", "Claim.diagnosis");
    expect(ctx.issues).toStrictEqual([empty, empty]);
  });

  it("accepts 12 diagnoses and refuses 13", () => {
    const codes = ["A00.0", "B00.1", "C00.2", "D00.0", "E11.9", "F32.9", "G43.909", "H10.9", "I10", "J45.909", "K21.9", "L40.0", "M54.5"];
    const twelve = context();
    expect(readDiagnoses(twelve, claimWith(codes.slice(0, 12).map((code, i) => dx(i + 1, code))))?.codes).toStrictEqual(
      codes.slice(0, 12).map((code) => code.replace(".", "")),
    );
    expect(twelve.issues).toStrictEqual([]);
    const thirteen = context();
    expect(readDiagnoses(thirteen, claimWith(codes.map((code, i) => dx(i + 1, code))))).toBeUndefined();
    expect(thirteen.issues).toStrictEqual([
      finding("x12-invalid-data", "The claim has 13 diagnoses; an 837P carries at most 12. Remove diagnoses no line points at, or split the claim.", "Claim.diagnosis"),
    ]);
  });
});
