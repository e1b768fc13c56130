import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import { isEvaluationAndManagement } from "./em-codes.ts";
import { finding } from "./finding.ts";
import { procedureFacts } from "./procedure-facts.ts";

/** The calendar day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * em-modifier-57: an E/M on the day of or the day before a major procedure (PFS global 090) is
 * part of the global package unless it was the decision for surgery (modifier 57). 25 does not
 * apply there (NCCI Policy Manual ch. I; CMS global surgery rules).
 */
export function checkEmModifier57({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((em) => {
    if (!isEvaluationAndManagement(em.code) || em.date === "" || em.modifiers.includes("57")) return [];
    const following = nextDay(em.date);
    const major = lines.find((line) => (line.date === em.date || line.date === following) && procedureFacts(line.code)?.global090 === true);
    if (!major) return [];
    const when = major.date === em.date ? "on the same day as" : "the day before";
    const with25 = em.modifiers.includes("25") ? " Modifier 25 is for minor (0/10-day) procedures: replace it with 57." : "";
    const text = `Line ${em.index + 1} bills E/M ${em.code} ${when} ${major.code} (line ${major.index + 1}, a major procedure with a 90-day global period): add modifier 57 if this visit was the decision for surgery, otherwise remove the E/M, which the global package includes.${with25}`;
    return [finding("em-modifier-57", "error", "business-rule", text, [`${em.path}.modifier`])];
  });
}
