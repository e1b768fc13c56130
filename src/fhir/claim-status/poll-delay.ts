import type { KnownClaimStatus } from "./load-claim-statuses.ts";

export const FIRST_POLL_MS = 1_000;
export const MAX_POLL_MS = 30_000;

/** Delay before poll number `attempt` (0-based): 1 s, 2 s, 4 s ... capped at 30 s. */
export function nextPollDelay(attempt: number): number {
  const exponent = Math.min(Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 0)), 15);
  return Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** exponent);
}

/** Polling stops once the payer has decided (or answered something unreadable); it goes on while submitted or queued. */
export function isFinalStatus(status: KnownClaimStatus): boolean {
  return status.kind !== "queued" && status.kind !== "submitted";
}
