import type { OperationOutcomeIssue } from "fhir/r4";

const LINE_FIELDS: Record<string, string> = {
  modifier: "Modifiers",
  quantity: "Units",
  diagnosisSequence: "Diagnosis pointers",
  unitPrice: "Charge per unit",
  net: "Charge per unit",
  locationCodeableConcept: "Place of service",
};

/** The service line (0-based) an issue is about, or undefined for claim-level findings. */
export function lineOf(issue: OperationOutcomeIssue): number | undefined {
  const match = /Claim\.item\[(\d+)\]/.exec(issue.expression?.[0] ?? "");
  return match ? Number(match[1]) : undefined;
}

/** A CSS selector for the field that fixes the issue, in the coding workspace. */
export function fieldSelector(issue: OperationOutcomeIssue): string | undefined {
  const expression = issue.expression?.[0] ?? "";
  const item = /Claim\.item\[(\d+)\]\.?(\w+)?/.exec(expression);
  if (item) {
    const line = Number(item[1]) + 1;
    const field = LINE_FIELDS[item[2] ?? ""];
    return field ? `[aria-label^="${field}, line ${line} "]` : `[aria-label^="Units, line ${line} "]`;
  }
  const diagnosis = /Claim\.diagnosis\[(\d+)\]/.exec(expression);
  if (diagnosis) return `[aria-label^="${Number(diagnosis[1]) + 1}: "]`;
  return undefined;
}

/** Moves the keyboard focus to the field that fixes the issue; false when there is none on screen. */
export function focusFinding(issue: OperationOutcomeIssue, root: ParentNode = document): boolean {
  const selector = fieldSelector(issue);
  const element = selector ? root.querySelector<HTMLElement>(selector) : null;
  if (!element) return false;
  element.scrollIntoView?.({ block: "center" });
  element.focus();
  return true;
}

export function ruleIdOf(issue: OperationOutcomeIssue): string | undefined {
  return issue.details?.coding?.[0]?.code;
}

/** Stable key of a finding, for acknowledgements that survive re-scrubbing. */
export function findingKey(issue: OperationOutcomeIssue): string {
  return `${ruleIdOf(issue) ?? issue.code}|${(issue.expression ?? []).join(",")}|${issue.details?.text ?? issue.diagnostics ?? ""}`;
}
