import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { isBlockingIssue, validateDraft } from "../../../../src/billing/draft/validate-draft.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const line: DraftLine = {
  id: "l1", system: CPT, code: "99213", modifiers: ["25"], units: 2, diagnosisPointers: [1, 2], placeOfService: "11", unitCharge: 125.5, serviceDate: "2026-03-04",
};
const good: ClaimDraft = {
  encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 3,
  diagnoses: [{ code: "J20.9", display: "Acute bronchitis" }, { code: "I10", display: "Hypertension" }],
  lines: [line], coverageRef: "Coverage/cov1", periodStart: "2026-03-04T09:00:00Z",
};
const chart: ClaimDraft = { ...good, revision: 0, diagnoses: [], lines: [], coverageRef: "Coverage/chart" };

/** A stored draft whose first line has one field replaced by a raw (JSON-ish) value. */
const withLineField = (field: string, value: unknown) => ({ ...good, lines: [{ ...line, [field]: value }] });
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const checked = (value: unknown) => {
  const result = validateDraft(value, chart);
  if (result.kind !== "draft") throw new Error(`expected a draft, got ${JSON.stringify(result.issues)}`);
  return result;
};

describe("validateDraft", () => {
  it("keeps a valid draft as it is, with no issues", () => {
    const result = checked(json(good));
    expect(result.draft).toEqual(good);
    expect(result.issues).toEqual([]);
  });

  it.each([
    ["Infinity (saved by JSON as null)", "unitCharge", (json({ x: Infinity }) as { x: unknown }).x, 0],
    ["null", "unitCharge", null, 0],
    ["NaN", "unitCharge", NaN, 0],
    ["a 400-digit number as text", "unitCharge", "9".repeat(400), 0],
    ["text", "unitCharge", "125.50", 0],
    ["a negative amount", "unitCharge", -5, 0],
    ["three decimals", "unitCharge", 12.345, 0],
    ["more than 99,999,999.99", "unitCharge", 100_000_000, 0],
    ["Infinity units (null)", "units", null, 1],
    ["fractional units", "units", 1.5, 1],
    ["zero units", "units", 0, 1],
    ["10,000 units", "units", 10_000, 1],
    ["units as text", "units", "2", 1],
    ["a pointer past the diagnoses", "diagnosisPointers", [1, 3], [1]],
    ["a pointer 0", "diagnosisPointers", [0], []],
    ["five pointers", "diagnosisPointers", [1, 2, 1, 2, 1], [1, 2, 1, 2]],
    ["pointers as text", "diagnosisPointers", "A B", []],
    ["a 3-character modifier", "modifiers", ["25", "XYZ"], ["25"]],
    ["five modifiers", "modifiers", ["25", "59", "LT", "RT", "76"], ["25", "59", "LT", "RT"]],
    ["modifiers as text", "modifiers", "25", []],
    ["a 3-digit place of service", "placeOfService", "111", ""],
    ["a numeric place of service", "placeOfService", 11, ""],
  ])("%s in %s: an error at the field, a safe placeholder in the draft", (_, field, stored, placeholder) => {
    const result = checked(withLineField(field, stored));
    expect(result.draft.lines[0]?.[field as keyof DraftLine]).toEqual(placeholder);
    const issue = result.issues.find((i) => i.expression?.[0] === `ClaimDraft.lines[0].${field}`);
    expect(issue?.severity).toBe("error");
    expect(issue && isBlockingIssue(issue)).toBe(true);
    expect(issue?.diagnostics).toMatch(/saved/);
  });

  it("names a long stored text by its start and length", () => {
    const result = checked(withLineField("unitCharge", "9".repeat(400)));
    expect(result.issues[0]?.diagnostics).toContain("(400 characters)");
  });

  it.each([
    ["garbage text", "{not json"],
    ["null", null],
    ["a number", 42],
    ["a list", [good]],
    ["no lines list", { ...good, lines: "none" }],
    ["no diagnoses list", { ...good, diagnoses: null }],
    ["no encounter", { ...good, encounterRef: 7 }],
    ["another encounter", { ...good, encounterRef: "Encounter/e2" }],
    ["another patient", { ...good, patientRef: "Patient/p2" }],
  ])("%s is not a draft", (_, stored) => {
    const result = validateDraft(stored, chart);
    expect(result.kind).toBe("unreadable");
    expect(result.issues[0]).toMatchObject({ severity: "error", code: "structure", expression: ["ClaimDraft"] });
  });

  it.each([
    ["not an object", "a line"],
    ["no code", { ...line, code: null }],
    ["a code with spaces", { ...line, code: "99 213" }],
    ["no system", { ...line, system: 3 }],
  ])("a line that is %s is left out with a warning", (_, stored) => {
    const result = checked({ ...good, lines: [stored, { ...line, id: "l2" }] });
    expect(result.draft.lines.map((l) => l.id)).toEqual(["l2"]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: "warning", expression: ["ClaimDraft.lines[0]"] })]);
  });

  it("field issues of later lines point at where the line is in the checked draft", () => {
    const result = checked({ ...good, lines: [null, { ...line, unitCharge: null }] });
    expect(result.issues.map((i) => i.expression?.[0])).toEqual(["ClaimDraft.lines[0]", "ClaimDraft.lines[0].unitCharge"]);
  });

  it("leaves out unreadable, repeated and 13th diagnoses and moves the pointers with them", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ code: `A0${i % 10}.${Math.floor(i / 10)}`, display: "x" }));
    const result = checked({ ...good, diagnoses: [{ code: 12 }, { code: "J20.9", display: "a" }, { code: "J20.9", display: "again" }, ...many], lines: [{ ...line, diagnosisPointers: [2, 1, 3, 4] }] });
    expect(result.draft.diagnoses).toHaveLength(12);
    expect(result.draft.diagnoses[0]?.code).toBe("J20.9");
    expect(result.draft.lines[0]?.diagnosisPointers).toEqual([1, 2]); // stored 2 -> 1, stored 4 -> 2; 1 and 3 were left out
    expect(result.issues.filter((i) => i.severity === "warning").map((i) => i.expression?.[0])).toEqual(["ClaimDraft.diagnoses[0]", "ClaimDraft.diagnoses[2]", "ClaimDraft.diagnoses[14]"]);
    expect(result.issues.some(isBlockingIssue)).toBe(false);
  });

  it("takes an unreadable reference from the chart, and resets an unreadable revision, with warnings", () => {
    const result = checked({ ...good, coverageRef: 5, locationRef: { reference: "x" }, revision: -1 });
    expect(result.draft.coverageRef).toBe("Coverage/chart");
    expect(result.draft.locationRef).toBeUndefined();
    expect(result.draft.revision).toBe(0);
    expect(result.issues.map((i) => [i.severity, i.expression?.[0]])).toEqual([
      ["warning", "ClaimDraft.coverageRef"], ["warning", "ClaimDraft.locationRef"], ["warning", "ClaimDraft.revision"],
    ]);
  });

  it("replaces an unreadable service date by the visit date and makes line ids unique", () => {
    const result = checked({ ...good, lines: [{ ...line, serviceDate: "yesterday" }, { ...line }] });
    expect(result.draft.lines.map((l) => [l.id, l.serviceDate])).toEqual([["l1", "2026-03-04"], ["restored-2", "2026-03-04"]]);
    expect(result.issues.map((i) => i.severity)).toEqual(["warning", "information"]);
  });

  it("keeps the server version the draft rests on, or leaves out one that cannot be read", () => {
    const basedOn = { claimRef: "Claim/c1", versionId: "3", generation: 1, status: "draft" };
    expect(checked({ ...good, basedOn }).draft).toMatchObject({ basedOn });
    const bad = checked({ ...good, basedOn: { ...basedOn, generation: "one" } });
    expect(bad.draft).not.toHaveProperty("basedOn");
    expect(bad.issues[0]).toMatchObject({ severity: "warning", expression: ["ClaimDraft.basedOn"] });
  });

  it("checks without a chart draft too", () => {
    expect(validateDraft(json(good)).kind).toBe("draft");
    expect(validateDraft({ ...good, encounterRef: "Patient/p1" }).kind).toBe("unreadable");
  });
});
