import { PTP_MAGIC, daysToIso, type PtpArtifactHeader } from "./ptp-artifact.ts";
import { isPtpEditInForce, type PtpEdit, type PtpTable } from "./ptp-table.ts";
import { ByteReader } from "../../coding/artifacts/index.ts";

interface Columns {
  codes: string[];
  codeIndex: Map<string, number>;
  starts: Uint32Array;
  column2: Uint16Array;
  flags: Uint8Array;
  dates: Map<number, { effective?: string; deletion?: string }>;
}

/** Decodes the (gunzipped) compact PTP artifact into a PtpTable backed by typed arrays. */
export function decodePtpArtifact(bytes: Uint8Array): PtpTable {
  const reader = new ByteReader(bytes);
  if (new TextDecoder().decode(reader.bytes(4)) !== PTP_MAGIC) throw new Error("Not a PTP artifact");
  const header = JSON.parse(new TextDecoder().decode(reader.bytes(reader.varint()))) as PtpArtifactHeader;
  const columns = readColumns(reader, header);
  return {
    edition: header.edition,
    effectiveDate: header.effectiveDate,
    size: header.editCount,
    lookup: (column1, column2, dateOfService) => findEdit(columns, header, column1, column2, dateOfService),
  };
}

function readColumns(reader: ByteReader, header: PtpArtifactHeader): Columns {
  const dictionary = new TextDecoder().decode(reader.bytes(header.codeCount * 5));
  const codes = Array.from({ length: header.codeCount }, (_, i) => dictionary.slice(i * 5, i * 5 + 5));
  const starts = new Uint32Array(header.codeCount + 1);
  for (let i = 0; i < header.codeCount; i++) starts[i + 1] = (starts[i] ?? 0) + reader.varint();
  const column2 = new Uint16Array(header.editCount);
  for (let c1 = 0; c1 < header.codeCount; c1++) {
    let previous = 0;
    for (let e = starts[c1] ?? 0; e < (starts[c1 + 1] ?? 0); e++) column2[e] = previous += reader.varint();
  }
  const flags = reader.bytes(header.editCount).slice();
  const dates = new Map<number, { effective?: string; deletion?: string }>();
  flags.forEach((flag, e) => {
    if ((flag & 6) === 0) return;
    const effective = flag & 4 ? daysToIso(reader.varint()) : undefined;
    const deletion = flag & 2 ? daysToIso(reader.varint()) : undefined;
    dates.set(e, { ...(effective && { effective }), ...(deletion && { deletion }) });
  });
  return { codes, codeIndex: new Map(codes.map((code, i) => [code, i])), starts, column2, flags, dates };
}

function findEdit(columns: Columns, header: PtpArtifactHeader, column1: string, column2: string, dos: string): PtpEdit | undefined {
  const c1 = columns.codeIndex.get(column1);
  const c2 = columns.codeIndex.get(column2);
  if (c1 === undefined || c2 === undefined) return undefined;
  let low = columns.starts[c1] ?? 0;
  let high = columns.starts[c1 + 1] ?? 0;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((columns.column2[mid] ?? 0) < c2) low = mid + 1;
    else high = mid;
  }
  for (let e = low; e < (columns.starts[c1 + 1] ?? 0) && columns.column2[e] === c2; e++) {
    const edit = toEdit(columns, header, e, column1, column2);
    if (isPtpEditInForce(edit, dos)) return edit;
  }
  return undefined;
}

function toEdit(columns: Columns, header: PtpArtifactHeader, e: number, column1: string, column2: string): PtpEdit {
  const flag = columns.flags[e] ?? 0;
  const edit: PtpEdit = { column1, column2, modifierIndicator: (flag & 1) as 0 | 1 };
  const rationale = header.rationales[(flag >> 3) - 1];
  if (rationale) edit.rationale = rationale;
  const dates = columns.dates.get(e);
  if (dates?.effective) edit.effectiveDate = dates.effective;
  if (dates?.deletion) edit.deletionDate = dates.deletion;
  return edit;
}
