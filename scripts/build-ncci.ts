/**
 * Builds the committed NCCI and fee-schedule artifacts from the raw CMS files in ../shared/data:
 *   public/ncci/ptp-practitioner.bin.gz   compact PTP edits (see src/billing/ncci/ptp-artifact.ts)
 *   public/ncci/mue-practitioner.json.gz  MUE values and MAIs
 *   src/billing/scrub/data/global-days.json      CPT/HCPCS numbers with a 0- or 10-day global (PFS 2025)
 *   src/billing/scrub/data/level2-modifiers.json active HCPCS Level II modifiers (Jan 2026)
 * Same input gives byte-identical output. No CPT descriptors are read or written.
 * Usage: tsx scripts/build-ncci.ts [sharedDataDir]
 * A newer CMS quarter replaces a table without code changes:
 *   tsx scripts/build-ncci.ts --ptp-ccipra f1.txt f2.txt f3.txt f4.txt --ptp-edition "Practitioner PTP 2026 Q3 (2026-07-01)" --ptp-effective 2026-07-01
 *   tsx scripts/build-ncci.ts --mue MCR_MUE_PractitionerServices_Eff_07-01-2026.csv --mue-edition "Practitioner MUE 2026 Q3 (2026-07-01)" --mue-effective 2026-07-01
 * (only the table named is rebuilt; CMS ccipra .txt or CSV exports and the MUE CSV as published).
 */
import { readFileSync, writeFileSync, mkdirSync, createReadStream } from "node:fs";
import { gunzipSync, gzipSync, createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parsePtpFile } from "../src/billing/ncci/ptp-cms.ts";
import { parseCsv, decodeLatin1 } from "../src/billing/ncci/parse-csv.ts";
import { readMueRows } from "../src/billing/ncci/mue-cms.ts";
import { encodeMueArtifact } from "../src/billing/ncci/mue-artifact.ts";
import { encodePtpArtifact } from "../src/billing/ncci/ptp-artifact.ts";
import type { PtpEdit } from "../src/billing/ncci/ptp-table.ts";
import * as editions from "../src/billing/ncci/ncci-editions.ts";

const root = resolve(import.meta.dirname, "..");
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "ptp-ccipra": { type: "string", multiple: true },
    "ptp-edition": { type: "string" },
    "ptp-effective": { type: "string" },
    mue: { type: "string" },
    "mue-edition": { type: "string" },
    "mue-effective": { type: "string" },
  },
});
const shared = resolve(positionals[0] ?? resolve(root, "../shared/data"));
const KEEP_DELETED_FROM = "2024-07-01";

/** Streams the converted PTP CSV (no quoting) keeping active edits and edits deleted on/after KEEP_DELETED_FROM. */
async function readPtp(path: string): Promise<PtpEdit[]> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  const byPair = new Map<string, PtpEdit>();
  let first = true;
  for await (const line of lines) {
    if (first || line === "") { first = false; continue; }
    const [column1 = "", column2 = "", deletion = "", indicator = "", rationale = ""] = line.split(",");
    if (indicator !== "0" && indicator !== "1") continue;
    const deletionDate = deletion === "*" ? undefined : `${deletion.slice(0, 4)}-${deletion.slice(4, 6)}-${deletion.slice(6, 8)}`;
    if (deletionDate !== undefined && deletionDate < KEEP_DELETED_FROM) continue;
    const edit: PtpEdit = { column1, column2, modifierIndicator: indicator === "1" ? 1 : 0, rationale };
    if (deletionDate) edit.deletionDate = deletionDate;
    const key = `${column1}|${column2}`;
    const kept = byPair.get(key);
    if (!kept || (kept.deletionDate !== undefined && (deletionDate === undefined || deletionDate > kept.deletionDate))) byPair.set(key, edit);
  }
  return [...byPair.values()];
}

function buildMue(path: string): string {
  const rows = parseCsv(decodeLatin1(gunzipSync(readFileSync(path))));
  return encodeMueArtifact(editions.SHIPPED_MUE_EDITION, editions.SHIPPED_MUE_EFFECTIVE, readMueRows(rows));
}

/** Codes (no modifier row) whose 2025 PFS global period is 000 or 010: "minor" procedures. */
function buildGlobalDays(path: string): string {
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString("latin1"));
  const header = rows[0] ?? [];
  const code = header.indexOf("HCPCS");
  const mod = header.indexOf("MOD");
  const glob = header.indexOf("GLOB_DAYS");
  const minor: Record<string, string[]> = { "000": [], "010": [] };
  for (const row of rows.slice(1)) {
    const days = row[glob] ?? "";
    if ((row[mod] ?? "") === "" && (days === "000" || days === "010")) minor[days]?.push(row[code] ?? "");
  }
  const source = "CMS PFS relative value file CY2025 January release (PPRRVU25_JAN), column GLOB_DAYS";
  return JSON.stringify({ source, "000": [...new Set(minor["000"])].sort(), "010": [...new Set(minor["010"])].sort() }) + "\n";
}

function buildModifiers(path: string): string {
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString("utf8"));
  const header = rows[0] ?? [];
  const [hcpc, recid, term] = ["HCPC", "RECID", "TERM DT"].map((name) => header.indexOf(name));
  const active = rows
    .slice(1)
    .filter((row) => row[recid ?? -1] === "7" && ((row[term ?? -1] ?? "") === "" || (row[term ?? -1] ?? "") >= "20260101"))
    .map((row) => (row[hcpc ?? -1] ?? "").trim());
  const source = "CMS HCPCS Level II January 2026 alpha-numeric file, modifier records (RECID 7) without a termination date before 2026-01-01";
  return JSON.stringify({ source, codes: [...new Set(active)].sort() }) + "\n";
}

function write(relative: string, data: Uint8Array | string): number {
  const path = resolve(root, relative);
  mkdirSync(resolve(path, ".."), { recursive: true });
  writeFileSync(path, data);
  const size = typeof data === "string" ? Buffer.byteLength(data) : data.length;
  console.log(`${relative}: ${size} bytes`);
  return size;
}

/** Builds one table from CMS quarterly files named on the command line; true when asked to. */
function buildFromCmsFiles(): boolean {
  const [ptpFiles, mueFile] = [options["ptp-ccipra"], options.mue];
  if (ptpFiles && ptpFiles.length > 0) {
    const effective = options["ptp-effective"] ?? "";
    const edits = ptpFiles.flatMap((file) => parsePtpFile(decodeLatin1(readFileSync(file))));
    const kept = edits.filter((edit) => edit.deletionDate === undefined || edit.deletionDate >= effective);
    const bytes = encodePtpArtifact(options["ptp-edition"] ?? `Practitioner PTP (${effective})`, effective, kept);
    write(`public/ncci/${editions.PTP_ARTIFACT_FILE}`, gzipSync(bytes, { level: 9 }));
  }
  if (mueFile) {
    const effective = options["mue-effective"] ?? "";
    const entries = readMueRows(parseCsv(decodeLatin1(readFileSync(mueFile))));
    const text = encodeMueArtifact(options["mue-edition"] ?? `Practitioner MUE (${effective})`, effective, entries);
    write(`public/ncci/${editions.MUE_ARTIFACT_FILE}`, gzipSync(Buffer.from(text), { level: 9 }));
  }
  return Boolean(ptpFiles?.length || mueFile);
}

async function main(): Promise<void> {
  if (buildFromCmsFiles()) return;
  const started = performance.now();
  const edits = await readPtp(resolve(shared, "ncci/ncci_ptp_practitioner_2024q3_northstar.csv.gz"));
  const ptp = encodePtpArtifact(editions.SHIPPED_PTP_EDITION, editions.SHIPPED_PTP_EFFECTIVE, edits);
  console.log(`PTP: ${edits.length} edits kept, ${ptp.length} bytes before gzip`);
  write(`public/ncci/${editions.PTP_ARTIFACT_FILE}`, gzipSync(ptp, { level: 9 }));
  const mue = buildMue(resolve(shared, "ncci/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz"));
  write(`public/ncci/${editions.MUE_ARTIFACT_FILE}`, gzipSync(Buffer.from(mue), { level: 9 }));
  write("src/billing/scrub/data/global-days.json", buildGlobalDays(resolve(shared, "mpfs/PPRRVU25_JAN_no_descriptions.csv.gz")));
  write("src/billing/scrub/data/level2-modifiers.json", buildModifiers(resolve(shared, "hcpcs/HCPC2026_JAN_ANWEB_01122026.csv.gz")));
  console.log(`built in ${Math.round(performance.now() - started)} ms`);
}

await main();
