import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import ageSex from "./data/icd-age-sex.json" with { type: "json" };
import { finding } from "./finding.ts";
import { isInIcdRange, parseRangeText } from "./icd-code-refs.ts";

const AGE_EDITS = ageSex.age.map((edit) => ({ ...edit, parsed: edit.ranges.map(parseRangeText) }));
const SEX_EDITS = ageSex.sex.map((edit) => ({ ...edit, parsed: edit.ranges.map(parseRangeText) }));

/** Whole years from birth date to date of service (both YYYY-MM-DD). */
export function ageInYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

/** icd-age: newborn, pediatric, maternity and adult codes against the patient's age on the date of service. */
export function checkIcdAge({ diagnoses, context, firstDate }: ScrubInput): OperationOutcomeIssue[] {
  const birthDate = context.patient?.birthDate;
  if (!birthDate || birthDate.length < 10 || !firstDate) return [];
  const age = ageInYears(birthDate, firstDate);
  return diagnoses.flatMap((dx) => {
    const edit = AGE_EDITS.find((candidate) => candidate.parsed.some((range) => isInIcdRange(dx.code, range)));
    if (!edit || (age >= edit.min && age <= edit.max)) return [];
    const span = edit.min === edit.max ? `age ${edit.min}` : `ages ${edit.min}-${edit.max}`;
    const text = `${dx.code} is a ${edit.category} code (${span}) but the patient is ${age} on ${firstDate}: check the birth date or choose a code for the patient's age.`;
    return [finding("icd-age", "warning", "business-rule", text, [dx.path])];
  });
}

/** icd-sex: sex-specific codes against Patient.gender (only "male" and "female" are checked). */
export function checkIcdSex({ diagnoses, context }: ScrubInput): OperationOutcomeIssue[] {
  const gender = context.patient?.gender;
  if (gender !== "male" && gender !== "female") return [];
  return diagnoses.flatMap((dx) => {
    const edit = SEX_EDITS.find((candidate) => candidate.sex !== gender && candidate.parsed.some((range) => isInIcdRange(dx.code, range)));
    if (!edit) return [];
    const text = `${dx.code} is a ${edit.sex}-only code but the patient's recorded sex is ${gender}: correct the code or the patient's sex; if both are right (e.g. gender-affirming care) acknowledge it and tell the payer.`;
    return [finding("icd-sex", "warning", "business-rule", text, [dx.path])];
  });
}
