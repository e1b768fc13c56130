import type { OperationOutcome } from "fhir/r4";

/** Thrown by claimTo837P when the FHIR data cannot make a complete 837P: nothing is written. */
export class X12DataError extends Error {
  readonly outcome: OperationOutcome;

  constructor(outcome: OperationOutcome) {
    const errors = outcome.issue.filter((issue) => issue.severity === "error" || issue.severity === "fatal");
    const first = errors[0]?.details?.text ?? "the claim data is incomplete";
    super(`Cannot write the 837P: ${first}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`);
    this.name = "X12DataError";
    this.outcome = outcome;
  }
}
