import type { OperationOutcomeIssue, Reference } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

const isSet = (reference: Reference | undefined): boolean =>
  Boolean(reference?.reference || reference?.identifier?.value);

/** coverage-missing: a claim goes to a payer only with the patient's coverage. */
export function checkCoverage({ claim }: ScrubInput): OperationOutcomeIssue[] {
  if ((claim.insurance ?? []).some((insurance) => isSet(insurance.coverage))) return [];
  return [
    finding(
      "coverage-missing",
      "error",
      "required",
      "The claim has no coverage: choose the patient's active Coverage (insurance) before submitting.",
      ["Claim.insurance"],
    ),
  ];
}

/** provider-missing: the billing provider (Claim.provider) must be named. */
export function checkProvider({ claim }: ScrubInput): OperationOutcomeIssue[] {
  if (isSet(claim.provider)) return [];
  return [
    finding(
      "provider-missing",
      "error",
      "required",
      "The claim has no billing provider: set the billing Organization or Practitioner (with its NPI) in Claim.provider.",
      ["Claim.provider"],
    ),
  ];
}

/** pos-missing: every line needs a two-digit CMS place-of-service code. */
export function checkPlaceOfService({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines
    .filter((line) => !/^\d{2}$/.test(line.placeOfService))
    .map((line) =>
      finding(
        "pos-missing",
        "error",
        "required",
        line.placeOfService === ""
          ? `Line ${line.index + 1} (${line.code || "no code"}) has no place of service: set the two-digit CMS code, e.g. 11 for office or 10/02 for telehealth.`
          : `Line ${line.index + 1} has place of service "${line.placeOfService}", which is not a two-digit CMS code: use e.g. 11 (office) or 22 (outpatient hospital).`,
        [`${line.path}.locationCodeableConcept`],
      ),
    );
}
