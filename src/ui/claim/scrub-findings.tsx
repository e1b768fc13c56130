import type { OperationOutcomeIssue } from "fhir/r4";
import type { DraftLine } from "../../billing/claim-draft.ts";
import { findingKey, focusFinding, lineOf, ruleIdOf } from "./finding-target.ts";

export interface ScrubFindingsProps {
  issues: OperationOutcomeIssue[];
  lines: DraftLine[];
  acknowledged: Set<string>;
  onAcknowledge(key: string, value: boolean): void;
}

const SEVERITY_WORD: Record<string, string> = { fatal: "Error", error: "Error", warning: "Warning", information: "Note" };

function groupByLine(issues: OperationOutcomeIssue[]): [number | undefined, OperationOutcomeIssue[]][] {
  const groups = new Map<number | undefined, OperationOutcomeIssue[]>();
  for (const issue of issues) {
    const line = lineOf(issue);
    groups.set(line, [...(groups.get(line) ?? []), issue]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a ?? -1) - (b ?? -1));
}

/** Findings grouped by service line; each one takes the user to the field to fix. */
export function ScrubFindings({ issues, lines, acknowledged, onAcknowledge }: ScrubFindingsProps) {
  return (
    <div className="findings">
      {groupByLine(issues).map(([line, group]) => (
        <section key={line ?? "claim"} aria-label={line === undefined ? "Claim-level findings" : `Findings for line ${line + 1}`}>
          <h3>{line === undefined ? "Claim and diagnoses" : `Line ${line + 1}: ${lines[line]?.code ?? ""}`}</h3>
          <ul>
            {group.map((issue) => {
              const key = findingKey(issue);
              return (
                <li key={key} tabIndex={-1} className={`finding ${issue.severity}`}>
                  <span className="severity">{SEVERITY_WORD[issue.severity] ?? issue.severity}</span>{" "}
                  {issue.details?.text ?? issue.diagnostics} {ruleIdOf(issue) && <span className="badge">{ruleIdOf(issue)}</span>}{" "}
                  <button type="button" className="secondary small" onClick={() => focusFinding(issue)}>Go to field</button>
                  {issue.severity === "warning" && (
                    <label className="ack">
                      <input type="checkbox" checked={acknowledged.has(key)} onChange={(e) => onAcknowledge(key, e.target.checked)} /> Checked, submit anyway
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
