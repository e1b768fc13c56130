import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import globalDays from "./data/global-days.json" with { type: "json" };
import { isEvaluationAndManagement } from "./em-codes.ts";
import { finding } from "./finding.ts";

/** Codes with a 0- or 10-day global period in the CY2025 Medicare PFS: "minor" procedures. */
const MINOR = new Map<string, string>([
  ...globalDays["000"].map((code): [string, string] => [code, "0-day"]),
  ...globalDays["010"].map((code): [string, string] => [code, "10-day"]),
]);

/** em-modifier-25: an E/M with a same-day minor procedure needs 25 to be paid separately. */
export function checkEmModifier25({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((em) => {
    if (!isEvaluationAndManagement(em.code) || em.modifiers.includes("25")) return [];
    const procedure = lines.find((line) => line.date === em.date && MINOR.has(line.code));
    if (!procedure) return [];
    const text = `Line ${em.index + 1} bills E/M ${em.code} on the same day as ${procedure.code} (line ${procedure.index + 1}, a minor procedure with a ${MINOR.get(procedure.code)} global period): add modifier 25 if the visit was significant and separately identifiable, otherwise remove the E/M line.`;
    return [finding("em-modifier-25", "error", "business-rule", text, [`${em.path}.modifier`])];
  });
}
