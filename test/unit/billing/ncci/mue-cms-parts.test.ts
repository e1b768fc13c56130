// Pins readMueRows on rows built by hand: which row is the header (first cell with HCPCS, MUE in
// the cells joined by spaces, possibly the first row), that rows before it are never read, that
// cells are trimmed, and that a row is skipped for a bad code, a blank, fractional or negative
// value, or no MAI, each on its own.
import { describe, expect, it } from "vitest";
import { readMueRows } from "../../../../src/billing/ncci/mue-cms.ts";

const HEADER = ["HCPCS/\nCPT Code", "Practitioner Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale"];

describe("readMueRows", () => {
  it("reads the rows after a header that is the first row", () => {
    const rows = [HEADER, ["99213", "2", "3 Date of Service Edit: Clinical", "Clinical: Data"]];
    expect(readMueRows(rows)).toStrictEqual([{ code: "99213", value: 2, mai: 3, rationale: "Clinical: Data" }]);
  });

  it("skips a row with HCPCS but no MUE, and reads nothing above the header", () => {
    const rows = [
      ["HCPCS codes follow"],
      ["99212", "1", "3 Date of Service Edit: Clinical", "above the header"],
      HEADER,
      ["99213", "2", "3 Date of Service Edit: Clinical", "Clinical: Data"],
    ];
    expect(readMueRows(rows)).toStrictEqual([{ code: "99213", value: 2, mai: 3, rationale: "Clinical: Data" }]);
  });

  it("looks for MUE in the cells joined by spaces, not run together", () => {
    const rows = [
      ["HCPCS Code", "Units m", "ue"],
      ["99212", "1", "3 Date of Service Edit: Clinical", "above the header"],
      HEADER,
      ["A0425", "250", "1 Line Edit", "Nature of Equipment"],
    ];
    expect(readMueRows(rows)).toStrictEqual([{ code: "A0425", value: 250, mai: 1, rationale: "Nature of Equipment" }]);
  });

  it("refuses rows without a header, naming what it looked for", () => {
    expect(() => readMueRows([["MUE values"], ["99213", "2", "3", "x"]])).toThrowError(
      new Error("MUE file: no header row with 'HCPCS' and 'MUE' found"),
    );
  });

  it("trims the code and the rationale, upper-cases the code, and reads a missing rationale as blank", () => {
    const rows = [HEADER, [" 0213t ", " 1 ", " 2 Date of Service Edit: Policy", "  Anatomic Consideration "], ["99215", "1", "3"]];
    expect(readMueRows(rows)).toStrictEqual([
      { code: "0213T", value: 1, mai: 2, rationale: "Anatomic Consideration" },
      { code: "99215", value: 1, mai: 3, rationale: "" },
    ]);
  });

  it.each([
    ["a four-character code", ["9921", "1", "3 Date of Service Edit: Clinical", "r"]],
    ["a fractional value", ["99214", "2.5", "3 Date of Service Edit: Clinical", "r"]],
    ["a negative value", ["99214", "-1", "3 Date of Service Edit: Clinical", "r"]],
    ["a blank value", ["99214", " ", "3 Date of Service Edit: Clinical", "r"]],
    ["an empty value", ["99214", "", "3 Date of Service Edit: Clinical", "r"]],
    ["no MAI", ["99214", "1", "4", "r"]],
  ])("skips a row with %s", (_, bad) => {
    const rows = [HEADER, ["99213", "0", "3 Date of Service Edit: Clinical", "r"], bad, ["99215", "1", "2 Date of Service Edit: Policy", "r"]];
    expect(readMueRows(rows)).toStrictEqual([
      { code: "99213", value: 0, mai: 3, rationale: "r" },
      { code: "99215", value: 1, mai: 2, rationale: "r" },
    ]);
  });
});
