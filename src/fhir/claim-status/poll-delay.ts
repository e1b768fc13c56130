import { isFinalStatus as isFinalClaimStatus, pollDelayMs } from "../../billing/status/claim-status-polling.ts";
import type { KnownClaimStatus } from "./load-claim-statuses.ts";

export const FIRST_POLL_MS = 1_000;
export const MAX_POLL_MS = 30_000;

/** Delay before poll number `attempt` (0-based): 1 s, 2 s, 4 s ... capped at 30 s. */
export function nextPollDelay(attempt: number): number {
  return pollDelayMs(Number.isFinite(attempt) ? attempt : 0, { initialMs: FIRST_POLL_MS, maxMs: MAX_POLL_MS });
}

/** Polling stops once the payer has decided (or answered something unreadable); it goes on while submitted or queued. */
export function isFinalStatus(status: KnownClaimStatus): boolean {
  return status.kind !== "submitted" && isFinalClaimStatus(status);
}
