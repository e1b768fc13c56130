import type { OperationOutcomeIssue } from "fhir/r4";
import { CLAIM_RULE_SYSTEM } from "../claim-rule.ts";

/** The rule ids of the claim scrubber (codes of CLAIM_RULE_SYSTEM). */
export type ScrubRuleId =
  | "icd-invalid" | "icd-not-billable" | "icd-7th-character" | "icd-excludes1" | "icd-code-first"
  | "icd-age" | "icd-sex" | "dx-limit" | "dx-pointer-missing" | "dx-pointer-limit" | "dx-pointer-invalid"
  | "modifier-limit" | "modifier-invalid" | "modifier-59-with-x" | "em-modifier-25" | "em-new-established"
  | "ncci-ptp" | "mue" | "units-invalid" | "charge-invalid" | "pos-missing" | "coverage-missing"
  | "provider-missing" | "dos-outside-encounter" | "procedure-invalid" | "addon-without-primary" | "em-modifier-57"
  | "modifier-not-applicable" | "pos-invalid" | "pos-mismatch" | "icd-first-listed" | "dos-future" | "timely-filing"
  | "procedure-not-payable" | "icd-use-additional" | "icd-combination" | "em-prolonged" | "em-g2211";

export type Severity = "error" | "warning" | "information";
export type IssueType = "invalid" | "business-rule" | "required" | "value" | "processing" | "informational";

/** One scrubber finding as an OperationOutcome issue. */
export function finding(
  rule: ScrubRuleId,
  severity: Severity,
  code: IssueType,
  text: string,
  expression: string[],
): OperationOutcomeIssue {
  return {
    severity,
    code,
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: rule }], text },
    expression,
  };
}

/** The rule a finding came from. */
export function ruleOf(issue: OperationOutcomeIssue): string | undefined {
  return issue.details?.coding?.[0]?.code;
}
