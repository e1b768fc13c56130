import type { ClaimStatus } from "./claim-status.ts";

/**
 * A queued claim, or one the payer has only partly processed (R4 outcome "partial"), can still
 * change by itself: polling goes on. Everything else stops it.
 */
export function isFinalStatus(status: ClaimStatus): boolean {
  return status.kind !== "queued" && status.kind !== "in-process";
}

export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
}

/** Delay before poll number `attempt` (0-based): doubling from initialMs, capped at maxMs. */
export function pollDelayMs(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? 2_000;
  const max = options.maxMs ?? 60_000;
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  return Math.min(max, initial * 2 ** exponent);
}
