/**
 * POST /fhir with a batch or transaction: the entry limit, one access decision per entry, the
 * whole-transaction checks, then the engine. A batch runs in chunks that yield to other requests,
 * so a long one does not hold up /metadata or anyone else's reads.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bundle, BundleEntry } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { forwardCreatedClaims } from "../payer/claim-intake.ts";
import { FHIR_JSON, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { authorizeBundle, isRefusal, refusedEntry } from "./bundle-access.ts";
import { callEngine, sendEngineAnswer } from "./engine-call.ts";
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

async function runBatch(ctx: SandboxContext, req: IncomingMessage, entries: (BundleEntry | { status: number; text: string })[]): Promise<Bundle> {
  const answered: BundleEntry[] = entries.map((e) => (isRefusal(e) ? refusedEntry(e) : {}));
  const allowed = entries.flatMap((e, index) => (isRefusal(e) ? [] : [{ e, index }]));
  for (let start = 0; start < allowed.length; start += CHUNK) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = allowed.slice(start, start + CHUNK);
    const sent: Bundle = { resourceType: "Bundle", type: "batch", entry: chunk.map(({ e }) => e) };
    const answer = await callEngine(ctx.engine, req, "POST", "", sent);
    await forwardCreatedClaims(ctx, answer, sent);
    const results = (answer.resource as Bundle | undefined)?.entry ?? [];
    chunk.forEach(({ index }, i) => { answered[index] = results[i] ?? { response: { status: String(answer.status), outcome: answer.outcome } }; });
  }
  return { resourceType: "Bundle", type: "batch-response", entry: answered };
}

export async function runBundle(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, grant: TokenRecord, body: unknown, maxEntries: number): Promise<void> {
  if (!isRunnable(res, body, maxEntries)) return;
  const transaction = body.type === "transaction";
  const decided = await authorizeBundle(ctx, grant, body, transaction);
  if (!decided.ok) return sendJson(res, decided.status, decided.outcome, {}, FHIR_JSON);
  if (!transaction) return sendJson(res, 200, await runBatch(ctx, req, decided.entries), {}, FHIR_JSON);
  const rewritten: Bundle = { ...body, entry: decided.entries.filter((e): e is BundleEntry => !isRefusal(e)) };
  const refused = await transactionProblem(ctx.engine, rewritten);
  if (refused) return sendJson(res, refused.status, refused.outcome, {}, FHIR_JSON);
  const answer = await callEngine(ctx.engine, req, "POST", "", rewritten);
  await forwardCreatedClaims(ctx, answer, rewritten);
  sendEngineAnswer(res, ctx.fhirBase, answer);
}
