import { describe, expect, it } from "vitest";
import { checkDiagnosisCount, checkPointers } from "../../../../src/billing/scrub/rule-diagnosis-pointers.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// dx-limit, dx-pointer-missing, dx-pointer-limit and dx-pointer-invalid, read whole: the count and
// every diagnosis past the twelfth named, the line's number and code, each pointer's problem and
// the position it is at; twelve diagnoses and four distinct listed pointers give no finding.
const DIAGNOSES = ["E11.9", "I10", "E78.5", "M17.11", "J45.909", "K21.9", "F41.1", "G47.33", "N18.30", "E66.9", "M54.50", "R73.03", "Z79.4", "E55.9"];
const pointers = (lines: LineSpec[], diagnoses = DIAGNOSES.slice(0, 4)) => checkPointers(ruleInput({ diagnoses, lines }));
const count = (diagnoses: string[]) => checkDiagnosisCount(ruleInput({ diagnoses, lines: [{ code: "99213" }] }));

describe("dx-limit finding", () => {
  it("fourteen diagnoses: the count and the two past the twelfth, comma-separated", () => {
    expect(count(DIAGNOSES)).toStrictEqual([
      expected("dx-limit", "error", "business-rule", "The claim has 14 diagnoses but a professional claim holds 12: remove or split off Z79.4, E55.9 (keep the ones the lines point to).", ["Claim.diagnosis[12]"]),
    ]);
  });

  it("thirteen: the one past the twelfth; twelve: no finding", () => {
    expect(count(DIAGNOSES.slice(0, 13))).toStrictEqual([
      expected("dx-limit", "error", "business-rule", "The claim has 13 diagnoses but a professional claim holds 12: remove or split off Z79.4 (keep the ones the lines point to).", ["Claim.diagnosis[12]"]),
    ]);
    expect(count(DIAGNOSES.slice(0, 12))).toStrictEqual([]);
  });
});

describe("diagnosis pointer findings", () => {
  it("line 2 points at nothing: the line's number and code", () => {
    expect(pointers([{ code: "99213" }, { code: "96372", pointers: [] }])).toStrictEqual([
      expected("dx-pointer-missing", "error", "required", "Line 2 (96372) points at no diagnosis: add the diagnosis that justifies it (primary first).", ["Claim.item[1].diagnosisSequence"]),
    ]);
  });

  it("five listed pointers on line 2: the count, at the fifth pointer; no pointer is invalid", () => {
    expect(pointers([{ code: "99213" }, { code: "99214", pointers: [1, 2, 3, 4, 5] }], DIAGNOSES.slice(0, 5))).toStrictEqual([
      expected("dx-pointer-limit", "error", "business-rule", "Line 2 (99214) points at 5 diagnoses but a line holds 4: keep the 4 most relevant.", ["Claim.item[1].diagnosisSequence[4]"]),
    ]);
  });

  it("a repeated pointer, one at no listed diagnosis and one past the twelfth, each at its position", () => {
    expect(pointers([{ code: "99213" }, { code: "J1100", pointers: [1, 1, 15, 13] }], DIAGNOSES)).toStrictEqual([
      expected("dx-pointer-invalid", "error", "invalid", "Line 2 (J1100) points at diagnosis 1 twice: remove the repeated pointer.", ["Claim.item[1].diagnosisSequence[1]"]),
      expected("dx-pointer-invalid", "error", "invalid", "Line 2 (J1100) points at diagnosis 15, which is not on the claim: point at a listed diagnosis.", ["Claim.item[1].diagnosisSequence[2]"]),
      expected("dx-pointer-invalid", "error", "invalid", "Line 2 (J1100) points at diagnosis 13, beyond the 12 a claim can carry: move that diagnosis into the first 12.", ["Claim.item[1].diagnosisSequence[3]"]),
    ]);
  });

  it("a line without a code says so, as the place-of-service finding does", () => {
    expect(pointers([{ code: "99213" }, { code: "", pointers: [] }])).toStrictEqual([
      expected("dx-pointer-missing", "error", "required", "Line 2 (no code) points at no diagnosis: add the diagnosis that justifies it (primary first).", ["Claim.item[1].diagnosisSequence"]),
    ]);
  });

  it("four distinct pointers at listed diagnoses, in any order: no finding", () => {
    expect(pointers([{ code: "99214", pointers: [4, 3, 2, 1] }, { code: "36415", pointers: [12] }], DIAGNOSES.slice(0, 12))).toStrictEqual([]);
  });
});
