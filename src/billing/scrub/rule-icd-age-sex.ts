import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import ageSex from "./data/icd-age-sex.json" with { type: "json" };
import sexTitles from "./data/icd-sex-titles.json" with { type: "json" };
import { finding } from "./finding.ts";
import { isInIcdRange, parseRangeText } from "./icd-code-refs.ts";

const AGE_EDITS = ageSex.age.map((edit) => ({ ...edit, parsed: edit.ranges.map(parseRangeText) }));
const SEX_EDITS = ageSex.sex.map((edit) => ({ ...edit, parsed: edit.ranges.map(parseRangeText) }));
/** Billable codes whose FY2026 title names only one sex's organ or condition (built by scripts/build-scrub-data.ts). */
const SEX_BY_TITLE: ReadonlyMap<string, "female" | "male"> = new Map([
  ...sexTitles.female.split(" ").map((code): [string, "female"] => [code, "female"]),
  ...sexTitles.male.split(" ").map((code): [string, "male"] => [code, "male"]),
]);
/** Title words that tie a code to an age group the Medicare Code Editor may edit but the table above does not cover. */
const AGE_WORDS = /\b(newborn|neonatal|perinatal|infant|infantile|infancy|child|childhood|juvenile|adolescent|adolescence|pediatric|senile|age-related)\b/i;

/** Whole years from birth date to date of service (both YYYY-MM-DD). */
export function ageInYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

/**
 * icd-age: newborn, pediatric, maternity and adult codes (Medicare Code Editor categories, by the
 * Tabular's chapters and codes) against the patient's age on the date of service. A code whose
 * title names an age group the table does not cover is reported as not checked: the CMS code
 * editor's own age lists are not in the app's data.
 */
export function checkIcdAge({ diagnoses, context, firstDate, icd }: ScrubInput): OperationOutcomeIssue[] {
  const birthDate = context.patient?.birthDate;
  if (!birthDate || birthDate.length < 10 || !firstDate) return [];
  const age = ageInYears(birthDate, firstDate);
  return diagnoses.flatMap((dx) => {
    const edit = AGE_EDITS.find((candidate) => candidate.parsed.some((range) => isInIcdRange(dx.code, range)));
    if (!edit) {
      const word = AGE_WORDS.exec(icd(dx.code)?.display ?? "")?.[1];
      if (!word) return [];
      const text = `Not checked: ${dx.code}'s title names an age group ("${word}"), but the CMS Medicare Code Editor age lists are not in the app's data, so it was not checked against the patient's age (${age}); make sure the code fits the patient.`;
      return [finding("icd-age", "information", "informational", text, [dx.path])];
    }
    if (age >= edit.min && age <= edit.max) return [];
    const span = edit.min === edit.max ? `age ${edit.min}` : `ages ${edit.min}-${edit.max}`;
    const text = `${dx.code} is a ${edit.category} code (${span}) but the patient is ${age} on ${firstDate}: check the birth date or choose a code for the patient's age.`;
    return [finding("icd-age", "warning", "business-rule", text, [dx.path])];
  });
}

/** The sex a code is specific to, and why: a Tabular chapter/block range, or its title. */
export function codeSex(code: string): { sex: "female" | "male"; why: string } | undefined {
  const edit = SEX_EDITS.find((candidate) => candidate.parsed.some((range) => isInIcdRange(code, range)));
  if (edit) return { sex: edit.sex as "female" | "male", why: "its Tabular block" };
  const sex = SEX_BY_TITLE.get(code.replace(".", ""));
  return sex ? { sex, why: `its title names a ${sex} organ or condition` } : undefined;
}

/** icd-sex: sex-specific codes against Patient.gender (only "male" and "female" are checked). */
export function checkIcdSex({ diagnoses, context }: ScrubInput): OperationOutcomeIssue[] {
  const gender = context.patient?.gender;
  if (gender !== "male" && gender !== "female") return [];
  return diagnoses.flatMap((dx) => {
    const specific = codeSex(dx.code);
    if (!specific || specific.sex === gender) return [];
    const text = `${dx.code} is a ${specific.sex}-only code (${specific.why}) but the patient's recorded sex is ${gender}: correct the code or the patient's sex; if both are right (e.g. gender-affirming care) acknowledge it and tell the payer.`;
    return [finding("icd-sex", "warning", "business-rule", text, [dx.path])];
  });
}
