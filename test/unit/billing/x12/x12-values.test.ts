import { describe, expect, it } from "vitest";
import { toClaimControlNumber, MAX_CLAIM_ID_LENGTH } from "../../../../src/billing/x12/index.ts";
import { formatCents, formatQuantity, toCents } from "../../../../src/billing/x12/x12-number.ts";
import { toX12Date, toX12Time } from "../../../../src/billing/x12/x12-date.ts";
import { cleanText, checkIdentifierText } from "../../../../src/billing/x12/x12-text.ts";

describe("X12 decimal values", () => {
  it.each([
    [125, "125"], [125.5, "125.5"], [125.05, "125.05"], [0.1, "0.1"], [0, "0"], [1234.1, "1234.1"], [4.05 * 4, "16.2"],
  ])("%s -> %s (no trailing zeros, no float noise)", (value, written) => {
    expect(formatCents(toCents(value))).toBe(written);
  });

  it.each([[1, "1"], [2.5, "2.5"], [0.3333333, "0.333"]])("units %s -> %s", (value, written) => {
    expect(formatQuantity(value)).toBe(written);
  });
});

describe("X12 dates from FHIR values", () => {
  it.each([
    ["2026-11-20", "20261120"], ["2026-11-20T23:30:00-05:00", "20261120"], ["2024-02-29", "20240229"],
  ])("%s -> %s", (fhir, x12) => expect(toX12Date(fhir)).toBe(x12));

  it.each(["2026-02-30", "2026-13-01", "20261120", "Nov 20 2026"])("refuses %s", (fhir) => {
    expect(toX12Date(fhir)).toBeUndefined();
  });

  it("takes the literal time of a dateTime (no clock, no zone shift)", () => {
    expect(toX12Time("2026-11-26T07:05:00-06:00")).toBe("0705");
    expect(toX12Time("2026-11-26")).toBeUndefined();
  });
});

describe("cleaning free text, refusing identifiers", () => {
  it.each([
    ["O'Brien*Smith", "O'BRIEN SMITH", true],
    ["12 Main St: Apt ~4", "12 MAIN ST APT 4", true],
    ["José  Muñoz^Peña", "JOSE MUNOZ PENA", true],
    ["  Jane   Doe ", "JANE DOE", false],
    ["Line\nbreak\ttab", "LINE BREAK TAB", false],
  ])("%j -> %j (reported: %s)", (raw, value, changed) => {
    expect(cleanText(raw, 60)).toEqual({ value, changed });
  });

  it("cuts to the element length and reports it", () => {
    expect(cleanText("A".repeat(70), 60)).toEqual({ value: "A".repeat(60), changed: true });
  });

  it.each(["XJH*4829", "A~B", "A:B", "A^B", "ÄB12", ""])("refuses the identifier %j", (raw) => {
    expect(checkIdentifierText(raw)).toBeUndefined();
  });

  it("keeps a clean identifier as it is, trimmed", () => {
    expect(checkIdentifierText(" 1EG4-TE5MK73 ")).toBe("1EG4-TE5MK73");
  });
});

describe("CLM01 patient control number", () => {
  it("keeps an identifier of up to 20 characters", () => {
    expect(toClaimControlNumber("ENC1001-r3")).toBe("ENC1001-r3");
  });

  it("shortens a longer one to a stable value that differs per identifier", () => {
    const long = "6a3e9c1d-2b44-4f0e-8a1a-5d7c2e9b0f31-r2";
    const short = toClaimControlNumber(long);
    expect(short.length).toBeLessThanOrEqual(MAX_CLAIM_ID_LENGTH);
    expect(short).toMatch(/^C[0-9A-Z]+$/);
    expect(toClaimControlNumber(long)).toBe(short);
    expect(toClaimControlNumber(long.replace("-r2", "-r3"))).not.toBe(short);
  });
});
