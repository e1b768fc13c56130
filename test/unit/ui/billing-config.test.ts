import { describe, expect, it } from "vitest";
import { draftRetentionDaysOf, parseBillingConfig } from "../../../src/ui/claim/billing-config.ts";

const base = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "Clearinghouse", id: "CH" } };

describe("billing config draftRetentionDays", () => {
  it("defaults to 7 days when absent", () => {
    const parsed = parseBillingConfig(base);
    expect("config" in parsed && draftRetentionDaysOf(parsed.config)).toBe(7);
    expect(draftRetentionDaysOf(undefined)).toBe(7);
  });

  it("takes the practice's whole number of days", () => {
    const parsed = parseBillingConfig({ ...base, draftRetentionDays: 30 });
    expect("config" in parsed && draftRetentionDaysOf(parsed.config)).toBe(30);
  });

  it.each([[0], [-1], [2.5], ["7"], [null], [1000]])("refuses %s", (value) => {
    expect(parseBillingConfig({ ...base, draftRetentionDays: value })).toEqual({ problems: ["draftRetentionDays must be a whole number of days from 1 to 365."] });
  });
});
