/**
 * Benchmark: scrubbing a realistic 20-line claim with the real code index and the shipped
 * NCCI tables. Target p50 <= 2 ms. Run alone (`tsx scripts/bench-scrub.ts`) or call benchScrub().
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Claim, ClaimItem } from "fhir/r4";
import { loadCodeIndex } from "../src/coding/index.ts";
import { CPT, HCPCS, ICD10CM, PLACE_OF_SERVICE } from "../src/coding/systems.ts";
import { loadNcciEdits } from "../src/billing/ncci/load-ncci.ts";
import { MUE_ARTIFACT_FILE, PTP_ARTIFACT_FILE } from "../src/billing/ncci/ncci-editions.ts";
import { scrubClaim } from "../src/billing/scrub/index.ts";

export interface ScrubBenchResult {
  lines: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  indexLoadMs: number;
  ncciLoadMs: number;
  ptpArtifactBytes: number;
  mueArtifactBytes: number;
  findings: number;
  findingRules: string[];
}

const NCCI_DIR = resolve(import.meta.dirname, "../public/ncci");
const DIAGNOSES = ["M17.11", "E11.42", "I10", "E78.5", "J44.9", "N18.31", "E66.01", "Z68.35", "G30.1", "F02.80", "Z79.4", "Z23"];
/** [code, modifiers, units, pointers]: a busy office day (visit, injection, labs, ECG, spirometry, vaccines). */
const LINES: [string, string[], number, number[]][] = [
  ["99215", ["25"], 1, [1, 2, 3, 4]], ["20610", ["RT"], 1, [1]], ["J3301", [], 4, [1]], ["36415", [], 1, [2]],
  ["80053", [], 1, [2, 6]], ["83036", [], 1, [2]], ["80061", [], 1, [4]], ["84443", [], 1, [2]],
  ["85025", [], 1, [6]], ["81003", [], 1, [6]], ["93000", [], 1, [3]], ["94010", [], 1, [5]],
  ["90471", [], 1, [12]], ["90715", [], 1, [12]], ["90472", [], 1, [12]], ["90732", [], 1, [12]],
  ["96372", [], 1, [2]], ["J1100", [], 4, [1]], ["G0008", [], 1, [12]], ["90686", [], 1, [12]],
];

function benchClaim(): Claim {
  const item = LINES.map(([code, modifiers, units, pointers], i): ClaimItem => ({
    sequence: i + 1,
    productOrService: { coding: [{ system: /^\d/.test(code) ? CPT : HCPCS, code }] },
    modifier: modifiers.map((modifier) => ({ coding: [{ code: modifier }] })),
    quantity: { value: units },
    unitPrice: { value: 50, currency: "USD" },
    net: { value: 50 * units, currency: "USD" },
    servicedDate: "2026-05-12",
    locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: "11" }] },
    diagnosisSequence: pointers,
  }));
  return {
    resourceType: "Claim", status: "draft", use: "claim", created: "2026-05-12",
    type: { coding: [{ code: "professional" }] }, patient: { reference: "Patient/p1" },
    provider: { reference: "Organization/o1" }, priority: { coding: [{ code: "normal" }] },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c1" } }],
    diagnosis: DIAGNOSES.map((code, i) => ({ sequence: i + 1, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code }] } })),
    item,
  };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

export async function benchScrub(runs = 2000): Promise<ScrubBenchResult> {
  let started = performance.now();
  const index = await loadCodeIndex();
  const indexLoadMs = performance.now() - started;
  started = performance.now();
  const edits = await loadNcciEdits(async (name) => new Uint8Array(await readFile(resolve(NCCI_DIR, name))));
  const ncciLoadMs = performance.now() - started;
  const claim = benchClaim();
  const context = { index, edits, patient: { resourceType: "Patient" as const, gender: "female" as const, birthDate: "1950-03-03" } };
  for (let i = 0; i < 200; i++) scrubClaim(claim, context);
  const findings = scrubClaim(claim, context).issue;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    scrubClaim(claim, context);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    lines: LINES.length, runs, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), indexLoadMs, ncciLoadMs,
    ptpArtifactBytes: (await stat(resolve(NCCI_DIR, PTP_ARTIFACT_FILE))).size,
    mueArtifactBytes: (await stat(resolve(NCCI_DIR, MUE_ARTIFACT_FILE))).size,
    findings: findings.length,
    findingRules: findings.map((issue) => issue.details?.coding?.[0]?.code ?? "none"),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchScrub();
  console.log(`scrub ${result.lines}-line claim: p50 ${result.p50Ms.toFixed(3)} ms, p95 ${result.p95Ms.toFixed(3)} ms over ${result.runs} runs (${result.findings} findings: ${result.findingRules.join(", ")})`);
  console.log(`code index load ${result.indexLoadMs.toFixed(0)} ms; NCCI load ${result.ncciLoadMs.toFixed(0)} ms (PTP ${result.ptpArtifactBytes} B gz, MUE ${result.mueArtifactBytes} B gz)`);
}
