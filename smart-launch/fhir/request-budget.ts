/**
 * A time budget per FHIR request (REQUEST_TIME_BUDGET_MS) and cooperative yielding: every call
 * into the repository is a checkpoint that gives the event loop back to other requests after a
 * short slice of work and stops the request once its budget is spent. The budget travels with
 * the request's async work (AsyncLocalStorage), so the payer simulator's timers are never charged.
 * Time is read from the clock the request was started with (performance.now unless one is given).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { OperationOutcomeError, serverTimeout } from "@medplum/core";
import type { OperationOutcome } from "fhir/r4";

/** Work longer than this without a pause yields to other requests. */
const SLICE_MS = 8;

export interface Budget {
  budgetMs: number;
  /** The clock the budget is measured on, in milliseconds. */
  now: () => number;
  deadline: number;
  lastYield: number;
  /** Undo records of the running transaction, when one runs (see journal-repository.ts). */
  journal?: unknown[];
  /** Set once a checkpoint has stopped work (an engine may have caught the error per entry). */
  stopped?: boolean;
}

const storage = new AsyncLocalStorage<Budget>();

export function currentBudget(): Budget | undefined {
  return storage.getStore();
}

export function withBudget<T>(budgetMs: number, run: () => Promise<T>, clock: () => number = () => performance.now()): Promise<T> {
  const now = clock();
  return storage.run({ budgetMs, now: clock, deadline: now + budgetMs, lastYield: now }, run);
}

export function budgetText(budgetMs: number): string {
  return `Stopped: the request used up this server's time budget per request (REQUEST_TIME_BUDGET_MS = ${budgetMs} ms).`;
}

/** The outcome of a request stopped by its budget (HTTP 504, issue code timeout). */
export function budgetOutcome(budgetMs: number, prefix = ""): OperationOutcome {
  return serverTimeout(`${prefix}${budgetText(budgetMs)}`) as OperationOutcome;
}

export function isBudgetError(error: unknown): error is OperationOutcomeError {
  return error instanceof OperationOutcomeError && error.outcome.issue?.[0]?.code === "timeout";
}

/** True once the current request has spent its budget. */
export function budgetSpent(): boolean {
  const budget = storage.getStore();
  return budget !== undefined && budget.now() > budget.deadline;
}

/** Stops the request when its budget is spent; yields to the event loop after a slice of work. */
export async function checkpoint(): Promise<void> {
  const budget = storage.getStore();
  if (!budget) return;
  const now = budget.now();
  if (now > budget.deadline) {
    budget.stopped = true;
    throw new OperationOutcomeError(budgetOutcome(budget.budgetMs) as ConstructorParameters<typeof OperationOutcomeError>[0]);
  }
  if (now - budget.lastYield < SLICE_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  budget.lastYield = budget.now();
}
