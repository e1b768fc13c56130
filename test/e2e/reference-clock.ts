import type { Page } from "@playwright/test";
import { REFERENCE_INSTANT } from "../reference-date.ts";

const installed = new WeakSet<Page>();

/**
 * Starts the browser's clock (every page and frame of the test's context) at the reference date
 * the sandboxes run at, and lets it run at real speed, so "today" in the app (claim dates, ages,
 * the worklist) matches the sandbox whatever day the tests run, while token lifetimes and polling
 * timers still pass. Call before the first navigation; a second call on the same page does nothing.
 */
export async function useReferenceClock(page: Page): Promise<void> {
  if (installed.has(page)) return;
  installed.add(page);
  await page.clock.install({ time: REFERENCE_INSTANT });
}
