import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import { ICD_COMBINATIONS, inIcdRanges, type IcdCombination } from "../../coding/conventions/index.ts";
import { finding } from "./finding.ts";

/** The guidelines' combination table, shared with the suggestions (coding/conventions/icd-combinations.ts). */
export const COMBINATIONS: readonly IcdCombination[] = ICD_COMBINATIONS;

/** `bare` (without the dot) lies under one of the group's ranges. */
const inGroup = inIcdRanges;

/**
 * icd-combination: separately listed diagnoses for which the guidelines require one combination
 * code (hypertension with CKD and/or heart failure: I12, I11, I13; diabetes with a complication
 * it is presumed to cause), from the documented table coding/data/icd-combinations.json.
 */
export function checkCombination({ diagnoses }: ScrubInput): OperationOutcomeIssue[] {
  const coded = diagnoses.filter((dx) => dx.code !== "").map((dx) => ({ dx, bare: dx.code.replace(".", "") }));
  return COMBINATIONS.flatMap((entry) => {
    const matched = entry.all.map((group) => coded.find(({ bare }) => inGroup(bare, group))?.dx);
    if (matched.some((dx) => dx === undefined)) return [];
    if (entry.none.some((group) => coded.some(({ bare }) => inGroup(bare, group)))) return [];
    return [combinationFinding(entry, matched as DiagnosisView[])];
  });
}

function combinationFinding(entry: IcdCombination, matched: DiagnosisView[]): OperationOutcomeIssue {
  const [replaced] = matched;
  const codes = matched.map((dx) => dx.code).join(" with ");
  const text = `${codes}, listed separately, have a combination code the guidelines require (ICD-10-CM guideline ${entry.guideline}): ${entry.fix}. Keep them separate only if the provider documents that the conditions are unrelated.`;
  return finding("icd-combination", "warning", "business-rule", text, [replaced?.path ?? "Claim.diagnosis"]);
}
