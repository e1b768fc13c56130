import { describe, expect, it } from "vitest";
import { claimControlNumberOf, matchClaim, type ClaimKey } from "../../../../src/billing/clearinghouse/index.ts";
import { toClaimControlNumber } from "../../../../src/billing/x12/index.ts";
import { CANDIDATES } from "./clearinghouse-fixtures.ts";

const DOE = { lastName: "DOE", firstName: "JANE", memberId: "XJH482913307" };

describe("matching a clearinghouse answer to the app's Claim", () => {
  it("computes CLM01 as the 837P writer does (a hash for identifiers that do not fit)", () => {
    const hashed = CANDIDATES.find((c) => c.claim.id === "claim-1077")?.claim;
    if (!hashed) throw new Error("no claim-1077");
    expect(claimControlNumberOf(hashed)).toBe(toClaimControlNumber("Encounter/enc-77"));
    expect(claimControlNumberOf(hashed)).toMatch(/^C[0-9A-Z]+$/);
  });

  it.each<[string, ClaimKey, string]>([
    ["CLM01, the submitted claim rather than its draft", { claimControlNumber: "ENC1001R1", patient: {} }, "claim-control-number claim-1001"],
    ["the hashed CLM01", { claimControlNumber: toClaimControlNumber("Encounter/enc-77"), patient: {} }, "claim-control-number claim-1077"],
    ["member id and date of service", { claimControlNumber: "ZZ4471", patient: { memberId: "XJH482913307" }, serviceDate: "2026-11-18" }, "patient-and-date claim-1077"],
    ["name and date of service", { claimControlNumber: "ZZ4471", patient: { lastName: "smith", firstName: "John" }, serviceDate: "2026-11-21" }, "patient-and-date claim-1003"],
  ])("by %s", (_label, key, expected) => {
    const match = matchClaim(key, CANDIDATES);
    expect(match.kind === "matched" ? `${match.by} ${match.candidate.claim.id ?? ""}` : match.reason).toBe(expected);
  });

  it.each<[string, ClaimKey, RegExp]>([
    ["no such CLM01 and no date", { claimControlNumber: "NOPE", patient: DOE }, /gives no date of service/],
    ["no claim for that patient on that day", { claimControlNumber: "NOPE", patient: DOE, serviceDate: "2026-01-02" }, /nor for DOE, JANE on 2026-01-02/],
    ["another patient", { claimControlNumber: "NOPE", patient: { lastName: "ROE", firstName: "RICHARD", memberId: "X1" }, serviceDate: "2026-11-19" }, /nor for ROE, RICHARD/],
  ])("leaves it unmatched when there is %s", (_label, key, reason) => {
    const match = matchClaim(key, CANDIDATES);
    expect(match.kind).toBe("unmatched");
    if (match.kind === "unmatched") expect(match.reason).toMatch(reason);
  });

  it("never picks one of several claims for one patient and day", () => {
    const twice = [...CANDIDATES, { ...CANDIDATES[5]!, claim: { ...CANDIDATES[5]!.claim, id: "claim-1078", identifier: [{ value: "OTHER" }] } }];
    const match = matchClaim({ claimControlNumber: "ZZ4471", patient: DOE, serviceDate: "2026-11-18" }, twice);
    expect(match).toEqual({ kind: "unmatched", reason: "2 claims for DOE, JANE on 2026-11-18: claim control number ZZ4471 does not say which." });
  });
});
