/**
 * Builds public/mpfs/mpfs-rvu-2025.json.gz, what the app's default fee schedule is computed from:
 *   - per CPT/HCPCS number (and "CODE-26", "CODE-TC" rows) with RVUs: work, non-facility PE,
 *     facility PE and malpractice RVUs in hundredths, from the CY2025 PFS RVU file (January);
 *   - the conversion factor (the file's CONV_FACTOR, the same on every row: 32.3465);
 *   - every payment locality's GPCIs (work, PE, MP) from GPCI2025.csv, keyed "MAC-locality"
 *     ("14212-01"), with its state, name and counties (25LOCCO.csv);
 *   - for numbers the file lists without RVUs, the status letter (why there is no price).
 * Code numbers and CMS indicators only: no descriptor is read or written. Same input gives
 * byte-identical output. Usage: tsx scripts/build-mpfs-fees.ts [sharedDataDir]
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { parseCsv } from "../src/billing/ncci/parse-csv.ts";
import type { MpfsArtifact, MpfsLocality } from "../src/coding/fee-schedule/mpfs-artifact.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));
const hundredths = (text: string | undefined): number => Math.round(Number(text ?? "0") * 100);

function readRvus(path: string): Pick<MpfsArtifact, "conversionFactor" | "rvus" | "unpriced"> {
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString("latin1"));
  const header = rows[0] ?? [];
  const col = (name: string): number => header.indexOf(name);
  const [code, mod, status, work, peNf, peF, mp, cf] = ["HCPCS", "MOD", "STATUS_CODE", "WORK_RVU", "NON_FAC_PE_RVU", "FACILITY_PE_RVU", "MP_RVU", "CONV_FACTOR"].map(col) as number[];
  const factors = new Set<string>();
  const rvus: Record<string, [number, number, number, number]> = {};
  const unpriced: Record<string, string> = {};
  for (const row of rows.slice(1)) {
    const hcpcs = (row[code ?? -1] ?? "").trim();
    if (hcpcs === "") continue;
    factors.add(row[cf ?? -1] ?? "");
    const modifier = (row[mod ?? -1] ?? "").trim();
    const values: [number, number, number, number] = [hundredths(row[work ?? -1]), hundredths(row[peNf ?? -1]), hundredths(row[peF ?? -1]), hundredths(row[mp ?? -1])];
    const key = modifier === "" ? hcpcs : `${hcpcs}-${modifier}`;
    if (values.some((v) => v > 0)) rvus[key] = values;
    else if (modifier === "") unpriced[hcpcs] = (row[status ?? -1] ?? "").trim();
  }
  if (factors.size !== 1) throw new Error(`PFS RVU file: expected one conversion factor, found ${[...factors].join(", ")}`);
  return { conversionFactor: Number([...factors][0]), rvus: sortKeys(rvus), unpriced: sortKeys(unpriced) };
}

function readLocalities(gpciPath: string, countiesPath: string): Record<string, MpfsLocality> {
  const counties = new Map<string, string>();
  for (const row of parseCsv(readFileSync(countiesPath, "latin1"))) {
    const [mac = "", number = "", , , list = ""] = row.map((cell) => cell.trim());
    if (/^\d+$/.test(mac) && /^\d+$/.test(number)) counties.set(`${mac.padStart(5, "0")}-${number.padStart(2, "0")}`, list);
  }
  const localities: Record<string, MpfsLocality> = {};
  for (const row of parseCsv(readFileSync(gpciPath, "latin1"))) {
    const [mac = "", state = "", number = "", name = "", pw = "", pe = "", mp = ""] = row.map((cell) => cell.trim());
    if (!/^\d{5}$/.test(mac) || !/^\d{2}$/.test(number)) continue;
    const key = `${mac}-${number}`;
    localities[key] = { state, name: name.replace(/\*+$/, ""), counties: counties.get(key) ?? "", gpci: [Number(pw), Number(pe), Number(mp)] };
  }
  return sortKeys(localities);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const artifact: MpfsArtifact = {
  source: "CMS Medicare Physician Fee Schedule CY2025: PPRRVU25_JAN (RVUs, status, conversion factor), GPCI2025 and 25LOCCO (payment localities); code numbers only",
  year: 2025,
  ...readRvus(resolve(shared, "mpfs/PPRRVU25_JAN_no_descriptions.csv.gz")),
  localities: readLocalities(resolve(shared, "mpfs/GPCI2025.csv"), resolve(shared, "mpfs/25LOCCO.csv")),
};
const bytes = gzipSync(`${JSON.stringify(artifact)}\n`, { level: 9 });
mkdirSync(resolve(root, "public/mpfs"), { recursive: true });
writeFileSync(resolve(root, "public/mpfs/mpfs-rvu-2025.json.gz"), bytes);
console.log(`public/mpfs/mpfs-rvu-2025.json.gz: ${bytes.length} bytes, ${Object.keys(artifact.rvus).length} priced rows, ${Object.keys(artifact.unpriced).length} unpriced codes, ${Object.keys(artifact.localities).length} localities, CF ${artifact.conversionFactor}`);
