import type { EditionInfo, Icd10CmArtifact, Icd10CmShortArtifact } from "../src/coding/artifacts/artifact-format.ts";
import { ARTIFACT_FORMAT } from "../src/coding/artifacts/artifact-format.ts";
import { frontCodeTitles, prefixParents } from "../src/coding/artifacts/prefix-parents.ts";

/** One row of a CMS ICD-10-CM order file (fixed width). */
export interface OrderRow {
  code: string;
  billable: boolean;
  short: string;
  long: string;
}

export function parseOrderFile(text: string): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const code = line.slice(6, 13).trim();
    const flag = line.slice(14, 15);
    if (!/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== "0" && flag !== "1")) {
      throw new Error(`order file: bad line ${JSON.stringify(line.slice(0, 40))}`);
    }
    rows.push({ code, billable: flag === "1", short: line.slice(16, 76).trim(), long: line.slice(77).trim() });
  }
  return rows;
}

export interface EditionInput {
  info: EditionInfo;
  rows: OrderRow[];
}

/** Merge editions (oldest first) into one table storing each code once. */
/** The ICD-10-CM table and its short titles (a separate artifact, see Icd10CmShortArtifact). */
export function buildIcd10CmArtifact(editions: EditionInput[]): { icd10cm: Icd10CmArtifact; icd10cmShort: Icd10CmShortArtifact } {
  if (editions.length > 2) throw new Error(`ICD-10-CM flags hold two editions in one hex digit per code; got ${editions.length} editions (widen Icd10CmArtifact.flags first)`);
  const byCode = new Map<string, (OrderRow | undefined)[]>();
  editions.forEach((edition, e) => {
    for (const row of edition.rows) {
      const slots = byCode.get(row.code) ?? new Array<OrderRow | undefined>(editions.length).fill(undefined);
      slots[e] = row;
      byCode.set(row.code, slots);
    }
  });
  const codes = [...byCode.keys()].sort();
  const flags: string[] = [];
  const long: string[] = [];
  const short: string[] = [];
  const older: Icd10CmArtifact["older"] = [];
  for (const code of codes) {
    const slots = byCode.get(code) ?? [];
    let mask = 0;
    slots.forEach((row, e) => { if (row) mask |= (1 << (2 * e)) | (row.billable ? 1 << (2 * e + 1) : 0); });
    flags.push(mask.toString(16));
    const newest = [...slots].reverse().find((row): row is OrderRow => row !== undefined);
    if (!newest) throw new Error(`no edition for ${code}`);
    long.push(newest.long);
    short.push(newest.short === newest.long ? "" : newest.short);
    slots.forEach((row, e) => {
      const edition = editions[e];
      if (row && edition && row !== newest && (row.long !== newest.long || row.short !== newest.short)) {
        older.push({ code, edition: edition.info.id, long: row.long, short: row.short });
      }
    });
  }
  const parents = prefixParents(codes);
  const icd10cm: Icd10CmArtifact = {
    format: ARTIFACT_FORMAT,
    kind: "icd10cm",
    editions: editions.map((e) => e.info),
    codes: codes.join("\n"),
    flags: flags.join(""),
    long: frontCodeTitles(long, parents).join("\n"),
    older,
  };
  const shortTitles = new TextEncoder().encode(frontCodeTitles(short, parents).join("\n"));
  return { icd10cm, icd10cmShort: { format: ARTIFACT_FORMAT, kind: "icd10cm-short", short: shortTitles } };
}
