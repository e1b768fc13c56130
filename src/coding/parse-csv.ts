/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */

export interface CsvRow {
  /** 1-based line number where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  rows: CsvRow[];
  /** Set when the text ends inside an open quote. */
  unterminatedQuoteAt?: number;
}

export function parseCsv(text: string, delimiter = ","): CsvResult {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteStart = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') {
      inQuotes = true;
      quoteStart = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return inQuotes ? { rows, unterminatedQuoteAt: quoteStart } : { rows };
}
