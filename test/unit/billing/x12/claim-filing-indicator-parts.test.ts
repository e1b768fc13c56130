// Pins claimFilingIndicatorOf / toClaimFilingIndicator whole results: the `from` text of each table,
// codes trimmed and upper-cased before lookup, codings without a code ignored, the v3-ActCode lookup
// only on v3-ActCode codings with a known code, the problem text naming every coding, and CI only
// when Coverage.type says nothing.
import { describe, expect, it } from "vitest";
import type { Coding, Coverage } from "fhir/r4";
import {
  CLAIM_FILING_INDICATOR_SYSTEM,
  SOPT_SYSTEM,
  SOPT_URI,
  claimFilingIndicatorOf,
  toClaimFilingIndicator,
} from "../../../../src/billing/x12/claim-filing-indicator.ts";

const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
const coverage = (coding?: Coding[]): Coverage => ({
  resourceType: "Coverage",
  status: "active",
  beneficiary: { reference: "Patient/p" },
  payor: [{ reference: "Organization/o" }],
  ...(coding ? { type: { coding } } : {}),
});
const unknown = (said: string) => ({
  problem: `Coverage.type (${said}) names no claim filing indicator: code it in the Source of Payment Typology (${SOPT_URI}) or as an X12 claim filing indicator.`,
});

describe("claim filing indicator: the whole result", () => {
  it("an X12 code is trimmed and upper-cased, and named upper-cased in `from`", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: CLAIM_FILING_INDICATOR_SYSTEM, code: " mb " }])))
      .toStrictEqual({ indicator: "MB", from: "claim filing indicator MB" });
  });

  it("a SOPT code is trimmed and named in `from`", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: SOPT_SYSTEM, code: " 512 " }])))
      .toStrictEqual({ indicator: "12", from: "Source of Payment Typology 512" });
  });

  it("a SOPT value that is no number is refused even when its first digit names a category", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: SOPT_URI, code: "5A" }]))).toStrictEqual({
      problem: `Coverage.type has "5A" in the Source of Payment Typology, which is no SOPT code (a number whose first digit names the category: 1 Medicare, 2 Medicaid, 5 private ...).`,
    });
    expect(toClaimFilingIndicator(coverage([{ system: SOPT_URI, code: "5A" }]))).toBeUndefined();
  });

  it("a v3-ActCode type is trimmed and named in `from`", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: ACT_CODE, code: "HMO" }])))
      .toStrictEqual({ indicator: "HM", from: "coverage type HMO" });
    expect(claimFilingIndicatorOf(coverage([{ system: ACT_CODE, code: " PPO " }])))
      .toStrictEqual({ indicator: "12", from: "coverage type PPO" });
  });

  it("the v3-ActCode read skips an ActCode it does not map and takes the next one it does", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: ACT_CODE, code: "PUBLICPOL" }, { system: ACT_CODE, code: "WCBPOL" }])))
      .toStrictEqual({ indicator: "WC", from: "coverage type WCBPOL" });
  });

  it("an ActCode code in another system is not read as an ActCode", () => {
    expect(claimFilingIndicatorOf(coverage([{ system: "http://example.org/plans", code: "HMO" }])))
      .toStrictEqual(unknown("http://example.org/plans#HMO"));
  });

  it("codings without a code, or with a blank one, are skipped before a later one decides", () => {
    expect(claimFilingIndicatorOf(coverage([
      { system: CLAIM_FILING_INDICATOR_SYSTEM },
      { system: CLAIM_FILING_INDICATOR_SYSTEM, code: "  " },
      { system: SOPT_SYSTEM, code: "2" },
    ]))).toStrictEqual({ indicator: "MC", from: "Source of Payment Typology 2" });
  });

  it("a type whose codings carry no code says nothing: absent, sent as CI", () => {
    const blank = coverage([{ system: "http://example.org/plans", display: "Gold" }, { system: ACT_CODE, code: " " }]);
    expect(claimFilingIndicatorOf(blank)).toStrictEqual({ absent: true });
    expect(toClaimFilingIndicator(blank)).toBe("CI");
  });

  it("a coverage without a type is absent, sent as CI", () => {
    expect(claimFilingIndicatorOf(coverage())).toStrictEqual({ absent: true });
    expect(toClaimFilingIndicator(coverage())).toBe("CI");
  });

  it("the problem names every coding with its system (or that it has none), comma-separated", () => {
    const result = claimFilingIndicatorOf(coverage([{ code: "GOLD" }, { system: "http://example.org/plans", code: "silver" }]));
    expect(result).toStrictEqual(unknown("no system#GOLD, http://example.org/plans#silver"));
    expect(toClaimFilingIndicator(coverage([{ code: "GOLD" }]))).toBeUndefined();
  });

  it("an X12 code is returned by toClaimFilingIndicator as the indicator itself", () => {
    expect(toClaimFilingIndicator(coverage([{ system: CLAIM_FILING_INDICATOR_SYSTEM, code: "wc" }]))).toBe("WC");
  });
});
