/**
 * Builds public/fee-schedule.sample.json, a sample practice fee schedule for common office codes:
 * amount = ceil(NON_FACILITY_TOTAL RVU x CONV_FACTOR x MARKUP) whole dollars, from the CY2025
 * Medicare PFS RVU file (January release). Modifier amounts come from the file's 26/TC rows and,
 * for codes the PFS allows bilateral (BILAT_SURG 1), 150% under modifier 50.
 * Codes the PFS does not price (clinical lab, drugs: status X/E, zero RVUs) get practice-set
 * amounts listed below. Code numbers only: no descriptors are read or written.
 * Usage: tsx scripts/build-fee-schedule.ts [sharedDataDir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseFeeSchedule } from "../src/coding/fee-schedule/parse-fee-schedule.ts";
import type { Fee } from "../src/coding/fee-schedule/fee-schedule.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));
const MARKUP = 1.5;

const PFS_CODES = [
  "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215", "99417", "G2212",
  "99381", "99382", "99383", "99384", "99385", "99386", "99387", "99391", "99392", "99393", "99394", "99395", "99396", "99397",
  "G0438", "G0439", "93000", "94640", "90471", "96372", "20610", "11102", "17110", "10060", "12001", "69210", "99406", "96127",
];
/** Not priced by the PFS (lab fee schedule, ASP drug pricing): amounts the practice sets. */
const PRACTICE_SET: Readonly<Record<string, number>> = { "36415": 12, "81002": 10, "87880": 35, "J1100": 6 };

interface PfsRow { mod: string; total: number; factor: number; bilateral: string }

function readPfs(path: string): Map<string, PfsRow[]> {
  const lines = gunzipSync(readFileSync(path)).toString("latin1").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",");
  const col = (name: string): number => header.indexOf(name);
  const [code, mod, total, factor, bilateral] = ["HCPCS", "MOD", "NON_FACILITY_TOTAL", "CONV_FACTOR", "BILAT_SURG"].map(col);
  const rows = new Map<string, PfsRow[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(",");
    const key = f[code ?? -1];
    if (!key) continue;
    const row = { mod: f[mod ?? -1] ?? "", total: Number(f[total ?? -1]), factor: Number(f[factor ?? -1]), bilateral: f[bilateral ?? -1] ?? "" };
    rows.set(key, [...(rows.get(key) ?? []), row]);
  }
  return rows;
}

function dollars(row: PfsRow, share = 1): number {
  return Math.ceil(row.total * row.factor * MARKUP * share);
}

function pfsFee(code: string, rows: PfsRow[]): Fee {
  const global = rows.find((r) => r.mod === "");
  if (!global || !(global.total > 0)) throw new Error(`PFS has no non-facility RVUs for ${code}`);
  const modifiers: Record<string, number> = {};
  for (const r of rows) if ((r.mod === "26" || r.mod === "TC") && r.total > 0) modifiers[r.mod] = dollars(r);
  if (global.bilateral === "1") modifiers["50"] = dollars(global, 1.5);
  return Object.keys(modifiers).length > 0 ? { amount: dollars(global), modifiers } : { amount: dollars(global) };
}

const pfs = readPfs(resolve(shared, "mpfs/PPRRVU25_JAN_no_descriptions.csv.gz"));
const fees: Record<string, Fee> = {};
for (const code of [...PFS_CODES, ...Object.keys(PRACTICE_SET)].sort()) {
  const set = PRACTICE_SET[code];
  fees[code] = set !== undefined ? { amount: set } : pfsFee(code, pfs.get(code) ?? []);
}
const schedule = {
  name: "Sample office fee schedule",
  effective: "2025-01-01",
  currency: "USD",
  about: `Sample only. PFS-priced codes: ceil(CY2025 non-facility total RVU x conversion factor x ${MARKUP}); 26/TC from the PFS rows; 50 = 150%. Practice-set (not on the PFS): ${Object.keys(PRACTICE_SET).join(", ")}. Built by scripts/build-fee-schedule.ts.`,
  fees,
};
const checked = parseFeeSchedule(schedule);
if ("problems" in checked) throw new Error(checked.problems.join("\n"));
writeFileSync(resolve(root, "public/fee-schedule.sample.json"), `${JSON.stringify(schedule, null, 2)}\n`);
console.log(`public/fee-schedule.sample.json: ${Object.keys(fees).length} codes`);
