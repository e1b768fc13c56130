/**
 * Reads the Vitest and Playwright JSON reports `npm test` leaves behind, names the slowest tests,
 * and fails when a test took longer than the limit (10 s, SLOW_TEST_LIMIT_MS to change it) unless
 * test/slow-tests.json says why it may. `npx tsx scripts/test-durations.ts [vitest.json] [playwright.json]`.
 *
 * The limit is for a machine the tests have to themselves. When `npm test` found other programs
 * keeping CPUs busy (AMBIENT_BUSY_CPUS: its samples before and after the suites), the limit grows
 * by (cores + busy) / cores for the larger sample, at most threefold, and the output says so.
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { relative, resolve } from "node:path";
import { loadFactor } from "./ambient-load.ts";

export interface TestTime {
  file: string;
  name: string;
  ms: number;
}

export interface SlowTestAllowance {
  file: string;
  /** The test's full name, or absent for every test of the file. */
  test?: string;
  reason: string;
}

const root = resolve(import.meta.dirname, "..");

interface VitestReport {
  testResults: { name: string; assertionResults: { fullName: string; duration?: number | null }[] }[];
}

interface PlaywrightSuite {
  file?: string;
  title: string;
  specs?: { title: string; file: string; tests: { results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
}

export function vitestTimes(report: VitestReport): TestTime[] {
  return report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({ file: relative(root, file.name), name: test.fullName, ms: test.duration ?? 0 })),
  );
}

export function playwrightTimes(report: { suites: PlaywrightSuite[] }): TestTime[] {
  const walk = (suite: PlaywrightSuite, titles: string[]): TestTime[] => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.flatMap((test) => test.results.map((result) => ({ file: `test/e2e/${spec.file}`, name: [...titles, spec.title].join(" "), ms: result.duration }))),
    ),
    ...(suite.suites ?? []).flatMap((child) => walk(child, [...titles, child.title])),
  ];
  return report.suites.flatMap((suite) => walk(suite, []));
}

export function isAllowed(time: TestTime, allowances: SlowTestAllowance[]): boolean {
  return allowances.some((a) => a.file === time.file && (a.test === undefined || a.test === time.name) && a.reason.trim().length >= 10);
}

/** The slowest `count` tests and those over `limitMs` that no allowance explains. */
export function judgeDurations(times: TestTime[], allowances: SlowTestAllowance[], limitMs: number, count = 10): { slowest: TestTime[]; unexplained: TestTime[] } {
  const sorted = [...times].sort((a, b) => b.ms - a.ms);
  return { slowest: sorted.slice(0, count), unexplained: sorted.filter((t) => t.ms > limitMs && !isAllowed(t, allowances)) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The limit for this run: `baseMs` grown by the load other programs put on the machine (AMBIENT_BUSY_CPUS). */
export function limitForLoad(baseMs: number, ambient: string | undefined, cores: number): { limitMs: number; busy: number; factor: number } {
  const samples = (ambient ?? "").split(",").map(Number).filter((n) => Number.isFinite(n) && n >= 0);
  const busy = samples.length > 0 ? Math.max(...samples) : 0;
  const factor = loadFactor(busy, cores);
  return { limitMs: Math.round(baseMs * factor), busy, factor };
}

function main(): number {
  const [vitestPath = ".vitest-results.json", playwrightPath = ".playwright-results.json"] = process.argv.slice(2);
  const baseMs = Number(process.env["SLOW_TEST_LIMIT_MS"] ?? 10_000);
  const { limitMs, busy, factor } = limitForLoad(baseMs, process.env["AMBIENT_BUSY_CPUS"], cpus().length);
  if (factor > 1.05) console.log(`Other programs kept ${busy.toFixed(2)} of ${cpus().length} CPUs busy: the ${seconds(baseMs)} limit is ${seconds(limitMs)} for this run (x${factor.toFixed(2)}).`);
  const times: TestTime[] = [];
  if (existsSync(vitestPath)) times.push(...vitestTimes(JSON.parse(readFileSync(vitestPath, "utf8")) as VitestReport));
  if (existsSync(playwrightPath)) times.push(...playwrightTimes(JSON.parse(readFileSync(playwrightPath, "utf8")) as { suites: PlaywrightSuite[] }));
  if (times.length === 0) {
    console.log("No test report to read.");
    return 1;
  }
  const allowances = JSON.parse(readFileSync(resolve(root, "test/slow-tests.json"), "utf8")) as SlowTestAllowance[];
  const { slowest, unexplained } = judgeDurations(times, allowances, limitMs);
  const total = times.reduce((sum, t) => sum + t.ms, 0);
  console.log(`${times.length} tests took ${seconds(total)} in all; the 10 slowest:`);
  for (const t of slowest) console.log(`  ${seconds(t.ms).padStart(7)}  ${t.file} > ${t.name}${t.ms > limitMs ? (isAllowed(t, allowances) ? "  (allowed: test/slow-tests.json)" : "  (OVER THE LIMIT)") : ""}`);
  for (const t of unexplained) console.log(`Over ${seconds(limitMs)} without a reason in test/slow-tests.json: ${t.file} > ${t.name} (${seconds(t.ms)})`);
  return unexplained.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main());
