/**
 * `npm run sandbox`: PORT (4000), SANDBOX_PROFILE (generic|epic|oracle), TOKEN_TTL_SECONDS (3600),
 * APP_LAUNCH_URL (http://localhost:5173/launch.html), PAYER_DELAY_MS (3000), QUIET=1 (no request log),
 * SANDBOX_REFERENCE_DATE (YYYY-MM-DD; default today: the seed's dates move so its newest encounter
 * is 3 days before it, and the sandbox clock starts there), REFRESH_TTL_SECONDS (86400), LAUNCH_TTL_SECONDS (300),
 * MAX_BODY_BYTES (4194304), MAX_BUNDLE_ENTRIES (1000), REQUEST_TIME_BUDGET_MS (30000). Prints the launcher URL; Ctrl-C stops it.
 */
import { isReferenceDate } from "./clock/sandbox-clock.ts";
import { isProfile } from "./fhir/personas.ts";
import { startSandbox } from "./server.ts";

const started = performance.now();
const profile = process.env["SANDBOX_PROFILE"] ?? "generic";
if (!isProfile(profile)) {
  console.error(`SANDBOX_PROFILE must be generic, epic, oracle or billing (got "${profile}")`);
  process.exit(2);
}
const referenceDate = process.env["SANDBOX_REFERENCE_DATE"] || undefined;
if (referenceDate !== undefined && !isReferenceDate(referenceDate)) {
  console.error(`SANDBOX_REFERENCE_DATE must be a date as YYYY-MM-DD (got "${referenceDate}")`);
  process.exit(2);
}
const budgetMs = Number(process.env["REQUEST_TIME_BUDGET_MS"] ?? 30_000);
if (!Number.isInteger(budgetMs) || budgetMs < 1) {
  console.error(`REQUEST_TIME_BUDGET_MS must be a whole number of milliseconds, 1 or more (got "${process.env["REQUEST_TIME_BUDGET_MS"] ?? ""}")`);
  process.exit(2);
}
const sandbox = await startSandbox({
  port: Number(process.env["PORT"] ?? 4000),
  profile,
  tokenTtlSeconds: Number(process.env["TOKEN_TTL_SECONDS"] ?? 3600),
  appLaunchUrl: process.env["APP_LAUNCH_URL"] ?? "http://localhost:5173/launch.html",
  payerDelayMs: Number(process.env["PAYER_DELAY_MS"] ?? 3000),
  ...(referenceDate ? { referenceDate } : {}),
  refreshTtlSeconds: Number(process.env["REFRESH_TTL_SECONDS"] ?? 86_400),
  launchTtlSeconds: Number(process.env["LAUNCH_TTL_SECONDS"] ?? 300),
  maxBodyBytes: Number(process.env["MAX_BODY_BYTES"] ?? 4 * 1024 * 1024),
  maxBundleEntries: Number(process.env["MAX_BUNDLE_ENTRIES"] ?? 1000),
  requestTimeBudgetMs: budgetMs,
  quiet: process.env["QUIET"] === "1",
  clockControl: process.env["SANDBOX_CLOCK_CONTROL"] === "1",
});
console.log(`Sandbox EHR (${profile}) ready in ${Math.round(performance.now() - started)} ms, reference date ${sandbox.clock.referenceDate}`);
console.log(`  launcher:  ${sandbox.url}/`);
console.log(`  FHIR base: ${sandbox.fhirBase}`);

const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
