import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import globalDays from "./data/global-days.json" with { type: "json" };
import { isEvaluationAndManagement, isPreventiveVisit, isProblemOfficeVisit } from "./em-codes.ts";
import { finding } from "./finding.ts";

/** Codes with a 0- or 10-day global period in the CY2025 Medicare PFS: "minor" procedures. */
const MINOR = new Map<string, string>([
  ...globalDays["000"].map((code): [string, string] => [code, "0-day"]),
  ...globalDays["010"].map((code): [string, string] => [code, "10-day"]),
]);

/**
 * em-modifier-25: an E/M with a same-day minor procedure needs 25 to be paid separately, and a
 * problem-oriented office visit billed with a preventive visit the same day needs 25 on the
 * problem visit (CPT preventive medicine guidelines; NCCI Policy Manual ch. XI).
 */
export function checkEmModifier25({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((em) => {
    if (!isEvaluationAndManagement(em.code) || em.modifiers.includes("25")) return [];
    const preventive = isProblemOfficeVisit(em.code) ? lines.find((line) => line.date === em.date && isPreventiveVisit(line.code)) : undefined;
    if (preventive) return [preventiveFinding(em, preventive)];
    const procedure = lines.find((line) => line.date === em.date && MINOR.has(line.code));
    if (!procedure) return [];
    const text = `Line ${em.index + 1} bills E/M ${em.code} on the same day as ${procedure.code} (line ${procedure.index + 1}, a minor procedure with a ${MINOR.get(procedure.code)} global period): add modifier 25 if the visit was significant and separately identifiable, otherwise remove the E/M line.`;
    return [finding("em-modifier-25", "error", "business-rule", text, [`${em.path}.modifier`])];
  });
}

function preventiveFinding(em: LineView, preventive: LineView): OperationOutcomeIssue {
  const moved = preventive.modifiers.includes("25") ? ` (25 belongs on the problem visit, not on the preventive ${preventive.code})` : "";
  const text = `Line ${em.index + 1} bills problem-oriented visit ${em.code} on the same day as preventive visit ${preventive.code} (line ${preventive.index + 1}): add modifier 25 to ${em.code}${moved} when the problem work was significant and separately identifiable, otherwise remove ${em.code}.`;
  return finding("em-modifier-25", "error", "business-rule", text, [`${em.path}.modifier`]);
}
