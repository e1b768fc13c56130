import type { Page } from "@playwright/test";
import { MAX_POLL_MS } from "../../src/fhir/claim-status/poll-delay.ts";

/**
 * The generic sandbox's payer holds each claim's answer this long on the sandbox clock
 * (PAYER_DELAY_MS, SANDBOX_CLOCK_CONTROL in playwright.config.ts): longer than any test, so a
 * claim stays queued for as long as a test looks at it, and the answer comes when the test
 * releases it, never on a timer racing the test.
 */
export const PAYER_HOLD_SECONDS = 600;

/**
 * Moves the sandbox clock past the hold (the sandbox writes every answer now due before it
 * replies), then the browser's clock to the app's next status poll (at most MAX_POLL_MS away).
 */
export async function releasePayerAnswers(page: Page, sandbox: string): Promise<void> {
  const moved = await page.request.post(`${sandbox}/_test/clock?advanceSeconds=${PAYER_HOLD_SECONDS}`);
  if (!moved.ok()) throw new Error(`${sandbox} did not move its clock (HTTP ${moved.status()}): start it with SANDBOX_CLOCK_CONTROL=1`);
  await page.clock.fastForward(MAX_POLL_MS);
}
