/**
 * POST /fhir with a batch or transaction: the entry limit, one access decision per entry, the
 * whole-transaction checks, then the engine. A batch runs in chunks that yield to other requests,
 * so a long one does not hold up /metadata or anyone else's reads; once the request's time budget
 * (REQUEST_TIME_BUDGET_MS) is spent its remaining entries each answer 504. A transaction yields
 * too (request-budget.ts) and, past its budget, is rolled back whole and answers 504.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bundle, BundleEntry, OperationOutcome } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { forwardCreatedClaims } from "../payer/claim-intake.ts";
import { FHIR_JSON, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { authorizeBundle, isRefusal, refusedEntry, type EntryRefusal } from "./bundle-access.ts";
import { budgetOutcome, budgetSpent, isBudgetError } from "./request-budget.ts";
import { callEngine, sendEngineAnswer, type EngineAnswer } from "./engine-call.ts";
import { transactionProblem } from "./transaction-check.ts";

const CHUNK = 25;

/** True when the body is a Bundle with an entry array; the answer is written otherwise. */
function isRunnable(res: ServerResponse, body: unknown, maxEntries: number): body is Bundle {
  const bundle = body as Bundle | null | undefined;
  if (!bundle || typeof bundle !== "object" || bundle.resourceType !== "Bundle") return sendOutcome(res, 400, "invalid", "POST to the FHIR base takes a Bundle of type batch or transaction."), false;
  if (bundle.type !== "batch" && bundle.type !== "transaction") return sendOutcome(res, 400, "invalid", `A Bundle of type "${String(bundle.type)}" cannot be processed: send a batch or a transaction.`), false;
  if (!Array.isArray(bundle.entry) || bundle.entry.length === 0) return sendOutcome(res, 400, "invalid", "The Bundle has no entries."), false;
  if (bundle.entry.length > maxEntries) return sendOutcome(res, 413, "too-costly", `The Bundle has ${bundle.entry.length} entries; this server takes at most ${maxEntries} per Bundle.`), false;
  return true;
}

/** Entries still unanswered once the budget is spent each get the budget's outcome. */
function answerRemaining(answered: BundleEntry[], indexes: number[], budgetMs: number): void {
  const outcome = budgetOutcome(budgetMs, "Not run: ");
  for (const index of indexes) answered[index] = { response: { status: "504", outcome } };
}

async function runBatch(ctx: SandboxContext, req: IncomingMessage, entries: (BundleEntry | EntryRefusal)[]): Promise<Bundle> {
  const answered: BundleEntry[] = entries.map((e) => (isRefusal(e) ? refusedEntry(e) : {}));
  const allowed = entries.flatMap((e, index) => (isRefusal(e) ? [] : [{ e, index }]));
  for (let start = 0; start < allowed.length; start += CHUNK) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    if (budgetSpent()) {
      answerRemaining(answered, allowed.slice(start).map(({ index }) => index), ctx.limits.requestTimeBudgetMs);
      break;
    }
    const chunk = allowed.slice(start, start + CHUNK);
    const sent: Bundle = { resourceType: "Bundle", type: "batch", entry: chunk.map(({ e }) => e) };
    const answer = await callEngine(ctx.engine, req, "POST", "", sent);
    await forwardCreatedClaims(ctx, answer, sent);
    const results = (answer.resource as Bundle | undefined)?.entry ?? [];
    chunk.forEach(({ index }, i) => { answered[index] = results[i] ?? { response: { status: String(answer.status), outcome: answer.outcome } }; });
  }
  return { resourceType: "Bundle", type: "batch-response", entry: answered };
}

/** Thrown inside the journal to undo a transaction one of whose entries failed. */
class EntryFailed extends Error {
  constructor(readonly index: number, readonly status: number, readonly outcome: OperationOutcome | undefined) {
    super(`entry ${index + 1} failed`);
  }
}

function firstFailure(answer: EngineAnswer): EntryFailed | undefined {
  const entries = (answer.resource as Bundle | undefined)?.entry;
  if (!entries) return new EntryFailed(0, answer.status, answer.outcome);
  const index = entries.findIndex((e) => !/^2\d\d/.test(e.response?.status ?? ""));
  const failed = entries[index];
  return failed ? new EntryFailed(index, Number.parseInt(failed.response?.status ?? "500", 10), failed.response?.outcome as OperationOutcome | undefined) : undefined;
}

function failureOutcome(failure: EntryFailed): OperationOutcome {
  const issue = failure.outcome?.issue?.[0];
  const text = issue?.details?.text ?? issue?.diagnostics ?? issue?.code ?? `status ${failure.status}`;
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code: issue?.code ?? "processing", details: { text: `Transaction failed, nothing written: entry ${failure.index + 1}: ${text}` }, expression: [`Bundle.entry[${failure.index}]`] }] };
}

/**
 * A transaction runs whole or not at all: the checks before anything is written, then the engine
 * inside the repository's journal, which undoes every write when an entry fails or the time
 * budget runs out.
 */
async function runTransaction(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, bundle: Bundle): Promise<void> {
  const refused = await transactionProblem(ctx.engine, bundle);
  if (refused) return sendJson(res, refused.status, refused.outcome, {}, FHIR_JSON);
  try {
    const answer = await ctx.engine.repo.withTransaction(async () => {
      const result = await callEngine(ctx.engine, req, "POST", "", bundle);
      const failure = firstFailure(result);
      if (failure) throw failure;
      return result;
    });
    await forwardCreatedClaims(ctx, answer, bundle);
    sendEngineAnswer(res, ctx.fhirBase, answer);
  } catch (error) {
    const budget = isBudgetError(error) || (error instanceof EntryFailed && error.status === 504);
    if (budget) return sendJson(res, 504, budgetOutcome(ctx.limits.requestTimeBudgetMs, "Transaction rolled back, nothing written. "), {}, FHIR_JSON);
    if (!(error instanceof EntryFailed)) throw error;
    sendJson(res, error.status >= 400 && error.status < 600 ? error.status : 500, failureOutcome(error), {}, FHIR_JSON);
  }
}

export async function runBundle(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, grant: TokenRecord, body: unknown, maxEntries: number): Promise<void> {
  if (!isRunnable(res, body, maxEntries)) return;
  const transaction = body.type === "transaction";
  const decided = await authorizeBundle(ctx, grant, body, transaction);
  if (!decided.ok) return sendJson(res, decided.status, decided.outcome, {}, FHIR_JSON);
  if (!transaction) return sendJson(res, 200, await runBatch(ctx, req, decided.entries), {}, FHIR_JSON);
  return runTransaction(ctx, req, res, { ...body, entry: decided.entries.filter((e): e is BundleEntry => !isRefusal(e)) });
}
