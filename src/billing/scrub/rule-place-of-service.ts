import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import placesOfService from "./data/place-of-service.json" with { type: "json" };
import emPlaces from "./data/place-of-service-em.json" with { type: "json" };
import { finding } from "./finding.ts";

const KNOWN: ReadonlySet<string> = new Set(placesOfService.codes);

/** pos-invalid: a two-digit place of service that is not in the CMS code set (e.g. 00, 30). */
export function checkPlaceOfServiceCode({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines
    .filter((line) => /^\d{2}$/.test(line.placeOfService) && !KNOWN.has(line.placeOfService))
    .map((line) => {
      const text = `Line ${line.index + 1} has place of service ${line.placeOfService}, which is not in the CMS place-of-service code set: use the code for where the service was given, e.g. 11 (office), 22 (on-campus outpatient hospital) or 10/02 (telehealth).`;
      return finding("pos-invalid", "error", "invalid", text, [`${line.path}.locationCodeableConcept`]);
    });
}

/** pos-mismatch: an E/M family billed at a place of service it does not describe (an office visit at POS 21). */
export function checkPlaceOfServiceFit({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    const family = emPlaces.families.find((candidate) => line.code >= candidate.from && line.code <= candidate.to && /^99\d{3}$/.test(line.code));
    if (!family || !family.notAt.includes(line.placeOfService)) return [];
    const text = `Line ${line.index + 1} bills ${line.code} (${family.name}) at place of service ${line.placeOfService}: use the E/M family for that setting or correct the place of service.`;
    return [finding("pos-mismatch", "warning", "business-rule", text, [`${line.path}.locationCodeableConcept`, `${line.path}.productOrService`])];
  });
}
