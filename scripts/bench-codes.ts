/**
 * Code-search benchmark: npx tsx scripts/bench-codes.ts (or call benchCodes() from scripts/bench.ts).
 * Prints load time, latency percentiles over >= 1,000 mixed queries, artifact sizes, heap, and a
 * naive substring scan over the same queries for comparison.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { cpus, loadavg } from "node:os";
import { loadCodeIndex, readCodeArtifacts } from "../src/coding/search/load-code-index.ts";
import { REPO_CODESETS_DIR } from "../src/coding/artifacts/read-artifacts-node.ts";
import { ICD10CM } from "../src/coding/systems.ts";
import { benchQueries } from "./bench-codes-queries.ts";

export interface CodeBenchResult {
  machine: string;
  queries: number;
  /** 1-minute load average when the run started (other processes compete for the 2 cores). */
  loadAverage: number;
  /** loadCodeIndex(): read, inflate, decode and build (the ICD-10-CM table is built while the other files inflate). */
  loadMs: { total: number; cpuTotal: number };
  /** Work deferred past loading, paid once: the first search (offer ranks for its context) and the first lookup (notes parsed, short titles decoded). */
  firstUseMs: { search: number; lookup: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The same queries timed by CPU time. */
  cpuLatencyMs: { p50: number; p95: number; p99: number; max: number };
  baselineMs: { p50: number; p95: number; p99: number; mean: number };
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
  const t3 = performance.now();
  index.search("diab typ 2 neph");
  const t4 = performance.now();
  index.lookup(ICD10CM, "E11.21");
  const t5 = performance.now();
  const artifacts = await readCodeArtifacts({ kind: "directory", path: REPO_CODESETS_DIR });
  const queries = benchQueries(artifacts);
  timeEach(queries.slice(0, 200), (q) => index.search(q));
  const times = timeEach(queries, (q) => index.search(q));
  const cpuTimes = cpuTimeEach(queries, (q) => index.search(q));
  const titles = artifacts.icd10cm.long.split("\n").map((t) => t.toLowerCase());
  const baseline = timeEach(queries, (q) => { const needle = q.toLowerCase(); return titles.filter((t) => t.includes(needle)).slice(0, 20); });
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sizes = artifactSizes(REPO_CODESETS_DIR);
  return {
    machine: `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`,
    queries: queries.length,
    loadAverage,
    loadMs: { total: t2 - t0, cpuTotal: (cpu.user + cpu.system) / 1000 },
    firstUseMs: { search: t4 - t3, lookup: t5 - t4 },
    latencyMs: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times[times.length - 1] ?? 0, mean: mean(times) },
    cpuLatencyMs: { p50: percentile(cpuTimes, 50), p95: percentile(cpuTimes, 95), p99: percentile(cpuTimes, 99), max: cpuTimes[cpuTimes.length - 1] ?? 0 },
    baselineMs: { p50: percentile(baseline, 50), p95: percentile(baseline, 95), p99: percentile(baseline, 99), mean: mean(baseline) },
    speedUp: { p50: percentile(baseline, 50) / Math.max(percentile(times, 50), 1e-6), mean: mean(baseline) / mean(times) },
    artifacts: sizes,
    icd10cmGzipBytes: sizes.filter((a) => ICD10CM_ARTIFACTS.has(a.file)).reduce((s, a) => s + a.gzipBytes, 0),
    heapUsedMb,
  };
}

export function printCodeBench(r: CodeBenchResult): void {
  const ms = (x: number): string => `${x.toFixed(3)} ms`;
  console.log(`code search benchmark: ${r.queries} queries on ${r.machine} (load average ${r.loadAverage.toFixed(1)})`);
  console.log(`load (read, inflate, decode, build): ${ms(r.loadMs.total)} (process CPU, gunzip threads included: ${ms(r.loadMs.cpuTotal)})`);
  console.log(`first use after load: first search ${ms(r.firstUseMs.search)}, first lookup ${ms(r.firstUseMs.lookup)} (notes parsed, short titles decoded)`);
  console.log(`index   p50 ${ms(r.latencyMs.p50)}  p95 ${ms(r.latencyMs.p95)}  p99 ${ms(r.latencyMs.p99)}  max ${ms(r.latencyMs.max)}  mean ${ms(r.latencyMs.mean)}`);
  console.log(`index   CPU time p50 ${ms(r.cpuLatencyMs.p50)}  p95 ${ms(r.cpuLatencyMs.p95)}  p99 ${ms(r.cpuLatencyMs.p99)}  max ${ms(r.cpuLatencyMs.max)}`);
  console.log(`naive   p50 ${ms(r.baselineMs.p50)}  p95 ${ms(r.baselineMs.p95)}  p99 ${ms(r.baselineMs.p99)}  mean ${ms(r.baselineMs.mean)}`);
  console.log(`speed-up: x${r.speedUp.p50.toFixed(1)} at p50, x${r.speedUp.mean.toFixed(1)} on the mean`);
  for (const a of r.artifacts) console.log(`artifact ${a.file.padEnd(24)} raw ${String(a.rawBytes).padStart(9)} B  gzip ${String(a.gzipBytes).padStart(8)} B`);
  console.log(`ICD-10-CM artifacts (with the search index) gzip total ${r.icd10cmGzipBytes} B; heap used after load ${r.heapUsedMb.toFixed(1)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  printCodeBench(await benchCodes());
}
