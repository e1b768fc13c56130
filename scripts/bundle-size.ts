/**
 * CI check: the code a launch loads before the encounter shows stays within its budget. Builds
 * into a temporary folder, prints every chunk's size (raw and gzip), and fails when the launch
 * page's chunks (launch.html) or the app page's entry chunks (index.html: its script and the
 * chunks it imports statically) exceed their budgets. Lazy chunks (review, submit step, X12,
 * claim status, worklists) and the code-set worker are printed, not budgeted; it also fails when
 * a module of those lazy chunks is in either page's entry chunks (scripts/bundle-checks.ts
 * LAZY_ONLY; it prints which module is in which chunk, read from the build's output), and when a
 * built script carries a polyfill the supported browsers do not need (POLYFILL_MARKERS: core-js,
 * regenerator-runtime, Vite's modulepreload polyfill, fetch/AbortController/Promise/Object.assign
 * shims), naming the file and the marker.
 * Usage: npx tsx scripts/bundle-size.ts [--no-build dir] (a dir this script built keeps the
 * chunks' module lists in .vite/bundle-modules.json; without them the lazy-module check fails).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rollup } from "vite";
import { lazyModulesIn, moduleName, polyfillMarkersIn, staticClosure, unmatchedLazyRules, type BundleModules } from "./bundle-checks.ts";

/**
 * gzip bytes, a little above what the pages load today (launch page 17.7 KB; app page 165 KB with
 * React, react-dom, react-query, the coding workspace, the Documentation region and the E/M helper
 * for every setting; the vaccine and drug tables are a chunk of their own), so that growth is a
 * decision.
 */
export const BUDGETS = { launchPage: 25_000, appPage: 170_000 };

const root = resolve(import.meta.dirname, "..");
const given = process.argv.indexOf("--no-build");
const outDir = given > 0 ? resolve(process.argv[given + 1] ?? "dist") : mkdtempSync(join(tmpdir(), "bundle-size-"));
const modulesFile = join(outDir, ".vite", "bundle-modules.json");
if (given < 0) {
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({ root, logLevel: "error", build: { outDir, emptyOutDir: true } });
  } catch (error) {
    console.log(`bundle-size: vite build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // The chunks' modules and static imports, as Rolldown wrote them.
  const bundle: BundleModules = {};
  for (const output of (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]) {
    for (const chunk of output.output ?? []) {
      if (chunk.type === "chunk") bundle[chunk.fileName] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules: chunk.moduleIds.map((id) => moduleName(id, root)) };
    }
  }
  mkdirSync(join(outDir, ".vite"), { recursive: true });
  writeFileSync(modulesFile, JSON.stringify(bundle));
}
const bundle: BundleModules | undefined = existsSync(modulesFile) ? JSON.parse(readFileSync(modulesFile, "utf8")) : undefined;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const raw = (path: string) => readFileSync(path).length;

/** The chunks a page loads before any dynamic import: its module script and what it imports statically. */
function entryChunks(html: string): string[] {
  const text = readFileSync(join(outDir, html), "utf8");
  const referenced = [...text.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  // The build's own import lists where this script built it; else the static imports read from the code.
  if (bundle) return staticClosure(bundle, referenced);
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(join(outDir, file), "utf8");
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{},\s$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  referenced.forEach(visit);
  return [...found];
}

const chunks = readdirSync(join(outDir, "assets")).sort();
console.log("chunk                                         raw        gzip");
for (const c of chunks) console.log(`${c.padEnd(44)} ${String(raw(join(outDir, "assets", c))).padStart(9)}  ${String(gz(join(outDir, "assets", c))).padStart(9)}`);
let failed = 0;
const pages = [["launch page", "launch.html", BUDGETS.launchPage], ["app page", "index.html", BUDGETS.appPage]] as const;
for (const [page, html, budget] of pages) {
  const files = entryChunks(html);
  const total = files.reduce((n, f) => n + gz(join(outDir, f)), 0);
  const ok = total <= budget;
  if (!ok) failed++;
  console.log(`${ok ? "within" : "OVER  "} ${page} (${html}): ${total} B gzip of ${budget} B budget: ${files.map((f) => f.replace("assets/", "")).join(", ")}`);
}

// The review, submit step, X12, claim status and worklists load after the chart shows: in no entry chunk.
if (!bundle) {
  failed++;
  console.log(`FAILED lazy modules: ${modulesFile} is missing (the chunks' module lists come from a build by this script)`);
} else {
  const stale = unmatchedLazyRules(bundle);
  if (stale.length) {
    failed++;
    console.log(`FAILED lazy modules: no module of the build matches ${stale.join(", ")} (scripts/bundle-checks.ts LAZY_ONLY names a file that moved)`);
  }
  for (const [page, html] of pages) {
    const found = lazyModulesIn(bundle, entryChunks(html));
    if (!found.length) {
      console.log(`lazy   ${page} (${html}): no X12, claim status, worklist, review or submit module in its entry chunks`);
      continue;
    }
    failed++;
    console.log(`FAILED ${page} (${html}): ${found.length} lazy-only modules in its entry chunks:`);
    for (const chunk of new Set(found.map((f) => f.chunk))) {
      console.log(`  ${chunk}:`);
      for (const f of found.filter((x) => x.chunk === chunk)) console.log(`    ${f.module} (${f.what})`);
    }
  }
}

// No polyfills: every script of the build (the pages' entry chunks first among them, lazy chunks and the worker too).
const entries = new Set(pages.flatMap(([, html]) => entryChunks(html)).filter((file) => file.endsWith(".js")));
let polyfilled = 0;
for (const c of chunks.filter((name) => name.endsWith(".js"))) {
  for (const found of polyfillMarkersIn(readFileSync(join(outDir, "assets", c), "utf8"))) {
    polyfilled++;
    console.log(`FAILED polyfill in assets/${c}${entries.has(`assets/${c}`) ? " (entry chunk)" : ""}: ${found.library}, marker ${String(found.marker)}`);
  }
}
if (polyfilled) failed++;
else console.log(`no polyfills: none of the polyfill markers in the ${chunks.filter((name) => name.endsWith(".js")).length} scripts (${entries.size} of them entry chunks)`);
if (given < 0) rmSync(outDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
