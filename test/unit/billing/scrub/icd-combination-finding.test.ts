import { describe, expect, it } from "vitest";
import { checkCombination } from "../../../../src/billing/scrub/rule-icd-combination.ts";
import { expected, ruleInput } from "./rule-input.ts";

// icd-combination, read whole: the codes joined in the table's order, the guideline and the fix,
// on the replaced code's diagnosis; and nothing at all when the combination code is already there.
const check = (diagnoses: string[]) => checkCombination(ruleInput({ diagnoses, lines: [{ code: "99213" }] }));

describe("icd-combination finding", () => {
  it("hypertension and CKD stage 3 listed apart: both codes, the guideline, the fix, on the I10 diagnosis", () => {
    expect(check(["E78.5", "N18.3", "I10"])).toStrictEqual([
      expected("icd-combination", "warning", "business-rule", "I10 with N18.3, listed separately, have a combination code the guidelines require (ICD-10-CM guideline I.C.9.a.2): code I12.9 (hypertensive chronic kidney disease, stage 1-4 or unspecified) instead of I10, followed by the N18 stage code. Keep them separate only if the provider documents that the conditions are unrelated.", ["Claim.diagnosis[2].diagnosisCodeableConcept"]),
    ]);
  });

  it("with the combination code already listed the rule returns no finding at all", () => {
    expect(check(["I10", "N18.3", "I12.9"])).toStrictEqual([]);
  });
});
