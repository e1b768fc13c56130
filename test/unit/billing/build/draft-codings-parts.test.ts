/**
 * Pins the draft's FHIR codings: a procedure coding carries a display only when the line has one
 * (no display key at all otherwise), and pointers outside the diagnosis list are dropped.
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { pointedDiagnoses, procedureConcept } from "../../../../src/billing/build/draft-codings.ts";
import { CPT } from "../../../../src/coding/systems.ts";

function line(patch: Partial<DraftLine> = {}): DraftLine {
  return { id: "l1", system: CPT, code: "99213", modifiers: [], units: 1, diagnosisPointers: [1], placeOfService: "11", unitCharge: 135, serviceDate: "2026-11-20", ...patch };
}

describe("draft codings", () => {
  it("gives the procedure coding a display only when the line has one", () => {
    expect(procedureConcept(line())).toStrictEqual({ coding: [{ system: CPT, code: "99213" }] });
    expect(procedureConcept(line({ display: "Office visit" }))).toStrictEqual({ coding: [{ system: CPT, code: "99213", display: "Office visit" }] });
  });

  it("drops pointers outside the diagnosis list and keeps pointer order", () => {
    const draft: ClaimDraft = {
      encounterRef: "Encounter/enc-1",
      patientRef: "Patient/pat-1",
      revision: 1,
      diagnoses: [{ code: "E11.9", display: "a" }, { code: "I10", display: "b" }],
      lines: [],
    };
    expect(pointedDiagnoses(draft, line({ diagnosisPointers: [2, 5, 0, 1] }))).toStrictEqual([{ code: "I10", display: "b" }, { code: "E11.9", display: "a" }]);
    expect(pointedDiagnoses(draft, line({ diagnosisPointers: [3] }))).toStrictEqual([]);
  });
});
