import type { OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { CLAIM_RULE_SYSTEM } from "../claim-rule.ts";

/**
 * Finding codes of the 837P export (codes of the claim-rule CodeSystem):
 * - npi-invalid: an NPI that is not 10 digits or fails the NPI Luhn check.
 * - x12-missing-data: something the 837P needs is absent from the FHIR data.
 * - x12-invalid-data: present but unusable (a delimiter inside an identifier, a limit of the
 *   claim form exceeded, totals that do not add up, a malformed date or code).
 * - x12-text-cleaned: information only; free text (a name, an address) was cleaned to fit X12.
 */
export type X12FindingCode = "npi-invalid" | "x12-missing-data" | "x12-invalid-data" | "x12-text-cleaned";

const ISSUE_TYPE: Record<X12FindingCode, OperationOutcomeIssue["code"]> = {
  "npi-invalid": "value",
  "x12-missing-data": "required",
  "x12-invalid-data": "value",
  "x12-text-cleaned": "informational",
};

/**
 * One finding as an OperationOutcome issue: rule code, a sentence, the FHIR element to fix.
 * Severity: information for cleanings, error otherwise unless given (a warning does not block).
 */
export function x12Finding(
  code: X12FindingCode,
  text: string,
  expression: string,
  severity?: OperationOutcomeIssue["severity"],
): OperationOutcomeIssue {
  return {
    severity: severity ?? (code === "x12-text-cleaned" ? "information" : "error"),
    code: ISSUE_TYPE[code],
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
  };
}

export function toOperationOutcome(issue: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: "OperationOutcome", issue };
}

export function hasErrors(issues: readonly OperationOutcomeIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error" || issue.severity === "fatal");
}

/** The finding code of an issue made by x12Finding (undefined for any other issue). */
export function findingCode(issue: OperationOutcomeIssue): string | undefined {
  return issue.details?.coding?.find((coding) => coding.system === CLAIM_RULE_SYSTEM)?.code;
}
