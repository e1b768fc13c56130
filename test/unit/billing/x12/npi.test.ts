import { describe, expect, it } from "vitest";
import { isValidNpi } from "../../../../src/billing/x12/index.ts";

/** Changes the check digit of a valid NPI: every other digit must fail. */
function otherCheckDigits(npi: string): string[] {
  return "0123456789".split("").filter((digit) => digit !== npi[9]).map((digit) => npi.slice(0, 9) + digit);
}

describe("isValidNpi (Luhn over 80840 + the first 9 digits)", () => {
  it.each(["1234567893", "1456789027", "1672345901", "1304567815", "1987654328"])("accepts %s", (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it.each(["1234567893", "1456789027"])("rejects %s with any other check digit", (npi) => {
    for (const wrong of otherCheckDigits(npi)) expect(isValidNpi(wrong)).toBe(false);
  });

  it("rejects two swapped adjacent digits (what the Luhn rule is there to catch)", () => {
    expect(isValidNpi("1243567893")).toBe(false);
  });

  it.each(["123456789", "12345678931", "123456789X", " 1234567893", "", "1234-56789"])("rejects malformed %j", (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });
});
