/**
 * Builds the scrubber's CMS facts from the raw files in ../shared/data:
 *   src/billing/scrub/data/procedure-facts.json
 *   src/billing/scrub/data/place-of-service.json  the CMS place-of-service codes (numbers only)
 *   src/billing/scrub/data/icd-block-excludes1.json  Excludes1 notes of the Tabular's sections and chapters
 *   src/billing/scrub/data/icd-sex-titles.json  ICD-10-CM codes whose FY2026 title names one sex's organ or condition
 * procedure-facts.json:
 * which CPT/HCPCS numbers CMS's public files know (PFS 2025 RVU file, practitioner MUE 2026 Q2,
 * active practitioner PTP edits 2024 Q3) and, per code, the PFS indicators the scrubber reads
 * (status indicator, global 090 / ZZZ, PC/TC, bilateral). Code numbers and indicators only: no CPT descriptors are
 * read or written. Same input gives byte-identical output.
 * Usage: tsx scripts/build-scrub-data.ts [sharedDataDir]
 */
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createGunzip, gunzipSync } from "node:zlib";
import { createInterface } from "node:readline";
import { resolve } from "node:path";
import { decodeLatin1, parseCsv } from "../src/billing/ncci/parse-csv.ts";
import { readMueRows } from "../src/billing/ncci/mue-cms.ts";
import { encodeProcedureFacts, FACT_SETS, type FactSet } from "../src/billing/scrub/procedure-facts-codec.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));

interface PfsRow { status: string; pctc: string; global: string; bilateral: string }

function readPfs(path: string): Map<string, PfsRow> {
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString("latin1"));
  const header = rows[0] ?? [];
  const column = (name: string): number => header.indexOf(name);
  const [code, mod, status, pctc, glob, bilat] = ["HCPCS", "MOD", "STATUS_CODE", "PCTC_IND", "GLOB_DAYS", "BILAT_SURG"].map(column);
  const byCode = new Map<string, PfsRow>();
  for (const row of rows.slice(1)) {
    const hcpcs = (row[code ?? -1] ?? "").trim();
    if (hcpcs === "" || (row[mod ?? -1] ?? "") !== "") continue;
    byCode.set(hcpcs, { status: (row[status ?? -1] ?? "").trim(), pctc: row[pctc ?? -1] ?? "", global: row[glob ?? -1] ?? "", bilateral: row[bilat ?? -1] ?? "" });
  }
  return byCode;
}

/** Column-1 and column-2 codes of the PTP edits still active (deletion "*"). */
async function readPtpCodes(path: string): Promise<Set<string>> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  const codes = new Set<string>();
  let first = true;
  for await (const line of lines) {
    if (first || line === "") { first = false; continue; }
    const [column1 = "", column2 = "", deletion = ""] = line.split(",");
    if (deletion !== "*") continue;
    codes.add(column1);
    codes.add(column2);
  }
  return codes;
}

function inSet(set: FactSet, code: string, pfs: Map<string, PfsRow>, mueOnly: boolean): boolean {
  const row = pfs.get(code);
  switch (set) {
    case "pfs": return row !== undefined;
    case "since2026": return mueOnly;
    case "global090": return row?.global === "090";
    case "addOn": return row?.global === "ZZZ";
    case "modifier26": return row !== undefined && ["1", "6", "8"].includes(row.pctc);
    case "modifierTC": return row?.pctc === "1";
    case "modifier50": return row !== undefined && ["1", "3"].includes(row.bilateral);
  }
}

async function main(): Promise<void> {
  const pfs = readPfs(resolve(shared, "mpfs/PPRRVU25_JAN_no_descriptions.csv.gz"));
  const mueRows = readMueRows(parseCsv(decodeLatin1(gunzipSync(readFileSync(resolve(shared, "ncci/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz"))))));
  const mue = new Set(mueRows.map((entry) => entry.code));
  const ptp = await readPtpCodes(resolve(shared, "ncci/ncci_ptp_practitioner_2024q3_northstar.csv.gz"));
  const codes = [...new Set([...pfs.keys(), ...mue, ...ptp])];
  const sets = Object.fromEntries(
    FACT_SETS.map((set) => [set, codes.filter((code) => inSet(set, code, pfs, !pfs.has(code) && !ptp.has(code) && mue.has(code)))]),
  ) as Record<FactSet, string[]>;
  const source = "CMS PFS RVU file CY2025 January (PPRRVU25_JAN: STATUS_CODE, GLOB_DAYS, PCTC_IND, BILAT_SURG), practitioner MUE 2026 Q2, active practitioner PTP edits 2024 Q3; code numbers only";
  const text = JSON.stringify(encodeProcedureFacts(source, codes, sets, (code) => pfs.get(code)?.status || undefined)) + "\n";
  writeFileSync(resolve(root, "src/billing/scrub/data/procedure-facts.json"), text);
  console.log(`src/billing/scrub/data/procedure-facts.json: ${Buffer.byteLength(text)} bytes, ${codes.length} codes`);
  writePlaceOfService(resolve(shared, "place-of-service/CodeSystem-CMSPlaceofServiceCodes.json"));
  writeBlockExcludes1(resolve(shared, "icd10cm/legacy-fy2023/icd10cm_tabular_2023.xml.gz"));
  writeSexFromTitles(resolve(shared, "icd10cm/icd10cm_order_2026.txt.gz"));
}

/** Title words that make a code one sex's (female organs, pregnancy, menstruation; male organs). */
const FEMALE_WORDS = /\b(female|vulva[rl]?|vulvo|vagina[l]?|vagino|uter(?:us|ine|i)|cervix|ovar(?:y|ian|ies)|fallopian|endometri|pregnan|puerper|postpartum|menstrua|menopaus|perimenopaus|postmenopausal|bartholin|oophor|salping|parametri)/i;
const MALE_WORDS = /\b(male|prostat|testis|testes|testicle|testicular|scrot|penis|penile|epididym|spermatic|seminal vesicle|vas deferens|orchi|prepuce|balanitis|balanoposth|hydrocele|erectile)/i;
/**
 * Titles that name a sex without being about the patient's own body: relatives, partners and
 * perpetrators, the newborn or fetus of a mother, the Eustachian tube, screening and exposure,
 * chromosomal and intersex conditions (either recorded sex), family planning.
 */
const NOT_THE_PATIENTS_SEX = /family history|maternal|mother|newborn|liveborn|fetus|fetal|contact with|exposure|screening|carrier|partner|perpetrator|eustachian|pseudohermaphrodit|indeterminate|translocation|family planning/i;

/** Billable FY2026 codes whose long title names only one sex's organ or condition (order file, fixed width). */
function writeSexFromTitles(path: string): void {
  const female: string[] = [];
  const male: string[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString("latin1").split(/\r?\n/)) {
    const code = line.slice(6, 13).trim();
    const title = line.slice(77).trim();
    if (line.charAt(14) !== "1" || NOT_THE_PATIENTS_SEX.test(title)) continue;
    const isFemale = FEMALE_WORDS.test(title);
    const isMale = MALE_WORDS.test(title);
    if (isFemale && !isMale) female.push(code);
    if (isMale && !isFemale) male.push(code);
  }
  const source = "ICD-10-CM FY2026 order file (icd10cm_order_2026.txt): billable codes whose long title names only female organs, pregnancy or menstruation, or only male organs; relatives, partners, newborns of a mother, screening and intersex titles left out. Codes without the dot.";
  const text = JSON.stringify({ source, female: female.join(" "), male: male.join(" ") }) + "\n";
  writeFileSync(resolve(root, "src/billing/scrub/data/icd-sex-titles.json"), text);
  console.log(`src/billing/scrub/data/icd-sex-titles.json: ${Buffer.byteLength(text)} bytes, ${female.length} female, ${male.length} male`);
}

const xmlText = (text: string): string =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();

/**
 * The Excludes1 notes written at a section (block, e.g. N00-N08) or a chapter (e.g. S00-T88) of
 * the Tabular List XML, which apply to every code in it: the notes of each <section>/<chapter>
 * before its first <diag> or nested <section>.
 */
function writeBlockExcludes1(path: string): void {
  const xml = gunzipSync(readFileSync(path)).toString("utf8");
  const version = /<version>(\d{4})<\/version>/.exec(xml)?.[1] ?? "";
  const blocks: { range: string; level: "chapter" | "section"; excludes1: string[] }[] = [];
  for (const m of xml.matchAll(/<(section id="([^"]*)"|chapter)>([\s\S]*?)(?=<diag>|<section |<\/chapter>)/g)) {
    const [, tag = "", id, body = ""] = m;
    const range = id ?? /<desc>[^<]*\(([A-Z0-9]+-[A-Z0-9]+)\)<\/desc>/.exec(body)?.[1];
    const excludes = /<excludes1>([\s\S]*?)<\/excludes1>/.exec(body)?.[1];
    if (!range || !excludes) continue;
    const notes = [...excludes.matchAll(/<note>([\s\S]*?)<\/note>/g)].map((note) => xmlText(note[1] ?? ""));
    blocks.push({ range, level: tag === "chapter" ? "chapter" : "section", excludes1: notes });
  }
  const source = `NCHS ICD-10-CM Tabular List XML FY${version} (icd10cm_tabular_${version}.xml): Excludes1 notes of sections and chapters`;
  const text = JSON.stringify({ source, blocks }, null, 1) + "\n";
  writeFileSync(resolve(root, "src/billing/scrub/data/icd-block-excludes1.json"), text);
  console.log(`src/billing/scrub/data/icd-block-excludes1.json: ${Buffer.byteLength(text)} bytes, ${blocks.length} sections and chapters`);
}

/** The codes of the CMS place-of-service CodeSystem (HL7 THO copy), sorted. */
function writePlaceOfService(path: string): void {
  const system = JSON.parse(readFileSync(path, "utf8")) as { version?: string; concept?: { code: string }[] };
  const codes = (system.concept ?? []).map((concept) => concept.code).sort();
  const source = `CMS Place of Service code set ${system.version ?? ""} (HL7 THO CodeSystem-CMSPlaceofServiceCodes)`.replace("  ", " ");
  const text = JSON.stringify({ source, codes }) + "\n";
  writeFileSync(resolve(root, "src/billing/scrub/data/place-of-service.json"), text);
  console.log(`src/billing/scrub/data/place-of-service.json: ${Buffer.byteLength(text)} bytes, ${codes.length} codes`);
}

await main();
