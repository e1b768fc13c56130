import type { Patient } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, ruleIds } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrubDx = (diagnoses: string[], patient?: Patient, date?: string) =>
  scrubClaim(buildClaim({ diagnoses, lines: [{ code: "99213", pointers: diagnoses.slice(0, 4).map((_, i) => i + 1), date }] }), { index, patient });
const textOf = (diagnoses: string[], rule: string) => findingsOf(scrubDx(diagnoses), rule)[0]?.details?.text ?? "";

describe("icd-invalid", () => {
  it.each(["E11.99", "XYZ", "E119"])("flags %s, which is not an ICD-10-CM code", (code) => {
    expect(findingsOf(scrubDx([code]), "icd-invalid")).toMatchObject([{ severity: "error", expression: ["Claim.diagnosis[0].diagnosisCodeableConcept"] }]);
  });

  it("flags a code not yet valid on the date of service, naming the edition that has it", () => {
    const [issue] = findingsOf(scrubDx(["E11.A"], undefined, "2025-06-01"), "icd-invalid");
    expect(issue?.details?.text).toContain("FY2026");
    expect(ruleIds(scrubDx(["E11.A"]))).not.toContain("icd-invalid");
  });

  it("flags a diagnosis without a code", () => {
    expect(ruleIds(scrubDx([""]))).toContain("icd-invalid");
  });
});

describe("icd-not-billable", () => {
  it("flags a category header and names billable children", () => {
    const issues = findingsOf(scrubDx(["I10", "E11"]), "icd-not-billable");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.diagnosis[1].diagnosisCodeableConcept"] }]);
    expect(issues[0]?.details?.text).toContain("E11.9");
  });

  it("follows the fiscal year: G35 is billable in FY2025 and a header in FY2026", () => {
    expect(ruleIds(scrubDx(["G35"], undefined, "2025-05-12")).filter((id) => id.startsWith("icd-"))).toEqual([]);
    expect(textOf(["G35"], "icd-not-billable")).toContain("G35.A");
  });

  it("names the 6-character codes under a subcategory that still needs its 6th character", () => {
    expect(textOf(["S93.40"], "icd-not-billable")).toContain("S93.401A");
    expect(ruleIds(scrubDx(["S93.40"]))).not.toContain("icd-7th-character");
  });
});

describe("icd-7th-character", () => {
  it.each([
    ["S93.401", "S93.401A"],
    ["T58.01", "T58.01XA"],
    ["T45.01A", "T45.0X1A"],
  ])("flags %s and proposes %s", (code, fixed) => {
    const [issue] = findingsOf(scrubDx([code]), "icd-7th-character");
    expect(issue).toMatchObject({ severity: "error" });
    expect(issue?.details?.text).toContain(fixed);
    expect(ruleIds(scrubDx([code]))).not.toContain("icd-invalid");
  });

  it("names the 7th-character meanings", () => {
    expect(textOf(["S93.401"], "icd-7th-character")).toMatch(/A initial encounter/);
  });

  it.each(["S93.401A", "T58.01XA", "T45.0X1A"])("accepts the complete code %s", (code) => {
    expect(ruleIds(scrubDx([code])).filter((id) => id.startsWith("icd-"))).toEqual([]);
  });
});

describe("icd-excludes1", () => {
  it("flags type 2 with type 1 diabetes once, at the later diagnosis", () => {
    const issues = findingsOf(scrubDx(["E11.9", "I10", "E10.9"]), "icd-excludes1");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", expression: ["Claim.diagnosis[2].diagnosisCodeableConcept"] });
    expect(issues[0]?.details?.text).toMatch(/E10\.9|E11\.9/);
  });

  it("reads 'E08-E13 with .42' as the .42 codes only", () => {
    expect(ruleIds(scrubDx(["E11.42", "G63"]))).toContain("icd-excludes1");
    expect(ruleIds(scrubDx(["E11.9", "G63"]))).not.toContain("icd-excludes1");
  });

  it("accepts unrelated conditions", () => {
    expect(ruleIds(scrubDx(["E11.9", "I10", "E78.5"]))).not.toContain("icd-excludes1");
  });
});

describe("icd-code-first", () => {
  it("flags a manifestation code listed first", () => {
    const issues = findingsOf(scrubDx(["F02.80", "G30.1"]), "icd-code-first");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.diagnosis[0].diagnosisCodeableConcept"] }]);
    expect(issues[0]?.details?.text).toMatch(/G30/);
  });

  it("warns when the manifestation's etiology is missing", () => {
    expect(findingsOf(scrubDx(["I10", "F02.80"]), "icd-code-first")).toMatchObject([{ severity: "warning" }]);
  });

  it("warns when a code-first note's condition is on the claim but listed after (diabetic CKD before N18.30)", () => {
    const issues = findingsOf(scrubDx(["N18.30", "E11.22", "I10"]), "icd-code-first");
    expect(issues).toMatchObject([{ severity: "warning", expression: ["Claim.diagnosis[0].diagnosisCodeableConcept"] }]);
    expect(issues[0]?.details?.text).toMatch(/list E11\.22 before N18\.30/);
    expect(ruleIds(scrubDx(["E11.22", "N18.30", "I10"]))).not.toContain("icd-code-first");
    // "Code first any associated ...": nothing is asked for when no such code is on the claim.
    expect(ruleIds(scrubDx(["N18.30", "I10"]))).not.toContain("icd-code-first");
  });

  it("accepts the etiology listed before the manifestation, and codes without a code-first note", () => {
    expect(ruleIds(scrubDx(["G30.1", "F02.80"]))).not.toContain("icd-code-first");
    expect(ruleIds(scrubDx(["O80", "Z3A.39"]))).not.toContain("icd-code-first");
  });
});

describe("icd-age and icd-sex", () => {
  const patient = (gender: Patient["gender"], birthDate: string): Patient => ({ resourceType: "Patient", gender, birthDate });

  it.each([
    ["newborn P07.30 on a 40-year-old", "P07.30", patient("female", "1986-01-01")],
    ["child exam Z00.129 on a 30-year-old", "Z00.129", patient("male", "1996-01-01")],
    ["adult exam Z00.00 on a 10-year-old", "Z00.00", patient("female", "2016-01-01")],
    ["maternity O80 on a 70-year-old", "O80", patient("female", "1956-01-01")],
  ])("icd-age flags %s", (_label, code, who) => {
    expect(findingsOf(scrubDx([code], who), "icd-age")).toMatchObject([{ severity: "warning" }]);
  });

  it.each([
    ["P07.30 on a newborn", "P07.30", patient("female", "2026-04-01")],
    ["Z00.129 on a 4-year-old", "Z00.129", patient("male", "2022-05-13")],
    ["O80 on a 30-year-old", "O80", patient("female", "1996-01-01")],
  ])("icd-age accepts %s", (_label, code, who) => {
    expect(ruleIds(scrubDx([code], who))).not.toContain("icd-age");
  });

  it.each([
    ["N40.0 (prostate) for a female patient", "N40.0", "female"],
    ["O80 (delivery) for a male patient", "O80", "male"],
    ["N95.1 (menopause) for a male patient", "N95.1", "male"],
  ] as const)("icd-sex flags %s", (_label, code, gender) => {
    expect(findingsOf(scrubDx([code], patient(gender, "1970-01-01")), "icd-sex")).toMatchObject([{ severity: "warning" }]);
  });

  it("icd-sex accepts matching sex and skips unknown gender", () => {
    expect(ruleIds(scrubDx(["N40.0"], patient("male", "1950-01-01")))).not.toContain("icd-sex");
    expect(ruleIds(scrubDx(["N40.0"], patient("unknown", "1950-01-01")))).not.toContain("icd-sex");
  });
});
