/**
 * `npm test`: every suite (typecheck, Vitest domain/ui/integration, Playwright e2e),
 * each run even when an earlier one fails, then the slowest tests and the check that none took
 * over 10 s without a reason (scripts/test-durations.ts), the time each stage and the whole took,
 * and one closing line `N passed, N failed`. Before the first suite and after the last it samples
 * for 2 s how many CPUs other programs keep busy (scripts/ambient-load.ts); the durations check
 * allows for that load.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { sampleBusyCpus } from "./ambient-load.ts";

interface Stage {
  name: string;
  command: string;
  /** Reads passed/failed from the stage's JSON report; without one, the stage counts as one check. */
  report?: string;
  count?: (json: unknown) => { passed: number; failed: number };
}

const vitestCount = (json: unknown) => {
  const r = json as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
};
const playwrightCount = (json: unknown) => {
  const s = (json as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected };
};

const stages: Stage[] = [
  { name: "typecheck", command: "npx tsc --noEmit -p ." },
  { name: "vitest", command: "npx vitest run", report: ".vitest-results.json", count: vitestCount },
  { name: "build", command: "npx vite build --logLevel warn" },
  { name: "playwright", command: "npx playwright test", report: ".playwright-results.json", count: playwrightCount },
  { name: "durations", command: "npx tsx scripts/test-durations.ts .vitest-results.json .playwright-results.json" },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();

let passed = 0;
let failed = 0;
const ambient: string[] = [];
/** Samples the CPUs other programs keep busy, says so, and keeps the figure for the durations check. */
async function sampleAmbient(when: string): Promise<void> {
  const busy = (await sampleBusyCpus()).toFixed(2);
  console.log(`Other programs kept ${busy} of ${cpus().length} CPUs busy ${when} the tests (sampled for 2 s).`);
  ambient.push(busy);
  process.env["AMBIENT_BUSY_CPUS"] = ambient.join(",");
}

await sampleAmbient("before");
for (const stage of stages) {
  if (stage.report) rmSync(stage.report, { force: true });
  if (stage.name === "durations") await sampleAmbient("after");
  console.log(`\n=== ${stage.name}: ${stage.command}`);
  const stageStarted = Date.now();
  const result = spawnSync(stage.command, { stdio: "inherit", shell: true });
  const ok = result.status === 0;
  if (stage.report && stage.count && existsSync(stage.report)) {
    const counts = stage.count(JSON.parse(readFileSync(stage.report, "utf8")));
    passed += counts.passed;
    failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1);
  } else if (ok) passed += 1;
  else failed += 1;
  console.log(`=== ${stage.name}: ${ok ? "ok" : `FAILED (exit ${result.status})`} in ${seconds(Date.now() - stageStarted)}`);
}
console.log(`\nnpm test took ${seconds(Date.now() - started)}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
