import type { EntryResult } from "./read-transaction-response.ts";

export interface SubmissionSummary {
  state: "complete" | "partial" | "failed";
  /** One paragraph for the user: what is written, what failed in the server's words, what next. */
  message: string;
}

/**
 * Sums up the per-resource results of a submission (a transaction response read by
 * readTransactionResponse, or one EntryResult per request on the per-resource path).
 */
export function describeSubmissionResult(results: EntryResult[]): SubmissionSummary {
  const done = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  if (results.length > 0 && failed.length === 0) {
    const existed = done.filter((r) => r.existed).length;
    const again = existed > 0 ? ` ${existed} of them were already there from an earlier attempt, so nothing was written twice.` : "";
    return { state: "complete", message: `All ${done.length} resources are written.${again}` };
  }
  const failures = failed.map(failureText).join(" ");
  if (done.length === 0) {
    return { state: "failed", message: `Nothing was written. ${failures} The draft is kept: fix the problem and submit again.` };
  }
  return {
    state: "partial",
    message: `${done.length} of ${results.length} written (${done.map((r) => r.label).join(", ")}). ${failures} ` +
      "The draft is kept; submitting again is safe: what is already written is found, not written twice.",
  };
}

function failureText(result: EntryResult): string {
  const words = result.outcome?.issue
    .map((issue) => issue.details?.text ?? issue.diagnostics)
    .filter((text): text is string => Boolean(text))
    .join("; ");
  const status = result.status ? ` (HTTP ${result.status})` : " (no answer)";
  return `${result.label} failed${status}${words ? `: ${words}` : ""}.`;
}
