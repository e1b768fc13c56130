import { parseCsv as parseCsvRows } from "../../coding/parse-csv.ts";

/**
 * The CMS NCCI files as rows of cells: quoted cells may hold the delimiter, doubled quotes and
 * newlines (the MUE file's copyright cell and its "HCPCS/\nCPT Code" header do).
 */
export function parseCsv(text: string, delimiter = ","): string[][] {
  return parseCsvRows(text, delimiter).rows.map((row) => row.fields);
}

/** Decodes Latin-1 (ISO-8859-1) bytes, as CMS publishes its NCCI CSV files. */
export function decodeLatin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}
