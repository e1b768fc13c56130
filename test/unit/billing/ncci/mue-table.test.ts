import { describe, expect, it } from "vitest";
import { decodeMueArtifact, encodeMueArtifact } from "../../../../src/billing/ncci/mue-artifact.ts";
import { parseMueCsv, readMueRows } from "../../../../src/billing/ncci/mue-cms.ts";
import { SHIPPED_MUE_EDITION } from "../../../../src/billing/ncci/ncci-editions.ts";
import { decodeLatin1, parseCsv } from "../../../../src/billing/ncci/parse-csv.ts";
import { loadShippedEdits, readFixture } from "./ncci-test-files.ts";

const fixtureText = async () => decodeLatin1(await readFixture("mue-practitioner-cms-sample.csv"));

describe("MUE table in the CMS quarterly CSV format", () => {
  it("skips the AMA notice cell and the two-line header, reading every code row", async () => {
    const table = parseMueCsv(await fixtureText(), "fixture", "2026-04-01");
    expect(table.size).toBe(14);
    expect(table.lookup("99213")).toEqual({ code: "99213", value: 2, mai: 3, rationale: "Clinical: Data" });
    expect(table.lookup("A0425")).toMatchObject({ value: 250, mai: 1 });
    expect(table.lookup("E0601")).toMatchObject({ value: 0, mai: 3 });
    expect(table.lookup("99999")).toBeUndefined();
  });

  it("refuses a file without the header row", () => {
    expect(() => readMueRows(parseCsv("0001U,1,2 Date of Service Edit: Policy,x\n"))).toThrow(/header/);
  });

  it("round-trips through the compact artifact deterministically", async () => {
    const entries = readMueRows(parseCsv(await fixtureText()));
    const text = encodeMueArtifact("fixture", "2026-04-01", entries);
    expect(encodeMueArtifact("fixture", "2026-04-01", [...entries].reverse())).toBe(text);
    const table = decodeMueArtifact(text);
    for (const entry of entries) expect(table.lookup(entry.code)).toEqual(entry);
  });
});

describe("shipped MUE artifact (2026 Q2 practitioner)", () => {
  it.each([
    ["99213", 2, 3], ["99214", 2, 3], ["99215", 1, 3], ["99202", 1, 2], ["36415", 2, 3],
    ["96372", 4, 3], ["20610", 2, 3], ["G2212", 6, 3], ["J1100", 120, 3], ["A0425", 250, 1], ["E0601", 0, 3],
  ])("%s has MUE %i with MAI %i (README spot checks)", async (code, value, mai) => {
    const { mue } = await loadShippedEdits();
    expect(mue?.lookup(code)).toMatchObject({ value, mai });
  });

  it("holds all 15,095 codes and names its edition", async () => {
    const { mue } = await loadShippedEdits();
    expect(mue?.size).toBe(15095);
    expect(mue?.edition).toBe(SHIPPED_MUE_EDITION);
  });
});
