import { describe, expect, it } from "vitest";
import { describeSubmissionResult, type EntryResult } from "../../../../src/billing/write-path/index.ts";

const ok = (label: string, existed = false): EntryResult => ({ label, ok: true, status: existed ? 200 : 201, existed });
const outcome = {
  resourceType: "OperationOutcome" as const,
  issue: [{ severity: "error" as const, code: "invalid" as const, details: { text: "Coverage/9 is not active" } }],
};

describe("describeSubmissionResult", () => {
  it("complete: says so, and notices a retry that found everything", () => {
    expect(describeSubmissionResult([ok("ChargeItem 99213"), ok("Claim")])).toEqual({ state: "complete", message: "All 2 resources are written." });
    expect(describeSubmissionResult([ok("Claim", true)]).message).toMatch(/1 of them were already there/);
  });

  it("partial: names what is written and what failed in the server's words, and that a retry is safe", () => {
    const summary = describeSubmissionResult([ok("ChargeItem 99213"), { label: "Claim", ok: false, status: 422, outcome }, { label: "Provenance", ok: false }]);
    expect(summary.state).toBe("partial");
    expect(summary.message).toContain("1 of 3 written (ChargeItem 99213)");
    expect(summary.message).toContain("Claim failed (HTTP 422): Coverage/9 is not active.");
    expect(summary.message).toContain("Provenance failed (no answer).");
    expect(summary.message).toMatch(/submitting again is safe/);
  });

  it("failed: nothing written, the draft kept", () => {
    const summary = describeSubmissionResult([{ label: "Transaction", ok: false, status: 500 }]);
    expect(summary.state).toBe("failed");
    expect(summary.message).toMatch(/^Nothing was written\. Transaction failed \(HTTP 500\)\. The draft is kept/);
    expect(describeSubmissionResult([]).state).toBe("failed");
  });
});
