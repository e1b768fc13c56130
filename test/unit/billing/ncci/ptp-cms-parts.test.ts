// Pins parsePtpFile on texts built by hand: the delimiter is chosen from the first 4000
// characters, the header needs both "Column 1" and "Column 2" (any run of blanks or
// underscores before the digit), rows above it are never read, cells are trimmed and codes
// upper-cased, missing columns or cells add no field, and each bad code drops its row. Also
// pins toIsoDate's anchors and one- or two-digit US months and days.
import { describe, expect, it } from "vitest";
import { parsePtpFile, toIsoDate } from "../../../../src/billing/ncci/ptp-cms.ts";
import type { PtpEdit } from "../../../../src/billing/ncci/ptp-table.ts";

const CONVERTED = "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale";

describe("parsePtpFile", () => {
  it("chooses the delimiter from the first 4000 characters only", () => {
    const lines = [CONVERTED];
    const expected: PtpEdit[] = [];
    for (let i = 0; i < 300; i++) {
      const column2 = String(10000 + i);
      lines.push(`11042,${column2},*,1,Misuse of column two code with column one code`);
      expected.push({ column1: "11042", column2, modifierIndicator: 1, rationale: "Misuse of column two code with column one code" });
    }
    lines.push("43239,43235,*,0,Standards\tof medical practice");
    expected.push({ column1: "43239", column2: "43235", modifierIndicator: 0, rationale: "Standards\tof medical practice" });
    expect(lines.slice(0, -1).join("\n").length).toBeGreaterThan(4000);
    expect(parsePtpFile(`${lines.join("\n")}\n`)).toStrictEqual(expected);
  });

  it("skips a notice row naming only Column 1 and reads nothing above the header", () => {
    const text = `Column 1 codes are the comprehensive codes\n11111,22222,*,1,above the header\n${CONVERTED}\n43239,43235,*,0,CPT Separate procedure definition\n`;
    expect(parsePtpFile(text)).toStrictEqual([
      { column1: "43239", column2: "43235", modifierIndicator: 0, rationale: "CPT Separate procedure definition" },
    ]);
  });

  it("accepts Column1 and Column2 written without a blank", () => {
    const text = "Column1\tColumn2\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n20610\t76942\t20240101\t*\t1\tMisuse of column two code with column one code\n";
    expect(parsePtpFile(text)).toStrictEqual([
      { column1: "20610", column2: "76942", modifierIndicator: 1, effectiveDate: "2024-01-01", rationale: "Misuse of column two code with column one code" },
    ]);
  });

  it("refuses a text without the header, naming what it looked for", () => {
    expect(() => parsePtpFile("Column 1,Codes\n43239,43235\n")).toThrowError(new Error("PTP file: no header row with 'Column 1' and 'Column 2' found"));
  });

  it("trims cells and upper-cases codes in either column", () => {
    const text = `${CONVERTED}\n 0213t , 64493 , 20191231 , 1 , Anatomic considerations \n64490, g0471 ,*,0,r\n`;
    expect(parsePtpFile(text)).toStrictEqual([
      { column1: "0213T", column2: "64493", modifierIndicator: 1, deletionDate: "2019-12-31", rationale: "Anatomic considerations" },
      { column1: "64490", column2: "G0471", modifierIndicator: 0, rationale: "r" },
    ]);
  });

  it("adds no date or rationale field when its column or cell is missing or blank", () => {
    expect(parsePtpFile("column_1,column_2,modifier_indicator\n43239,43235,0\n")).toStrictEqual([
      { column1: "43239", column2: "43235", modifierIndicator: 0 },
    ]);
    expect(parsePtpFile(`${CONVERTED}\n43239,43235,*,1\n11042,99211,,0,\n`)).toStrictEqual([
      { column1: "43239", column2: "43235", modifierIndicator: 1 },
      { column1: "11042", column2: "99211", modifierIndicator: 0 },
    ]);
  });

  it.each([
    ["a four-character column 1", "4323,43235,*,0,r"],
    ["a six-character column 2", "43239,432355,*,0,r"],
    ["indicator 9", "43239,43236,*,9,r"],
  ])("drops a row with %s", (_, bad) => {
    const text = `${CONVERTED}\n11042,99211,*,1,r\n${bad}\n43239,43235,*,0,r\n`;
    expect(parsePtpFile(text)).toStrictEqual([
      { column1: "11042", column2: "99211", modifierIndicator: 1, rationale: "r" },
      { column1: "43239", column2: "43235", modifierIndicator: 0, rationale: "r" },
    ]);
  });
});

describe("toIsoDate", () => {
  it.each([
    ["12/1/2024", "2024-12-01"],
    ["7/15/2024", "2024-07-15"],
    ["12/31/2024", "2024-12-31"],
    ["20240701", "2024-07-01"],
  ])("reads %s as %s", (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each(["202407011", "120240701", "2024-07-01x", "x7/1/2024", "7/1/20245", "123/1/2024"])("reads %s as no date", (text) => {
    expect(toIsoDate(text)).toBe(undefined);
  });
});
