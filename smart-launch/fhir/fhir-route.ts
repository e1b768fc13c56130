/**
 * /fhir/*: metadata and smart-configuration without a token; everything else after the bearer
 * token, the persona's CapabilityStatement and the SMART scopes have agreed, then the engine.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { OperationOutcome } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { FHIR_JSON, readBody, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { decideAccess, type AccessDecision } from "./access.ts";
import { decodeSegments } from "./bundle-access.ts";
import { runBundle } from "./bundle-run.ts";
import { staysInCompartment } from "./compartment.ts";
import { callEngine, sendEngineAnswer } from "./engine-call.ts";
import { authenticate, describeKind } from "./fhir-auth.ts";
import { forwardCreatedClaims } from "../payer/claim-intake.ts";
import { handleOperation } from "./operations.ts";
import { classifyRequest, isDeclared, type RequestKind } from "./request-kind.ts";
import { runSearch } from "./search-route.ts";
import { personaProblem } from "./persona-rules.ts";
import { pagingProblem } from "./search-params.ts";
import { invalidResource } from "./transaction-check.ts";
import { sendCapabilityStatement } from "./metadata-etag.ts";
import { isBudgetError, withBudget } from "./request-budget.ts";
import { afterTransaction, exclusive, serialized } from "./write-lock.ts";

type AllowedAccess = Extract<AccessDecision, { allowed: true }>;

const READS = new Set(["read", "vread", "search-type", "history-type", "history-instance"]);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Write checks: a valid resource of the path's type that stays in the patient's compartment. */
function writeProblem(kind: RequestKind, body: unknown, grant: TokenRecord, patientOnly: boolean): [number, OperationOutcome] | undefined {
  const invalid = invalidResource(body);
  if (invalid) return [400, invalid];
  const resource = body as { resourceType?: string; id?: string };
  const mismatch = resource.resourceType !== kind.type || (kind.interaction === "update" && kind.id !== undefined && resource.id !== kind.id);
  if (mismatch) return [400, { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", details: { text: "The resource type or id does not match the URL." } }] }];
  if (patientOnly && !staysInCompartment(body, grant.patient ?? "")) return [403, { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "forbidden", details: { text: "patient/ scopes only allow writing the launch patient's data." } }] }];
  return undefined;
}

async function dispatch(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, kind: RequestKind, grant: TokenRecord, body: unknown, access: AllowedAccess): Promise<void> {
  const method = req.method ?? "GET";
  if (kind.interaction === "search-type") return runSearch(ctx, res, kind.type ?? "", access.query, access.patient, grant);
  if (kind.interaction === "batch" || kind.interaction === "transaction") return runBundle(ctx, req, res, grant, body, ctx.limits.maxBundleEntries);
  if (kind.interaction === "operation") return handleOperation(ctx, res, kind, body);
  if (kind.interaction === "create" || kind.interaction === "update") {
    const problem = writeProblem(kind, body, grant, access.patient !== undefined);
    if (problem) return sendJson(res, problem[0], problem[1], {}, FHIR_JSON);
  }
  const search = access.query.toString();
  const relative = url.pathname.slice("/fhir/".length) + (search ? `?${search}` : "");
  const headers = { ...req.headers };
  delete headers["if-none-exist"];
  if (access.ifNoneExist) headers["if-none-exist"] = access.ifNoneExist;
  const createsByUpdate = kind.interaction === "update" && kind.id !== undefined && !(await ctx.engine.repo.readResource(kind.type ?? "", kind.id).then(() => true, () => false));
  const answer = await callEngine(ctx.engine, req, method, relative, body, headers);
  if (createsByUpdate && answer.status === 200) answer.status = 201;
  if (kind.interaction !== "read" && kind.interaction !== "vread") await forwardCreatedClaims(ctx, answer, body);
  sendEngineAnswer(res, ctx.fhirBase, answer);
}

export async function handleFhir(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const segments = decodeSegments(url.pathname.slice("/fhir".length));
  if (!segments) return sendOutcome(res, 400, "invalid", "The request path has a malformed percent-escape.");
  const method = req.method ?? "GET";
  if (method === "GET" && segments.join("/") === "metadata") return sendCapabilityStatement(req, res, ctx.persona.statement);
  if (method === "GET" && segments.join("/") === ".well-known/smart-configuration") return sendJson(res, 200, ctx.persona.smartConfiguration);
  const grant = authenticate(ctx, req, res);
  if (!grant) return;
  const text = await readBody(req);
  try {
    await withBudget(ctx.limits.requestTimeBudgetMs, () => handleAuthenticated(ctx, req, res, url, segments, grant, text), ctx.requestClock);
  } catch (error) {
    if (!isBudgetError(error) || res.headersSent) throw error;
    sendJson(res, 504, error.outcome, {}, FHIR_JSON);
  }
}

async function handleAuthenticated(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, segments: string[], grant: TokenRecord, text: string): Promise<void> {
  const method = req.method ?? "GET";
  const isForm = (req.headers["content-type"] ?? "").includes("x-www-form-urlencoded");
  const parsed = isForm ? { ok: true as const, value: undefined } : parseJson(text);
  if (!parsed.ok) return sendOutcome(res, 400, "structure", "The request body is not valid JSON.");
  const kind = classifyRequest(method, segments, parsed.value);
  if (!kind) return sendOutcome(res, 400, "not-supported", `${method} ${url.pathname} is not a FHIR interaction this server knows.`);
  if (!isDeclared(ctx.persona.statement, kind)) return sendOutcome(res, 405, "not-supported", `${describeKind(kind)} is not supported by this server (see ${ctx.fhirBase}/metadata).`);
  const ifNoneExist = req.headers["if-none-exist"];
  const refused = await personaProblem(ctx.persona.statement, ctx.engine, kind, typeof ifNoneExist === "string" ? ifNoneExist : undefined);
  if (refused) return sendOutcome(res, 405, "not-supported", refused);
  const query = kind.interaction === "search-type" && method === "POST" ? new URLSearchParams(text) : url.searchParams;
  const paging = kind.interaction === "search-type" ? pagingProblem(query) : undefined;
  if (paging) return sendOutcome(res, 400, "invalid", paging);
  const access = await decideAccess(ctx.engine, grant, { kind, query, body: parsed.value, ...(typeof ifNoneExist === "string" ? { ifNoneExist } : {}) });
  if (!access.allowed) return sendOutcome(res, access.status, "forbidden", access.text);
  const run = () => dispatch(ctx, req, res, url, kind, grant, parsed.value, access);
  if (kind.interaction === "transaction") return exclusive(ctx, run);
  if (!READS.has(kind.interaction)) return serialized(ctx, run);
  await afterTransaction(ctx);
  return run();
}
