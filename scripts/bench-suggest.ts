/**
 * Suggestion accuracy: top-1 and top-5 of suggestDiagnoses on the dev set (Synthea SNOMED
 * displays, tuned on), the tuning set (clinician phrasings, tuned on) and the held-out set
 * (clinician phrasings, never tuned on).
 * `benchSuggest()` is called by scripts/bench.ts; `tsx scripts/bench-suggest.ts` runs it alone
 * (add --misses to list the items with no accepted code in the first five; the misses of the
 * held-out batches kept clean, SEALED_BATCHES, are not listed).
 * Latency, in-process: the first call after the index is loaded (deferred work paid once: the
 * clinical-terms table, notes, JIT) is timed apart from the warm calls; fresh-process first calls
 * over several phrasings are in scripts/bench-first-calls.ts.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CodeIndex } from "../src/coding/code-index.ts";
import { loadCodeIndex } from "../src/coding/search/load-code-index.ts";
import { caseCondition, measureSuggestions, type SuggestionAccuracy, type SuggestionCase } from "../src/coding/suggest/evaluate-suggestions.ts";
import { suggestDiagnoses } from "../src/coding/suggest/suggest-diagnoses.ts";
import { FIRST_PHRASES } from "./bench-browser.ts";
import { percentile } from "./bench-codes.ts";

const fixtures = resolve(import.meta.dirname, "../test/fixtures/suggest");
const DATE = "2025-10-01";
/** Held-out batches whose misses nobody looks at (see the held-out set's "about"). */
const SEALED_BATCHES: ReadonlySet<number> = new Set([6, 9]);

export interface SuggestBenchResult {
  dev: SuggestionAccuracy;
  tuning: SuggestionAccuracy;
  heldOut: SuggestionAccuracy;
  /** The held-out set per batch (see its "about"). */
  heldOutBatches: Record<string, SuggestionAccuracy>;
  /** The first suggestDiagnoses call in this process after the index is loaded (FIRST_PHRASES[0] as the Condition's text), before any other suggestion; undefined when the index was passed in. */
  firstCall?: { text: string; ms: number };
  /** One suggestDiagnoses call per tuning item, timed after the accuracy run (warm). */
  latencyMs: { n: number; p50: number; p95: number; p99: number; max: number };
}

function suggestionLatency(codes: CodeIndex, items: readonly SuggestionCase[]): SuggestBenchResult["latencyMs"] {
  const times = items.map((item) => {
    const started = performance.now();
    suggestDiagnoses(caseCondition(item), codes, { dateOfService: DATE, limit: 5 });
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times[times.length - 1] ?? 0 };
}

function timeFirstCall(codes: CodeIndex): NonNullable<SuggestBenchResult["firstCall"]> {
  const text = FIRST_PHRASES[0] ?? "high blood pressure";
  const started = performance.now();
  suggestDiagnoses(caseCondition({ text, accept: [] }), codes, { dateOfService: DATE, limit: 5 });
  return { text, ms: performance.now() - started };
}

function readItems(file: string): SuggestionCase[] {
  return (JSON.parse(readFileSync(resolve(fixtures, file), "utf8")) as { items: SuggestionCase[] }).items;
}

export async function benchSuggest(index?: CodeIndex): Promise<SuggestBenchResult> {
  const codes = index ?? (await loadCodeIndex());
  const firstCall = index ? undefined : timeFirstCall(codes);
  const heldOut = readItems("held-out-set.json");
  const tuning = readItems("tuning-set.json");
  const batches = [...new Set(heldOut.map((item) => item.batch ?? 1))].sort((a, b) => a - b);
  return {
    dev: measureSuggestions(codes, readItems("dev-set.json"), DATE),
    tuning: measureSuggestions(codes, tuning, DATE),
    heldOut: measureSuggestions(codes, heldOut, DATE),
    heldOutBatches: Object.fromEntries(batches.map((b) => [`held-out ${b}`, measureSuggestions(codes, heldOut.filter((i) => (i.batch ?? 1) === b), DATE)])),
    ...(firstCall ? { firstCall } : {}),
    latencyMs: suggestionLatency(codes, tuning),
  };
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const result = await benchSuggest();
  const ms = performance.now() - started;
  console.log("set         n    top-1   top-5");
  const rows: [string, SuggestionAccuracy][] = [["dev", result.dev], ["tuning", result.tuning], ["held-out", result.heldOut], ...Object.entries(result.heldOutBatches)];
  for (const [name, r] of rows) console.log(`${name.padEnd(11)} ${String(r.n).padEnd(4)} ${percent(r.top1).padStart(6)}  ${percent(r.top5).padStart(6)}`);
  const l = result.latencyMs;
  if (result.firstCall) console.log(`first suggestion after load (first call, "${result.firstCall.text}"): ${result.firstCall.ms.toFixed(1)} ms`);
  console.log(`one suggestion (${l.n} tuning items, warm, the first call not counted): p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(0)} ms`);
  console.log(`(${Math.round(ms)} ms including loading the code index)`);
  if (process.argv.includes("--misses")) {
    const open = Object.entries(result.heldOutBatches).filter(([name]) => !SEALED_BATCHES.has(Number(name.replace("held-out ", ""))));
    for (const [name, r] of [["dev", result.dev], ["tuning", result.tuning], ...open] as const) {
      for (const m of r.misses) console.log(`${name} miss: "${m.text}" want ${m.accept.join("/")} got ${m.got.join(", ")}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
