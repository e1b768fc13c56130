// Pins the X12 value readers: money in cents at the edges of the decimal pattern (sign only,
// point only, more than two decimals, exponent), CCYYMMDD only at the start, composite parts
// of an absent element, and empty elements read as absent.
import { describe, expect, it } from "vitest";
import { elementOf, partsOf, toCents, toIsoDate } from "../../../../src/billing/clearinghouse/x12-values.ts";

describe("X12 money in cents", () => {
  it("reads absent, blank and padded amounts", () => {
    expect(toCents(undefined)).toBe(0);
    expect(toCents("")).toBe(0);
    expect(toCents(" 12.5 ")).toBe(1250);
    expect(toCents(" . ")).toBe(0);
  });

  it("reads a lone point or a lone sign as zero", () => {
    expect(toCents(".")).toBe(0);
    expect(toCents("-")).toBe(-0);
  });

  it("falls back to the number for what the decimal pattern does not take", () => {
    expect(toCents("1e2")).toBe(10000);
    expect(toCents("+.5")).toBe(50);
    expect(toCents("12.346")).toBe(1235);
    expect(toCents("12.345")).toBe(1235);
    expect(toCents("1-5")).toBe(Number.NaN);
    expect(toCents("1.-")).toBe(Number.NaN);
  });
});

describe("X12 dates, composites and elements", () => {
  it("reads CCYYMMDD only at the start of the element", () => {
    expect(toIsoDate("20261120-20261121")).toBe("2026-11-20");
    expect(toIsoDate("X20261120")).toBe(undefined);
    expect(toIsoDate(undefined)).toBe(undefined);
  });

  it("splits a composite, and an absent one into one empty part", () => {
    expect(partsOf("HC:99213:25", ":")).toStrictEqual(["HC", "99213", "25"]);
    expect(partsOf(undefined, ":")).toStrictEqual([""]);
  });

  it("reads an empty or missing element as absent", () => {
    expect(elementOf(["A", "", "C"], 1)).toBe("A");
    expect(elementOf(["A", "", "C"], 2)).toBe(undefined);
    expect(elementOf(["A", "", "C"], 4)).toBe(undefined);
  });
});
