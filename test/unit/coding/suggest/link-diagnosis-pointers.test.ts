import type { Procedure } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { linkDiagnosisPointers, type PointerDiagnosis } from "../../../../src/coding/suggest/link-diagnosis-pointers.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";

const DIAGNOSES: PointerDiagnosis[] = [
  { code: "E11.9", conditionRef: "Condition/dm" },
  { code: "I10", conditionRef: "Condition/htn" },
  { code: "M17.11", conditionRef: "Condition/oa" },
  { code: "J45.909" },
  { code: "E78.5", conditionRef: "Condition/lipids" },
];

const injection: Procedure = {
  resourceType: "Procedure", id: "inj", status: "completed", subject: { reference: "Patient/p" },
  reasonReference: [{ reference: "Condition/oa" }],
};
const ecg: Procedure = {
  resourceType: "Procedure", id: "ecg", status: "completed", subject: { reference: "Patient/p" },
  reasonCode: [{ coding: [{ system: ICD10CM, code: "I10" }, { system: ICD10CM, code: "E785" }] }],
};
const noReason: Procedure = { resourceType: "Procedure", id: "none", status: "completed", subject: { reference: "Patient/p" } };

const pointersOf = (line: { code: string; procedureRef?: string }, diagnoses = DIAGNOSES): number[] =>
  linkDiagnosisPointers([line], diagnoses, { procedures: [injection, ecg, noReason] })[0]?.diagnosisPointers ?? [];

describe("linkDiagnosisPointers", () => {
  it.each([
    ["a Procedure line: its reasonReference", { code: "20610", procedureRef: "Procedure/inj" }, [3]],
    ["a Procedure line: its reasonCode (ICD-10-CM, with or without dot), in claim order", { code: "93000", procedureRef: "Procedure/ecg" }, [2, 5]],
    ["a Procedure line without reasons: the primary", { code: "36415", procedureRef: "Procedure/none" }, [1]],
    ["a line from an unknown Procedure: the primary", { code: "36415", procedureRef: "Procedure/gone" }, [1]],
    ["an office E/M: the first four", { code: "99214" }, [1, 2, 3, 4]],
    ["a preventive visit: the first four", { code: "99396" }, [1, 2, 3, 4]],
    ["prolonged time: the first four", { code: "G2212" }, [1, 2, 3, 4]],
    ["any other line: the primary", { code: "J1100" }, [1]],
  ])("%s", (_name, line, pointers) => {
    expect(pointersOf(line)).toEqual(pointers);
  });

  it("an E/M with fewer diagnoses points at all of them; no diagnoses, no pointers", () => {
    expect(pointersOf({ code: "99213" }, DIAGNOSES.slice(0, 2))).toEqual([1, 2]);
    expect(pointersOf({ code: "99213" }, [])).toEqual([]);
    expect(pointersOf({ code: "20610", procedureRef: "Procedure/inj" }, [])).toEqual([]);
  });

  it("a reason that is not on the claim falls back to the primary", () => {
    expect(pointersOf({ code: "20610", procedureRef: "Procedure/inj" }, DIAGNOSES.slice(0, 2))).toEqual([1]);
  });

  it("keeps the rest of each line and never more than 4 pointers", () => {
    const many: Procedure = { ...injection, id: "many", reasonReference: DIAGNOSES.map((_, i) => ({ reference: `Condition/${i}` })) };
    const diagnoses = DIAGNOSES.map((d, i) => ({ ...d, conditionRef: `Condition/${i}` }));
    const [line] = linkDiagnosisPointers([{ id: "l1", code: "20610", procedureRef: "Procedure/many", units: 2 }], diagnoses, { procedures: [many] });
    expect(line).toEqual({ id: "l1", code: "20610", procedureRef: "Procedure/many", units: 2, diagnosisPointers: [1, 2, 3, 4] });
  });
});

describe("linkDiagnosisPointers by medical necessity (routine exam Z00.0-/Z00.1-, vaccination Z23)", () => {
  const WELL_VISIT: PointerDiagnosis[] = [{ code: "Z00.00" }, { code: "Z23" }, { code: "I10" }, { code: "E78.5" }];
  const pointers = (codes: string[], diagnoses = WELL_VISIT) => linkDiagnosisPointers(codes.map((code) => ({ code })), diagnoses).map((l) => l.diagnosisPointers);

  it("a preventive visit points at its Z00.0x, a vaccine's administration and product at Z23, a problem visit beside them at the problems", () => {
    expect(pointers(["99396", "90471", "90686", "99213"])).toEqual([[1], [2], [2], [3, 4]]);
  });

  it("a child's preventive visit points at Z00.12x, Medicare's annual wellness visit and G0008 likewise", () => {
    expect(pointers(["99392", "90460"], [{ code: "J06.9" }, { code: "Z00.129" }, { code: "Z23" }])).toEqual([[2], [3]]);
    expect(pointers(["G0439", "G0008"], [{ code: "E11.9" }, { code: "Z00.00" }, { code: "Z23" }])).toEqual([[2], [3]]);
  });

  it("without those diagnoses on the claim the lines fall back as before; an office E/M alone keeps every diagnosis", () => {
    expect(pointers(["99396", "90471"], [{ code: "I10" }, { code: "E78.5" }])).toEqual([[1, 2], [1]]);
    expect(pointers(["99213"])).toEqual([[1, 2, 3, 4]]);
  });

  it("a Procedure's own reasons still come first", () => {
    const given: Procedure = { resourceType: "Procedure", id: "flu", status: "completed", subject: { reference: "Patient/p" }, reasonCode: [{ coding: [{ system: ICD10CM, code: "I10" }] }] };
    expect(linkDiagnosisPointers([{ code: "90471", procedureRef: "Procedure/flu" }], WELL_VISIT, { procedures: [given] })[0]?.diagnosisPointers).toEqual([3]);
  });
});
