import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { applyDraftAction } from "../../../../src/billing/draft/draft-actions.ts";

const line = (id: string, code: string, diagnosisPointers: number[] = []): DraftLine => ({
  id, system: "http://www.ama-assn.org/go/cpt", code, modifiers: [], units: 1, diagnosisPointers, placeOfService: "11", unitCharge: 10, serviceDate: "2026-11-20",
});
const draft = (lines: DraftLine[]): ClaimDraft => ({ encounterRef: "Encounter/e", patientRef: "Patient/p", revision: 0, diagnoses: [], lines });
const add = (d: ClaimDraft, code: string) => applyDraftAction(d, { type: "add-diagnosis", diagnosis: { code, display: code } });

describe("a diagnosis the coder adds is linked to the lines it is medically necessary for", () => {
  it("a well visit with a flu shot and a problem visit: Z00.00 to the preventive visit, Z23 to the vaccine lines, I10 to the problem visit", () => {
    let d = draft([line("prev", "99396"), line("admin", "90471"), line("flu", "90686"), line("visit", "99213")]);
    for (const code of ["Z00.00", "Z23", "I10"]) d = add(d, code);
    expect(d.lines.map((l) => [l.code, l.diagnosisPointers])).toEqual([["99396", [1]], ["90471", [2]], ["90686", [2]], ["99213", [3]]]);
  });

  it("a lab drawn at the physical takes the routine-exam diagnosis; other diagnoses still reach every line with room", () => {
    let d = draft([line("visit", "99213"), line("lab", "80053")]);
    for (const code of ["Z00.00", "E11.9"]) d = add(d, code);
    expect(d.lines.map((l) => l.diagnosisPointers)).toEqual([[2], [1, 2]]);
  });
});
