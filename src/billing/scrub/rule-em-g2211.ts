import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import sameDay from "./data/g2211-same-day-services.json" with { type: "json" };
import { isProblemOfficeVisit } from "./em-codes.ts";
import { finding } from "./finding.ts";

/** Services that, billed the same day, let G2211 stand beside an E/M with modifier 25 (CY2025 PFS). */
const ALLOWED_WITH_25: ReadonlyMap<string, string> = new Map([
  ...sameDay.awv.map((code): [string, string] => [code, "an annual wellness visit"]),
  ...sameDay.vaccineAdministration.map((code): [string, string] => [code, "a vaccine administration"]),
  ...sameDay.preventive.map((code): [string, string] => [code, "a Medicare Part B preventive service"]),
]);

/**
 * em-g2211: the visit complexity add-on G2211 beside an office E/M that carries modifier 25 is
 * paid only when the 25 is for an annual wellness visit, a vaccine administration or a Part B
 * preventive service the same day (Medicare since 2025); otherwise it is not paid.
 */
export function checkG2211({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    if (line.code !== "G2211") return [];
    const visit = lines.find((other) => other.date === line.date && isProblemOfficeVisit(other.code));
    if (!visit || !visit.modifiers.includes("25")) return [];
    const reason = lines.find((other) => other.date === line.date && ALLOWED_WITH_25.has(other.code));
    if (reason) return [];
    return [notPaidFinding(line, visit, lines, context.payerType !== "other")];
  });
}

function notPaidFinding(line: LineView, visit: LineView, lines: LineView[], medicare: boolean): OperationOutcomeIssue {
  const others = lines.filter((other) => other !== line && other !== visit && other.date === line.date).map((other) => other.code);
  const withWhat = others.length > 0 ? ` (same day: ${others.join(", ")})` : "";
  const text = `Line ${line.index + 1} bills G2211 with ${visit.code}-25${withWhat}: Medicare pays G2211 beside an E/M with modifier 25 only when the 25 is for an annual wellness visit, a vaccine administration or a Part B preventive service the same day; remove G2211, or remove 25 if no separately identifiable service was billed.`;
  return finding("em-g2211", medicare ? "error" : "warning", "business-rule", text, [`${line.path}.productOrService`]);
}
