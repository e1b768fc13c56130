/** Calendar arithmetic on YYYY-MM-DD strings (no clock, no time zone). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The date part of a FHIR date or dateTime, or undefined when it has no full date. */
export function datePart(value: string | undefined): string | undefined {
  const m = value === undefined ? null : DATE.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The same calendar day some years earlier (string order is date order). */
export function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, "0")}${date.slice(4)}`;
}

/** Completed years from birth to the date: a birthday counts on its own day (Feb 29 on Mar 1 in other years). */
export function ageInYears(birthDate: string, onDate: string): number | undefined {
  const birth = datePart(birthDate);
  const on = datePart(onDate);
  if (birth === undefined || on === undefined || on < birth) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}
