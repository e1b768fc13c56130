/**
 * Builds the tables the visit-service suggestions read, from the raw files in ../shared/data:
 *   src/coding/visit-services/data/vaccines.json     CVX -> CDC short description, CPT vaccine-product
 *       number(s), antigen components, Medicare administration group; vaccine NDC (11 digits) -> CVX
 *   src/coding/visit-services/data/drug-codes.json   active HCPCS J-codes (drugs) with their CMS long
 *       description, which names the drug, the route words and the billing unit
 * CPT numbers only: the CDC files carry no CPT descriptor, and none is written. Same input gives
 * byte-identical output.
 * Usage: tsx scripts/build-visit-services-data.ts [sharedDataDir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { resolve } from "node:path";
import { parseCsv } from "../src/coding/parse-csv.ts";
import { normalizeNdc } from "../src/coding/visit-services/ndc.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));
const out = resolve(root, "src/coding/visit-services/data");

/**
 * Antigen components per CDC vaccine group, as counted for 90460/90461 (each component against
 * which the patient is protected: DTaP is three, MMR three, MMRV four). A group not listed counts one.
 */
const COMPONENTS: Readonly<Record<string, number>> = { DTAP: 3, TDAP: 3, Td: 2, MMR: 3, VARICELLA: 1, "MENING MeningB": 2 };
/** Medicare pays these vaccines' administration under its own G-codes (G0008 flu, G0009 pneumococcal, G0010 hepatitis B). */
const MEDICARE_GROUP: Readonly<Record<string, string>> = { FLU: "flu", "H1N1 flu": "flu", PneumoPCV: "pneumococcal", PneumoPPV: "pneumococcal", HepB: "hepatitis-b" };

function table(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8")).rows;
  if (!header) throw new Error(`${path}: empty`);
  return rows.filter((r) => r.fields.some((f) => f !== "")).map((r) => Object.fromEntries(header.fields.map((name, i) => [name, (r.fields[i] ?? "").trim()])));
}

/** A combination's groups are single-word group names joined by spaces ("HepB POLIO DTAP"); other names are one group ("H1N1 flu"). */
function components(groups: string, known: ReadonlySet<string>): number {
  const whole = COMPONENTS[groups];
  if (whole !== undefined) return whole;
  const parts = groups.split(" ");
  if (parts.length < 2 || !parts.every((p) => known.has(p))) return 1;
  return parts.reduce((sum, g) => sum + (COMPONENTS[g] ?? 1), 0);
}

function buildVaccines(): string {
  const cvx: Record<string, [string, string[], number, string]> = {};
  const rows = table(resolve(shared, "vaccines/cvx-to-cpt.csv"));
  const known = new Set(rows.map((r) => r.vaccine_groups ?? ""));
  for (const row of rows) {
    const cpts = (row.cpt_codes ?? "").split(/\s+/).filter((c) => /^\d{5}$/.test(c));
    if (cpts.length === 0) continue;
    const groups = row.vaccine_groups ?? "";
    cvx[row.cvx_code ?? ""] = [row.cvx_short_description ?? "", cpts, components(groups, known), MEDICARE_GROUP[groups] ?? ""];
  }
  const ndc: Record<string, string> = {};
  for (const row of table(resolve(shared, "vaccines/ndc-to-cvx.csv"))) {
    const key = normalizeNdc(row.ndc ?? "");
    if (key && row.cvx_code && cvx[row.cvx_code]) ndc[key] = row.cvx_code;
  }
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  return `${JSON.stringify({ source: "CDC CVX, CPT-to-CVX and NDC-to-CVX exports (snapshot 2026-01-29); CPT numbers only", cvx: sorted(cvx), ndc: sorted(ndc) })}\n`;
}

function buildDrugCodes(activeOn: string): string {
  const [header, ...rows] = parseCsv(gunzipSync(readFileSync(resolve(shared, "hcpcs/HCPC2026_JAN_ANWEB_01122026.csv.gz"))).toString("utf8")).rows;
  if (!header) throw new Error("HCPCS: empty");
  const col = (name: string) => header.fields.indexOf(name);
  const [cCode, cLong, cTerm] = ["HCPC", "LONG DESCRIPTION", "TERM DT"].map(col);
  const codes: [string, string][] = [];
  for (const { fields } of rows) {
    const code = (fields[cCode ?? -1] ?? "").trim();
    const term = (fields[cTerm ?? -1] ?? "").trim();
    if (!/^J\d{4}$/.test(code)) continue;
    if (term !== "" && `${term.slice(0, 4)}-${term.slice(4, 6)}-${term.slice(6, 8)}` < activeOn) continue;
    codes.push([code, (fields[cLong ?? -1] ?? "").trim()]);
  }
  codes.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return `${JSON.stringify({ source: "CMS alpha-numeric HCPCS file, January 2026; J-codes active on or after 2026-01-01", codes })}\n`;
}

writeFileSync(resolve(out, "vaccines.json"), buildVaccines());
writeFileSync(resolve(out, "drug-codes.json"), buildDrugCodes("2026-01-01"));
