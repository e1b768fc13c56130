import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import table from "./data/icd-combinations.json" with { type: "json" };
import { finding } from "./finding.ts";
import { parseRangeText, type IcdCodeRange } from "./icd-code-refs.ts";

/** One guideline combination: every group of `all` on the claim, none of `none`. */
interface Combination {
  id: string;
  all: IcdCodeRange[][];
  none: IcdCodeRange[][];
  combination: string;
  fix: string;
  guideline: string;
}

const DIABETES_CATEGORIES = ["E08", "E09", "E10", "E11", "E13"];

function expand(text: string, category: string): string {
  return text.replaceAll("{T}", category);
}

/** The table with {T} expanded to each diabetes category and its ranges parsed. */
export const COMBINATIONS: readonly Combination[] = table.combinations.flatMap((entry) => {
  const categories = JSON.stringify(entry).includes("{T}") ? DIABETES_CATEGORIES : [""];
  return categories.map((category) => ({
    id: entry.id,
    all: entry.all.map((group) => group.map((range) => parseRangeText(expand(range, category)))),
    none: entry.none.map((group) => group.map((range) => parseRangeText(expand(range, category)))),
    combination: expand(entry.combination, category),
    fix: expand(entry.fix, category),
    guideline: entry.guideline,
  }));
});

/** `bare` (without the dot) lies under one of the group's ranges (the table's ranges have no suffix). */
const inGroup = (bare: string, group: IcdCodeRange[]): boolean =>
  group.some((range) => bare.slice(0, range.from.length) >= range.from && bare.slice(0, range.to.length) <= range.to);

/**
 * icd-combination: separately listed diagnoses for which the guidelines require one combination
 * code (hypertension with CKD and/or heart failure: I12, I11, I13; diabetes with a complication
 * it is presumed to cause), from a documented table (data/icd-combinations.json).
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

function combinationFinding(entry: Combination, matched: DiagnosisView[]): OperationOutcomeIssue {
  const [replaced] = matched;
  const codes = matched.map((dx) => dx.code).join(" with ");
  const text = `${codes}, listed separately, have a combination code the guidelines require (ICD-10-CM guideline ${entry.guideline}): ${entry.fix}. Keep them separate only if the provider documents that the conditions are unrelated.`;
  return finding("icd-combination", "warning", "business-rule", text, [replaced?.path ?? "Claim.diagnosis"]);
}
