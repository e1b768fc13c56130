import { describe, expect, it } from "vitest";
import { toClaimStatus } from "../../../../src/billing/status/to-claim-status.ts";
import { latestResponseByClaim } from "../../../../src/fhir/claim-status/latest-response.ts";
import { adjudication, claimResponse, line } from "./simulated-responses.ts";

const paid = () => claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("benefit", 80))], 80);

describe("withdrawn answers (status cancelled or entered-in-error) never count as paid", () => {
  it.each(["cancelled", "entered-in-error"] as const)("a %s ClaimResponse with a payment is not 'paid'", (status) => {
    const result = toClaimStatus({ ...paid(), status });
    expect(result.kind).toBe("invalid");
    expect(result.kind === "invalid" && result.message).toContain(status);
  });

  it("a cancelled EOB with a payment is not 'paid'", () => {
    const eob = { resourceType: "ExplanationOfBenefit", status: "cancelled", outcome: "complete", payment: { amount: { value: 80, currency: "USD" } }, claim: { reference: "Claim/c1" } };
    expect(toClaimStatus(eob).kind).toBe("invalid");
  });

  it("the latest answer per claim skips a newer withdrawn one (an 835 reversal), so the standing answer decides", () => {
    const standing = { ...paid(), id: "r1", meta: { lastUpdated: "2026-11-21T10:00:00Z" } };
    const reversal = { ...paid(), id: "r2", status: "cancelled", meta: { lastUpdated: "2026-11-22T10:00:00Z" } };
    const latest = latestResponseByClaim([standing, reversal], { type: "ClaimResponse", claimParam: "request" });
    expect(latest.get("Claim/c1")?.["id"]).toBe("r1");
    expect(toClaimStatus(latest.get("Claim/c1")).kind).toBe("paid");
  });
});
