/**
 * Pins the draft's edit actions part by part: which codes the E/M helper owns, the bounds each move
 * and removal refuses (same draft back, revision unchanged), a refused add that must not reorder,
 * stale pointers, and the line, replace and based-on actions compared as whole drafts.
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { applyDraftAction, isEmLineCode } from "../../../../src/billing/draft/draft-actions.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const line = (id: string, code: string, pointers: number[]): DraftLine => ({
  id, system: CPT, code, modifiers: [], units: 1, diagnosisPointers: pointers, placeOfService: "11", unitCharge: 100, serviceDate: "2026-03-04",
});
const draft = (codes: string[], lines: DraftLine[] = []): ClaimDraft => ({
  encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 3, diagnoses: codes.map((code) => ({ code, display: code })), lines,
});

describe("isEmLineCode", () => {
  it("owns the visit codes, the prolonged-service add-ons and the prenatal tracking codes, nothing else", () => {
    const codes = ["99213", "99417", "G2212", "0500F", "0502F", "0501F", "73560", ""];
    expect(codes.map(isEmLineCode)).toStrictEqual([true, true, true, true, true, false, false, false]);
  });
});

describe("move-diagnosis bounds", () => {
  it("moves the first diagnosis and its pointers follow", () => {
    const start = draft(["A", "B", "C"], [line("l1", "73560", [1]), line("l2", "73560", [3])]);
    const next = applyDraftAction(start, { type: "move-diagnosis", from: 0, to: 2 });
    expect(next).toStrictEqual({ ...start, revision: 4, diagnoses: draft(["B", "C", "A"]).diagnoses, lines: [line("l1", "73560", [3]), line("l2", "73560", [2])] });
  });

  it.each([
    ["from before the list", -1, 0],
    ["from past the list", 3, 0],
    ["to before the list", 0, -1],
    ["to past the list", 0, 3],
    ["onto itself", 1, 1],
  ])("refuses a move %s and returns the same draft", (_what, from, to) => {
    const start = draft(["A", "B", "C"], [line("l1", "73560", [1, 2, 3])]);
    expect(applyDraftAction(start, { type: "move-diagnosis", from, to })).toBe(start);
  });
});

describe("remove-diagnosis bounds", () => {
  it("removes the first diagnosis and shifts every later pointer down", () => {
    const start = draft(["A", "B", "C"], [line("l1", "73560", [1, 2, 3])]);
    expect(applyDraftAction(start, { type: "remove-diagnosis", index: 0 })).toStrictEqual({
      ...start, revision: 4, diagnoses: draft(["B", "C"]).diagnoses, lines: [line("l1", "73560", [1, 2])],
    });
  });

  it.each([["before the list", -1], ["past the list", 3]])("refuses an index %s and returns the same draft", (_what, index) => {
    const start = draft(["A", "B", "C"], [line("l1", "73560", [1, 2, 3])]);
    expect(applyDraftAction(start, { type: "remove-diagnosis", index })).toBe(start);
  });
});

describe("add-diagnosis", () => {
  it("a duplicate refused with a code to precede leaves the list in its order", () => {
    const start = draft(["A", "B", "C"], [line("l1", "73560", [3])]);
    expect(applyDraftAction(start, { type: "add-diagnosis", diagnosis: { code: "C", display: "C" }, before: "A" })).toBe(start);
  });

  it("a line pointing past the list (a stale pointer) still takes the new diagnosis", () => {
    const start = draft(["A"], [line("l1", "73560", [3])]);
    expect(applyDraftAction(start, { type: "add-diagnosis", diagnosis: { code: "B", display: "B" } })).toStrictEqual({
      ...start, revision: 4, diagnoses: draft(["A", "B"]).diagnoses, lines: [line("l1", "73560", [3, 2])],
    });
  });
});

describe("line actions", () => {
  it("adds a line at the end", () => {
    const start = draft(["A"], [line("l1", "99213", [1])]);
    expect(applyDraftAction(start, { type: "add-line", line: line("l2", "73560", []) })).toStrictEqual({
      ...start, revision: 4, lines: [line("l1", "99213", [1]), line("l2", "73560", [])],
    });
  });

  it("updates only the line with that id", () => {
    const start = draft(["A"], [line("l1", "99213", [1]), line("l2", "73560", [1])]);
    expect(applyDraftAction(start, { type: "update-line", id: "l2", patch: { units: 3 } })).toStrictEqual({
      ...start, revision: 4, lines: [line("l1", "99213", [1]), { ...line("l2", "73560", [1]), units: 3 }],
    });
  });

  it("moves a line from the first place to the last", () => {
    const start = draft([], [line("l1", "99213", []), line("l2", "73560", []), line("l3", "71046", [])]);
    expect(applyDraftAction(start, { type: "move-line", from: 0, to: 2 })).toStrictEqual({
      ...start, revision: 4, lines: [line("l2", "73560", []), line("l3", "71046", []), line("l1", "99213", [])],
    });
  });

  it("moves the last line to the first place", () => {
    const start = draft([], [line("l1", "99213", []), line("l2", "73560", []), line("l3", "71046", [])]);
    expect(applyDraftAction(start, { type: "move-line", from: 2, to: 0 })).toStrictEqual({
      ...start, revision: 4, lines: [line("l3", "71046", []), line("l1", "99213", []), line("l2", "73560", [])],
    });
  });

  it.each([
    ["from before the list", -1, 0],
    ["from past the list", 3, 0],
    ["to before the list", 0, -1],
    ["to past the list", 0, 3],
  ])("refuses a line move %s and returns the same draft", (_what, from, to) => {
    const start = draft([], [line("l1", "99213", []), line("l2", "73560", []), line("l3", "71046", [])]);
    expect(applyDraftAction(start, { type: "move-line", from, to })).toBe(start);
  });
});

describe("replace and based-on", () => {
  it("takes the server's draft whole, with the local revision bumped", () => {
    const start = draft(["A"], [line("l1", "99213", [1])]);
    const theirs: ClaimDraft = { ...draft(["B", "C"], [line("s1", "73560", [2])]), revision: 9, coverageRef: "Coverage/c1" };
    expect(applyDraftAction(start, { type: "replace", draft: theirs })).toStrictEqual({ ...theirs, revision: 4 });
  });

  it("records the server version the draft rests on and changes nothing else", () => {
    const start = draft(["A"], [line("l1", "99213", [1])]);
    const basedOn = { claimRef: "Claim/c9", versionId: "2", generation: 1, status: "draft" as const };
    expect(applyDraftAction(start, { type: "based-on", basedOn })).toStrictEqual({ ...start, revision: 4, basedOn });
  });
});
