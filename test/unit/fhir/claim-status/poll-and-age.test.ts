import { describe, expect, it } from "vitest";
import { ageInDays, isFinalStatus, nextPollDelay, type KnownClaimStatus } from "../../../../src/fhir/claim-status/index.ts";

describe("nextPollDelay", () => {
  it("doubles from 1 s and stops growing at 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(nextPollDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("treats nonsense attempts as the first", () => {
    expect([-3, Number.NaN, Number.POSITIVE_INFINITY].map(nextPollDelay)).toEqual([1_000, 1_000, 1_000]);
  });
});

describe("isFinalStatus", () => {
  it.each([
    ["submitted", false], ["queued", false], ["in-process", false], ["paid", true], ["patient-responsibility", true], ["partially-authorized", true], ["partially-paid", true], ["denied", true], ["error", true], ["invalid", true],
  ] as const)("%s -> %s", (kind, final) => {
    expect(isFinalStatus({ kind } as KnownClaimStatus)).toBe(final);
  });
});

describe("ageInDays", () => {
  it.each([
    ["2026-11-26", "2026-11-26", 0], ["2026-10-27", "2026-11-26", 30], ["2026-11-20T23:59:00-05:00", "2026-11-26", 6],
    ["2025-11-26", "2026-11-26", 365], [undefined, "2026-11-26", undefined], ["not a date", "2026-11-26", undefined],
  ] as const)("%s to %s: %s days", (created, today, days) => {
    expect(ageInDays(created, today)).toBe(days);
  });
});
