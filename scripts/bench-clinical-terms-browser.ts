/**
 * Browser benchmark of the clinical-terms table, as the code worker pays it: Vite bundles two
 * small scripts, one that makes the table from the artifact (what the app does) and one that
 * parses the text tables (what the app did at run time before the build step); Debian's Chromium
 * starts each in a new dedicated worker, in a new browser context per run, and times from
 * `new Worker()` to the table usable (worker start, script compile and the table) and, inside the
 * script, the table alone. No server and no port: the scripts run from blob URLs.
 * Usage: npx tsx scripts/bench-clinical-terms-browser.ts [runs]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { build, type Rollup } from "vite";

const root = resolve(import.meta.dirname, "..");
const suggest = resolve(root, "src/coding/suggest");

const ENTRIES = {
  artifact: `import { clinicalTermTable } from "${suggest}/clinical-term-table.ts";
const table = clinicalTermTable();
postMessage({ ms: performance.now() - globalThis.__start, terms: table.terms });`,
  text: `import { parseTermTable } from "${suggest}/clinical-terms.ts";
const files = import.meta.glob("/src/coding/suggest/index-terms/*.txt", { query: "?raw", import: "default", eager: true });
const tables = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split("/").pop().slice(0, -4), text]));
const table = parseTermTable(tables);
postMessage({ ms: performance.now() - globalThis.__start, terms: table.terms });`,
};
type Variant = keyof typeof ENTRIES;

async function bundle(dir: string, variant: Variant): Promise<string> {
  const entry = join(dir, `${variant}.js`);
  writeFileSync(entry, ENTRIES[variant]);
  const out = (await build({
    configFile: false, root, logLevel: "error",
    build: { write: false, minify: true, lib: { entry, formats: ["iife"], name: "bench" } },
  })) as Rollup.RollupOutput[];
  const chunk = out.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === "chunk");
  if (!chunk) throw new Error(`bench-clinical-terms-browser: no bundle for ${variant}`);
  return `globalThis.__start = performance.now();\n${chunk.code}`;
}

export interface BrowserSpread { median: number; min: number; max: number }
export interface ClinicalTermsBrowserBench {
  chromium: string;
  runs: number;
  bytes: Record<Variant, number>;
  /** From new Worker() to the table usable; and the table alone, inside the script. */
  total: Record<Variant, BrowserSpread>;
  inScript: Record<Variant, BrowserSpread>;
  loadAverage: number[];
}

const spread = (xs: number[]): BrowserSpread => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? NaN, min: s[0] ?? NaN, max: s.at(-1) ?? NaN };
};

export async function benchClinicalTermsBrowser(runs = 7): Promise<ClinicalTermsBrowserBench> {
  const dir = mkdtempSync(join(tmpdir(), "bench-terms-"));
  try {
    const code = { artifact: await bundle(dir, "artifact"), text: await bundle(dir, "text") };
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    const total: Record<Variant, number[]> = { artifact: [], text: [] };
    const inScript: Record<Variant, number[]> = { artifact: [], text: [] };
    try {
      for (let i = 0; i < runs; i++) {
        for (const variant of ["artifact", "text"] as const) {
          const context = await browser.newContext();
          const page = await context.newPage();
          const r = await page.evaluate(async (source) => {
            const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
            const start = performance.now();
            const worker = new Worker(url);
            const data = await new Promise<{ ms: number }>((done) => (worker.onmessage = (e: MessageEvent<{ ms: number }>) => done(e.data)));
            return { total: performance.now() - start, inScript: data.ms };
          }, code[variant]);
          total[variant].push(r.total);
          inScript[variant].push(r.inScript);
          await context.close();
        }
      }
      return {
        chromium: browser.version(), runs,
        bytes: { artifact: code.artifact.length, text: code.text.length },
        total: { artifact: spread(total.artifact), text: spread(total.text) },
        inScript: { artifact: spread(inScript.artifact), text: spread(inScript.text) },
        loadAverage: loadavg(),
      };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchClinicalTermsBrowser(Number(process.argv[2] ?? 7));
  const f = (s: BrowserSpread) => `${s.median.toFixed(0)} ms [${s.min.toFixed(0)}–${s.max.toFixed(0)}]`;
  console.log(`clinical terms in a Chromium ${r.chromium} worker, ${r.runs} runs each, median [min–max], load average after ${r.loadAverage.map((n) => n.toFixed(2)).join(" / ")}`);
  for (const v of ["artifact", "text"] as const) console.log(`  ${v.padEnd(8)} (${Math.round(r.bytes[v] / 1024)} KB script): new Worker() to table usable ${f(r.total[v])}; the table alone ${f(r.inScript[v])}`);
}
