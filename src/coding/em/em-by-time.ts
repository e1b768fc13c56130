import type { Encounter } from "fhir/r4";
import { OFFICE_LEVELS, type EmChoice, type PatientStatus } from "./em-levels.ts";
import { ownValue } from "../own-value.ts";

/**
 * The office E/M level supported by total time on the date of service: the highest level whose
 * threshold is met or exceeded. Below the lowest threshold no level is supported by time.
 */
export function emByTime(minutes: number, status: PatientStatus): EmChoice {
  if (!Number.isFinite(minutes) || minutes < 0) return { kind: "none", reason: "no usable total time" };
  const levels = OFFICE_LEVELS[status];
  const met = levels.filter((l) => minutes >= l.minutes).at(-1);
  if (!met) {
    const lowest = levels[0]?.minutes ?? 0;
    return { kind: "none", reason: `${minutes} min is below the ${lowest} min a ${status}-patient office visit needs by time; choose the level by decision making instead` };
  }
  return { kind: "code", code: met.code, label: met.label, reason: `${minutes} min total time meets the ${met.minutes} min for ${met.code}` };
}

const MINUTES_PER_UNIT: Readonly<Record<string, number>> = { min: 1, h: 60, hr: 60, hour: 60, hours: 60, minutes: 1, minute: 1, s: 1 / 60 };

function lengthMinutes(encounter: Encounter): number | undefined {
  const value = encounter.length?.value;
  const unit = encounter.length?.code ?? encounter.length?.unit ?? "min";
  const factor = ownValue(MINUTES_PER_UNIT, unit);
  return value === undefined || factor === undefined || value < 0 ? undefined : Math.round(value * factor);
}

/** A dateTime with a time of day (a bare date says nothing about minutes). */
function instant(dateTime: string | undefined): number | undefined {
  if (dateTime === undefined || !dateTime.includes("T")) return undefined;
  const ms = Date.parse(dateTime);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Minutes of the visit: Encounter.length when given (it already leaves out time away), else the
 * span of Encounter.period when both ends carry a time; undefined when neither says.
 */
export function visitMinutes(encounter: Encounter): number | undefined {
  const fromLength = lengthMinutes(encounter);
  if (fromLength !== undefined) return fromLength;
  const start = instant(encounter.period?.start);
  const end = instant(encounter.period?.end);
  if (start === undefined || end === undefined || end < start) return undefined;
  return Math.round((end - start) / 60_000);
}
