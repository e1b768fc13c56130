import { parseCsv } from "./parse-csv.ts";
import type { PtpEdit } from "./ptp-table.ts";

const CODE = /^[0-9A-Z]{5}$/;

interface PtpColumns {
  column1: number;
  column2: number;
  effective: number;
  deletion: number;
  modifier: number;
  rationale: number;
}

/**
 * Reads PTP edits from a CMS practitioner "ccipra" file (tab-delimited .txt or CSV export of
 * the xlsx; columns "Column 1", "Column 2", "*=in existence prior to 1996", "Effective Date",
 * "Deletion Date", "Modifier 0=not allowed 1=allowed 9=not applicable", "PTP Edit Rationale")
 * or from the converted layout "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale".
 * Notice rows before the header are skipped; indicator-9 rows (not applicable) are dropped.
 */
export function parsePtpFile(text: string): PtpEdit[] {
  const firstLines = text.slice(0, 4000);
  const delimiter = firstLines.includes("\t") ? "\t" : ",";
  const rows = parseCsv(text, delimiter);
  const headerIndex = rows.findIndex((row) => /column[\s_]*1/i.test(row[0] ?? "") && /column[\s_]*2/i.test(row[1] ?? ""));
  if (headerIndex < 0) throw new Error("PTP file: no header row with 'Column 1' and 'Column 2' found");
  const columns = findColumns(rows[headerIndex] ?? []);
  const edits: PtpEdit[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const edit = readEdit(row, columns);
    if (edit) edits.push(edit);
  }
  return edits;
}

function findColumns(header: string[]): PtpColumns {
  const at = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
  return {
    column1: 0,
    column2: 1,
    effective: at(/effective/i),
    deletion: at(/deletion/i),
    modifier: at(/modifier/i),
    rationale: at(/rationale/i),
  };
}

function readEdit(row: string[], columns: PtpColumns): PtpEdit | undefined {
  const cell = (index: number) => (index < 0 ? "" : (row[index] ?? "").trim());
  const column1 = cell(columns.column1).toUpperCase();
  const column2 = cell(columns.column2).toUpperCase();
  const indicator = cell(columns.modifier);
  if (!CODE.test(column1) || !CODE.test(column2) || (indicator !== "0" && indicator !== "1")) return undefined;
  const edit: PtpEdit = { column1, column2, modifierIndicator: indicator === "1" ? 1 : 0 };
  const effectiveDate = toIsoDate(cell(columns.effective));
  const deletionDate = toIsoDate(cell(columns.deletion));
  const rationale = cell(columns.rationale);
  if (effectiveDate) edit.effectiveDate = effectiveDate;
  if (deletionDate) edit.deletionDate = deletionDate;
  if (rationale) edit.rationale = rationale;
  return edit;
}

/** "20240701", "2024-07-01" or "7/1/2024" to "2024-07-01"; "*" or blank (no date) to undefined. */
export function toIsoDate(text: string): string | undefined {
  const compact = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1]?.padStart(2, "0")}-${us[2]?.padStart(2, "0")}`;
  return undefined;
}
