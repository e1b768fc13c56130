import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, ruleIds } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (diagnoses: string[]) => scrubClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index });

describe("icd-first-listed", () => {
  it.each([
    ["an external cause (activity)", ["Y93.A1", "S93.401A"]],
    ["an external cause (place)", ["Y92.009", "S93.401A"]],
    ["an infectious agent", ["B95.2", "N39.0"]],
    ["an underdosing code", ["T38.3X6A", "E11.65"]],
    ["a BMI code", ["Z68.41", "E66.01"]],
    ["weeks of gestation", ["Z3A.20", "O99.011"]],
    ["an outcome of delivery (Tabular: additional code only)", ["Z37.0", "O80"]],
  ])("refuses %s first", (_label, diagnoses) => {
    const issues = findingsOf(scrub(diagnoses), "icd-first-listed");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.diagnosis[0].diagnosisCodeableConcept"] }]);
    expect(issues[0]?.details?.text).toContain(diagnoses[0]);
  });

  it.each([
    ["the same codes listed second", ["S93.401A", "Y93.A1"]],
    ["a poisoning (not underdosing)", ["T38.3X1A"]],
    ["an ordinary first diagnosis", ["I10", "Z68.41"]],
    ["an infection with its organism after it", ["N39.0", "B96.20"]],
  ])("accepts %s", (_label, diagnoses) => {
    expect(ruleIds(scrub(diagnoses))).not.toContain("icd-first-listed");
  });
});
