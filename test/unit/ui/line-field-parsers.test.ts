import { describe, expect, it } from "vitest";
import { parseCharge, parseUnits } from "../../../src/ui/coding/line-field-parsers.ts";

describe("line field parsers", () => {
  it.each([
    ["125", 125],
    ["$125.50", 125.5],
    ["0", 0],
    ["99999999.99", 99_999_999.99],
  ])("the charge %s is %s", (text, value) => {
    expect(parseCharge(text)).toEqual({ value });
  });

  it.each([["9".repeat(400)], ["100000000"], ["12.345"], ["-5"], ["1e3"], ["Infinity"], ["NaN"], [""]])("refuses the charge %s with a message", (text) => {
    expect(parseCharge(text)).toEqual({ problem: expect.stringMatching(/^Charge must be an amount from 0 to 99,999,999\.99 dollars/) });
  });

  it.each([["1", 1], ["9999", 9999]])("the units %s are %s", (text, value) => {
    expect(parseUnits(text)).toEqual({ value });
  });

  it.each([["0"], ["10000"], ["9".repeat(400)], ["1.5"], ["Infinity"]])("refuses the units %s with a message", (text) => {
    expect(parseUnits(text)).toEqual({ problem: "Units must be a whole number from 1 to 9,999." });
  });
});
