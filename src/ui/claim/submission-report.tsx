import type { SubmissionOutcome } from "../../fhir/submit/submission-outcome.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";

/** What the server confirmed, what failed (in the server's words) and what was not sent. */
export function SubmissionReport({ outcome, onRetry }: { outcome: SubmissionOutcome; onRetry(): void }) {
  if (outcome.kind === "exported") {
    return (
      <div role="status" className="notice info">
        <p><strong>Downloaded {outcome.download.fileName}.</strong> {outcome.download.instructions}</p>
      </div>
    );
  }
  const done = outcome.kind === "done" ? outcome.written : outcome.done;
  return (
    <div role="status" className={outcome.kind === "done" ? "notice info" : "notice warning"}>
      {outcome.kind === "done" ? <p><strong>Submitted.</strong> The EHR confirmed:</p> : <p><strong>Partly written.</strong> These are on the server:</p>}
      <ul>
        {done.map((w) => (
          <li key={`${w.label}|${w.reference ?? ""}`}>{w.label}{w.reference ? ` → ${w.reference}` : ""} {w.result === "already-there" ? "(already there from an earlier attempt)" : w.result === "updated" ? "(updated)" : ""}</li>
        ))}
      </ul>
      {outcome.kind === "done" && outcome.download && <p>{outcome.download.instructions}</p>}
      {outcome.kind === "partial" && (
        <>
          <OperationOutcomeAlert title={`${outcome.failed.label} was not written:`} outcome={outcome.failed.error.outcome} />
          {outcome.notSent.length > 0 && <p>Not sent yet: {outcome.notSent.join(", ")}.</p>}
          <p>Your draft is kept. Retrying is safe: what is already on the server is not written twice.</p>
          <button type="button" onClick={onRetry}>Retry submission (safe)</button>
        </>
      )}
    </div>
  );
}
