import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { ESTABLISHED_TO_NEW, NEW_TO_ESTABLISHED } from "./em-codes.ts";
import { finding } from "./finding.ts";
import type { PriorService } from "./scrub-context.ts";

/** The same calendar day three years earlier (Feb 29 falls back to Feb 28). */
export function threeYearsBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 3).padStart(4, "0");
  const monthDay = date.slice(5, 10) === "02-29" ? "02-28" : date.slice(5, 10);
  return `${year}-${monthDay}`;
}

/** How an earlier service relates to this claim's clinician: "same" practitioner, "group" colleague of the same specialty, or "group-unknown" (specialty not known). */
type Relation = "same" | "group" | "group-unknown";

/**
 * em-new-established: a new-patient E/M needs no professional service in 3 years from the same
 * practitioner, or from another practitioner of the exact same specialty in the same group (CPT
 * E/M guidelines; PractitionerRole.specialty). A group colleague whose specialty is not known
 * still counts, and the finding says so.
 */
export function checkNewEstablished({ claim, lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const prior = context.priorServices;
  if (!prior) return [];
  const ours = new Set(
    [claim.provider?.reference, ...(claim.careTeam ?? []).map((member) => member.provider.reference)].filter(
      (reference): reference is string => Boolean(reference),
    ),
  );
  return lines.flatMap((line) => {
    const seen = prior
      .filter((service) => isWithinThreeYears(service, line.date))
      .map((service) => ({ service, relation: relationOf(service, ours, context.specialties) }))
      .filter((found): found is { service: PriorService; relation: Relation } => found.relation !== undefined)
      .sort((a, b) => RANK[a.relation] - RANK[b.relation])[0];
    return lineFindings(line, seen);
  });
}

const RANK: Record<Relation, number> = { same: 0, group: 1, "group-unknown": 2 };

function isWithinThreeYears(service: PriorService, date: string): boolean {
  const day = service.date.slice(0, 10);
  return day < date && day >= threeYearsBefore(date);
}

function relationOf(service: PriorService, ours: Set<string>, specialties: string[] | undefined): Relation | undefined {
  if (service.practitioner !== undefined && ours.has(service.practitioner)) return "same";
  if (service.organization === undefined || !ours.has(service.organization)) return undefined;
  if (!specialties?.length || !service.specialties?.length) return "group-unknown";
  return service.specialties.some((code) => specialties.includes(code)) ? "group" : undefined;
}

function lineFindings(line: LineView, seen: { service: PriorService; relation: Relation } | undefined): OperationOutcomeIssue[] {
  const established = NEW_TO_ESTABLISHED.get(line.code);
  if (established && seen) {
    const { service, relation } = seen;
    const by = service.practitioner ?? service.organization;
    const how = relation === "same" ? "" : relation === "group" ? " (same group, same specialty)" : " (same group; the specialties are not known, so check that it was a different specialty before billing a new-patient visit)";
    const text = `Line ${line.index + 1} bills new-patient ${line.code}, but the patient had a professional service from ${by}${how} on ${service.date.slice(0, 10)} (within 3 years): bill the established-patient code ${established} instead.`;
    return [finding("em-new-established", "warning", "business-rule", text, [`${line.path}.productOrService`])];
  }
  const newCode = ESTABLISHED_TO_NEW.get(line.code);
  if (newCode && !seen) {
    const text = `Line ${line.index + 1} bills established-patient ${line.code}, but no professional service from this practitioner, or from the same specialty in the group, is recorded in the 3 years before ${line.date}: if the patient is new, bill ${newCode}.`;
    return [finding("em-new-established", "information", "business-rule", text, [`${line.path}.productOrService`])];
  }
  return [];
}
