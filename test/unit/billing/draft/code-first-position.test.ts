import { beforeAll, describe, expect, it } from "vitest";
import { codeFirstPosition } from "../../../../src/billing/draft/code-first-position.ts";
import { applyDraftAction } from "../../../../src/billing/draft/draft-actions.ts";
import type { ClaimDraft } from "../../../../src/billing/claim-draft.ts";
import { ICD10CM, loadCodeIndex, type LoadedCodeIndex } from "../../../../src/coding/index.ts";

let index: LoadedCodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex({ source: { kind: "directory", path: "" } });
});
const notesOf = (code: string) => index.lookup(ICD10CM, code)?.notes;

/** Where an accepted code goes, by the real FY code sets' Tabular notes. */
describe("codeFirstPosition on the real code sets", () => {
  it.each([
    ["E11.22 after N18.30 (N18's 'code first' diabetic CKD)", ["I10", "N18.30"], "E11.22", "N18.30"],
    ["I12.9 after N18.4 (N18's 'code first' hypertensive CKD)", ["N18.4"], "I12.9", "N18.4"],
    ["N18.30 after E11.22: already in order", ["E11.22"], "N18.30", undefined],
    ["an unrelated code goes last", ["J20.9", "N18.30"], "I10", undefined],
  ])("%s", (_what, listed, code, before) => {
    expect(codeFirstPosition(listed, code, notesOf)).toBe(before);
  });
});

describe("add-diagnosis with before", () => {
  it("inserts before that code and keeps each line pointing at the same diagnoses", () => {
    const draft: ClaimDraft = {
      encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 1,
      diagnoses: [{ code: "I10", display: "I10" }, { code: "N18.30", display: "N18.30" }],
      lines: [{ id: "a", system: "http://www.ama-assn.org/go/cpt", code: "99213", modifiers: [], units: 1, diagnosisPointers: [2], placeOfService: "11", unitCharge: 50, serviceDate: "2026-03-04" }],
    };
    const next = applyDraftAction(draft, { type: "add-diagnosis", diagnosis: { code: "E11.22", display: "E11.22" }, before: "N18.30" });
    expect(next.diagnoses.map((d) => d.code)).toEqual(["I10", "E11.22", "N18.30"]);
    // The line pointed at N18.30 (2); it still does (now 3), and the new diagnosis joins it (2).
    expect(next.lines[0]?.diagnosisPointers.map((p) => next.diagnoses[p - 1]?.code).sort()).toEqual(["E11.22", "N18.30"]);
  });
});
