// Pins validate-draft-line.ts: validateDraftLine's whole result (the line and every issue, with its
// severity, code, expression and text) for a clean line and for each field that is wrong.
import { describe, expect, it } from "vitest";
import type { DraftLine } from "../../../../src/billing/claim-draft.ts";
import { validateDraftLine, type LineChecks } from "../../../../src/billing/draft/validate-draft-line.ts";

const CPT = "http://www.ama-assn.org/go/cpt";

/** Line 2 of the checked draft (index 1), two stored diagnoses kept as they were. */
function checks(over: Partial<LineChecks> = {}): LineChecks {
  const pointers = new Map([[1, 1], [2, 2]]);
  return { index: 1, storedDiagnosisCount: 2, pointerFor: (p) => pointers.get(p), takenIds: new Set(), fallbackServiceDate: "2026-03-04", ...over };
}
function stored(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "l1", system: CPT, code: "99213", modifiers: ["25"], units: 2, diagnosisPointers: [1, 2], placeOfService: "11", unitCharge: 125.5, serviceDate: "2026-03-05", ...over };
}
function clean(over: Partial<DraftLine> = {}): DraftLine {
  return { id: "l1", system: CPT, code: "99213", modifiers: ["25"], units: 2, diagnosisPointers: [1, 2], placeOfService: "11", unitCharge: 125.5, serviceDate: "2026-03-05", ...over };
}
const issue = (severity: string, code: string, expression: string, diagnostics: string) => ({ severity, code, diagnostics, expression: [expression] });

describe("validateDraftLine", () => {
  it("keeps a clean line with its display, list price and procedure whole, with no issues", () => {
    const c = checks();
    const result = validateDraftLine(stored({ display: "Office visit", listPrice: 130, procedureRef: "Procedure/p1" }), 1, c);
    expect(result).toStrictEqual({ line: clean({ display: "Office visit", listPrice: 130, procedureRef: "Procedure/p1" }), issues: [] });
    expect([...c.takenIds]).toStrictEqual(["l1"]);
  });

  it("keeps four modifiers and drops a list price that is not an amount", () => {
    const result = validateDraftLine(stored({ modifiers: ["25", "59", "LT", "RT"], listPrice: -1 }), 1, checks());
    expect(result).toStrictEqual({ line: clean({ modifiers: ["25", "59", "LT", "RT"] }), issues: [] });
  });

  it("leaves out a display and a procedure that are not text, with a note each", () => {
    const result = validateDraftLine(stored({ display: 5, procedureRef: null }), 1, checks());
    expect(result).toStrictEqual({
      line: clean(),
      issues: [
        issue("information", "value", "ClaimDraft.lines[1].display", "The saved display (5) is not text and was left out."),
        issue("information", "value", "ClaimDraft.lines[1].procedureRef", "The saved procedureRef (null) is not text and was left out."),
      ],
    });
  });

  it("keeps the valid modifiers of a bad list, joined by a space in the error", () => {
    const result = validateDraftLine(stored({ modifiers: ["25", "59", "XYZ"] }), 1, checks());
    expect(result).toStrictEqual({
      line: clean({ modifiers: ["25", "59"] }),
      issues: [issue("error", "value", "ClaimDraft.lines[1].modifiers", 'The saved modifiers (a list of 3) are not up to 4 two-character modifiers: showing "25 59" until corrected.')],
    });
  });

  it("refuses a modifier stored as a number", () => {
    const result = validateDraftLine(stored({ modifiers: [25] }), 1, checks());
    expect(result).toStrictEqual({
      line: clean({ modifiers: [] }),
      issues: [issue("error", "value", "ClaimDraft.lines[1].modifiers", 'The saved modifiers (a list of 1) are not up to 4 two-character modifiers: showing "" until corrected.')],
    });
  });

  it.each([
    ["text", ["1"], []],
    ["a fraction", [1.5], []],
    ["past the diagnoses", [1, 3], [1]],
  ])("refuses a pointer given as %s, even when every pointer maps", (_, pointers, kept) => {
    const result = validateDraftLine(stored({ diagnosisPointers: pointers }), 1, checks({ storedDiagnosisCount: 2, pointerFor: (p) => p }));
    expect(result).toStrictEqual({
      line: clean({ diagnosisPointers: kept }),
      issues: [issue("error", "value", "ClaimDraft.lines[1].diagnosisPointers", `The saved diagnosis pointers (a list of ${pointers.length}) are not up to 4 pointers at the claim's diagnoses: point the line at its diagnoses again.`)],
    });
  });

  it("gives a missing id the next free restored id", () => {
    const c = checks({ takenIds: new Set(["restored-2", "restored-3"]) });
    const result = validateDraftLine(stored({ id: "" }), 1, c);
    expect(result).toStrictEqual({
      line: clean({ id: "restored-4" }),
      issues: [issue("information", "value", "ClaimDraft.lines[1].id", 'The saved line id (text "") was missing or repeated: the line is now restored-4.')],
    });
    expect([...c.takenIds]).toStrictEqual(["restored-2", "restored-3", "restored-4"]);
  });

  it("puts an error on units, charge and place of service out of range, with placeholders", () => {
    const result = validateDraftLine(stored({ units: 0, unitCharge: -5, placeOfService: "111" }), 1, checks());
    expect(result).toStrictEqual({
      line: clean({ units: 1, unitCharge: 0, placeOfService: "" }),
      issues: [
        issue("error", "value", "ClaimDraft.lines[1].units", "The saved units (0) are not a whole number from 1 to 9,999: showing 1 until corrected."),
        issue("error", "value", "ClaimDraft.lines[1].unitCharge", "The saved charge (-5) is not an amount from 0 to 99,999,999.99 dollars with at most 2 decimals: showing 0 until corrected."),
        issue("error", "value", "ClaimDraft.lines[1].placeOfService", 'The saved place of service (text "111") is not a 2-digit CMS code: enter it again.'),
      ],
    });
  });

  it("leaves out a line without a readable code, naming its stored position", () => {
    expect(validateDraftLine(stored({ code: undefined }), 2, checks())).toStrictEqual({
      issues: [issue("warning", "structure", "ClaimDraft.lines[2]", "Service line 3 in the saved draft has no readable code (nothing) and was left out.")],
    });
  });

  it("leaves out a stored line that is not an object", () => {
    expect(validateDraftLine(null, 2, checks())).toStrictEqual({
      issues: [issue("warning", "structure", "ClaimDraft.lines[2]", "Service line 3 in the saved draft is null and was left out.")],
    });
  });

  it("uses the encounter's date for a service date that is not a date", () => {
    const result = validateDraftLine(stored({ serviceDate: "03/05/2026" }), 1, checks());
    expect(result).toStrictEqual({
      line: clean({ serviceDate: "2026-03-04" }),
      issues: [issue("warning", "value", "ClaimDraft.lines[1].serviceDate", "The saved service date of line 2 (text \"03/05/2026\") is not a date: the encounter's date (2026-03-04) is used.")],
    });
  });

  it("says none when there is no encounter date for a service date stored as a list", () => {
    const result = validateDraftLine(stored({ serviceDate: [] }), 1, checks({ fallbackServiceDate: "" }));
    expect(result).toStrictEqual({
      line: clean({ serviceDate: "" }),
      issues: [issue("warning", "value", "ClaimDraft.lines[1].serviceDate", "The saved service date of line 2 (a list of 0) is not a date: the encounter's date (none) is used.")],
    });
  });
});
