import { describe, expect, it } from "vitest";
import { MAX_CLAIM_ID_LENGTH, toClaimControlNumber } from "../../../../src/billing/x12/claim-control-number.ts";
import { isValidNpi, npiCheckDigit } from "../../../../src/billing/x12/npi.ts";
import { hasDelimiter, segment, writeSegment } from "../../../../src/billing/x12/segment.ts";
import { toX12Date, toX12Time } from "../../../../src/billing/x12/x12-date.ts";
import { formatCents, formatQuantity, toCents } from "../../../../src/billing/x12/x12-number.ts";
import { checkIdentifierText, cleanText } from "../../../../src/billing/x12/x12-text.ts";

describe("X12 numbers", () => {
  it("keeps money as whole cents", () => {
    expect([0.1 + 0.2, 19.995, 125, -3.5].map(toCents)).toEqual([30, 2000, 12500, -350]);
  });

  it.each([
    [12500, "125"],
    [12550, "125.5"],
    [12505, "125.05"],
    [5, "0.05"],
    [50, "0.5"],
    [0, "0"],
    [-12550, "-125.5"],
    [-100, "-1"],
    [-7, "-0.07"],
  ])("writes %i cents as %s", (cents, written) => {
    expect(formatCents(cents)).toBe(written);
  });

  it("writes quantities with at most three decimals and no trailing zeros", () => {
    expect([1, 2.5, 0.3333, 10.1, 1.0004, 2.0006, 0.25].map(formatQuantity)).toEqual(["1", "2.5", "0.333", "10.1", "1", "2.001", "0.25"]);
  });
});

describe("X12 dates and times", () => {
  it("reads the literal local date of a FHIR date or dateTime", () => {
    expect(toX12Date("2026-11-20")).toBe("20261120");
    expect(toX12Date("2026-11-20T23:30:00-05:00")).toBe("20261120");
    expect(toX12Date("2024-02-29")).toBe("20240229");
  });

  it.each(["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00", "20261120", "2026-1-5", "", "x2026-11-20"])("refuses %s", (value) => {
    expect(toX12Date(value)).toBeUndefined();
  });

  it("reads hours and minutes of a dateTime, nothing from a date", () => {
    expect(toX12Time("2026-11-26T18:30:00Z")).toBe("1830");
    expect(toX12Time("2026-11-26T07:05:59-05:00")).toBe("0705");
    expect(toX12Time("2026-11-26")).toBeUndefined();
    expect(toX12Time("2026-11-26T7:05")).toBeUndefined();
  });
});

describe("X12 text", () => {
  it("cleans names: accents dropped, delimiters and non-ASCII to spaces, collapsed, upper case, cut", () => {
    expect(cleanText("José  Núñez", 35)).toEqual({ value: "JOSE NUNEZ", changed: true });
    expect(cleanText("a*b~c:d^e", 35)).toEqual({ value: "A B C D E", changed: true });
    expect(cleanText("Li 李", 35)).toEqual({ value: "LI", changed: true });
    expect(cleanText("  mary\tjane  smith ", 35)).toEqual({ value: "MARY JANE SMITH", changed: false });
    expect(cleanText("Alexandria", 4)).toEqual({ value: "ALEX", changed: true });
    expect(cleanText("Ann Lee", 4)).toEqual({ value: "ANN", changed: true });
    expect(cleanText("Ann", 3)).toEqual({ value: "ANN", changed: false });
    expect(cleanText("  Alexandria", 4)).toEqual({ value: "ALEX", changed: true });
    expect(cleanText("~", 10)).toEqual({ value: "", changed: true });
  });

  it("never cleans identifiers: it trims them or refuses them", () => {
    expect(checkIdentifierText("  W123-45 ")).toBe("W123-45");
    expect(checkIdentifierText("A B")).toBe("A B");
    for (const bad of ["", "   ", "W1*2", "W1~", "W:1", "W^1", "Müller", "W1\u0007"]) expect(checkIdentifierText(bad)).toBeUndefined();
  });
});

describe("X12 segments", () => {
  it("joins elements and components, dropping trailing empty ones only", () => {
    expect(writeSegment(segment("NM1", "85", "2", "CLINIC", "", "", "", "", "XX", "1234567893"))).toBe("NM1*85*2*CLINIC*****XX*1234567893~");
    expect(writeSegment(segment("SV1", ["HC", "99213", "25", "", ""], "125", "UN", "1", "", ""))).toBe("SV1*HC:99213:25*125*UN*1~");
    expect(writeSegment(segment("HI", ["ABK", "E119"], ["ABF", ""]))).toBe("HI*ABK:E119*ABF~");
    expect(writeSegment(segment("REF", "", "X"))).toBe("REF**X~");
    expect(writeSegment(segment("CLM", ["", "A"]))).toBe("CLM*:A~");
  });

  it("refuses an empty segment and a delimiter inside data", () => {
    expect(() => writeSegment(segment("REF", "", ["", ""]))).toThrow("Refusing to write an empty REF segment");
    expect(() => writeSegment(segment("NM1", "A*B"))).toThrow('A delimiter reached element data in NM1: "A*B"');
    expect(() => writeSegment(segment("SV1", ["HC", "99213^1"]))).toThrow(/delimiter reached element data in SV1/);
  });

  it("knows its four delimiters", () => {
    expect(["*", "~", ":", "^", "a*", "plain", "a-b"].map(hasDelimiter)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe("NPI check digit", () => {
  it("accepts the CMS example NPI and refuses any other last digit", () => {
    expect(npiCheckDigit("123456789")).toBe(3);
    expect(isValidNpi("1234567893")).toBe(true);
    for (let digit = 0; digit <= 9; digit++) if (digit !== 3) expect(isValidNpi(`123456789${digit}`)).toBe(false);
  });

  it("checks every position (a swap of neighbours or one changed digit is caught)", () => {
    expect(isValidNpi("2134567893")).toBe(false);
    expect(isValidNpi("1234567883")).toBe(false);
    expect(npiCheckDigit("999999999")).toBe(npiCheckDigitByHand("999999999"));
    expect(npiCheckDigit("000000000")).toBe(npiCheckDigitByHand("000000000"));
    expect(npiCheckDigit("192837465")).toBe(npiCheckDigitByHand("192837465"));
  });

  it("refuses anything but ten digits", () => {
    for (const bad of ["123456789", "12345678930", "123456789a", " 1234567893", ""]) expect(isValidNpi(bad)).toBe(false);
  });
});

/** The CMS worked method: double alternate digits from the right of the 9 digits, add 24 for the 80840 prefix. */
function npiCheckDigitByHand(firstNine: string): number {
  let sum = 24;
  [...firstNine].reverse().forEach((d, i) => {
    const n = Number(d) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(n / 10) + (n % 10);
  });
  return (10 - (sum % 10)) % 10;
}

describe("claim control number (CLM01)", () => {
  it("uses an identifier that fits as it is", () => {
    expect(toClaimControlNumber("enc-7.g1_A")).toBe("enc-7.g1_A");
    expect(toClaimControlNumber("x".repeat(MAX_CLAIM_ID_LENGTH))).toBe("x".repeat(20));
  });

  it("hashes one that is too long or holds other characters into a short stable form", () => {
    const long = toClaimControlNumber("x".repeat(21));
    expect(long).toMatch(/^C[0-9A-Z]{1,13}$/);
    expect(toClaimControlNumber("x".repeat(21))).toBe(long);
    expect(toClaimControlNumber("x".repeat(22))).not.toBe(long);
    expect(toClaimControlNumber("a b")).toMatch(/^C[0-9A-Z]+$/);
    expect(toClaimControlNumber("é")).not.toBe(toClaimControlNumber("e\u0301"));
  });

  it("is FNV-1a 64 in base 36: the empty identifier gives the offset basis", () => {
    expect(toClaimControlNumber("")).toBe(`C${0xcbf29ce484222325n.toString(36).toUpperCase()}`);
  });
});
