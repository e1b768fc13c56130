import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CARC_GROUP_EXTENSION, toClaimStatus, type ClaimStatus } from "../../../../src/billing/status/index.ts";
import { adjudication, claimResponse, line, RARC } from "./simulated-responses.ts";

function reasonsOf(status: ClaimStatus) {
  return "reasons" in status ? status.reasons : [];
}

describe("toClaimStatus on payer-simulator responses", () => {
  it("queued stays queued, with the claim it answers", () => {
    expect(toClaimStatus(claimResponse("queued", []))).toEqual({ kind: "queued", source: "ClaimResponse", claimRef: "Claim/c1", created: "2026-11-20" });
  });

  it("CO-16: denied, with the group, our explanation, the fix and the line", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 190), adjudication("benefit", 0, "CO-16"), adjudication("benefit", 0, "M76", RARC)),
    ], 0));
    expect(status.kind).toBe("denied");
    const [carc, rarc] = reasonsOf(status);
    expect(carc).toMatchObject({ kind: "carc", code: "16", group: "CO", lineSequence: 1 });
    expect(carc?.explanation).toMatch(/missing or wrong/);
    expect(carc?.fix).toMatch(/corrected claim/);
    expect(rarc).toMatchObject({ kind: "rarc", code: "M76" });
  });

  it("CO-97 on one line of two: partially paid, the unpaid line named", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 135), adjudication("eligible", 100), adjudication("benefit", 80)),
      line(2, adjudication("submitted", 40), adjudication("benefit", 0, "CO-97")),
    ], 80));
    expect(status.kind).toBe("partially-paid");
    expect(reasonsOf(status).map((r) => [r.group, r.code, r.lineSequence])).toEqual([["CO", "97", 2]]);
  });

  it("PR-1 deductible with nothing paid: processed, the patient owes it (not a denial)", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("submitted", 135), adjudication("deductible", 100, "PR-1"), adjudication("benefit", 0)),
    ], 0));
    expect(status.kind).toBe("patient-responsibility");
    expect(status.kind === "patient-responsibility" && status.patientResponsibility).toEqual({ value: 100, currency: "USD" });
    expect(reasonsOf(status)[0]).toMatchObject({ group: "PR", code: "1", amount: { value: 100 } });
  });

  it("reads the group from the extension, and infers PR for a plain deductible code", () => {
    const withExtension = adjudication("benefit", 0, "50");
    withExtension.extension = [{ url: CARC_GROUP_EXTENSION, valueCode: "oa" }];
    const status = toClaimStatus(claimResponse("complete", [line(1, withExtension, adjudication("deductible", 20, "1"))], 0));
    expect(reasonsOf(status).map((r) => [r.code, r.group])).toEqual([["50", "OA"], ["1", "PR"]]);
    expect(status.kind).toBe("denied");
  });

  it("shows an unknown code as the code itself", () => {
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("benefit", 0, "CO-299"))], 0));
    expect(reasonsOf(status)[0]).toMatchObject({ code: "299", group: "CO", explanation: "Adjustment reason 299" });
    expect(reasonsOf(status)[0]?.fix).toBeUndefined();
  });

  it("takes line codes and submitted amounts from the Claim when the response lacks them", () => {
    const claim = { item: [{ sequence: 1, productOrService: { coding: [{ code: "99214" }] }, net: { value: 190.5, currency: "USD" } }] } as Claim;
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("benefit", 150))], 150), claim);
    expect(status.kind === "paid" && status.lines[0]).toMatchObject({ code: "99214", submitted: { value: 190.5 }, benefit: { value: 150 } });
  });

  it("a complete response with no amounts and no reasons is an error to chase, not a denial", () => {
    const status = toClaimStatus(claimResponse("complete", [{ itemSequence: 1, adjudication: [] }]));
    expect(status.kind).toBe("error");
    expect(status.kind === "error" && status.errors[0]?.code).toBe("no-adjudication");
  });

  it("sums line benefits when no payment is stated", () => {
    const status = toClaimStatus(claimResponse("complete", [line(1, adjudication("benefit", 10.1)), line(2, adjudication("benefit", 20.2))]));
    expect(status.kind === "paid" && status.payment.amount?.value).toBeCloseTo(30.3, 2);
  });
});
