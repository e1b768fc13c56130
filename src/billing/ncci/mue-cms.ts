import { parseCsv } from "./parse-csv.ts";
import { createMueTable, parseMai, type MueEntry, type MueTable } from "./mue-table.ts";

const CODE = /^[0-9A-Z]{4}[0-9A-Z]$/;

/**
 * Reads a MUE table in the CMS quarterly CSV layout as published (e.g.
 * MCR_MUE_PractitionerServices_Eff_04-01-2026.csv): an AMA notice row, a header row whose
 * first cell is "HCPCS/\nCPT Code", then code, MUE value, MAI text, rationale.
 * Rows before the header and rows without a code are skipped.
 */
export function parseMueCsv(text: string, edition: string, effectiveDate: string): MueTable {
  return createMueTable(edition, effectiveDate, readMueRows(parseCsv(text)));
}

/** The MUE rows of a parsed CMS MUE CSV, in file order. */
export function readMueRows(rows: string[][]): MueEntry[] {
  const header = rows.findIndex((row) => /HCPCS/i.test(row[0] ?? "") && /MUE/i.test(row.join(" ")));
  if (header < 0) throw new Error("MUE file: no header row with 'HCPCS' and 'MUE' found");
  const entries: MueEntry[] = [];
  for (const row of rows.slice(header + 1)) {
    const code = (row[0] ?? "").trim().toUpperCase();
    const value = readUnits(row[1] ?? "");
    const mai = parseMai(row[2] ?? "");
    if (!CODE.test(code) || !Number.isInteger(value) || value < 0 || mai === undefined) continue;
    entries.push({ code, value, mai, rationale: (row[3] ?? "").trim() });
  }
  return entries;
}

/** The MUE value cell as a number of units; a blank cell is NaN (the row is skipped), not 0. */
function readUnits(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? Number.NaN : Number(trimmed);
}
