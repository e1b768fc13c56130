/**
 * CI check: the code a launch loads before the encounter shows stays within its budget. Builds
 * into a temporary folder, prints every chunk's size (raw and gzip), and fails when the launch
 * page's chunks (launch.html) or the app page's entry chunks (index.html: its script and the
 * chunks it imports statically) exceed their budgets. Lazy chunks (review, submit step, X12,
 * claim status, worklists) and the code-set worker are printed, not budgeted.
 * Usage: npx tsx scripts/bundle-size.ts [--no-build dir]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

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
if (given < 0) {
  const built = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) { console.log("bundle-size: vite build failed"); process.exit(1); }
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const raw = (path: string) => readFileSync(path).length;

/** The chunks a page loads before any dynamic import: its module script and what it imports statically. */
function entryChunks(html: string): string[] {
  const text = readFileSync(join(outDir, html), "utf8");
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(join(outDir, file), "utf8");
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{},\s$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  for (const m of text.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) if (m[1]) visit(m[1]);
  return [...found];
}

const chunks = readdirSync(join(outDir, "assets")).sort();
console.log("chunk                                         raw        gzip");
for (const c of chunks) console.log(`${c.padEnd(44)} ${String(raw(join(outDir, "assets", c))).padStart(9)}  ${String(gz(join(outDir, "assets", c))).padStart(9)}`);
let failed = 0;
for (const [page, html, budget] of [["launch page", "launch.html", BUDGETS.launchPage], ["app page", "index.html", BUDGETS.appPage]] as const) {
  const files = entryChunks(html);
  const total = files.reduce((n, f) => n + gz(join(outDir, f)), 0);
  const ok = total <= budget;
  if (!ok) failed++;
  console.log(`${ok ? "within" : "OVER  "} ${page} (${html}): ${total} B gzip of ${budget} B budget: ${files.map((f) => f.replace("assets/", "")).join(", ")}`);
}
if (given < 0) rmSync(outDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
