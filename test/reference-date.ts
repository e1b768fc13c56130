/**
 * The one date every test runs the sandbox at (startSandbox `referenceDate`, SANDBOX_REFERENCE_DATE
 * for Playwright's sandboxes) and the browser's clock starts at, so no test depends on the day it
 * runs. At 2026-11-23 the seed is not moved: enc-office-1, its newest encounter, stays on 2026-11-20.
 */
import { referenceInstant } from "../smart-launch/clock/sandbox-clock.ts";
import { NEWEST_ENCOUNTER_DAYS_BEFORE, shiftDateValue } from "../smart-launch/clock/shift-seed-dates.ts";

export const REFERENCE_DATE = "2026-11-23";

/** Where the sandbox clock starts on the reference date (12:00 UTC). */
export const REFERENCE_INSTANT: Date = referenceInstant(REFERENCE_DATE);

/** YYYY-MM-DD, this many days before the reference date. */
export function daysBeforeReference(days: number): string {
  return shiftDateValue(REFERENCE_DATE, -days);
}

/** The day of enc-office-1, the seed's newest encounter. */
export const OFFICE_VISIT_DATE = daysBeforeReference(NEWEST_ENCOUNTER_DAYS_BEFORE);
