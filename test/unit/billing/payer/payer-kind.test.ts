import type { Coverage, Organization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { claimPayerKind, payerKind } from "../../../../src/billing/payer/payer-kind.ts";
import { filingLimitFor } from "../../../../src/billing/worklist/filing-deadline.ts";

const SOPT = "https://nahdo.org/sopt";
const SOPT_OID = "urn:oid:2.16.840.1.113883.3.221.5";
const X12 = "https://x12.org/codes/claim-filing-indicator";

const payer = (id: string, payerId?: string): Organization => ({
  resourceType: "Organization", id, name: "Medicare Supplement Plan of Acme",
  ...(payerId ? { identifier: [{ system: "urn:smart-coding-billing:payer-id", value: payerId }] } : {}),
});
const coverage = (codings: { system: string; code: string }[], text?: string): Coverage => ({
  resourceType: "Coverage", id: "c1", status: "active", beneficiary: { reference: "Patient/p1" },
  payor: [{ reference: "Organization/o1", display: "Medicare Supplement Plan of Acme" }],
  ...(codings.length || text ? { type: { coding: codings, ...(text ? { text } : {}) } } : {}),
});

describe("payerKind: from Coverage.type (SOPT by URI or OID, X12 filing indicator), then the payer id", () => {
  it.each([
    [SOPT, "1", "medicare"], [SOPT, "121", "medicare"], [SOPT_OID, "111", "medicare"], [SOPT_OID, "14", "medicare"],
    [SOPT, "2", "medicaid"], [SOPT, "21", "medicaid"], [SOPT, "311", "government"], [SOPT, "32", "government"],
    [SOPT, "5", "commercial"], [SOPT, "51", "commercial"], [SOPT, "6", "commercial"], [SOPT, "81", "self-pay"],
    [SOPT, "95", "other"], [X12, "MB", "medicare"], [X12, "mc", "medicaid"], [X12, "CI", "commercial"], [X12, "WC", "other"],
  ])("%s %s is %s", (system, code, kind) => {
    expect(payerKind(coverage([{ system, code }]), payer("o1"), undefined)).toMatchObject({ kind });
  });

  it("the word Medicare in the payer's name or the type's text never decides", () => {
    const result = payerKind(coverage([{ system: SOPT, code: "5" }], "medicare"), payer("o1"), undefined);
    expect(result).toEqual({ kind: "commercial", source: "Coverage.type SOPT 5 (Private health insurance)", soptCode: "5" });
    expect(payerKind(coverage([], "medicare"), payer("o1"), undefined).kind).toBe("unknown");
  });

  it.each([[SOPT, "0"], [SOPT, "X1"], [SOPT, "medicare"], [SOPT_OID, ""], [X12, "QQ"]])("an unknown value %s \"%s\" is reported, never commercial", (system, code) => {
    const result = payerKind(coverage([{ system, code }]), payer("o1", "SBX01"), { SBX01: "commercial" });
    expect(result.kind).toBe("unknown");
    expect("reason" in result && result.reason).toMatch(/correct the coverage's type/);
  });

  it("without a typed coverage: the payer id in billing-config payerKinds, else unknown with the reason", () => {
    expect(payerKind(coverage([]), payer("o1", "SBXMCR"), { SBXMCR: "medicare" })).toEqual({ kind: "medicare", source: "payer id SBXMCR in billing-config payerKinds" });
    expect(payerKind(coverage([]), payer("o1", "SBX09"), { SBXMCR: "medicare" })).toMatchObject({ kind: "unknown", reason: expect.stringMatching(/SBX09 is not in billing-config payerKinds/) });
    expect(payerKind(coverage([]), payer("o1"), { constructor: "medicare" } as never)).toMatchObject({ kind: "unknown", reason: expect.stringMatching(/no payer id/) });
    expect(payerKind(undefined, undefined, undefined)).toMatchObject({ kind: "unknown", reason: expect.stringMatching(/no coverage/) });
  });

  it("claimPayerKind reads the first coverage and its payer among the organizations", () => {
    const orgs = [payer("o2", "SBX01"), payer("o1", "SBXMCR")];
    expect(claimPayerKind([coverage([])], orgs, { SBXMCR: "medicare", SBX01: "commercial" }).kind).toBe("medicare");
    expect(claimPayerKind([], orgs, undefined).kind).toBe("unknown");
  });
});

describe("filing limit by payer kind", () => {
  it("Medicare's 12 months when the payer has no own entry; the practice default for others", () => {
    const limits = { default: 90, byPayerId: { SBXMCR: 400 } };
    expect(filingLimitFor("SBXMCR", limits, "medicare")).toBe(400);
    expect(filingLimitFor("OTHERMCR", limits, "medicare")).toBe(365);
    expect(filingLimitFor("OTHER", limits, "commercial")).toBe(90);
    expect(filingLimitFor("OTHER", limits, "unknown")).toBe(90);
    expect(filingLimitFor("constructor", limits, "commercial")).toBe(90);
  });
});

describe("filing deadline by payer kind", () => {
  it("a Medicare coverage (by SOPT) whose payer id has no own limit gets 12 months, not the practice default", async () => {
    const { filingDeadline } = await import("../../../../src/billing/worklist/filing-deadline.ts");
    const limits = { default: 90 };
    const kind = payerKind(coverage([{ system: SOPT, code: "121" }]), payer("o1", "OTHERMCR"), undefined).kind;
    expect(filingDeadline("2026-01-01", "OTHERMCR", limits, "2026-06-01", kind)).toEqual({ kind: "open", daysLeft: 214, limitDays: 365 });
    expect(filingDeadline("2026-01-01", "OTHERMCR", limits, "2026-06-01", "commercial")).toEqual({ kind: "past-limit", daysPast: 61, limitDays: 90 });
  });
});

describe("payerKind: the exact words and the edges of each input", () => {
  it("a SOPT code is trimmed and its source names the category of its first digit", () => {
    expect(payerKind(coverage([{ system: SOPT, code: " 121 " }]), payer("o1"), undefined)).toStrictEqual({
      kind: "medicare", source: "Coverage.type SOPT 121 (Medicare)", soptCode: "121",
    });
  });

  it("a SOPT coding without a code is reported as an empty value, and nothing throws", () => {
    const typed: Coverage = { ...coverage([]), type: { coding: [{ system: SOPT }] } };
    expect(payerKind(typed, payer("o1"), undefined)).toStrictEqual({
      kind: "unknown",
      reason: 'Coverage.type has "" in the Source of Payment Typology, which is no SOPT code (a number whose first digit 1-9 names the category: 1 Medicare, 2 Medicaid, 5 private ...): correct the coverage\'s type.',
    });
  });

  it("an X12 filing indicator's source names the code in capitals", () => {
    expect(payerKind(coverage([{ system: X12, code: "mc" }]), payer("o1"), undefined)).toStrictEqual({
      kind: "medicaid", source: "Coverage.type claim filing indicator MC",
    });
  });

  it("a code in another system is neither SOPT nor X12, so the payer id decides", () => {
    const result = payerKind(coverage([{ system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "MB" }]), payer("o1", "SBX01"), { SBX01: "commercial" });
    expect(result).toStrictEqual({ kind: "commercial", source: "payer id SBX01 in billing-config payerKinds" });
  });

  it("a payer without a payer id matches no billing-config entry, not even one keyed \"undefined\"", () => {
    const result = payerKind(coverage([]), payer("o1"), { undefined: "medicare" } as never);
    expect(result).toStrictEqual({
      kind: "unknown",
      reason: "Coverage.type carries no Source of Payment Typology code (https://nahdo.org/sopt) and the payer has no payer id, so the payer's kind is unknown.",
    });
  });
});

describe("claimPayerKind: finding the payer among the organizations", () => {
  it("an absolute payer reference finds the organization by its id at the end", () => {
    const cov: Coverage = { ...coverage([]), payor: [{ reference: "https://ehr.example/fhir/Organization/o1" }] };
    expect(claimPayerKind([cov], [payer("o1", "SBXMCR")], { SBXMCR: "medicare" }).kind).toBe("medicare");
    const other: Coverage = { ...coverage([]), payor: [{ reference: "https://ehr.example/fhir/Organization/o12" }] };
    expect(claimPayerKind([other], [payer("o1", "SBXMCR")], { SBXMCR: "medicare" }).kind).toBe("unknown");
  });

  it("a coverage without payors, or with an empty list, has no payer and nothing throws", () => {
    const { payor: _, ...bare } = coverage([]);
    expect(claimPayerKind([bare as Coverage], [payer("o1", "SBXMCR")], { SBXMCR: "medicare" })).toMatchObject({ kind: "unknown", reason: expect.stringMatching(/the payer has no payer id/) });
    expect(claimPayerKind([{ ...coverage([]), payor: [] } as unknown as Coverage], [payer("o1", "SBXMCR")], { SBXMCR: "medicare" }).kind).toBe("unknown");
  });

  it("an organization without an id is never the payer, even for a reference that reads Organization/undefined", () => {
    const cov: Coverage = { ...coverage([]), payor: [{ reference: "Organization/undefined" }] };
    const { id: _, ...anonymous } = payer("o1", "SBXMCR");
    expect(claimPayerKind([cov], [anonymous as Organization], { SBXMCR: "medicare" }).kind).toBe("unknown");
  });
});
