import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/** dos-outside-encounter: each line's date must lie within the encounter period (by calendar date). */
export function checkDateInEncounter({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const period = context.encounter?.period;
  const start = period?.start?.slice(0, 10);
  if (!start) return [];
  const end = (period?.end ?? period?.start ?? "").slice(0, 10);
  return lines
    .filter((line) => line.date !== "" && (line.date < start || line.date > end))
    .map((line) => {
      const span = start === end ? start : `${start} to ${end}`;
      const text = `Line ${line.index + 1} (${line.code}) is dated ${line.date}, outside the encounter (${span}): correct the service date or bill it on the encounter where it happened.`;
      return finding("dos-outside-encounter", "error", "invalid", text, [`${line.path}.servicedDate`]);
    });
}
