import { describe, expect, it } from "vitest";
import { createSandboxClock, isReferenceDate, localDate, referenceInstant } from "../../../smart-launch/clock/sandbox-clock.ts";

describe("the sandbox clock", () => {
  it("with a reference date starts at that date, 12:00 UTC, and runs at real speed", () => {
    let real = Date.parse("2031-03-04T05:06:07Z");
    const clock = createSandboxClock("2026-11-23", () => real);
    expect(clock.referenceDate).toBe("2026-11-23");
    expect(clock.now().toISOString()).toBe("2026-11-23T12:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2026-11-23T12:01:30.000Z");
  });

  it("without one is the real clock, and its reference date is today's local date", () => {
    const real = Date.parse("2027-02-14T10:00:00Z");
    const clock = createSandboxClock(undefined, () => real);
    expect(clock.now().getTime()).toBe(real);
    expect(clock.referenceDate).toBe(localDate(new Date(real)));
  });

  it.each([
    ["2026-11-23", true], ["2024-02-29", true], ["2026-02-29", false], ["2026-13-01", false],
    ["2026-1-05", false], ["20261123", false], ["2026-11-23T00:00:00Z", false], ["", false],
  ])("%s is a reference date: %s", (text, expected) => {
    expect(isReferenceDate(text)).toBe(expected);
  });

  it("refuses a reference date that is not YYYY-MM-DD", () => {
    expect(() => createSandboxClock("23/11/2026")).toThrow(/YYYY-MM-DD/);
    expect(() => referenceInstant("2026-02-30")).toThrow(/YYYY-MM-DD/);
  });
});
