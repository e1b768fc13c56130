/**
 * The byte container of the code-set artifacts: one JSON header line, then the artifact's long
 * string fields and its byte arrays ("columns") as raw bytes, back to back. The header names each
 * column and its length in bytes, so reading one decodes just its bytes into one flat string (or
 * keeps a view of them, for a binary column): no JSON string scanning, no large intermediate text.
 *
 *   {"format":3,"kind":"icd10cm",...,"$columns":[["codes",698358],["flags",98198],...]}\n
 *   <codes><flags>...
 *   A binary column is written ["ids",1097321,"binary"].
 */

const COLUMNS = "$columns";
/** String fields at least this long become columns. */
const MIN_COLUMN_LENGTH = 1024;
const NEWLINE = 10;

type Column = [name: string, bytes: number, binary?: "binary"];

export function encodeArtifactBytes(value: object): Uint8Array {
  const encoder = new TextEncoder();
  const header: Record<string, unknown> = {};
  const columns: Column[] = [];
  const bodies: Uint8Array[] = [];
  for (const [name, field] of Object.entries(value)) {
    if (field instanceof Uint8Array) {
      columns.push([name, field.length, "binary"]);
      bodies.push(field);
    } else if (typeof field === "string" && field.length >= MIN_COLUMN_LENGTH) {
      const body = encoder.encode(field);
      columns.push([name, body.length]);
      bodies.push(body);
    } else {
      header[name] = field;
    }
  }
  header[COLUMNS] = columns;
  const parts = [encoder.encode(`${JSON.stringify(header)}\n`), ...bodies];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) { out.set(p, pos); pos += p.length; }
  return out;
}

function isColumnList(value: unknown): value is Column[] {
  return Array.isArray(value) && value.every((c) => Array.isArray(c) && typeof c[0] === "string" && Number.isInteger(c[1]) && c[1] >= 0 && (c[2] === undefined || c[2] === "binary"));
}

/** Inverse of encodeArtifactBytes; throws, naming the artifact, on bytes that are not a container or were cut short. */
export function decodeArtifactBytes(bytes: Uint8Array, what: string): Record<string, unknown> {
  const decoder = new TextDecoder();
  const nl = bytes.indexOf(NEWLINE);
  let header: unknown;
  try {
    header = JSON.parse(decoder.decode(nl < 0 ? bytes : bytes.subarray(0, nl)));
  } catch {
    throw new Error(`code-set artifact ${what}: the header is not JSON`);
  }
  if (typeof header !== "object" || header === null || !isColumnList((header as Record<string, unknown>)[COLUMNS])) {
    throw new Error(`code-set artifact ${what}: not a column container`);
  }
  const out = header as Record<string, unknown>;
  // Without a newline the whole input is the header (columns then start past its end).
  let pos = nl < 0 ? bytes.length : nl + 1;
  for (const [name, length, binary] of out[COLUMNS] as Column[]) {
    if (pos + length > bytes.length) throw new Error(`code-set artifact ${what}: column ${name} is cut short`);
    const body = bytes.subarray(pos, pos + length);
    out[name] = binary ? body : decoder.decode(body);
    pos += length;
  }
  if (pos !== bytes.length) throw new Error(`code-set artifact ${what}: ${bytes.length - pos} bytes after the last column`);
  delete out[COLUMNS];
  return out;
}

/** The error for an artifact whose gzip does not inflate, naming it (both readers use it). */
export function inflateError(what: string, error: unknown): Error {
  return new Error(`code-set artifact ${what}: the gzip does not inflate (${error instanceof Error ? error.message : String(error)})`, { cause: error });
}
