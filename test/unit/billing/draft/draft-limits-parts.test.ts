// Pins draft-limits.ts: both ends of the units and unit-charge ranges are accepted, values
// just outside are refused, and a charge must be in whole cents (1e-8 dollars is not).
import { describe, expect, it } from "vitest";
import { isUnitCharge, isUnits, UNIT_CHARGE_RANGE, UNITS_RANGE } from "../../../../src/billing/draft/draft-limits.ts";

describe("isUnits", () => {
  it("accepts 1 and 9999 and refuses 0, 10000, fractions and text", () => {
    expect([1, 9999, 0, 10_000, 1.5, "2", NaN].map(isUnits)).toStrictEqual([true, true, false, false, false, false, false]);
  });

  it("describes its range in words", () => {
    expect(UNITS_RANGE).toBe("a whole number from 1 to 9,999");
  });
});

describe("isUnitCharge", () => {
  it("accepts 0, whole cents and the maximum and refuses below 0, above the maximum, fractions of a cent and non-numbers", () => {
    expect([0, 12.34, 99_999_999.99, -0.01, 100_000_000, 12.345, 1e-8, Infinity, NaN, "5"].map(isUnitCharge)).toStrictEqual([
      true, true, true, false, false, false, false, false, false, false,
    ]);
  });

  it("describes its range in words", () => {
    expect(UNIT_CHARGE_RANGE).toBe("an amount from 0 to 99,999,999.99 dollars with at most 2 decimals");
  });
});
