import type { Encounter } from "fhir/r4";
import type { PatientStatus } from "./em-levels.ts";
import { datePart, yearsBefore } from "./service-dates.ts";

export interface PatientStatusContext {
  /** "Practitioner/123" of the clinician(s) billing the visit. */
  practitionerRefs: string[];
  /** "Organization/123": the group practice (stands in for "same specialty, same group"). */
  organizationRef?: string;
  /** YYYY-MM-DD of the visit being coded. */
  dateOfService: string;
}

export interface PatientStatusResult {
  status: PatientStatus;
  reason: string;
  /** Date of the most recent qualifying earlier visit. */
  lastVisit?: string;
}

const LOOKBACK_YEARS = 3;

function encounterDate(encounter: Encounter): string | undefined {
  return datePart(encounter.period?.start) ?? datePart(encounter.period?.end);
}

function sameProvider(encounter: Encounter, context: PatientStatusContext): boolean {
  const people = (encounter.participant ?? []).map((p) => p.individual?.reference);
  if (people.some((ref) => ref !== undefined && context.practitionerRefs.includes(ref))) return true;
  return context.organizationRef !== undefined && encounter.serviceProvider?.reference === context.organizationRef;
}

/**
 * New or established for office E/M: established when the patient had a professional service
 * (a finished Encounter) with the same practitioner or the same organization on a day before
 * the date of service and no more than 3 years before it (the day 3 years earlier counts).
 * Planned, cancelled and entered-in-error encounters, and other visits on the same day, do not count.
 */
export function classifyPatientStatus(priorEncounters: readonly Encounter[], context: PatientStatusContext): PatientStatusResult {
  const from = yearsBefore(context.dateOfService, LOOKBACK_YEARS);
  const dates = priorEncounters
    .filter((e) => e.status === "finished" && sameProvider(e, context))
    .map(encounterDate)
    .filter((d): d is string => d !== undefined && d >= from && d < context.dateOfService)
    .sort();
  const lastVisit = dates.at(-1);
  if (lastVisit === undefined) {
    return { status: "new", reason: `no finished visit with this practitioner or organization from ${from} to before ${context.dateOfService}` };
  }
  return { status: "established", reason: `seen by this practitioner or organization on ${lastVisit}, within 3 years`, lastVisit };
}
