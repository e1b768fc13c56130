import type { OperationOutcomeIssue } from "fhir/r4";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import type { Severity, IssueType, ScrubRuleId } from "../../../../src/billing/scrub/finding.ts";
import type { ScrubContext } from "../../../../src/billing/scrub/scrub-context.ts";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { buildClaim, type ClaimSpec } from "./claim-builder.ts";

/** For rules that never look a code up: any use of the index fails the test. */
const NO_INDEX = new Proxy({}, {
  get(_target, name) {
    throw new Error(`the rule under test consulted the code index (${String(name)})`);
  },
}) as CodeIndex;

/** The views one rule reads, from a terse claim spec (no code index loaded). */
export function ruleInput(spec: ClaimSpec, context: Omit<ScrubContext, "index"> = {}): ScrubInput {
  return viewClaim(buildClaim(spec), { index: NO_INDEX, ...context });
}

/** The whole finding a rule is expected to return. */
export function expected(rule: ScrubRuleId, severity: Severity, code: IssueType, text: string, expression: string[]): OperationOutcomeIssue {
  return { severity, code, details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: rule }], text }, expression };
}
