// Pins uspsStateCode's second look-up: a name with stray dots is read without them, and a leading
// "US " is read as "U.S. " (only then), so "US Virginia" is no state while "US Virgin Islands" is.
import { describe, expect, it } from "vitest";
import { uspsStateCode } from "../../../../src/billing/x12/usps-state.ts";

describe("USPS state names with dots or a leading US", () => {
  it.each([
    ["Puerto Rico.", "PR"], ["U.S Virgin Islands", "VI"], ["US Virgin Islands", "VI"],
    ["us  virgin islands", "VI"], ["Virgin Islands", "VI"], ["West Virginia.", "WV"],
  ])("%j -> %j", (text, code) => expect(uspsStateCode(text)).toBe(code));

  it.each(["US Virginia", "U.S. Virginia", "US Guam"])("%j is no state: only the Virgin Islands take U.S.", (text) =>
    expect(uspsStateCode(text)).toBeUndefined());
});
