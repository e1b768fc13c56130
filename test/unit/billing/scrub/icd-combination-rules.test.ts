import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { COMBINATIONS } from "../../../../src/billing/scrub/rule-icd-combination.ts";
import { buildClaim, findingsOf } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const findings = (diagnoses: string[], rule: string) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses, lines: [{ code: "99214", pointers: diagnoses.slice(0, 4).map((_, i) => i + 1) }] }), { index }), rule);

describe("icd-use-additional (Tabular 'Use additional code' notes)", () => {
  it.each([
    ["E11.22 without the CKD stage", ["E11.22"], 0, "N18.1-N18.6"],
    ["I12.9 without the CKD stage", ["I12.9"], 0, "N18.1-N18.4, N18.9"],
    ["I11.0 without the type of heart failure", ["I11.0"], 0, "I50.-"],
    ["E11.621 without the ulcer's site", ["E11.621"], 0, "L97.4-, L97.5-"],
    ["the stage missing on the second diagnosis", ["E78.5", "E11.22"], 1, "N18.1-N18.6"],
  ])("warns for %s", (_label, diagnoses, at, named) => {
    const issues = findings(diagnoses, "icd-use-additional");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", expression: [`Claim.diagnosis[${at}].diagnosisCodeableConcept`] });
    expect(issues[0]?.details?.text).toContain(named);
  });

  it.each([
    ["E11.22 with N18.30", ["E11.22", "I12.9", "N18.30"]],
    ["I11.0 with I50.22", ["I11.0", "I50.22"]],
    ["E11.621 with L97.512", ["E11.621", "L97.512"]],
    ["E11.9: 'control using: insulin / oral drugs' lists alternatives, not a demand", ["E11.9"]],
    ["N39.0: the infectious agent is asked for only when documented", ["N39.0"]],
    ["G30.1 with F02.80: 'code to identify:' list items", ["G30.1", "F02.80"]],
    ["S61.411A: external cause codes are voluntary", ["S61.411A"]],
    ["J44.1: 'if applicable' tobacco codes", ["J44.1"]],
  ])("is quiet for %s", (_label, diagnoses) => {
    expect(findings(diagnoses, "icd-use-additional")).toEqual([]);
  });
});

describe("icd-combination (guideline combination codes)", () => {
  it.each([
    ["I10 with CKD stage 3a", ["I10", "N18.31"], "I12.9", 0],
    ["I10 with ESRD", ["N18.6", "I10"], "I12.0", 1],
    ["I10 with heart failure", ["I10", "I50.32"], "I11.0", 0],
    ["I10 with heart failure and CKD", ["I10", "I50.9", "N18.4"], "I13.0", 0],
    ["I10 with heart failure and CKD stage 5", ["I10", "I50.9", "N18.5"], "I13.2", 0],
    ["I11.0 with CKD", ["I11.0", "I50.9", "N18.30"], "I13.0", 0],
    ["I12.9 with heart failure", ["I12.9", "N18.2", "I50.9"], "I13.0", 0],
    ["E11.9 with CKD", ["E11.9", "N18.30"], "E11.22", 0],
    ["E10.9 with CKD", ["E10.9", "N18.2"], "E10.22", 0],
    ["E11.9 with polyneuropathy G62.9", ["E11.9", "G62.9"], "E11.42", 0],
    ["E11.9 with peripheral vascular disease I73.9", ["E11.9", "I73.9"], "E11.51", 0],
    ["E11.9 with gastroparesis", ["E11.9", "K31.84"], "E11.43", 0],
    ["E11.9 with a heel ulcer", ["E11.9", "L97.412"], "E11.621", 0],
    ["E11.9 with hyperglycemia", ["E11.9", "R73.9"], "E11.65", 0],
    ["E11.9 beside E11.42", ["E11.42", "E11.9"], "remove E11.9", 1],
  ])("warns for %s", (_label, diagnoses, combination, at) => {
    const issues = findings(diagnoses, "icd-combination");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", expression: [`Claim.diagnosis[${at}].diagnosisCodeableConcept`] });
    expect(issues[0]?.details?.text).toContain(combination);
    expect(issues[0]?.details?.text).toMatch(/guideline I\./);
  });

  it.each([
    ["the corrected diabetic CKD claim", ["E11.22", "I12.9", "N18.30"]],
    ["hypertension alone", ["I10"]],
    ["hypertension with hyperlipidemia", ["I10", "E78.5"]],
    ["hypertensive heart and CKD with heart failure", ["I13.0", "I50.22", "N18.4"]],
    ["diabetes with polyneuropathy coded as the combination", ["E11.42"]],
    ["diabetes without complications and hypertension", ["E11.9", "I10"]],
    ["CKD without hypertension or diabetes", ["N18.30"]],
  ])("is quiet for %s", (_label, diagnoses) => {
    expect(findings(diagnoses, "icd-combination")).toEqual([]);
  });

  it("names only codes that exist and are billable in the FY2026 code set", () => {
    const named = COMBINATIONS.map((entry) => entry.combination).filter((code) => /^[A-Z]\d/.test(code));
    expect(named.length).toBeGreaterThan(20);
    for (const code of named) expect(index.lookup("http://hl7.org/fhir/sid/icd-10-cm", code, "2026-05-12")?.billable, code).toBe(true);
  });
});
