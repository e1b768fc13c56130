import type { HcpcsArtifact, HcpcsCode } from "../src/coding/artifacts/artifact-format.ts";
import { ARTIFACT_FORMAT } from "../src/coding/artifacts/artifact-format.ts";
import { parseCsv } from "../src/coding/parse-csv.ts";

function isoDate(yyyymmdd: string): string {
  const d = yyyymmdd.trim();
  if (!/^\d{8}$/.test(d)) throw new Error(`HCPCS: bad date ${JSON.stringify(yyyymmdd)}`);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/**
 * CMS alpha-numeric HCPCS CSV (one row per code). Keeps codes and modifiers still active on or
 * after `activeOn` (no termination date, or one on/after it).
 */
export function buildHcpcsArtifact(csvText: string, activeOn: string, release: string, source: string): HcpcsArtifact {
  const [header, ...rows] = parseCsv(csvText).rows;
  if (!header) throw new Error("HCPCS: empty file");
  const col = (name: string): number => {
    const i = header.fields.indexOf(name);
    if (i < 0) throw new Error(`HCPCS: no column ${name}`);
    return i;
  };
  const [cCode, cRec, cLong, cShort, cAdd, cTerm] = ["HCPC", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "ADD DT", "TERM DT"].map(col);
  const codes: HcpcsCode[] = [];
  const modifiers: HcpcsCode[] = [];
  for (const { fields } of rows) {
    const get = (i: number | undefined): string => (i === undefined ? "" : (fields[i] ?? "").trim());
    const code = get(cCode);
    if (code === "") continue;
    const term = get(cTerm);
    const end = term === "" ? undefined : isoDate(term);
    if (end !== undefined && end < activeOn) continue;
    const entry: HcpcsCode = { code, long: get(cLong), short: get(cShort), added: isoDate(get(cAdd)) };
    if (end !== undefined) entry.end = end;
    (get(cRec) === "7" ? modifiers : codes).push(entry);
  }
  const byCode = (a: HcpcsCode, b: HcpcsCode): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return { format: ARTIFACT_FORMAT, kind: "hcpcs", release, source, codes: codes.sort(byCode), modifiers: modifiers.sort(byCode) };
}
