import { describe, expect, it } from "vitest";
import { daysBetween, filingDeadline, filingLimitFor, type FilingLimits } from "../../../../src/billing/worklist/filing-deadline.ts";

const LIMITS: FilingLimits = { default: 180, byPayerId: { SBXMCR: 365, SBX02: 90 } };

describe("filingDeadline: days left = limit - (today - date of service)", () => {
  it.each([
    // date of service, payer id, limits, today, expected
    ["2026-11-20", "SBXMCR", LIMITS, "2026-11-26", { kind: "open", daysLeft: 359, limitDays: 365 }],
    ["2026-11-20T09:00:00-05:00", "SBXMCR", LIMITS, "2026-11-26", { kind: "open", daysLeft: 359, limitDays: 365 }],
    ["2026-11-26", "SBX02", LIMITS, "2026-11-26", { kind: "open", daysLeft: 90, limitDays: 90 }],
    ["2026-08-28", "SBX02", LIMITS, "2026-11-26", { kind: "open", daysLeft: 0, limitDays: 90 }],
    ["2026-08-27", "SBX02", LIMITS, "2026-11-26", { kind: "past-limit", daysPast: 1, limitDays: 90 }],
    ["2026-01-01", "UNKNOWN", LIMITS, "2026-11-26", { kind: "past-limit", daysPast: 149, limitDays: 180 }],
    ["2026-01-01", undefined, LIMITS, "2026-11-26", { kind: "past-limit", daysPast: 149, limitDays: 180 }],
    ["2025-11-26", "SBXMCR", undefined, "2026-11-26", { kind: "open", daysLeft: 0, limitDays: 365 }],
    ["2025-11-25", "SBXMCR", undefined, "2026-11-26", { kind: "past-limit", daysPast: 1, limitDays: 365 }],
    // 2024 is a leap year: 366 days from 2024-02-28 to 2025-02-28
    ["2024-02-28", "SBXMCR", {}, "2025-02-28", { kind: "past-limit", daysPast: 1, limitDays: 365 }],
    ["2026-12-01", "SBXMCR", LIMITS, "2026-11-26", { kind: "open", daysLeft: 370, limitDays: 365 }],
    [undefined, "SBXMCR", LIMITS, "2026-11-26", { kind: "unknown", limitDays: 365 }],
    ["not a date", "SBX02", LIMITS, "2026-11-26", { kind: "unknown", limitDays: 90 }],
  ] as const)("%s, payer %s, %o, today %s", (dateOfService, payerId, limits, today, expected) => {
    expect(filingDeadline(dateOfService, payerId, limits as FilingLimits | undefined, today)).toEqual(expected);
  });
});

describe("filingLimitFor", () => {
  it.each([
    ["SBX02", LIMITS, 90],
    ["OTHER", LIMITS, 180],
    ["OTHER", { byPayerId: { SBX02: 90 } }, 365],
    [undefined, undefined, 365],
  ] as const)("payer %s with %o: %i days", (payerId, limits, days) => {
    expect(filingLimitFor(payerId, limits as FilingLimits | undefined)).toBe(days);
  });
});

describe("daysBetween", () => {
  it("counts the dates as written, across a daylight-saving change", () => {
    expect(daysBetween("2026-03-07T23:30:00-05:00", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-11-01", "2026-11-02")).toBe(1);
    expect(daysBetween("2026-11-02", "2026-11-01")).toBe(-1);
  });
});
