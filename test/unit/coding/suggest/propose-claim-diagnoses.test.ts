import type { Condition } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { proposeClaimDiagnoses } from "../../../../src/coding/suggest/propose-claim-diagnoses.ts";
import { ICD10CM, SNOMED } from "../../../../src/coding/systems.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

const condition = (id: string, text: string, icd?: string): Condition => ({
  resourceType: "Condition", id, subject: { reference: "Patient/p" },
  code: { text, coding: icd ? [{ system: ICD10CM, code: icd }] : [{ system: SNOMED, code: "0", display: text }] },
});

describe("proposeClaimDiagnoses", () => {
  const options = { dateOfService: "2025-11-01" };

  it("ranked conditions first, then the rest in order, each with its condition", () => {
    const result = proposeClaimDiagnoses([
      { condition: condition("htn", "Hypertension") },
      { condition: condition("dm", "Type 2 diabetes mellitus", "E11.9"), rank: 1 },
      { condition: condition("pre", "Prediabetes") },
    ], index, options);
    expect(result.map((d) => [d.code, d.conditionRef])).toEqual([["E11.9", "Condition/dm"], ["I10", "Condition/htn"], ["R73.03", "Condition/pre"]]);
  });

  it("each code once, weak matches left to the user, at most 12", () => {
    const same = [condition("a", "Hypertension"), condition("b", "Essential hypertension")].map((c) => ({ condition: c }));
    expect(proposeClaimDiagnoses(same, index, options).map((d) => d.code)).toEqual(["I10"]);
    expect(proposeClaimDiagnoses([{ condition: condition("x", "zzqx unknown words") }], index, options)).toEqual([]);
    const many = ["E11.9", "I10", "E78.5", "J45.909", "M17.11", "K21.9", "F41.9", "E03.9", "N39.0", "J30.9", "R73.03", "E66.9", "F32.A"]
      .map((code, i) => ({ condition: condition(`c${i}`, code, code) }));
    expect(proposeClaimDiagnoses(many, index, options)).toHaveLength(12);
  });
});
