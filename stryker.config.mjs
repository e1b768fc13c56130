// Mutation testing of src/billing and src/coding with Stryker's Vitest runner.
//   npm run test:mutation                               every file under src/billing and src/coding
//   MUTATE=src/billing/scrub npm run test:mutation      one folder, or files and folders separated by commas
// Each scope keeps its own incremental file and reports under reports/mutation/<scope>/, so a
// rerun only tests mutants whose code or covering tests changed (see docs/mutation-testing.md).
const scope = (process.env.MUTATE ?? "").trim();
const scopes = scope.split(",").map((part) => part.trim().replace(/\/+$/, "")).filter(Boolean);
const mutate = scopes.length
  ? scopes.map((part) => (part.endsWith(".ts") ? part : `${part}/**/*.ts`))
  : ["src/billing/**/*.ts", "src/coding/**/*.ts", "!src/**/*.d.ts"];
const slug = scopes.length ? scopes.map((part) => part.replace(/^src\//, "").replace(/[/.]+/g, "-")).join("+").slice(0, 120) : "all";
const out = `reports/mutation/${slug}`;

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: process.env.MUTATION_RELATED !== "0" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate,
  coverageAnalysis: "perTest",
  // Static mutants (code run only while a module loads, such as module-level tables) each need a
  // fresh load of every related test file: 30 s or more apiece here. They are reported as
  // "ignored" and left out of the score; their count per folder is in docs/mutation-testing.md.
  ignoreStatic: true,
  // Two cores shared with other work: one test runner.
  concurrency: 1,
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `${out}/mutation.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 80, low: 60, break: null },
  // A loaded machine makes normal runs slower; a mutant counts as a timeout only well past that.
  // A scrub mutant loads 15 to 18 test files (each with the code index) before any test runs: at
  // load 13 that alone passed 15 s, and 43 of the first 273 mutants were reported as timeouts.
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 20,
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "test-results", "playwright-report", "reports", ".cache", "test/e2e"],
};
