// Pins createPtpTable's size: the number of edit rows it was given, counting every row of a
// code pair that has several.
import { describe, expect, it } from "vitest";
import { createPtpTable, type PtpEdit } from "../../../../src/billing/ncci/ptp-table.ts";

describe("createPtpTable", () => {
  it("counts every edit row, including several rows of one pair", () => {
    const edits: PtpEdit[] = [
      { column1: "20610", column2: "99213", modifierIndicator: 1, deletionDate: "2019-12-31" },
      { column1: "20610", column2: "99213", modifierIndicator: 1, effectiveDate: "2020-01-01" },
      { column1: "43239", column2: "43235", modifierIndicator: 0 },
    ];
    expect(createPtpTable("e", "2026-04-01", edits).size).toBe(3);
  });

  it("has size 0 without rows", () => {
    expect(createPtpTable("e", "2026-04-01", []).size).toBe(0);
  });
});
