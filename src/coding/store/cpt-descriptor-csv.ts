import type { AddedCode } from "./dynamic-codes.ts";
import { parseCsv, type CsvRow } from "../parse-csv.ts";
import { CPT } from "../systems.ts";

/**
 * A licensed practice's CPT descriptor file (CSV: code, descriptor). Parsed in the browser and
 * kept there: the descriptors are AMA-licensed to the practice and never leave it.
 */
export interface CsvProblem {
  /** 1-based line in the file. */
  line: number;
  /** "error": row skipped; "warning": row kept as read. */
  severity: "error" | "warning";
  message: string;
}

export interface CptDescriptorImport {
  entries: AddedCode[];
  problems: CsvProblem[];
}

/** CPT Category I (5 digits), II (4 digits + F), III (4 digits + T). */
const CPT_CODE = /^\d{4}[0-9FT]$/;

function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), counts[0] ?? [",", 0])[0];
}

function columnsOf(header: CsvRow | undefined): { code: number; descriptor: number; hasHeader: boolean } {
  const fields = header?.fields.map((f) => f.trim()) ?? [];
  if (fields.length === 0 || CPT_CODE.test((fields[0] ?? "").toUpperCase())) return { code: 0, descriptor: 1, hasHeader: false };
  const code = fields.findIndex((f) => /code|cpt|hcpcs/i.test(f));
  const descriptor = fields.findIndex((f, i) => i !== code && /desc|display|text|name|title/i.test(f));
  return { code: code < 0 ? 0 : code, descriptor: descriptor < 0 ? (code === 1 ? 0 : 1) : descriptor, hasHeader: true };
}

function readRow(row: CsvRow, cols: { code: number; descriptor: number; hasHeader: boolean }, problems: CsvProblem[]): AddedCode | undefined {
  const fail = (message: string): undefined => { problems.push({ line: row.line, severity: "error", message }); return undefined; };
  if (row.fields.every((f) => f.trim() === "")) return undefined;
  const code = (row.fields[cols.code] ?? "").trim().toUpperCase();
  let display = (row.fields[cols.descriptor] ?? "").trim();
  if (!cols.hasHeader && row.fields.length > 2) {
    display = row.fields.slice(1).join(",").trim();
    problems.push({ line: row.line, severity: "warning", message: `${row.fields.length} fields: the descriptor was read as everything after the code (quote descriptors that contain commas)` });
  }
  if (code === "") return fail("no code");
  if (!CPT_CODE.test(code)) return fail(`"${code}" is not a CPT code (5 digits, or 4 digits and F or T)`);
  if (display === "") return fail(`no descriptor for ${code}`);
  return { system: CPT, code, display };
}

export function parseCptDescriptorCsv(text: string): CptDescriptorImport {
  const problems: CsvProblem[] = [];
  const { rows, unterminatedQuoteAt } = parseCsv(text, detectDelimiter(text));
  if (unterminatedQuoteAt !== undefined) problems.push({ line: unterminatedQuoteAt, severity: "error", message: "a quoted field is never closed; the rest of the file was read as one field" });
  const cols = columnsOf(rows[0]);
  const seen = new Map<string, number>();
  const entries: AddedCode[] = [];
  for (const row of cols.hasHeader ? rows.slice(1) : rows) {
    const entry = readRow(row, cols, problems);
    if (!entry) continue;
    const first = seen.get(entry.code);
    if (first !== undefined) {
      problems.push({ line: row.line, severity: "warning", message: `${entry.code} repeats line ${first}; the later descriptor is kept` });
      const i = entries.findIndex((e) => e.code === entry.code);
      entries.splice(i, 1);
    }
    seen.set(entry.code, row.line);
    entries.push(entry);
  }
  if (entries.length === 0 && problems.length === 0) problems.push({ line: 1, severity: "error", message: "the file holds no codes" });
  return { entries, problems };
}
