/**
 * In-process benchmark: the time to make the clinical-terms table usable, cold, as a new code
 * worker pays it once. Each run is a fresh Node process (no JIT warm-up carried over) that has its
 * modules and input bytes loaded before the clock starts, then times one of:
 * - artifact: JSON.parse of data/clinical-terms.json (the app's bundle holds it as an object of
 *   strings) and the table made from it, what the app does now (a word's entries are made on its
 *   first lookup; bench-clinical-terms-browser.ts times the bundle in a Chromium worker);
 * - artifact-all: the same, then every word's entries made (the most later lookups can add);
 * - text: parsing the index-terms/*.txt tables (parseTermTable), what the app did at run time
 *   before the tables were built into the artifact.
 * Usage: npx tsx scripts/bench-clinical-terms.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseTermTable } from "../src/coding/suggest/clinical-terms.ts";
import { clinicalTermTableOf } from "../src/coding/suggest/clinical-terms-artifact.ts";

const root = resolve(import.meta.dirname, "..");
const TABLES = resolve(root, "src/coding/suggest/index-terms");
const ARTIFACT = resolve(root, "src/coding/suggest/data/clinical-terms.json");

type Variant = "artifact" | "artifact-all" | "text";

/** One cold run in this process: returns ms and the table's term count. */
function runOnce(variant: Variant): { ms: number; terms: number } {
  if (variant !== "text") {
    const json = readFileSync(ARTIFACT, "utf8");
    const start = performance.now();
    const table = clinicalTermTableOf(JSON.parse(json));
    const loaded = performance.now() - start;
    if (variant === "artifact-all") for (const word of table.firstWords()) table.entriesOf(word);
    return { ms: variant === "artifact-all" ? performance.now() - start : loaded, terms: table.terms };
  }
  const names = readdirSync(TABLES).filter((f) => f.endsWith(".txt")).sort();
  const tables = Object.fromEntries(names.map((f) => [f.slice(0, -4), readFileSync(join(TABLES, f), "utf8")]));
  const start = performance.now();
  const table = parseTermTable(tables);
  return { ms: performance.now() - start, terms: table.terms };
}

export interface Spread { median: number; min: number; max: number; n: number }
export interface ClinicalTermsBench { artifact: Spread; artifactAll: Spread; text: Spread; terms: number; artifactBytes: number; loadAverage: number[] }

const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? NaN, min: s[0] ?? NaN, max: s.at(-1) ?? NaN, n: s.length };
};

/** `runs` fresh processes per variant, alternating so that both see the same machine load. */
export function benchClinicalTerms(runs = 7): ClinicalTermsBench {
  const times: Record<Variant, number[]> = { artifact: [], "artifact-all": [], text: [] };
  let terms = 0;
  for (let i = 0; i < runs; i++) {
    for (const variant of ["artifact", "artifact-all", "text"] as const) {
      const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-clinical-terms.ts", "--child", variant], { cwd: root, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`bench-clinical-terms ${variant}: ${child.stderr}`);
      const result = JSON.parse(child.stdout) as { ms: number; terms: number };
      times[variant].push(result.ms);
      terms = result.terms;
    }
  }
  return { artifact: spread(times.artifact), artifactAll: spread(times["artifact-all"]), text: spread(times.text), terms, artifactBytes: readFileSync(ARTIFACT).length, loadAverage: loadavg() };
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) {
  const variant = process.argv[childAt + 1];
  console.log(JSON.stringify(runOnce(variant === "text" || variant === "artifact-all" ? variant : "artifact")));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchClinicalTerms(Number(process.argv[2] ?? 7));
  const f = (s: Spread) => `${s.median.toFixed(1)} ms [${s.min.toFixed(1)}–${s.max.toFixed(1)}]`;
  console.log(`clinical terms (${r.terms} terms), cold, ${r.artifact.n} fresh processes each, median [min–max], load average after ${r.loadAverage.map((n) => n.toFixed(2)).join(" / ")}`);
  console.log(`  artifact (JSON.parse + table):  ${f(r.artifact)}`);
  console.log(`  ... and every word's entries:  ${f(r.artifactAll)}`);
  console.log(`  text tables parsed (before):    ${f(r.text)}`);
}
