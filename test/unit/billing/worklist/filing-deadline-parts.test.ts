// Pins the parts of the filing deadline arithmetic: today given as a dateTime counts by its date,
// and a claim with no payer id never takes another payer's limit.
import { describe, expect, it } from "vitest";
import { daysBetween, filingLimitFor } from "../../../../src/billing/worklist/filing-deadline.ts";

describe("filing deadline parts", () => {
  it("counts days to a dateTime by the date as written, not the hour", () => {
    expect(daysBetween("2026-11-01", "2026-11-26T23:00:00Z")).toBe(25);
    expect(daysBetween("2026-11-01T23:00:00-05:00", "2026-11-26T01:00:00+09:00")).toBe(25);
  });

  it("without a payer id, the default limit applies even if a payer's id reads \"undefined\"", () => {
    expect(filingLimitFor(undefined, { default: 100, byPayerId: { undefined: 10 } })).toBe(100);
  });
});
