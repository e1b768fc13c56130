/**
 * Each entry of a batch or transaction goes through the same decision as a plain request
 * (statement, scopes, compartment). Allowed entries come back rewritten (searches and conditional
 * matches narrowed to the compartment); in a transaction the first refusal refuses the whole
 * Bundle, in a batch a refused entry gets its own OperationOutcome.
 */
import type { Bundle, BundleEntry, OperationOutcome } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { operationOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { decideAccess } from "./access.ts";
import { restrictToPatient } from "./compartment.ts";
import { describeKind } from "./fhir-auth.ts";
import { classifyRequest, isDeclared } from "./request-kind.ts";
import { personaProblem } from "./persona-rules.ts";
import { pagingProblem, searchParamProblem } from "./search-params.ts";
import { budgetSpent, budgetText, isBudgetError } from "./request-budget.ts";

export interface EntryRefusal { status: number; text: string }

/** The path below the FHIR base as decoded segments, or undefined for a bad percent-escape. */
export function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

async function authorizeEntry(ctx: SandboxContext, grant: TokenRecord, entry: BundleEntry): Promise<BundleEntry | EntryRefusal> {
  const method = entry.request?.method ?? "";
  const url = entry.request?.url ?? "";
  const at = url.indexOf("?");
  const segments = decodeSegments(at < 0 ? url : url.slice(0, at));
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  const kind = segments && method && url ? classifyRequest(method, segments, entry.resource) : undefined;
  if (!kind || !kind.type) return { status: 400, text: `"${method} ${url}" is not a FHIR interaction this server takes in a Bundle.` };
  if (!isDeclared(ctx.persona.statement, kind)) return { status: 405, text: `${describeKind(kind)} is not supported by this server.` };
  const ifNoneExist = entry.request?.ifNoneExist;
  const refused = await personaProblem(ctx.persona.statement, ctx.engine, kind, ifNoneExist);
  if (refused) return { status: 405, text: refused };
  const paging = kind.interaction === "search-type" ? pagingProblem(query) : undefined;
  if (paging) return { status: 400, text: paging };
  const declared = kind.interaction === "search-type" ? ctx.persona.statement.rest?.[0]?.resource?.find((r) => r.type === kind.type) : undefined;
  const unknown = declared ? searchParamProblem(declared, query) : undefined;
  if (unknown) return unknown;
  const decision = await decideAccess(ctx.engine, grant, { kind, query, body: entry.resource, ...(ifNoneExist ? { ifNoneExist } : {}) });
  if (!decision.allowed) return { status: decision.status, text: decision.text };
  const narrowed = kind.interaction === "search-type" && decision.patient ? restrictToPatient(kind.type, decision.query, decision.patient) : decision.query;
  const search = narrowed.toString();
  const path = at < 0 ? url : url.slice(0, at);
  const request = { ...entry.request, method: entry.request?.method ?? "GET", url: search ? `${path}?${search}` : path, ...(decision.ifNoneExist ? { ifNoneExist: decision.ifNoneExist } : {}) };
  return { ...entry, request };
}

export function isRefusal(value: BundleEntry | EntryRefusal): value is EntryRefusal {
  return "status" in value && "text" in value;
}

function refusalCode(status: number): string {
  return status === 403 ? "forbidden" : status === 405 || status === 501 ? "not-supported" : status === 504 ? "timeout" : "invalid";
}

export function refusedEntry(refusal: EntryRefusal): BundleEntry {
  return { response: { status: String(refusal.status), outcome: operationOutcome(refusalCode(refusal.status), refusal.text) } };
}

export type BundleDecision =
  | { ok: true; entries: (BundleEntry | EntryRefusal)[] }
  | { ok: false; status: number; outcome: OperationOutcome };

/** The entry's decision; a spent time budget refuses it (504) instead of deciding it. */
async function decideEntry(ctx: SandboxContext, grant: TokenRecord, entry: BundleEntry): Promise<BundleEntry | EntryRefusal> {
  const spent = { status: 504, text: budgetText(ctx.limits.requestTimeBudgetMs) };
  if (budgetSpent()) return spent;
  return authorizeEntry(ctx, grant, entry).catch((error: unknown) => {
    if (isBudgetError(error)) return spent;
    throw error;
  });
}

/** Decides every entry (yielding to other requests between chunks). */
export async function authorizeBundle(ctx: SandboxContext, grant: TokenRecord, bundle: Bundle, transaction: boolean): Promise<BundleDecision> {
  const entries: (BundleEntry | EntryRefusal)[] = [];
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    const decided = await decideEntry(ctx, grant, entry);
    if (transaction && isRefusal(decided)) {
      const outcome = operationOutcome(refusalCode(decided.status), `Transaction refused, nothing written: entry ${index + 1}: ${decided.text}`);
      return { ok: false, status: decided.status, outcome: { ...outcome, issue: outcome.issue.map((i) => ({ ...i, expression: [`Bundle.entry[${index}]`] })) } };
    }
    entries.push(decided);
  }
  return { ok: true, entries };
}
