/**
 * In-process first calls after load: the first code search and the first diagnosis suggestion a
 * freshly loaded code index answers, reported apart from the steady-state latencies (which time
 * warm calls). Each run is a fresh Node process (no JIT warm-up, none of the index's deferred work
 * done) that loads the index from the committed artifacts, then times one first call and the same
 * call again:
 * - search: index.search(phrase, the search box's options);
 * - suggestion: suggestDiagnoses for a Condition whose text is the phrase (FY2026, five codes).
 * The phrases are the browser benchmark's first searches (FIRST_PHRASES), one per run.
 * Usage: npx tsx scripts/bench-first-calls.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { REPO_CODESETS_DIR } from "../src/coding/artifacts/read-artifacts-node.ts";
import { loadCodeIndex } from "../src/coding/search/load-code-index.ts";
import { caseCondition } from "../src/coding/suggest/evaluate-suggestions.ts";
import { suggestDiagnoses } from "../src/coding/suggest/suggest-diagnoses.ts";
import { SEARCH_BOX_OPTIONS } from "./bench-search-phrases.ts";

const root = resolve(import.meta.dirname, "..");
type Kind = "search" | "suggestion";

export interface Spread { median: number; min: number; max: number; n: number }
export interface FirstCall { load: Spread; first: Spread; second: Spread }
export interface FirstCallsBench { search: FirstCall; suggestion: FirstCall; phrases: string[]; loadAverage: number[] }
interface ChildRun { loadMs: number; firstMs: number; secondMs: number }

async function runChild(kind: Kind, phrase: string): Promise<ChildRun> {
  const t0 = performance.now();
  const index = await loadCodeIndex({ source: { kind: "directory", path: REPO_CODESETS_DIR } });
  const loaded = performance.now();
  const call = kind === "search"
    ? () => index.search(phrase, SEARCH_BOX_OPTIONS)
    : () => suggestDiagnoses(caseCondition({ text: phrase, accept: [] }), index, { dateOfService: SEARCH_BOX_OPTIONS.dateOfService ?? "2025-10-01", limit: 5 });
  const t1 = performance.now();
  call();
  const t2 = performance.now();
  call();
  const t3 = performance.now();
  return { loadMs: loaded - t0, firstMs: t2 - t1, secondMs: t3 - t2 };
}

const spreadOf = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? NaN, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, n: s.length };
};

const figuresOf = (runs: ChildRun[]): FirstCall => ({
  load: spreadOf(runs.map((r) => r.loadMs)),
  first: spreadOf(runs.map((r) => r.firstMs)),
  second: spreadOf(runs.map((r) => r.secondMs)),
});

/** One fresh process per phrase and kind, the kinds alternating so that both see the same machine load. */
export function benchFirstCalls(phrases: readonly string[], runs = phrases.length): FirstCallsBench {
  const done: Record<Kind, ChildRun[]> = { search: [], suggestion: [] };
  const used: string[] = [];
  for (let i = 0; i < runs; i++) {
    const phrase = phrases[i % phrases.length] ?? "";
    used.push(phrase);
    for (const kind of ["search", "suggestion"] as const) {
      const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-first-calls.ts", "--child", kind, phrase], { cwd: root, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`bench-first-calls ${kind}: ${child.stderr}`);
      done[kind].push(JSON.parse(child.stdout) as ChildRun);
    }
  }
  return { search: figuresOf(done.search), suggestion: figuresOf(done.suggestion), phrases: used, loadAverage: loadavg() };
}

export function formatSpread(s: Spread): string {
  return `${s.median.toFixed(1)} ms [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) {
  const kind: Kind = process.argv[childAt + 1] === "suggestion" ? "suggestion" : "search";
  console.log(JSON.stringify(await runChild(kind, process.argv[childAt + 2] ?? "")));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { FIRST_PHRASES } = await import("./bench-browser.ts");
  const r = benchFirstCalls(FIRST_PHRASES, Number(process.argv[2] ?? FIRST_PHRASES.length));
  console.log(`first calls after load, in-process: ${r.search.first.n} fresh Node processes each, median [min–max], load average after ${r.loadAverage.map((n) => n.toFixed(2)).join(" / ")}`);
  console.log(`  first search:      ${formatSpread(r.search.first)}   the same search again: ${formatSpread(r.search.second)}   (index load ${formatSpread(r.search.load)})`);
  console.log(`  first suggestion:  ${formatSpread(r.suggestion.first)}   the same suggestion again: ${formatSpread(r.suggestion.second)}   (index load ${formatSpread(r.suggestion.load)})`);
  console.log(`  phrases: ${r.phrases.map((p) => `"${p}"`).join(", ")}`);
}
