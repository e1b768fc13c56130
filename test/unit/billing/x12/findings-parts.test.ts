// Pins the finding helpers: the OperationOutcome wrapper, which severities block, and how the
// rule code is read back (only from a coding of the claim-rule system, undefined otherwise).
import type { OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { findingCode, hasErrors, toOperationOutcome, x12Finding } from "../../../../src/billing/x12/findings.ts";

describe("X12 findings", () => {
  it("wraps issues in an OperationOutcome", () => {
    const issue = x12Finding("x12-missing-data", "The payer has no id.", "Organization.identifier");
    expect(toOperationOutcome([issue])).toStrictEqual({ resourceType: "OperationOutcome", issue: [issue] });
    expect(toOperationOutcome([])).toStrictEqual({ resourceType: "OperationOutcome", issue: [] });
  });

  it("blocks on error and fatal, not on warning or information", () => {
    expect(hasErrors([{ severity: "fatal", code: "exception" }])).toBe(true);
    expect(hasErrors([{ severity: "warning", code: "value" }, { severity: "error", code: "value" }])).toBe(true);
    expect(hasErrors([{ severity: "warning", code: "value" }, { severity: "information", code: "informational" }])).toBe(false);
    expect(hasErrors([])).toBe(false);
  });

  it("reads the rule code from the claim-rule coding only", () => {
    const issue: OperationOutcomeIssue = {
      severity: "error",
      code: "value",
      details: { coding: [{ system: "http://example.org/other", code: "other-code" }, { system: CLAIM_RULE_SYSTEM, code: "npi-invalid" }] },
    };
    expect(findingCode(issue)).toBe("npi-invalid");
    expect(findingCode(x12Finding("x12-text-cleaned", "Cleaned.", "Patient.name"))).toBe("x12-text-cleaned");
  });

  it("gives undefined for an issue that is not a finding", () => {
    expect(findingCode({ severity: "error", code: "value" })).toBeUndefined();
    expect(findingCode({ severity: "error", code: "value", details: { text: "no coding" } })).toBeUndefined();
    expect(findingCode({ severity: "error", code: "value", details: { coding: [{ system: "http://example.org/other", code: "x" }] } })).toBeUndefined();
  });
});
