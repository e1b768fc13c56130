// Pins matching a clearinghouse answer to a Claim: which generation of one CLM01 wins (status,
// then newest), that drafts and entered-in-error claims never match, the date of service (the
// earliest of line dates, line periods and the billing period), member ids from the subscriber
// id or the coverage identifiers, name comparison (trimmed, any of the patient's names, family
// and first given name both), and the words naming the patient in an unmatched reason.
import type { Claim, Coverage, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { claimControlNumberOf, matchClaim, type ClaimCandidate } from "../../../../src/billing/clearinghouse/match-claim.ts";
import { toClaimControlNumber } from "../../../../src/billing/x12/claim-control-number.ts";

function claim(id: string, extra: Partial<Claim>): Claim {
  return {
    resourceType: "Claim", id, status: "active", use: "claim", type: { text: "professional" }, patient: { reference: "Patient/p1" },
    provider: { reference: "Organization/o1" }, priority: { text: "normal" }, insurance: [], ...extra,
  } as Claim;
}
const patient = (...names: Patient["name"][]): Patient => ({ resourceType: "Patient", name: names.flatMap((n) => n ?? []) });
const coverage = (extra: Partial<Coverage>): Coverage => ({ resourceType: "Coverage", status: "active", beneficiary: { reference: "Patient/p1" }, payor: [], ...extra } as Coverage);
const idOf = (match: ReturnType<typeof matchClaim>): string => (match.kind === "matched" ? `${match.by} ${match.candidate.claim.id ?? ""}` : match.reason);

describe("the claim control number of a Claim", () => {
  it("falls back to the Claim id when there is no identifier, or an empty list of them", () => {
    expect(claimControlNumberOf(claim("claim-9", {}))).toBe(toClaimControlNumber("claim-9"));
    expect(claimControlNumberOf(claim("claim-9", { identifier: [] }))).toBe(toClaimControlNumber("claim-9"));
    expect(claimControlNumberOf(claim("claim-9", { identifier: [{ system: "x" }] }))).toBe(toClaimControlNumber("claim-9"));
  });
});

describe("choosing among the generations of one CLM01", () => {
  it("prefers an active claim to a cancelled one, then the newest", () => {
    const one = { identifier: [{ value: "ENC7" }] };
    const candidates: ClaimCandidate[] = [
      { claim: claim("old-active", { ...one, created: "2026-11-19" }) },
      { claim: claim("undated-active", { ...one, created: undefined }) },
      { claim: claim("new-cancelled", { ...one, status: "cancelled", created: "2026-11-22" }) },
      { claim: claim("new-active", { ...one, created: "2026-11-20" }) },
      { claim: claim("newest-draft", { ...one, status: "draft", created: "2026-11-23" }) },
    ];
    expect(idOf(matchClaim({ claimControlNumber: "ENC7", patient: {} }, candidates))).toBe("claim-control-number new-active");
    expect(idOf(matchClaim({ claimControlNumber: "ENC7", patient: {} }, [...candidates].reverse()))).toBe("claim-control-number new-active");
  });

  it("takes a dated claim over an undated one of the same status", () => {
    const one = { identifier: [{ value: "ENC8" }] };
    const candidates: ClaimCandidate[] = [
      { claim: claim("undated", { ...one, created: undefined }) },
      { claim: claim("dated", { ...one, created: "2026-11-20" }) },
    ];
    expect(idOf(matchClaim({ claimControlNumber: "ENC8", patient: {} }, candidates))).toBe("claim-control-number dated");
    expect(idOf(matchClaim({ claimControlNumber: "ENC8", patient: {} }, [...candidates].reverse()))).toBe("claim-control-number dated");
  });

  it("takes a cancelled claim when it is the only one submitted", () => {
    const candidates: ClaimCandidate[] = [
      { claim: claim("cancelled", { identifier: [{ value: "ENC9" }], status: "cancelled", created: "2026-11-19" }) },
      { claim: claim("wrong", { identifier: [{ value: "ENC9" }], status: "entered-in-error", created: "2026-11-20" }) },
    ];
    expect(idOf(matchClaim({ claimControlNumber: "ENC9", patient: {} }, candidates))).toBe("claim-control-number cancelled");
  });

  it.each(["draft", "entered-in-error"] as const)("never matches a %s claim", (status) => {
    const candidates: ClaimCandidate[] = [{ claim: claim("c1", { identifier: [{ value: "ENC5" }], status, billablePeriod: { start: "2026-11-18" } }), coverage: coverage({ subscriberId: "M1" }) }];
    expect(matchClaim({ claimControlNumber: "ENC5", patient: { memberId: "M1" }, serviceDate: "2026-11-18" }, candidates)).toStrictEqual({
      kind: "unmatched", reason: "No claim with control number ENC5, nor for M1 on 2026-11-18.",
    });
  });
});

describe("matching by patient and date of service", () => {
  const key = (serviceDate: string) => ({ claimControlNumber: "ZZ1", patient: { memberId: "M1" }, serviceDate });

  it("dates a claim by the earliest of its line dates, line periods and billing period, as a day", () => {
    const cov = coverage({ subscriberId: "M1" });
    const lines = claim("lines", {
      identifier: [{ value: "A" }], billablePeriod: { start: "2026-11-20" },
      item: [
        { sequence: 1, productOrService: {}, servicedDate: "2026-11-19" },
        { sequence: 2, productOrService: {}, servicedPeriod: { start: "2026-11-18T09:30:00Z" } },
        { sequence: 3, productOrService: {} },
      ],
    } as Partial<Claim>);
    expect(idOf(matchClaim(key("2026-11-18"), [{ claim: lines, coverage: cov }]))).toBe("patient-and-date lines");
    expect(idOf(matchClaim(key("2026-11-19"), [{ claim: lines, coverage: cov }]))).toBe("No claim with control number ZZ1, nor for M1 on 2026-11-19.");
    const period = claim("period", { identifier: [{ value: "B" }], billablePeriod: { start: "2026-11-21T08:00:00Z" } });
    expect(idOf(matchClaim(key("2026-11-21"), [{ claim: period, coverage: cov }]))).toBe("patient-and-date period");
    const undated = claim("undated", { identifier: [{ value: "C" }], item: [{ sequence: 1, productOrService: {} }] } as Partial<Claim>);
    expect(idOf(matchClaim(key("2026-11-21"), [{ claim: undated, coverage: cov }]))).toBe("No claim with control number ZZ1, nor for M1 on 2026-11-21.");
  });

  it("compares member ids with the subscriber id and every coverage identifier, trimmed and in any case", () => {
    const day = { identifier: [{ value: "A" }], billablePeriod: { start: "2026-11-18" } };
    const byIdentifier = { claim: claim("by-identifier", day), coverage: coverage({ subscriberId: "OTHER", identifier: [{ value: "X9" }, { value: " m1 " }] }) };
    expect(idOf(matchClaim(key("2026-11-18"), [byIdentifier]))).toBe("patient-and-date by-identifier");
    const bySubscriber = { claim: claim("by-subscriber", day), coverage: coverage({ subscriberId: "m1", identifier: [{ value: "X9" }] }) };
    expect(idOf(matchClaim(key("2026-11-18"), [bySubscriber]))).toBe("patient-and-date by-subscriber");
    expect(idOf(matchClaim({ ...key("2026-11-18"), patient: { memberId: " m1 " } }, [bySubscriber]))).toBe("patient-and-date by-subscriber");
    const other = { claim: claim("other", day), coverage: coverage({ subscriberId: "M2" }) };
    expect(idOf(matchClaim(key("2026-11-18"), [other]))).toBe("No claim with control number ZZ1, nor for M1 on 2026-11-18.");
    const noPatient = { claim: claim("no-patient", day) };
    expect(idOf(matchClaim(key("2026-11-18"), [noPatient]))).toBe("No claim with control number ZZ1, nor for M1 on 2026-11-18.");
  });

  it("compares names by family and first given name, trimmed, in any of the patient's names", () => {
    const day = { identifier: [{ value: "A" }], billablePeriod: { start: "2026-11-18" } };
    const smith = { claimControlNumber: "ZZ1", patient: { lastName: "SMITH", firstName: "JOHN" }, serviceDate: "2026-11-18" };
    const second = { claim: claim("second-name", day), patient: patient([{ family: "Smyth", given: ["Jon"] }, { family: " smith ", given: [" John ", "Q"] }]) };
    expect(idOf(matchClaim(smith, [second]))).toBe("patient-and-date second-name");
    const familyOnly = { claim: claim("family-only", day), patient: patient([{ family: "Smith", given: ["Jane"] }, { family: "Smith" }]) };
    expect(idOf(matchClaim(smith, [familyOnly]))).toBe("No claim with control number ZZ1, nor for SMITH, JOHN on 2026-11-18.");
    const givenOnly = { claim: claim("given-only", day), patient: patient([{ family: "Jones", given: ["John"] }]) };
    expect(idOf(matchClaim(smith, [givenOnly]))).toBe("No claim with control number ZZ1, nor for SMITH, JOHN on 2026-11-18.");
    const idOnly = { claimControlNumber: "ZZ1", patient: { memberId: "M1" }, serviceDate: "2026-11-18" };
    expect(idOf(matchClaim(idOnly, [second]))).toBe("No claim with control number ZZ1, nor for M1 on 2026-11-18.");
  });

  it("names the patient by what the file gives", () => {
    const none: ClaimCandidate[] = [];
    expect(idOf(matchClaim({ claimControlNumber: "ZZ1", patient: { firstName: "JOHN" }, serviceDate: "2026-11-18" }, none))).toBe("No claim with control number ZZ1, nor for JOHN on 2026-11-18.");
    expect(idOf(matchClaim({ claimControlNumber: "ZZ1", patient: {}, serviceDate: "2026-11-18" }, none))).toBe("No claim with control number ZZ1, nor for the patient on 2026-11-18.");
  });
});
