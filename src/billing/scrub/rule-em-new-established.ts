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

/** em-new-established: a new-patient E/M needs no professional service from the same practitioner or group in 3 years. */
export function checkNewEstablished({ claim, lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const prior = context.priorServices;
  if (!prior) return [];
  const ours = new Set(
    [claim.provider?.reference, ...(claim.careTeam ?? []).map((member) => member.provider.reference)].filter(
      (reference): reference is string => Boolean(reference),
    ),
  );
  return lines.flatMap((line) => {
    const seen = prior.find((service) => isWithinThreeYears(service, line.date) && isSameProvider(service, ours));
    return lineFindings(line, seen);
  });
}

function isWithinThreeYears(service: PriorService, date: string): boolean {
  const day = service.date.slice(0, 10);
  return day < date && day >= threeYearsBefore(date);
}

function isSameProvider(service: PriorService, ours: Set<string>): boolean {
  return (service.practitioner !== undefined && ours.has(service.practitioner)) || (service.organization !== undefined && ours.has(service.organization));
}

function lineFindings(line: LineView, seen: PriorService | undefined): OperationOutcomeIssue[] {
  const established = NEW_TO_ESTABLISHED.get(line.code);
  if (established && seen) {
    const by = seen.practitioner ?? seen.organization;
    const text = `Line ${line.index + 1} bills new-patient ${line.code}, but the patient had a professional service from ${by} on ${seen.date.slice(0, 10)} (within 3 years): bill the established-patient code ${established} instead.`;
    return [finding("em-new-established", "warning", "business-rule", text, [`${line.path}.productOrService`])];
  }
  const newCode = ESTABLISHED_TO_NEW.get(line.code);
  if (newCode && !seen) {
    const text = `Line ${line.index + 1} bills established-patient ${line.code}, but no professional service from this practitioner or group is recorded in the 3 years before ${line.date}: if the patient is new, bill ${newCode}.`;
    return [finding("em-new-established", "information", "business-rule", text, [`${line.path}.productOrService`])];
  }
  return [];
}
