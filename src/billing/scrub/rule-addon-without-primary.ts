import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import addOnTable from "./data/add-on-primaries.json" with { type: "json" };
import { finding } from "./finding.ts";
import { procedureFacts } from "./procedure-facts.ts";

/** Add-on codes whose primaries are listed (the rest: a non-add-on service the same day). */
const PRIMARIES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(addOnTable.primaries));

const isAddOn = (code: string): boolean => PRIMARIES.has(code) || procedureFacts(code)?.addOn === true;

/**
 * addon-without-primary: an add-on code (PFS global "ZZZ", or listed with its primaries) billed
 * without its primary service on the same date.
 */
export function checkAddOnPrimary({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    if (!isAddOn(line.code)) return [];
    const sameDay = lines.filter((other) => other !== line && other.date === line.date);
    const listed = PRIMARIES.get(line.code);
    if (listed ? sameDay.some((other) => listed.includes(other.code)) : sameDay.some((other) => !isAddOn(other.code))) return [];
    return [finding("addon-without-primary", "error", "business-rule", message(line, listed), [`${line.path}.productOrService`])];
  });
}

function message(line: LineView, listed: readonly string[] | undefined): string {
  const where = `Line ${line.index + 1} bills add-on code ${line.code} on ${line.date || "its date"}`;
  if (listed) return `${where} without one of its primary services (${listed.join(", ")}) that day: bill it with its primary, or remove it.`;
  return `${where} without a primary procedure that day (an add-on, PFS global ZZZ, is paid only with its primary): add the primary service or remove ${line.code}.`;
}
