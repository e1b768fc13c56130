/**
 * Builds src/coding/data/cpt-numbers.json: every CPT number (5 digits, or 4 digits and a letter:
 * 0001U, 0591T, 3074F) that CMS's public files in ../shared/data know: the CY2025 PFS RVU file,
 * the practitioner MUE table 2026 Q2 and the active practitioner PTP edits 2024 Q3. Code search
 * offers them by number, so a service can be added without an AMA descriptor. Code numbers only:
 * no descriptor is read or written. Same input gives byte-identical output.
 * Usage: tsx scripts/build-cpt-numbers.ts [sharedDataDir]
 */
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { createGunzip, gunzipSync } from "node:zlib";
import { readMueRows } from "../src/billing/ncci/mue-cms.ts";
import { decodeLatin1, parseCsv } from "../src/billing/ncci/parse-csv.ts";
import { CPT_NUMBER } from "../src/coding/store/cpt-number.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));

function pfsCodes(path: string): string[] {
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString("latin1"));
  const column = (rows[0] ?? []).indexOf("HCPCS");
  return rows.slice(1).map((row) => (row[column] ?? "").trim());
}

async function ptpCodes(path: string): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  const codes: string[] = [];
  let first = true;
  for await (const line of lines) {
    if (first) { first = false; continue; }
    const [column1 = "", column2 = "", deletion = ""] = line.split(",");
    if (deletion === "*") codes.push(column1, column2);
  }
  return codes;
}

const pfs = pfsCodes(resolve(shared, "mpfs/PPRRVU25_JAN_no_descriptions.csv.gz"));
const mue = readMueRows(parseCsv(decodeLatin1(gunzipSync(readFileSync(resolve(shared, "ncci/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz")))))).map((e) => e.code);
const ptp = await ptpCodes(resolve(shared, "ncci/ncci_ptp_practitioner_2024q3_northstar.csv.gz"));
const numbers = [...new Set([...pfs, ...mue, ...ptp])].filter((code) => CPT_NUMBER.test(code)).sort();
const file = {
  source: "CPT numbers in CMS's CY2025 PFS RVU file (January), the practitioner MUE table 2026 Q2 and the active practitioner PTP edits 2024 Q3; numbers only, no descriptors",
  numbers: numbers.join(" "),
};
const text = `${JSON.stringify(file)}\n`;
writeFileSync(resolve(root, "src/coding/data/cpt-numbers.json"), text);
console.log(`src/coding/data/cpt-numbers.json: ${numbers.length} numbers, ${Buffer.byteLength(text)} bytes`);
