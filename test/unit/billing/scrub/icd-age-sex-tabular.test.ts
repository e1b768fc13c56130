import type { Patient } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { codeSex } from "../../../../src/billing/scrub/rule-icd-age-sex.ts";
import { buildClaim, findingsOf } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const patient = (gender: Patient["gender"], birthDate: string): Patient => ({ resourceType: "Patient", gender, birthDate });
const scrub = (diagnoses: string[], who: Patient, rule: string) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses, lines: [{ code: "99213", pointers: [1] }] }), { index, patient: who }), rule);

describe("icd-sex: sex-specific codes from the Tabular's blocks and titles", () => {
  it.each([
    ["E28.2 polycystic ovarian syndrome", "E28.2", "female"],
    ["N95.1 menopausal states", "N95.1", "female"],
    ["G43.821 menstrual migraine", "G43.821", "female"],
    ["Z90.710 acquired absence of uterus and cervix", "Z90.710", "female"],
    ["R87.610 abnormal cervical cytology", "R87.610", "female"],
    ["E29.1 testicular hypofunction", "E29.1", "male"],
    ["N52.9 male erectile dysfunction (block N40-N53)", "N52.9", "male"],
    ["Z85.46 history of prostate cancer", "Z85.46", "male"],
    ["S31.21XA laceration of penis", "S31.21XA", "male"],
  ])("knows %s", (_label, code, sex) => {
    expect(codeSex(code)?.sex).toBe(sex);
  });

  it.each([
    ["I10 hypertension", "I10"],
    ["H68.011 Eustachian salpingitis (the ear, not the tube)", "H68.011"],
    ["Z80.42 family history of prostate cancer (a relative's)", "Z80.42"],
    ["Z12.31 screening mammogram", "Z12.31"],
    ["N39.3 stress incontinence (female) (male)", "N39.3"],
    ["P00.89 newborn affected by a maternal condition", "P00.89"],
  ])("leaves %s to either sex", (_label, code) => {
    expect(codeSex(code)).toBeUndefined();
  });

  it("warns for a female-only code on a male patient, and not on a female one", () => {
    expect(scrub(["E28.2"], patient("male", "1990-01-01"), "icd-sex")).toMatchObject([{ severity: "warning", expression: ["Claim.diagnosis[0].diagnosisCodeableConcept"] }]);
    expect(scrub(["E28.2"], patient("female", "1990-01-01"), "icd-sex")).toEqual([]);
    expect(scrub(["E29.1"], patient("female", "1990-01-01"), "icd-sex")[0]?.details?.text).toContain("male organ or condition");
  });
});

describe("icd-age: code editor age categories from the Tabular, and 'not checked' beyond them", () => {
  it.each([
    ["newborn observation Z05.1 at 40", ["Z05.1"], "1986-01-01", "newborn"],
    ["a perinatal code at 30", ["P59.9"], "1996-01-01", "newborn"],
    ["a pregnancy code at 70", ["O99.89"], "1956-01-01", "maternity"],
    ["a child health exam at 30", ["Z00.129"], "1996-01-01", "pediatric"],
  ])("warns for %s", (_label, diagnoses, birthDate, category) => {
    const issues = scrub(diagnoses, patient("female", birthDate), "icd-age");
    expect(issues).toMatchObject([{ severity: "warning" }]);
    expect(issues[0]?.details?.text).toContain(category);
  });

  it("reports a code whose title names an age group outside the table as not checked, with the reason", () => {
    const issues = scrub(["M08.00"], patient("female", "1960-01-01"), "icd-age");
    expect(issues).toMatchObject([{ severity: "information" }]);
    expect(issues[0]?.details?.text).toMatch(/^Not checked: M08\.00.*Medicare Code Editor age lists are not in the app's data/);
  });

  it.each([
    ["a perinatal code in the first year", ["P59.9"], "2026-04-01"],
    ["a pregnancy code at 30", ["O99.89"], "1996-01-01"],
    ["hypertension at 70 (no age group)", ["I10"], "1956-01-01"],
  ])("is quiet for %s", (_label, diagnoses, birthDate) => {
    expect(scrub(diagnoses, patient("female", birthDate), "icd-age")).toEqual([]);
  });
});
