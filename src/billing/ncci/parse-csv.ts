/**
 * A small RFC 4180 reader: quoted cells may hold the delimiter, doubled quotes and
 * newlines (the CMS MUE file's copyright cell and its "HCPCS/\nCPT Code" header do).
 * Accepts CRLF or LF line ends; drops a trailing empty line. No dependencies.
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) row.push(cell), (cell = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Decodes Latin-1 (ISO-8859-1) bytes, as CMS publishes its NCCI CSV files. */
export function decodeLatin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}
