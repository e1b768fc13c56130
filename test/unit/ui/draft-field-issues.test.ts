import type { OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../src/billing/claim-draft.ts";
import { currentIssues, settleIssues, trackIssues } from "../../../src/ui/coding/draft-field-issues.ts";

const line = (id: string): DraftLine => ({ id, system: "cpt", code: "99213", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "11", unitCharge: 0, serviceDate: "" });
const draft: ClaimDraft = { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 0, diagnoses: [], lines: [line("a"), line("b")] };
const at = (expression: string, severity: OperationOutcomeIssue["severity"] = "error"): OperationOutcomeIssue => ({ severity, code: "value", expression: [expression] });
const issues = [at("ClaimDraft.lines[1].unitCharge"), at("ClaimDraft.lines[1].units"), at("ClaimDraft.lines[4]", "warning")];

describe("issues of a restored draft", () => {
  it("follow their line when lines move", () => {
    const tracked = trackIssues(draft, issues);
    const moved = { ...draft, lines: [line("b"), line("a")] };
    expect(currentIssues(settleIssues(tracked, { type: "move-line", from: 1, to: 0 }), moved).map((i) => i.expression?.[0]))
      .toEqual(["ClaimDraft.lines[0].unitCharge", "ClaimDraft.lines[0].units", "ClaimDraft.lines[4]"]);
  });

  it("end when the field gets a value or the line goes", () => {
    const tracked = trackIssues(draft, issues);
    const charged = settleIssues(tracked, { type: "update-line", id: "b", patch: { unitCharge: 10 } });
    expect(currentIssues(charged, draft).map((i) => i.expression?.[0])).toEqual(["ClaimDraft.lines[1].units", "ClaimDraft.lines[4]"]);
    expect(settleIssues(tracked, { type: "update-line", id: "a", patch: { unitCharge: 10 } })).toHaveLength(3);
    expect(currentIssues(settleIssues(tracked, { type: "remove-line", id: "b" }), { ...draft, lines: [line("a")] })).toHaveLength(1);
  });
});
