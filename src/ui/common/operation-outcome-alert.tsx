import type { OperationOutcome } from "fhir/r4";

const severityLabel: Record<string, string> = { fatal: "Error", error: "Error", warning: "Warning", information: "Note" };

/** Renders an OperationOutcome for people: one line per issue, in the server's words. */
export function OperationOutcomeAlert({ outcome, title }: { outcome: OperationOutcome; title?: string }) {
  const issues = outcome.issue ?? [];
  return (
    <div role="alert" className="alert">
      {title && <p className="alert-title">{title}</p>}
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <strong>{severityLabel[issue.severity] ?? issue.severity}:</strong>{" "}
            {issue.details?.text ?? issue.diagnostics ?? issue.code}
            {issue.expression?.length ? <span className="muted"> ({issue.expression.join(", ")})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
