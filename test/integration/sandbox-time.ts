import type { SandboxUrls } from "./global-setup.ts";

/** Seconds, of the short-lived and billing sandboxes (global-setup.ts). Expiry tests advance the sandbox clock past them. */
export const SHORT_LIFETIMES = { token: 60, launch: 120, refresh: 180, billingToken: 120 };

/**
 * Moves a sandbox's clock forward (sandboxes started with `clockControl`), so tokens, launch ids and
 * refresh tokens expire without the test waiting for them. Answers the sandbox's new "now".
 */
export async function advanceSandboxClock(sandbox: SandboxUrls, seconds: number): Promise<string> {
  const response = await fetch(`${sandbox.url}/_test/clock?advanceSeconds=${seconds}`, { method: "POST" });
  if (!response.ok) throw new Error(`${sandbox.url} did not move its clock (HTTP ${response.status}): start it with clockControl`);
  return ((await response.json()) as { now: string }).now;
}

/**
 * Asks `probe` again until `done` says its answer is the awaited event (then returns it), or fails
 * after `timeoutMs`. For what the sandbox does in its own time (the payer's answer), never a fixed sleep.
 */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Still not there after ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
