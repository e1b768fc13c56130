import type { Coverage, Organization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { parseBillingConfig } from "../../../src/ui/claim/billing-config.ts";
import { telehealthModifierFor } from "../../../src/ui/claim/telehealth-modifier.ts";

const payer: Organization = { resourceType: "Organization", id: "mcr", identifier: [{ system: "urn:smart-coding-billing:payer-id", value: "SBXMCR" }] };
const coverage: Coverage = { resourceType: "Coverage", status: "active", beneficiary: { reference: "Patient/p" }, payor: [{ reference: "Organization/mcr" }] };
const base = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "CH", id: "C1" } };

describe("billing-config telehealthModifiers: the modifier each payer wants on a telehealth E/M", () => {
  it("by payer id, else the default, else 95", () => {
    expect(telehealthModifierFor({ byPayerId: { SBXMCR: "none" } }, coverage, [payer])).toBe("none");
    expect(telehealthModifierFor({ default: "none", byPayerId: { OTHER: "95" } }, coverage, [payer])).toBe("none");
    expect(telehealthModifierFor(undefined, coverage, [payer])).toBe("95");
    expect(telehealthModifierFor({ byPayerId: { constructor: "none" as const } }, undefined, [])).toBe("95");
  });
  it("a bad value is named", () => {
    const parsed = parseBillingConfig({ ...base, telehealthModifiers: { default: "GT", byPayerId: { SBX02: 95 } } });
    expect("problems" in parsed && parsed.problems).toEqual(['telehealthModifiers.default must be "95" or "none".', 'telehealthModifiers.byPayerId.SBX02 must be "95" or "none".']);
    expect("config" in parseBillingConfig({ ...base, telehealthModifiers: { default: "95", byPayerId: { SBXMCR: "none" } } })).toBe(true);
  });
});
