import { describe, expect, it } from "vitest";
import { checkCharges, checkUnits } from "../../../../src/billing/scrub/rule-line-amounts.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// units-invalid and charge-invalid, read whole: the line's number and code, the value named, the
// element pointed at; fractional units only on anesthesia 00100-01999 (both ends included, codes
// that merely contain an anesthesia number excluded); $0 only on codes that are wholly Category II;
// a missing or non-finite value reads as missing, and a line total off by half a cent is flagged.
const input = (lines: LineSpec[]) => ruleInput({ diagnoses: ["E11.9"], lines });
const units = (index: number, code: string, problem: string) =>
  expected("units-invalid", "error", "value", `Line ${index + 1} (${code}) ${problem}`, [`Claim.item[${index}].quantity`]);
const fractional = (index: number, code: string, quantity: number) =>
  units(index, code, `has fractional units (${quantity}): report whole units of service, rounding as the code's unit definition says.`);
const charge = (index: number, code: string, what: string) =>
  expected("charge-invalid", "error", "value", `Line ${index + 1} (${code}) ${what}: enter the practice's positive fee for the code.`, [`Claim.item[${index}].unitPrice`]);
const total = (index: number, code: string, text: string) =>
  expected("charge-invalid", "error", "value", `Line ${index + 1} (${code}) ${text}: correct the total or the units.`, [`Claim.item[${index}].net`]);

describe("units-invalid finding", () => {
  it("missing, zero, negative, fractional and not-a-number units, each named on its line", () => {
    const lines = [{ code: "99213", units: null, net: null }, { code: "96372", units: 0 }, { code: "36415", units: -2 }, { code: "20610", units: 1.5 }, { code: "J1100", units: Number.NaN }];
    expect(checkUnits(input(lines))).toStrictEqual([
      units(0, "99213", "has no units: enter the number of units of service (usually 1)."),
      units(1, "96372", "has 0 units: enter a positive number of units, or remove the line."),
      units(2, "36415", "has -2 units: enter a positive number of units, or remove the line."),
      fractional(3, "20610", 1.5),
      units(4, "J1100", "has no units: enter the number of units of service (usually 1)."),
    ]);
  });

  it("fractional units on the first, a middle and the last anesthesia code: no finding", () => {
    expect(checkUnits(input([{ code: "00100", units: 2.5 }, { code: "00840", units: 7.5 }, { code: "01999", units: 0.3 }]))).toStrictEqual([]);
  });

  it("fractional units just below the anesthesia range, on a PLA code, and on a six-digit number holding an anesthesia code", () => {
    expect(checkUnits(input([{ code: "00099", units: 2.5 }, { code: "0001U", units: 1.5 }, { code: "001001", units: 0.5 }]))).toStrictEqual([
      fractional(0, "00099", 2.5),
      fractional(1, "0001U", 1.5),
      fractional(2, "001001", 0.5),
    ]);
  });
});

describe("charge-invalid finding", () => {
  it("missing, zero, negative and not-a-number charges on the unit price, and a wrong total on the net", () => {
    const lines = [{ code: "99213", price: null }, { code: "96372", price: 0 }, { code: "36415", price: -10 }, { code: "20610", price: Number.NaN }, { code: "J1100", units: 2, price: 40, net: 40 }];
    expect(checkCharges(input(lines))).toStrictEqual([
      charge(0, "99213", "has no charge"),
      charge(1, "96372", "has a charge of 0"),
      charge(2, "36415", "has a charge of -10"),
      charge(3, "20610", "has a charge of NaN"),
      total(4, "J1100", "has a line total of 40 but 40 x 2 units = 80.00"),
    ]);
  });

  it("a Category II code at $0: no finding", () => {
    expect(checkCharges(input([{ code: "3074F", price: 0 }]))).toStrictEqual([]);
  });

  it("$0 on codes that only contain a Category II code is flagged", () => {
    expect(checkCharges(input([{ code: "3074F1", price: 0 }, { code: "13074F", price: 0 }]))).toStrictEqual([
      charge(0, "3074F1", "has a charge of 0"),
      charge(1, "13074F", "has a charge of 0"),
    ]);
  });

  it("a line without a total, or without units, has no total to check: no finding", () => {
    expect(checkCharges(input([{ code: "99213", net: null }, { code: "96372", units: null, net: 100 }]))).toStrictEqual([]);
  });

  it("a total off by exactly half a cent is flagged; cents that multiply out are not", () => {
    expect(checkCharges(input([{ code: "36415", price: 0.01, net: 0.005 }, { code: "96372", units: 3, price: 33.33, net: 99.99 }]))).toStrictEqual([
      total(0, "36415", "has a line total of 0.005 but 0.01 x 1 units = 0.01"),
    ]);
  });
});
