/**
 * Moves the seed in time so the sandbox looks like a live practice on its reference date: every
 * date, dateTime and instant (Period.start/end are dateTimes) in every resource moves by the same
 * whole number of days, chosen so the newest encounter starts NEWEST_ENCOUNTER_DAYS_BEFORE days
 * before the reference date. Time of day and timezone offsets stay as written, so every interval
 * (visit lengths, days between visits, ages) is kept exactly. Pure: the reference date comes in.
 *
 * A value is a date when it is a FHIR date to the day (YYYY-MM-DD, optionally with a time).
 * Partial dates (YYYY, YYYY-MM) are left alone: a year alone cannot be told from a postal code
 * such as "2155", and the seed has none.
 */
export const NEWEST_ENCOUNTER_DAYS_BEFORE = 3;

const DAY_MS = 86_400_000;
const DATE_TO_THE_DAY = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

interface EncounterLike { resourceType: string; period?: { start?: string } }

function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

/** Whole days from one YYYY-MM-DD (or longer) date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The value moved by whole days when it is a date to the day; any other string as it is. */
export function shiftDateValue(value: string, days: number): string {
  const match = DATE_TO_THE_DAY.exec(value);
  if (!match || days === 0) return value;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return `${date.toISOString().slice(0, 10)}${match[4] ?? ""}`;
}

function shiftValue(value: unknown, days: number): unknown {
  if (typeof value === "string") return shiftDateValue(value, days);
  if (Array.isArray(value)) return value.map((item) => shiftValue(item, days));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftValue(item, days)]));
  return value;
}

/** The start date (YYYY-MM-DD, as written) of the encounter that starts last, if any. */
export function newestEncounterDate(resources: readonly object[]): string | undefined {
  let newest: { at: number; date: string } | undefined;
  for (const resource of resources as EncounterLike[]) {
    const start = resource.resourceType === "Encounter" ? resource.period?.start : undefined;
    const at = start ? Date.parse(start) : NaN;
    if (start && !Number.isNaN(at) && (!newest || at > newest.at)) newest = { at, date: start.slice(0, 10) };
  }
  return newest?.date;
}

/** Days to move the seed so its newest encounter starts NEWEST_ENCOUNTER_DAYS_BEFORE days before the reference date. */
export function seedShiftDays(resources: readonly object[], referenceDate: string): number {
  const newest = newestEncounterDate(resources);
  return newest ? daysBetween(newest, referenceDate) - NEWEST_ENCOUNTER_DAYS_BEFORE : 0;
}

/** The seed moved to the reference date (copies; the input is not changed) and the days it moved. */
export function shiftSeedDates<T extends object>(resources: readonly T[], referenceDate: string): { resources: T[]; days: number } {
  const days = seedShiftDays(resources, referenceDate);
  return { resources: days === 0 ? [...resources] : resources.map((resource) => shiftValue(resource, days) as T), days };
}
