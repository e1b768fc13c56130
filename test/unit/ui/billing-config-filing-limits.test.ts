import { describe, expect, it } from "vitest";
import { parseBillingConfig } from "../../../src/ui/claim/billing-config.ts";

const BASE = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "Clearinghouse", id: "CH" } };

describe("billing-config.json filingLimits", () => {
  it("accepts the shipped shape and an absent key (default 365)", () => {
    const limits = { default: 365, byPayerId: { SBXMCR: 365, SBX02: 90 } };
    expect(parseBillingConfig({ ...BASE, filingLimits: limits })).toEqual({ config: { ...BASE, filingLimits: limits } });
    expect(parseBillingConfig(BASE)).toEqual({ config: BASE });
  });

  it.each([
    [[365], "filingLimits must be an object with default and byPayerId."],
    [{ default: 0 }, "filingLimits.default must be a whole number of days from 1 to 3650."],
    [{ default: 90.5 }, "filingLimits.default must be a whole number of days from 1 to 3650."],
    [{ byPayerId: ["SBX01"] }, "filingLimits.byPayerId must map payer ids to days."],
    [{ byPayerId: { SBX01: "90" } }, "filingLimits.byPayerId.SBX01 must be a whole number of days from 1 to 3650."],
  ])("%j is refused: %s", (filingLimits, problem) => {
    expect(parseBillingConfig({ ...BASE, filingLimits })).toEqual({ problems: [problem] });
  });
});
