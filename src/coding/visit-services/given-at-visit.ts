import type { Reference } from "fhir/r4";
import { datePart } from "../em/index.ts";

/** The visit a chart resource must belong to. */
export interface VisitRef {
  /** "Encounter/123" */
  encounterRef: string;
  /** YYYY-MM-DD of the visit. */
  date: string;
}

function pointsAt(ref: Reference | undefined, encounterRef: string): boolean {
  const value = ref?.reference;
  return value !== undefined && (value === encounterRef || value.endsWith(`/${encounterRef}`));
}

/**
 * Given at this visit: it names this encounter, or it names none and happened on the visit's
 * date (an Immunization without Immunization.encounter is common in EMR exports).
 */
export function givenAtVisit(encounter: Reference | undefined, when: string | undefined, visit: VisitRef): boolean {
  if (encounter?.reference !== undefined) return pointsAt(encounter, visit.encounterRef);
  return datePart(when) === visit.date;
}
