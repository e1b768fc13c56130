import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { loadNcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import { SHIPPED_PTP_EDITION } from "../../../../src/billing/ncci/ncci-editions.ts";
import { encodePtpArtifact } from "../../../../src/billing/ncci/ptp-artifact.ts";
import { parsePtpFile, toIsoDate } from "../../../../src/billing/ncci/ptp-cms.ts";
import { decodePtpArtifact } from "../../../../src/billing/ncci/ptp-compact-table.ts";
import { createPtpTable, type PtpTable } from "../../../../src/billing/ncci/ptp-table.ts";
import { loadShippedEdits, readFixture } from "./ncci-test-files.ts";

const fixtureEdits = async (name: string) => parsePtpFile(new TextDecoder().decode(await readFixture(name)));

/** Behaviour every PtpTable must show on the ccipra fixture's edits. */
function expectFixtureBehaviour(table: PtpTable): void {
  expect(table.lookup("20610", "76942", "2026-05-01")).toMatchObject({ modifierIndicator: 1 });
  expect(table.lookup("76942", "20610", "2026-05-01")).toBeUndefined();
  expect(table.lookup("43239", "43235", "2026-05-01")).toMatchObject({ modifierIndicator: 0, rationale: "CPT Separate procedure definition" });
  expect(table.lookup("36415", "36416", "2023-12-31")).toMatchObject({ deletionDate: "2023-12-31" });
  expect(table.lookup("36415", "36416", "2024-01-01")).toBeUndefined();
  expect(table.lookup("99214", "99211", "2024-12-31")).toBeUndefined();
  expect(table.lookup("99214", "99211", "2025-01-01")).toMatchObject({ effectiveDate: "2025-01-01" });
  expect(table.lookup("20610", "99213", "2019-06-01")).toMatchObject({ deletionDate: "2019-12-31" });
  expect(table.lookup("20610", "99213", "2026-06-01")).toMatchObject({ effectiveDate: "2020-01-01" });
  expect(table.lookup("0001A", "90473", "2021-06-01")).toBeUndefined();
}

describe("PTP edits in the CMS ccipra layout", () => {
  it.each(["ptp-ccipra-cms-sample.txt", "ptp-ccipra-cms-sample.csv"])("reads %s, dropping indicator-9 rows", async (name) => {
    const edits = await fixtureEdits(name);
    expect(edits).toHaveLength(9);
    expect(edits.some((edit) => edit.column1 === "0001A")).toBe(false);
    expectFixtureBehaviour(createPtpTable("fixture", "2024-07-01", edits));
  });

  it("reads the converted column_1,column_2,deletion_date layout", () => {
    const text = "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n43239,43235,*,0,CPT Separate procedure definition\n11042,99211,20191231,1,x\n";
    const table = createPtpTable("converted", "2024-07-01", parsePtpFile(text));
    expect(table.lookup("43239", "43235", "2026-01-01")).toMatchObject({ modifierIndicator: 0 });
    expect(table.lookup("11042", "99211", "2026-01-01")).toBeUndefined();
  });

  it.each([["20240701", "2024-07-01"], ["2024-07-01", "2024-07-01"], ["7/1/2024", "2024-07-01"], ["*", undefined], ["", undefined]])(
    "reads the date %s",
    (text, iso) => expect(toIsoDate(text)).toBe(iso),
  );

  it("refuses a file without a Column 1 / Column 2 header", () => {
    expect(() => parsePtpFile("a,b,c\n")).toThrow(/header/);
  });
});

describe("compact PTP artifact", () => {
  it("answers exactly like the in-memory table, and is deterministic", async () => {
    const edits = await fixtureEdits("ptp-ccipra-cms-sample.txt");
    const bytes = encodePtpArtifact("fixture", "2024-07-01", edits);
    expect(encodePtpArtifact("fixture", "2024-07-01", [...edits].reverse())).toEqual(bytes);
    const table = decodePtpArtifact(bytes);
    expect(table.size).toBe(edits.length);
    expectFixtureBehaviour(table);
  });

  it("loads gzipped or plain, and leaves out missing files", async () => {
    const bytes = encodePtpArtifact("fixture", "2024-07-01", await fixtureEdits("ptp-ccipra-cms-sample.csv"));
    const gz = await loadNcciEdits(async (name) => (name.startsWith("ptp") ? new Uint8Array(gzipSync(bytes)) : undefined));
    expect(gz.ptp?.edition).toBe("fixture");
    expect(gz.mue).toBeUndefined();
    const plain = await loadNcciEdits(async (name) => (name.startsWith("ptp") ? bytes : undefined));
    expect(plain.ptp?.lookup("43239", "43235", "2026-01-01")).toMatchObject({ modifierIndicator: 0 });
    expect(await loadNcciEdits(async () => undefined)).toEqual({});
  });
});

describe("shipped PTP artifact (2024 Q3 practitioner, converted)", () => {
  it.each([
    ["20610", "76942", 1], ["93000", "93005", 1], ["99214", "99211", 1],
    ["43239", "43235", 0], ["45385", "45380", 1], ["11042", "97597", 1],
  ])("%s/%s has modifier indicator %i (README spot checks)", async (column1, column2, indicator) => {
    const { ptp } = await loadShippedEdits();
    expect(ptp?.lookup(column1, column2, "2026-05-01")?.modifierIndicator).toBe(indicator);
    expect(ptp?.lookup(column2, column1, "2026-05-01")).toBeUndefined();
  });

  it("holds the 1,669,820 active pairs under the old-edition label", async () => {
    const { ptp } = await loadShippedEdits();
    expect(ptp?.size).toBe(1_669_820);
    expect(ptp?.edition).toBe(SHIPPED_PTP_EDITION);
    expect(ptp?.edition).toContain("old");
  });
});
