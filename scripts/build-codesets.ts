/**
 * Code-set builder: raw CMS/NCHS files -> compact, deterministic artifacts in public/codesets/.
 * Usage: npx tsx scripts/build-codesets.ts [dataDir] [outDir]
 *   dataDir defaults to $CODESETS_DATA_DIR or ../shared/data; outDir to public/codesets.
 */
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildIcd10CmArtifact, parseOrderFile } from "./codesets-icd10cm.ts";
import { buildTabularNotesArtifact } from "./codesets-tabular-notes.ts";
import { buildHcpcsArtifact } from "./codesets-hcpcs.ts";
import { buildOtherArtifact } from "./codesets-other.ts";
import { writeArtifacts, type WrittenArtifact } from "./codesets-write.ts";
import { buildCodeStore } from "../src/coding/store/code-store.ts";
import { shippedCodes } from "../src/coding/store/code-table.ts";
import { notesReader } from "../src/coding/conventions/tabular-notes.ts";
import { encodeWordIndex } from "../src/coding/store/word-index-codec.ts";

export const DEFAULT_OUT_DIR = resolve(import.meta.dirname, "../public/codesets");

export function defaultDataDir(): string {
  return process.env.CODESETS_DATA_DIR ?? resolve(import.meta.dirname, "../../shared/data");
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

export function buildCodesets(dataDir: string, outDir: string): WrittenArtifact[] {
  const icd = join(dataDir, "icd10cm");
  const editions = [
    { info: { id: "FY2025", start: "2024-10-01", end: "2025-09-30", source: "CMS icd10cm_order_2025.txt" }, rows: parseOrderFile(readText(join(icd, "icd10cm_order_2025.txt.gz"))) },
    { info: { id: "FY2026", start: "2025-10-01", end: "2026-09-30", source: "CMS icd10cm_order_2026.txt" }, rows: parseOrderFile(readText(join(icd, "icd10cm_order_2026.txt.gz"))) },
  ];
  const { icd10cm: icdArtifact, icd10cmShort } = buildIcd10CmArtifact(editions);
  const known = new Set(icdArtifact.codes.split("\n"));
  const notes = buildTabularNotesArtifact(readText(join(icd, "legacy-fy2023/icd10cm_tabular_2023.xml.gz")), (c) => known.has(c), "NCHS icd10cm_tabular_2023.xml (Tabular List XML)");
  const hcpcs = buildHcpcsArtifact(readText(join(dataDir, "hcpcs/HCPC2026_JAN_ANWEB_01122026.csv.gz")), "2026-01-01", "2026-01", "CMS January 2026 Alpha-Numeric HCPCS File");
  const other = buildOtherArtifact(readText(join(dataDir, "place-of-service/pos_codes.csv")), "20240502", "CMS Place of Service Code Set via HL7 THO 7.0.1");
  const shipped = shippedCodes(icdArtifact, icd10cmShort, hcpcs, other);
  const store = buildCodeStore(shipped.entries, { notes: notesReader(notes), icd: shipped.icd });
  const search = encodeWordIndex(store.words, store.parent);
  return writeArtifacts(outDir, { icd10cm: icdArtifact, icd10cmShort, notes, hcpcs, other, search });
}

function main(): void {
  const dataDir = resolve(process.argv[2] ?? defaultDataDir());
  const outDir = resolve(process.argv[3] ?? DEFAULT_OUT_DIR);
  for (const a of buildCodesets(dataDir, outDir)) {
    console.log(`${a.file.padEnd(24)} raw ${String(a.rawBytes).padStart(10)}  gzip ${String(a.gzipBytes).padStart(9)}  sha256 ${a.sha256.slice(0, 16)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
