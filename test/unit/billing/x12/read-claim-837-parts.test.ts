// Pins the top of the 837P reader: the exact finding for a Claim.total that is not the sum of the
// line charges, and that the lines are still read (and the total still checked) when the claim's
// own id is unusable, so one pass names every problem.
import type { OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { readClaim837 } from "../../../../src/billing/x12/read-claim-837.ts";
import { claimOf, loadBundle } from "./x12-fixtures.ts";

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string): OperationOutcomeIssue {
  return { severity: "error", code: code === "x12-missing-data" ? "required" : "value", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text }, expression: [expression] };
}

describe("readClaim837", () => {
  it("refuses a Claim.total that is not the sum of the line charges, naming both in currency units", () => {
    const bundle = loadBundle("simple-claim");
    claimOf(bundle).total = { value: 999, currency: "USD" };
    expect(readClaim837(bundle)).toStrictEqual({
      issues: [finding("x12-invalid-data", "Claim.total (999) is not the sum of the line charges (175.5).", "Claim.total")],
    });
  });

  it("still reads the lines and checks the total when the claim has no id", () => {
    const bundle = loadBundle("simple-claim");
    const claim = claimOf(bundle);
    delete claim.identifier;
    delete claim.id;
    claim.total = { value: 175.05, currency: "USD" };
    expect(readClaim837(bundle)).toStrictEqual({
      issues: [
        finding("x12-missing-data", "Claim.id is missing; the 837P needs it.", "Claim.id"),
        finding("x12-invalid-data", "Claim.total (175.05) is not the sum of the line charges (175.5).", "Claim.total"),
      ],
    });
  });
});
