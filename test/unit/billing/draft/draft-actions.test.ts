import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { applyDraftAction, MAX_DIAGNOSES } from "../../../../src/billing/draft/draft-actions.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const line = (id: string, pointers: number[]): DraftLine => ({
  id, system: CPT, code: "99213", modifiers: [], units: 1, diagnosisPointers: pointers, placeOfService: "11", unitCharge: 100, serviceDate: "2026-03-04",
});
const dx = (code: string) => ({ code, display: code });
const draft = (codes: string[], lines: DraftLine[] = []): ClaimDraft => ({
  encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 3, diagnoses: codes.map(dx), lines,
});

describe("applyDraftAction", () => {
  it("moves a diagnosis and remaps every pointer to follow it", () => {
    const next = applyDraftAction(draft(["A", "B", "C"], [line("l1", [1, 3]), line("l2", [2])]), { type: "move-diagnosis", from: 2, to: 0 });
    expect(next.diagnoses.map((d) => d.code)).toEqual(["C", "A", "B"]);
    expect(next.lines.map((l) => l.diagnosisPointers)).toEqual([[2, 1], [3]]);
    expect(next.revision).toBe(4);
  });

  it("removes a diagnosis, drops pointers to it and shifts the later ones", () => {
    const next = applyDraftAction(draft(["A", "B", "C"], [line("l1", [1, 2, 3])]), { type: "remove-diagnosis", index: 1 });
    expect(next.diagnoses.map((d) => d.code)).toEqual(["A", "C"]);
    expect(next.lines[0]?.diagnosisPointers).toEqual([1, 2]);
  });

  it("links a new diagnosis to lines that have room for another pointer", () => {
    const next = applyDraftAction(draft(["A"], [line("l1", [1]), line("l2", [1, 1, 1, 1])]), { type: "add-diagnosis", diagnosis: dx("B") });
    expect(next.lines.map((l) => l.diagnosisPointers)).toEqual([[1, 2], [1, 1, 1, 1]]);
  });

  it("refuses a duplicate or a 13th diagnosis without bumping the revision", () => {
    const full = draft(Array.from({ length: MAX_DIAGNOSES }, (_, i) => `D${i}`));
    expect(applyDraftAction(full, { type: "add-diagnosis", diagnosis: dx("NEW") })).toBe(full);
    const one = draft(["A"]);
    expect(applyDraftAction(one, { type: "add-diagnosis", diagnosis: dx("A") })).toBe(one);
  });

  it("updates and removes lines by id", () => {
    const start = draft(["A"], [line("l1", [1]), line("l2", [1])]);
    const updated = applyDraftAction(start, { type: "update-line", id: "l2", patch: { units: 3, modifiers: ["25"] } });
    expect(updated.lines[1]).toMatchObject({ units: 3, modifiers: ["25"] });
    expect(applyDraftAction(updated, { type: "remove-line", id: "l1" }).lines.map((l) => l.id)).toEqual(["l2"]);
  });
});
