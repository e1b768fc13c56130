// Pins validate-draft.ts: validateDraft's whole result (the draft and every issue with its exact
// text) for unreadable values, diagnoses, references the chart supplies, the server version, the
// revision, the fallback service date and the E/M choices; and which severities block review.
import { describe, expect, it } from "vitest";
import type { ClaimDraft } from "../../../../src/billing/claim-draft.ts";
import { isBlockingIssue, validateDraft } from "../../../../src/billing/draft/validate-draft.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
function stored(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 3, diagnoses: [], lines: [], ...over };
}
function chart(over: Partial<ClaimDraft> = {}): ClaimDraft {
  return { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 5, diagnoses: [], lines: [], ...over };
}
const issue = (severity: string, code: string, expression: string, diagnostics: string) => ({ severity, code, diagnostics, expression: [expression] });
const unreadable = (diagnostics: string) => ({ kind: "unreadable", issues: [issue("error", "structure", "ClaimDraft", diagnostics)] });
const base = () => ({ encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 3, diagnoses: [], lines: [] });

describe("validateDraft: not a draft", () => {
  it("names a value that is not an object", () => {
    expect(validateDraft(null)).toStrictEqual(unreadable("The saved value is null, not a draft."));
  });

  it("names a value without lists of diagnoses and lines", () => {
    expect(validateDraft(stored({ lines: "none" }))).toStrictEqual(unreadable("The saved value has no lists of diagnoses and service lines: it is not a draft."));
  });

  it("names an encounter reference that is not one", () => {
    expect(validateDraft(stored({ encounterRef: "Patient/p1" }))).toStrictEqual(unreadable('The saved value names no encounter (text "Patient/p1").'));
  });

  it("names a draft for another encounter than the chart's", () => {
    expect(validateDraft(stored({ encounterRef: "Encounter/e2" }), chart())).toStrictEqual(unreadable("The saved draft is for Encounter/e2, not Encounter/e1."));
  });
});

describe("validateDraft: diagnoses", () => {
  it("leaves out unreadable diagnoses, keeps the code as missing text and keeps the condition", () => {
    const diagnoses = [null, { code: ["I10"] }, { code: "I10", display: 5 }, { code: "J20.9", display: "Acute bronchitis", conditionRef: "Condition/c1" }];
    expect(validateDraft(stored({ diagnoses }), chart())).toStrictEqual({
      kind: "draft",
      draft: { ...base(), diagnoses: [{ code: "I10", display: "I10" }, { code: "J20.9", display: "Acute bronchitis", conditionRef: "Condition/c1" }] },
      issues: [
        issue("warning", "structure", "ClaimDraft.diagnoses[0]", "Diagnosis 1 in the saved draft could not be read (null) and was left out, with the line pointers to it."),
        issue("warning", "structure", "ClaimDraft.diagnoses[1]", "Diagnosis 2 in the saved draft could not be read (a list of 1) and was left out, with the line pointers to it."),
        issue("information", "value", "ClaimDraft.diagnoses[0].display", "The saved text of I10 (5) was not text: the code stands for it."),
      ],
    });
  });
});

describe("validateDraft: references the workspace does not edit", () => {
  it("takes a bad reference from the chart, or leaves it out when the chart has none", () => {
    const result = validateDraft(stored({ coverageRef: 5, locationRef: false, accountRef: "Account/a1" }), chart({ coverageRef: "Coverage/chart" }));
    expect(result).toStrictEqual({
      kind: "draft",
      draft: { ...base(), coverageRef: "Coverage/chart", accountRef: "Account/a1" },
      issues: [
        issue("warning", "value", "ClaimDraft.coverageRef", "The saved coverage (5) could not be read: the chart's Coverage/chart is used."),
        issue("warning", "value", "ClaimDraft.locationRef", "The saved location (false) could not be read: it was left out."),
      ],
    });
  });

  it("leaves a bad reference out when there is no chart", () => {
    expect(validateDraft(stored({ coverageRef: 5 }))).toStrictEqual({
      kind: "draft",
      draft: base(),
      issues: [issue("warning", "value", "ClaimDraft.coverageRef", "The saved coverage (5) could not be read: it was left out.")],
    });
  });
});

describe("validateDraft: the server version the draft rests on", () => {
  it("keeps a readable server version whole", () => {
    const basedOn = { claimRef: "Claim/c1", versionId: "2", generation: 1, status: "active" };
    expect(validateDraft(stored({ basedOn }), chart())).toStrictEqual({ kind: "draft", draft: { ...base(), basedOn }, issues: [] });
  });

  it.each([
    ["null", null, "null"],
    ["a list carrying the fields", Object.assign([], { claimRef: "Claim/c1", versionId: "2", generation: 1, status: "active" }), "a list of 0"],
    ["a numeric claim", { claimRef: 5, versionId: "2", generation: 1, status: "active" }, "an object"],
    ["a claim reference to another type", { claimRef: "Encounter/c1", versionId: "2", generation: 1, status: "active" }, "an object"],
    ["an empty version", { claimRef: "Claim/c1", versionId: "", generation: 1, status: "active" }, "an object"],
    ["generation 0", { claimRef: "Claim/c1", versionId: "2", generation: 0, status: "active" }, "an object"],
    ["a fractional generation", { claimRef: "Claim/c1", versionId: "2", generation: 1.5, status: "active" }, "an object"],
    ["an unknown status", { claimRef: "Claim/c1", versionId: "2", generation: 1, status: "paid" }, "an object"],
  ])("leaves out a server version with %s", (_, basedOn, what) => {
    expect(validateDraft(stored({ basedOn }), chart())).toStrictEqual({
      kind: "draft",
      draft: base(),
      issues: [issue("warning", "value", "ClaimDraft.basedOn", `The saved server version of the claim (${what}) could not be read and was left out.`)],
    });
  });
});

describe("validateDraft: revision", () => {
  it("keeps revision 0", () => {
    expect(validateDraft(stored({ revision: 0 }), chart())).toStrictEqual({ kind: "draft", draft: { ...base(), revision: 0 }, issues: [] });
  });

  it("starts again at the chart's revision for a fractional one", () => {
    expect(validateDraft(stored({ revision: 1.5 }), chart())).toStrictEqual({
      kind: "draft",
      draft: { ...base(), revision: 5 },
      issues: [issue("warning", "value", "ClaimDraft.revision", "The saved revision (1.5) could not be read: counting starts again at 5.")],
    });
  });

  it("starts again at 0 for a revision stored as text when there is no chart", () => {
    expect(validateDraft(stored({ revision: "3" }))).toStrictEqual({
      kind: "draft",
      draft: { ...base(), revision: 0 },
      issues: [issue("warning", "value", "ClaimDraft.revision", 'The saved revision (text "3") could not be read: counting starts again at 0.')],
    });
  });
});

describe("validateDraft: service date of a line", () => {
  const line = () => ({ id: "l1", system: CPT, code: "99213", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "11", unitCharge: 0, serviceDate: "bad" });

  it("uses the chart's visit start when the stored draft has none", () => {
    const result = validateDraft(stored({ lines: [line()] }), chart({ periodStart: "2026-03-04T09:00:00Z" }));
    expect(result).toStrictEqual({
      kind: "draft",
      draft: { ...base(), lines: [{ ...line(), serviceDate: "2026-03-04" }] },
      issues: [issue("warning", "value", "ClaimDraft.lines[0].serviceDate", "The saved service date of line 1 (text \"bad\") is not a date: the encounter's date (2026-03-04) is used.")],
    });
  });

  it("leaves the date empty when neither the draft nor a chart has a visit start", () => {
    const result = validateDraft(stored({ lines: [line()] }));
    expect(result).toStrictEqual({
      kind: "draft",
      draft: { ...base(), lines: [{ ...line(), serviceDate: "" }] },
      issues: [issue("warning", "value", "ClaimDraft.lines[0].serviceDate", "The saved service date of line 1 (text \"bad\") is not a date: the encounter's date (none) is used.")],
    });
  });
});

describe("validateDraft: E/M choices", () => {
  it("keeps readable E/M choices and names unreadable ones", () => {
    const em = { basis: "mdm", status: "new", mdm: { problems: "low", data: "low", risk: "low" } };
    expect(validateDraft(stored({ em }), chart())).toStrictEqual({ kind: "draft", draft: { ...base(), em }, issues: [] });
    expect(validateDraft(stored({ em: "x" }), chart())).toStrictEqual({
      kind: "draft",
      draft: base(),
      issues: [issue("warning", "value", "ClaimDraft.em", 'The saved E/M choices (text "x") could not be read: the chart\'s are used.')],
    });
  });
});

describe("isBlockingIssue", () => {
  it("blocks on errors and fatal issues only", () => {
    const severities = ["fatal", "error", "warning", "information"] as const;
    expect(severities.map((severity) => isBlockingIssue({ severity, code: "value" }))).toStrictEqual([true, true, false, false]);
  });
});
