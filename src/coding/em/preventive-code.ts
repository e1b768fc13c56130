import type { PatientStatus } from "./em-levels.ts";
import { ageInYears } from "./service-dates.ts";

export interface PreventiveVisit {
  code: string;
  ageYears: number;
  label: string;
}

/** Age bands of the preventive medicine visits: lowest age of each band, in order. */
const BANDS: readonly { from: number; words: string }[] = [
  { from: 0, words: "under 1 year" },
  { from: 1, words: "age 1-4" },
  { from: 5, words: "age 5-11" },
  { from: 12, words: "age 12-17" },
  { from: 18, words: "age 18-39" },
  { from: 40, words: "age 40-64" },
  { from: 65, words: "age 65 and over" },
];

const FIRST_CODE: Readonly<Record<PatientStatus, number>> = { new: 99381, established: 99391 };

/**
 * The preventive visit code for the patient's age on the date of service (99381-99387 new,
 * 99391-99397 established); undefined when the dates are unusable or the visit is before birth.
 */
export function preventiveCode(birthDate: string, dateOfService: string, status: PatientStatus): PreventiveVisit | undefined {
  const age = ageInYears(birthDate, dateOfService);
  if (age === undefined) return undefined;
  const band = BANDS.findLastIndex((b) => age >= b.from);
  const words = BANDS[band]?.words ?? "";
  return { code: String(FIRST_CODE[status] + band), ageYears: age, label: `Preventive visit, ${status} patient, ${words}` };
}
