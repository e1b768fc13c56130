/**
 * Code-search benchmark, in-process: npx tsx scripts/bench-codes.ts (or call benchCodes() from
 * scripts/bench.ts). Prints load time, the first search and first lookup after load, latency
 * percentiles of warm searches with the search box's options over fixed sets of real clinical
 * phrasings as typed key by key (scripts/bench-search-phrases.ts), the same over queries built from
 * the index's own codes and titles (secondary), a naive substring scan for comparison, artifact
 * sizes and heap. First calls in fresh processes: scripts/bench-first-calls.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { cpus, loadavg } from "node:os";
import { loadCodeIndex, readCodeArtifacts } from "../src/coding/search/load-code-index.ts";
import { REPO_CODESETS_DIR } from "../src/coding/artifacts/read-artifacts-node.ts";
import { ICD10CM } from "../src/coding/systems.ts";
import { FIRST_PHRASES, TYPED_QUERIES } from "./bench-browser.ts";
import { benchQueries } from "./bench-codes-queries.ts";
import { HELD_OUT_FILE, SEARCH_BOX_OPTIONS, searchQuerySets } from "./bench-search-phrases.ts";

export interface Latency { n: number; p50: number; p95: number; p99: number; max: number; mean: number }

export interface CodeBenchResult {
  machine: string;
  /** 1-minute load average when the run started (other processes compete for the 2 cores). */
  loadAverage: number;
  /** loadCodeIndex(): read, inflate, decode and build (the ICD-10-CM table is built while the other files inflate). */
  loadMs: { total: number; cpuTotal: number };
  /** Work deferred past loading, paid once, in this process: the first search (FIRST_PHRASES[0], offer ranks for its context) and the first lookup (notes parsed, short titles decoded). */
  firstUseMs: { search: number; lookup: number };
  firstSearchPhrase: string;
  /** Warm searches with the search box's options, wall clock, per fixed query set (scripts/bench-search-phrases.ts). */
  latencyMs: {
    /** The browser benchmark's first phrases whole and every keystroke of its typed queries. */
    browser: Latency;
    /** Every keystroke of the held-out set's clinician phrasings. */
    heldOutTyped: Latency;
    /** The held-out phrasings whole. */
    heldOutWhole: Latency;
    /** Secondary: queries built from the index's own codes and titles, plus a hand list (scripts/bench-codes-queries.ts). */
    generated: Latency;
  };
  /** The held-out keystrokes timed by CPU time. */
  cpuLatencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Naive substring scan of the ICD-10-CM titles over the browser benchmark's queries. */
  baselineMs: { p50: number; p95: number; p99: number; mean: number };
  /** The scan over the index, on the browser benchmark's queries. */
  speedUp: { p50: number; mean: number };
  artifacts: { file: string; rawBytes: number; gzipBytes: number }[];
  /** ICD-10-CM table + notes + the search index (counted here although it also indexes HCPCS). */
  icd10cmGzipBytes: number;
  heapUsedMb: number;
}

const ICD10CM_ARTIFACTS: ReadonlySet<string> = new Set(["icd10cm.codeset.gz", "icd10cm-short.codeset.gz", "icd10cm-notes.codeset.gz", "search-index.codeset.gz"]);

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeEach(queries: readonly string[], run: (q: string) => unknown): number[] {
  const times = queries.map((q) => { const t = performance.now(); run(q); return performance.now() - t; });
  return times.sort((a, b) => a - b);
}

/** CPU time of this process per query (user + system, microsecond clock): not inflated when other processes take the cores. */
function cpuTimeEach(queries: readonly string[], run: (q: string) => unknown): number[] {
  const times = queries.map((q) => {
    const before = process.cpuUsage();
    run(q);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  });
  return times.sort((a, b) => a - b);
}

function artifactSizes(dir: string): CodeBenchResult["artifacts"] {
  return readdirSync(dir).filter((f) => f.endsWith(".codeset.gz")).sort().map((file) => {
    const gz = readFileSync(join(dir, file));
    return { file, rawBytes: gunzipSync(gz).length, gzipBytes: gz.length };
  });
}

function latencyOf(sorted: readonly number[]): Latency {
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0, mean };
}

export async function benchCodes(): Promise<CodeBenchResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadAverage = loadavg()[0] ?? 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = await loadCodeIndex({ source: { kind: "directory", path: REPO_CODESETS_DIR } });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  gc?.();
  const heapUsedMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const firstSearchPhrase = FIRST_PHRASES[0] ?? "high blood pressure";
  const t3 = performance.now();
  index.search(firstSearchPhrase, SEARCH_BOX_OPTIONS);
  const t4 = performance.now();
  index.lookup(ICD10CM, "E11.21");
  const t5 = performance.now();
  const search = (q: string) => index.search(q, SEARCH_BOX_OPTIONS);
  const sets = searchQuerySets(FIRST_PHRASES, TYPED_QUERIES);
  const artifacts = await readCodeArtifacts({ kind: "directory", path: REPO_CODESETS_DIR });
  const generated = benchQueries(artifacts);
  timeEach(generated.slice(0, 200), search); // warm-up on other text than the sets timed
  const browser = timeEach(sets.browser, search);
  const heldOutTyped = timeEach(sets.heldOutTyped, search);
  const heldOutWhole = timeEach(sets.heldOutWhole, search);
  const generatedTimes = timeEach(generated, search);
  const cpuTimes = cpuTimeEach(sets.heldOutTyped, search);
  const titles = artifacts.icd10cm.long.split("\n").map((t) => t.toLowerCase());
  const baseline = latencyOf(timeEach(sets.browser, (q) => { const needle = q.toLowerCase(); return titles.filter((t) => t.includes(needle)).slice(0, 20); }));
  const indexed = latencyOf(browser);
  const sizes = artifactSizes(REPO_CODESETS_DIR);
  return {
    machine: `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
    loadAverage,
    loadMs: { total: t2 - t0, cpuTotal: (cpu.user + cpu.system) / 1000 },
    firstUseMs: { search: t4 - t3, lookup: t5 - t4 },
    firstSearchPhrase,
    latencyMs: { browser: indexed, heldOutTyped: latencyOf(heldOutTyped), heldOutWhole: latencyOf(heldOutWhole), generated: latencyOf(generatedTimes) },
    cpuLatencyMs: { p50: percentile(cpuTimes, 50), p95: percentile(cpuTimes, 95), p99: percentile(cpuTimes, 99), max: cpuTimes[cpuTimes.length - 1] ?? 0 },
    baselineMs: { p50: baseline.p50, p95: baseline.p95, p99: baseline.p99, mean: baseline.mean },
    speedUp: { p50: baseline.p50 / Math.max(indexed.p50, 1e-6), mean: baseline.mean / Math.max(indexed.mean, 1e-6) },
    artifacts: sizes,
    icd10cmGzipBytes: sizes.filter((a) => ICD10CM_ARTIFACTS.has(a.file)).reduce((s, a) => s + a.gzipBytes, 0),
    heapUsedMb,
  };
}

/** What each latency row timed, for printing. */
export const LATENCY_SETS: readonly { key: keyof CodeBenchResult["latencyMs"]; label: string }[] = [
  { key: "browser", label: "the browser benchmark's phrasings: its first phrases whole and every keystroke of its typed queries" },
  { key: "heldOutTyped", label: `every keystroke of the held-out clinician phrasings of ${HELD_OUT_FILE}` },
  { key: "heldOutWhole", label: "the held-out clinician phrasings, whole" },
  { key: "generated", label: "secondary: queries built from the index's own codes and titles, plus a hand list (not how people type)" },
];

export function printCodeBench(r: CodeBenchResult): void {
  const ms = (x: number): string => `${x.toFixed(3)} ms`;
  console.log(`code search benchmark, in-process, on ${r.machine} (load average ${r.loadAverage.toFixed(1)}); options: the search box's (ICD-10-CM, CPT, HCPCS; FY2026; 12 hits)`);
  console.log(`load (read, inflate, decode, build): ${ms(r.loadMs.total)} (process CPU, gunzip threads included: ${ms(r.loadMs.cpuTotal)})`);
  console.log(`first use after load: first search ("${r.firstSearchPhrase}") ${ms(r.firstUseMs.search)}, first lookup ${ms(r.firstUseMs.lookup)} (notes parsed, short titles decoded)`);
  for (const { key, label } of LATENCY_SETS) {
    const l = r.latencyMs[key];
    console.log(`warm search, ${label}: n ${l.n}  p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  mean ${ms(l.mean)}`);
  }
  console.log(`held-out keystrokes by CPU time: p50 ${ms(r.cpuLatencyMs.p50)}  p95 ${ms(r.cpuLatencyMs.p95)}  p99 ${ms(r.cpuLatencyMs.p99)}  max ${ms(r.cpuLatencyMs.max)}`);
  console.log(`naive title scan, browser benchmark's queries: p50 ${ms(r.baselineMs.p50)}  p95 ${ms(r.baselineMs.p95)}  p99 ${ms(r.baselineMs.p99)}  mean ${ms(r.baselineMs.mean)}`);
  console.log(`speed-up over the scan: x${r.speedUp.p50.toFixed(1)} at p50, x${r.speedUp.mean.toFixed(1)} on the mean`);
  for (const a of r.artifacts) console.log(`artifact ${a.file.padEnd(24)} raw ${String(a.rawBytes).padStart(9)} B  gzip ${String(a.gzipBytes).padStart(8)} B`);
  console.log(`ICD-10-CM artifacts (with the search index) gzip total ${r.icd10cmGzipBytes} B; heap used after load ${r.heapUsedMb.toFixed(1)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  printCodeBench(await benchCodes());
}
