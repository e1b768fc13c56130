import { describe, expect, it } from "vitest";
import type { Coverage, Identifier } from "fhir/r4";
import {
  CLAIM_FILING_INDICATOR_SYSTEM,
  PAYER_ID_SYSTEMS,
  SOPT_SYSTEM,
  SOPT_URI,
  check837PData,
  claimTo837P,
  findingCode,
  toClaimFilingIndicator,
  claimFilingIndicatorOf,
} from "../../../../src/billing/x12/index.ts";
import { OPTIONS, claimOf, loadBundle, organizationOf } from "./x12-fixtures.ts";
import { findSegment, parse837P } from "./parsed-837p.ts";

const coverageTyped = (system: string, code: string): Coverage => ({
  resourceType: "Coverage",
  status: "active",
  beneficiary: { reference: "Patient/p" },
  payor: [{ reference: "Organization/o" }],
  type: { coding: [{ system, code }] },
});

describe("SBR09 claim filing indicator from Coverage.type", () => {
  it.each([
    [SOPT_SYSTEM, "1", "MB"], [SOPT_SYSTEM, "121", "MB"], [SOPT_SYSTEM, "111", "16"], [SOPT_SYSTEM, "2", "MC"],
    [SOPT_SYSTEM, "311", "CH"], [SOPT_SYSTEM, "32", "VA"], [SOPT_SYSTEM, "5", "CI"], [SOPT_SYSTEM, "51", "HM"],
    [SOPT_SYSTEM, "512", "12"], [SOPT_SYSTEM, "6", "BL"], [SOPT_SYSTEM, "95", "WC"], [SOPT_SYSTEM, "81", "09"],
    [SOPT_URI, "1", "MB"], [SOPT_URI, "2", "MC"], [SOPT_URI, "6", "BL"], [SOPT_URI, "521", "15"],
    [CLAIM_FILING_INDICATOR_SYSTEM, "MC", "MC"],
    ["http://terminology.hl7.org/CodeSystem/v3-ActCode", "EHCPOL", "CI"],
  ])("%s %s -> %s", (system, code, indicator) => {
    expect(toClaimFilingIndicator(coverageTyped(system, code))).toBe(indicator);
  });

  it("does not read SOPT 11 (Medicare managed care) as the X12 code 11 (other non-federal)", () => {
    expect(toClaimFilingIndicator(coverageTyped(SOPT_SYSTEM, "11"))).toBe("16");
  });

  it.each([
    [SOPT_URI, "Medicare"], [SOPT_SYSTEM, "0"], [CLAIM_FILING_INDICATOR_SYSTEM, "XX"], ["http://example.org/plan-types", "GOLD"],
  ])("an unknown value (%s %s) is refused, never sent as CI", (system, code) => {
    expect(toClaimFilingIndicator(coverageTyped(system, code))).toBeUndefined();
    expect(claimFilingIndicatorOf(coverageTyped(system, code))).toEqual({ problem: expect.stringContaining(code) });
  });

  it("the export refuses an unknown Coverage.type with a finding, and writes SBR09 from the canonical SOPT URI", () => {
    const bundle = loadBundle("simple-claim");
    const coverage = bundle.entry?.find((e) => e.resource?.resourceType === "Coverage")?.resource as Coverage;
    coverage.type = { coding: [{ system: SOPT_URI, code: "Medicare" }] };
    expect(check837PData(bundle).issue.map((i) => [findingCode(i), i.severity, i.expression?.[0]])).toContainEqual(["x12-invalid-data", "error", "Coverage.type"]);
    coverage.type = { coding: [{ system: SOPT_URI, code: "2" }] };
    expect(findSegment(parse837P(claimTo837P(bundle, OPTIONS)), "SBR").at(-1)).toBe("MC");
  });

  it("a coverage without a type is sent as CI with a warning that says so", () => {
    const bundle = loadBundle("simple-claim");
    const coverage = bundle.entry?.find((e) => e.resource?.resourceType === "Coverage")?.resource as Coverage;
    delete coverage.type;
    expect(check837PData(bundle).issue.filter((i) => i.expression?.[0] === "Coverage.type").map((i) => [findingCode(i), i.severity])).toEqual([["x12-missing-data", "warning"]]);
    expect(findSegment(parse837P(claimTo837P(bundle, OPTIONS)), "SBR").at(-1)).toBe("CI");
  });
});

describe("payer id on the payer Organization", () => {
  const withPayerIdentifier = (identifier: Identifier) => {
    const bundle = loadBundle("simple-claim");
    organizationOf(bundle, "pay").identifier = [identifier];
    return bundle;
  };

  it.each([
    ["type v2-0203 NIIP", { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "NIIP" }] }, value: "87726" }],
    ["type PAYERID", { type: { coding: [{ code: "PAYERID" }] }, value: "87726" }],
    ...PAYER_ID_SYSTEMS.map((system): [string, Identifier] => [`system ${system}`, { system, value: "87726" }]),
  ])("accepts an identifier with %s", (_, identifier) => {
    const parsed = parse837P(claimTo837P(withPayerIdentifier(identifier), OPTIONS));
    expect(findSegment(parsed, "NM1", "PR").slice(7, 9)).toEqual(["PI", identifier.value]);
  });

  it("does not take a Source of Payment Typology code for a payer id", () => {
    const bundle = withPayerIdentifier({ system: SOPT_SYSTEM, value: "5" });
    const issues = check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.expression?.[0]]);
    expect(issues).toContainEqual(["x12-missing-data", "Organization.identifier"]);
  });

  it("writes SBR01 S when the focal insurance is the second one", () => {
    const bundle = loadBundle("simple-claim");
    const insurance = claimOf(bundle).insurance?.[0];
    if (insurance) insurance.sequence = 2;
    expect(findSegment(parse837P(claimTo837P(bundle, OPTIONS)), "SBR")[0]).toBe("S");
  });
});
