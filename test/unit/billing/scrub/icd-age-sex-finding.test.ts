import type { Patient } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { checkIcdAge, checkIcdSex } from "../../../../src/billing/scrub/rule-icd-age-sex.ts";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { buildClaim } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-age and icd-sex, read whole: the age on the date of service (2026-05-12) counted in whole
// years, a birthday later in the year, on the day itself, and a birth date without month or day
// (not checked); the category and its single age or age span; the "not checked" information for a
// title naming an age group, quoting the word and the age; the sex-specific code's reason (Tabular
// block or title) against the recorded sex. icd-age reads titles from the real code index.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const patient = (birthDate: string, gender: Patient["gender"] = "female"): Patient => ({ resourceType: "Patient", gender, birthDate });
const age = (diagnoses: string[], birthDate: string) =>
  checkIcdAge(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index, patient: patient(birthDate) }));
const sex = (diagnoses: string[], gender: Patient["gender"]) =>
  checkIcdSex(ruleInput({ diagnoses, lines: [{ code: "99213" }] }, { patient: patient("1980-01-01", gender) }));
const dx = (at: number) => [`Claim.diagnosis[${at}].diagnosisCodeableConcept`];
const ageWarning = (at: number, text: string) => expected("icd-age", "warning", "business-rule", `${text}: check the birth date or choose a code for the patient's age.`, dx(at));
const sexWarning = (at: number, text: string) =>
  expected("icd-sex", "warning", "business-rule", `${text}: correct the code or the patient's sex; if both are right (e.g. gender-affirming care) acknowledge it and tell the payer.`, dx(at));

describe("icd-age finding", () => {
  it("an age span and a single age, with the age on the date of service when the birthday is later in the year", () => {
    expect(age(["I10", "Z00.129", "P59.9"], "1990-12-31")).toStrictEqual([
      ageWarning(1, "Z00.129 is a pediatric code (ages 0-17) but the patient is 35 on 2026-05-12"),
      ageWarning(2, "P59.9 is a newborn code (age 0) but the patient is 35 on 2026-05-12"),
    ]);
    expect(age(["P59.9"], "2025-05-01")).toStrictEqual([ageWarning(0, "P59.9 is a newborn code (age 0) but the patient is 1 on 2026-05-12")]);
  });

  it("the day before a birthday counts the year not yet completed; the birthday itself counts it", () => {
    expect(age(["O80"], "1961-05-13")).toStrictEqual([]);
    expect(age(["Z00.121"], "2008-05-13")).toStrictEqual([]);
    expect(age(["O80"], "1961-05-12")).toStrictEqual([ageWarning(0, "O80 is a maternity code (ages 9-64) but the patient is 65 on 2026-05-12")]);
    expect(age(["Z00.00"], "2011-05-12")).toStrictEqual([]);
    expect(age(["P59.9"], "2026-05-12")).toStrictEqual([]);
  });

  it("a birth date without month or day is not checked", () => {
    expect(age(["Z00.129"], "2000-05")).toStrictEqual([]);
    expect(age(["Z00.129"], "2000")).toStrictEqual([]);
  });

  it("a title naming an age group outside the table: information quoting the word and the age; a code the index does not know, nothing", () => {
    expect(age(["M08.00", "H25.9", "Q99.9X"], "1996-01-01")).toStrictEqual([
      expected("icd-age", "information", "informational", "Not checked: M08.00's title names an age group (\"juvenile\"), but the CMS Medicare Code Editor age lists are not in the app's data, so it was not checked against the patient's age (30); make sure the code fits the patient.", dx(0)),
      expected("icd-age", "information", "informational", "Not checked: H25.9's title names an age group (\"age-related\"), but the CMS Medicare Code Editor age lists are not in the app's data, so it was not checked against the patient's age (30); make sure the code fits the patient.", dx(1)),
    ]);
  });
});

describe("icd-sex finding", () => {
  it("the reason: a Tabular block or the code's title; nothing for the matching sex or a sex that is not male or female", () => {
    expect(sex(["I10", "N40.0", "E29.1"], "female")).toStrictEqual([
      sexWarning(1, "N40.0 is a male-only code (its Tabular block) but the patient's recorded sex is female"),
      sexWarning(2, "E29.1 is a male-only code (its title names a male organ or condition) but the patient's recorded sex is female"),
    ]);
    expect(sex(["N40.0", "E29.1"], "male")).toStrictEqual([]);
    expect(sex(["O80"], "male")).toStrictEqual([sexWarning(0, "O80 is a female-only code (its Tabular block) but the patient's recorded sex is male")]);
    expect(sex(["N40.0", "O80"], "other")).toStrictEqual([]);
    expect(sex(["N40.0", "O80"], "unknown")).toStrictEqual([]);
  });
});
