import type { Condition } from "fhir/r4";
import type { CodeIndex } from "../code-index.ts";
import { applyCodingConventions } from "./coding-conventions.ts";
import { suggestDiagnoses, type SuggestOptions } from "./suggest-diagnoses.ts";

/** A condition of the encounter, with its Encounter.diagnosis rank when it has one (1 = primary). */
export interface EncounterCondition {
  condition: Condition;
  rank?: number;
}

/** A proposed claim diagnosis: the best suggestion of one condition. */
export interface ProposedDiagnosis {
  code: string;
  display: string;
  /** "Condition/123" when the condition has an id. */
  conditionRef?: string;
  score: number;
  reason: string;
}

/** At most 12 diagnoses on a CMS-1500 / 837P claim. */
export const MAX_CLAIM_DIAGNOSES = 12;
/** Below this a text match is too weak to propose without the user looking (still offered as a suggestion). */
export const PROPOSE_THRESHOLD = 0.5;

/**
 * A first diagnosis list for the claim: each condition's best suggestion when it is strong
 * enough, ordered by Encounter.diagnosis rank (unranked after, in the order given), each code
 * once, at most 12, then put to the coding conventions (combination codes such as I12.9 for
 * hypertension with CKD, an etiology before its manifestation such as U07.1 before J12.82, a BMI
 * after its weight diagnosis: coding-conventions.ts). The user reorders, replaces or removes them.
 */
export function proposeClaimDiagnoses(conditions: readonly EncounterCondition[], index: CodeIndex, options: SuggestOptions = {}): ProposedDiagnosis[] {
  const ordered = conditions.map((c, i) => ({ ...c, i })).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.i - b.i);
  const proposed: ProposedDiagnosis[] = [];
  for (const { condition } of ordered) {
    const best = suggestDiagnoses(condition, index, { ...options, limit: 1 })[0];
    const code = best?.coding.code;
    if (!best || code === undefined || best.score < PROPOSE_THRESHOLD || proposed.some((p) => p.code === code)) continue;
    const entry: ProposedDiagnosis = { code, display: best.coding.display ?? "", score: best.score, reason: best.reason };
    if (condition.id) entry.conditionRef = `Condition/${condition.id}`;
    proposed.push(entry);
    if (proposed.length === MAX_CLAIM_DIAGNOSES) break;
  }
  return applyCodingConventions(proposed, index, options.dateOfService).slice(0, MAX_CLAIM_DIAGNOSES);
}
