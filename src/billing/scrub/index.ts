import type { Claim, OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { viewClaim, type ScrubInput } from "./claim-view.ts";
import { checkDateInEncounter } from "./rule-dos-encounter.ts";
import { checkDiagnosisCount, checkPointers } from "./rule-diagnosis-pointers.ts";
import { checkEmModifier25 } from "./rule-em-modifier-25.ts";
import { checkNewEstablished } from "./rule-em-new-established.ts";
import { checkIcdAge, checkIcdSex } from "./rule-icd-age-sex.ts";
import { checkCodeFirst } from "./rule-icd-code-first.ts";
import { checkExcludes1 } from "./rule-icd-excludes1.ts";
import { checkIcdValidity } from "./rule-icd-validity.ts";
import { checkCharges, checkUnits } from "./rule-line-amounts.ts";
import { checkModifiers } from "./rule-modifiers.ts";
import { checkMue } from "./rule-mue.ts";
import { checkPtp } from "./rule-ncci-ptp.ts";
import { checkCoverage, checkPlaceOfService, checkProvider } from "./rule-claim-parties.ts";
import type { ScrubContext } from "./scrub-context.ts";
import { checkAddOnPrimary } from "./rule-addon-without-primary.ts";
import { checkFutureDate, checkTimelyFiling } from "./rule-dates-filing.ts";
import { checkEmModifier57 } from "./rule-em-modifier-57.ts";
import { checkFirstListed } from "./rule-icd-first-listed.ts";
import { checkModifierApplicable } from "./rule-modifier-not-applicable.ts";
import { checkPlaceOfServiceCode, checkPlaceOfServiceFit } from "./rule-place-of-service.ts";
import { checkProcedureValidity } from "./rule-procedure-invalid.ts";
import { checkProcedureNotPayable } from "./rule-procedure-not-payable.ts";
import { checkUseAdditional } from "./rule-icd-use-additional.ts";
import { checkCombination } from "./rule-icd-combination.ts";
import { checkG2211 } from "./rule-em-g2211.ts";
import { checkProlonged } from "./rule-em-prolonged.ts";

export type { ScrubContext, PriorService } from "./scrub-context.ts";
export type { ScrubRuleId, Severity } from "./finding.ts";
export { ruleOf } from "./finding.ts";
export { KNOWN_MODIFIERS } from "./known-modifiers.ts";
/** The NCCI tables the context takes (browser-safe part). */
export * from "../ncci/index.ts";

type Rule = (input: ScrubInput) => OperationOutcomeIssue[];

/** Every rule, in the order findings are listed: diagnoses, lines, pairs of lines, then the claim. */
const RULES: readonly Rule[] = [
  checkIcdValidity, checkExcludes1, checkCodeFirst, checkUseAdditional, checkCombination, checkFirstListed, checkIcdAge, checkIcdSex, checkDiagnosisCount,
  checkPointers, checkProcedureValidity, checkProcedureNotPayable, checkModifiers, checkModifierApplicable, checkUnits, checkCharges,
  checkPlaceOfService, checkPlaceOfServiceCode, checkPlaceOfServiceFit, checkDateInEncounter, checkFutureDate,
  checkEmModifier25, checkEmModifier57, checkNewEstablished, checkG2211, checkProlonged, checkAddOnPrimary, checkPtp, checkMue, checkCoverage,
  checkProvider, checkTimelyFiling,
];


/**
 * Checks a professional Claim for what payers reject before it leaves: ICD-10-CM validity and
 * Tabular conventions, claim-form limits, modifiers, E/M rules, NCCI PTP and MUE edits, units,
 * charges and the parties. Pure and synchronous; see ScrubContext for what each rule consults.
 *
 * Each issue: `severity` error (blocks submission) | warning (needs an acknowledgement) |
 * information; `details.coding[0]` = {system: CLAIM_RULE_SYSTEM, code: rule id};
 * `details.text` = what is wrong and how to fix it; `expression` = the element(s), e.g.
 * "Claim.item[1].modifier[0]". A claim without findings gets one information issue (FHIR needs
 * one) that has no rule coding.
 */
export function scrubClaim(claim: Claim, context: ScrubContext): OperationOutcome {
  const input = viewClaim(claim, context);
  const issue = RULES.flatMap((rule) => rule(input));
  return { resourceType: "OperationOutcome", issue: issue.length > 0 ? issue : [cleanIssue()] };
}

function cleanIssue(): OperationOutcomeIssue {
  return { severity: "information", code: "informational", details: { text: "The claim passed every scrubber check." } };
}
