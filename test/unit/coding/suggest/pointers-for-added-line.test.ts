import { describe, expect, it } from "vitest";
import { pointersForAddedLine, type PointerDiagnosis } from "../../../../src/coding/suggest/link-diagnosis-pointers.ts";

const WELL_VISIT_WITH_PROBLEMS: PointerDiagnosis[] = [{ code: "Z00.00" }, { code: "E11.9" }, { code: "I10" }, { code: "Z23" }, { code: "E78.5" }];
const PROBLEMS: PointerDiagnosis[] = [{ code: "J20.9" }, { code: "E11.9" }, { code: "I10" }, { code: "E78.5" }, { code: "M17.11" }];

describe("pointers of a line added in the workspace, by medical necessity", () => {
  it.each([
    ["a vaccine product: Z23", "90715", [], [4]],
    ["a vaccine administration: Z23", "90471", [{ code: "90715" }], [4]],
    ["a preventive visit: its routine exam", "99396", [], [1]],
    ["an office E/M beside a preventive visit and a vaccine: the problems", "99214", [{ code: "99396" }, { code: "90471" }], [2, 3, 5]],
    ["a lab line: the primary diagnosis", "85025", [], [1]],
  ])("%s", (_name, code, others, pointers) => {
    expect(pointersForAddedLine({ code }, others, WELL_VISIT_WITH_PROBLEMS)).toEqual(pointers);
  });

  it("quiet where necessity names nothing: an office E/M alone points at the first four problems", () => {
    expect(pointersForAddedLine({ code: "99213" }, [], PROBLEMS)).toEqual([1, 2, 3, 4]);
    expect(pointersForAddedLine({ code: "90471" }, [], PROBLEMS)).toEqual([1]);
    expect(pointersForAddedLine({ code: "99213" }, [], [])).toEqual([]);
  });

  it("a Procedure's reasons come first", () => {
    const procedures = [{ resourceType: "Procedure" as const, id: "inj", status: "completed" as const, subject: { reference: "Patient/p" }, reasonCode: [{ coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M17.11" }] }] }];
    expect(pointersForAddedLine({ code: "20610", procedureRef: "Procedure/inj" }, [], PROBLEMS, { procedures })).toEqual([5]);
  });
});
