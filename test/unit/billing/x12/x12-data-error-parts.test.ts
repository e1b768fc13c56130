// Pins the message of X12DataError: which issues count as blocking (error and fatal, not
// warnings), the first blocking issue's text or a default, and the "(and N more)" count.
import type { OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { X12DataError } from "../../../../src/billing/x12/x12-data-error.ts";

function issue(severity: OperationOutcomeIssue["severity"], text?: string): OperationOutcomeIssue {
  return text === undefined ? { severity, code: "required" } : { severity, code: "required", details: { text } };
}

function outcome(...issues: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: "OperationOutcome", issue: issues };
}

describe("X12DataError", () => {
  it("names the one blocking issue without a count, and keeps the outcome", () => {
    const given = outcome(issue("error", "the payer has no id"));
    const error = new X12DataError(given);
    expect(error.message).toBe("Cannot write the 837P: the payer has no id");
    expect(error.name).toBe("X12DataError");
    expect(error.outcome).toBe(given);
    expect(error).toBeInstanceOf(Error);
  });

  it("skips warnings and information ahead of the first error", () => {
    const error = new X12DataError(outcome(issue("warning", "a warning"), issue("information", "a cleaning"), issue("error", "the NPI is invalid")));
    expect(error.message).toBe("Cannot write the 837P: the NPI is invalid");
  });

  it("counts a fatal issue as blocking, after a warning", () => {
    expect(new X12DataError(outcome(issue("warning", "a warning"), issue("fatal", "the Bundle has no Claim"))).message).toBe(
      "Cannot write the 837P: the Bundle has no Claim",
    );
    expect(new X12DataError(outcome(issue("fatal", "the Bundle has no Claim"))).message).toBe("Cannot write the 837P: the Bundle has no Claim");
  });

  it("counts the other blocking issues, warnings left out", () => {
    expect(new X12DataError(outcome(issue("error", "first"), issue("warning", "w"), issue("fatal", "second"))).message).toBe(
      "Cannot write the 837P: first (and 1 more)",
    );
    expect(new X12DataError(outcome(issue("error", "first"), issue("error", "second"), issue("error", "third"))).message).toBe(
      "Cannot write the 837P: first (and 2 more)",
    );
  });

  it("says the data is incomplete when the first error has no text", () => {
    expect(new X12DataError(outcome(issue("error"))).message).toBe("Cannot write the 837P: the claim data is incomplete");
    expect(new X12DataError(outcome({ severity: "error", code: "required", details: { coding: [{ code: "x" }] } })).message).toBe(
      "Cannot write the 837P: the claim data is incomplete",
    );
  });

  it("says the data is incomplete when no issue blocks", () => {
    expect(new X12DataError(outcome(issue("warning", "a warning"))).message).toBe("Cannot write the 837P: the claim data is incomplete");
    expect(new X12DataError(outcome()).message).toBe("Cannot write the 837P: the claim data is incomplete");
  });
});
