import { defineConfig } from "@playwright/test";
import { PAYER_HOLD_SECONDS } from "./test/e2e/payer-hold.ts";
import { APP, PORTS, SHORT_TOKEN_SECONDS } from "./test/e2e/sandboxes.ts";
import { REFERENCE_DATE } from "./test/reference-date.ts";

/**
 * Browser tests in Debian's Chromium (never a downloaded browser) against the built
 * app (vite preview) and real sandbox EHRs: generic, epic persona, and a generic one whose
 * access tokens live SHORT_TOKEN_SECONDS and whose clock the test moves past that (to prove silent
 * refresh without waiting); the generic one's payer holds each answer until the test releases it
 * (test/e2e/payer-hold.ts). Every sandbox runs at the tests'
 * reference date (test/reference-date.ts); the browser's clock starts there too (test/e2e/ehr-launch.ts).
 * The ports are chosen free when this file is first evaluated (test/e2e/sandboxes.ts, E2E_PORTS), so
 * two runs on one machine do not collide.
 */
const sandbox = (port: number, env: Record<string, string>) => ({
  command: "npx tsx smart-launch/main.ts",
  url: `http://localhost:${port}/fhir/.well-known/smart-configuration`,
  env: { PORT: String(port), APP_LAUNCH_URL: `${APP}/launch.html`, QUIET: "1", SANDBOX_REFERENCE_DATE: REFERENCE_DATE, ...env },
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: "test/e2e",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: ".playwright-results.json" }]],
  use: {
    baseURL: APP,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    { command: `npx vite preview --port ${PORTS.app} --strictPort`, url: `${APP}/index.html`, reuseExistingServer: false, timeout: 60_000 },
    sandbox(PORTS.generic, { SANDBOX_PROFILE: "generic", PAYER_DELAY_MS: String(PAYER_HOLD_SECONDS * 1000), SANDBOX_CLOCK_CONTROL: "1" }),
    sandbox(PORTS.epic, { SANDBOX_PROFILE: "epic" }),
    sandbox(PORTS.shortTokens, { SANDBOX_PROFILE: "generic", TOKEN_TTL_SECONDS: String(SHORT_TOKEN_SECONDS), SANDBOX_CLOCK_CONTROL: "1" }),
    sandbox(PORTS.oracle, { SANDBOX_PROFILE: "oracle" }),
    sandbox(PORTS.billing, { SANDBOX_PROFILE: "billing", PAYER_DELAY_MS: "3000" }),
  ],
});
