import type { OperationOutcomeIssue } from "fhir/r4";
import { prolongedService } from "../../coding/em/index.ts";
import { visitMinutes } from "../../coding/em/index.ts";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

const LEVEL_5: ReadonlyMap<string, "new" | "established"> = new Map([["99205", "new"], ["99215", "established"]]);
const PROLONGED = new Set(["99417", "G2212"]);

/**
 * em-prolonged: 99417 / G2212 with 99205 or 99215 must be supported by the visit's total time
 * (the level-5 visit chosen by time), and their units must match it (CPT: first unit at 75 / 55 min; Medicare G2212 at
 * 89 / 69 min, then each full 15 min). Without the encounter's time the units are "not checked".
 */
export function checkProlonged({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    if (!PROLONGED.has(line.code)) return [];
    // Without 99205/99215 that day, addon-without-primary reports the line (its listed primaries).
    const visit = lines.find((other) => other.date === line.date && LEVEL_5.has(other.code));
    const status = visit ? LEVEL_5.get(visit.code) : undefined;
    if (!visit || !status) return [];
    const minutes = context.encounter ? visitMinutes(context.encounter) : undefined;
    if (minutes === undefined) return [notChecked(line)];
    return timeFindings(line, visit, status, minutes);
  });
}

function notChecked(line: LineView): OperationOutcomeIssue {
  const text = `Not checked: line ${line.index + 1} bills ${line.code}, but the encounter records no total time (Encounter.length or a timed period), so its units were not checked against the time; make sure the note documents the total time.`;
  return finding("em-prolonged", "information", "informational", text, [`${line.path}.quantity`]);
}

function timeFindings(line: LineView, visit: LineView, status: "new" | "established", minutes: number): OperationOutcomeIssue[] {
  const medicare = line.code === "G2212";
  const due = prolongedService(minutes, status, { medicare });
  const billed = line.quantity ?? 1;
  if (due && billed <= due.units) return [];
  const text = due
    ? `Line ${line.index + 1} bills ${billed} units of ${line.code}, but ${due.reason}: reduce the units to ${due.units}.`
    : `Line ${line.index + 1} bills ${line.code} with ${visit.code}, but the encounter records ${minutes} min, short of the ${medicare ? "Medicare" : "CPT"} threshold for the first unit (${firstUnit(status, medicare)} min total time on the date): remove ${line.code}.`;
  return [finding("em-prolonged", "error", "business-rule", text, [`${line.path}.quantity`])];
}

function firstUnit(status: "new" | "established", medicare: boolean): number {
  return medicare ? (status === "new" ? 89 : 69) : status === "new" ? 75 : 55;
}
