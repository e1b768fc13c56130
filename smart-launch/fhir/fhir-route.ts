/**
 * /fhir/*: metadata and smart-configuration without a token; everything else after the bearer
 * token, the persona's CapabilityStatement and the SMART scopes have agreed, then the engine.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bundle, OperationOutcome } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { FHIR_JSON, readBody, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { isInCompartment, staysInCompartment } from "./compartment.ts";
import { callEngine, sendEngineAnswer } from "./engine-call.ts";
import { authenticate, bundleProblem, describeKind, permissionFor } from "./fhir-auth.ts";
import { forwardCreatedClaims } from "../payer/claim-intake.ts";
import { handleOperation } from "./operations.ts";
import { classifyRequest, isDeclared, type RequestKind } from "./request-kind.ts";
import { runSearch } from "./search-route.ts";
import { invalidResource, transactionProblem } from "./transaction-check.ts";
import { serialized } from "./write-lock.ts";

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

async function dispatch(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, kind: RequestKind, grant: TokenRecord, body: unknown, patientOnly: boolean): Promise<void> {
  const method = req.method ?? "GET";
  const relative = url.pathname.slice("/fhir/".length) + url.search;
  if (kind.interaction === "search-type") return runSearch(ctx, res, kind.type ?? "", method === "POST" ? new URLSearchParams(await readBody(req)) : url.searchParams, patientOnly ? grant.patient : undefined);
  if (kind.interaction === "operation") return handleOperation(ctx, res, kind, body);
  if (kind.interaction === "batch" || kind.interaction === "transaction") {
    const problem = bundleProblem(ctx, grant, body as Bundle);
    if (problem) return sendOutcome(res, problem.status, problem.status === 403 ? "forbidden" : "not-supported", problem.text);
    const refused = kind.interaction === "transaction" ? await transactionProblem(ctx.engine, body as Bundle) : undefined;
    if (refused) return sendJson(res, refused.status, refused.outcome, {}, FHIR_JSON);
  }
  if (kind.interaction === "create" || kind.interaction === "update") {
    const problem = writeProblem(kind, body, grant, patientOnly);
    if (problem) return sendJson(res, problem[0], problem[1], {}, FHIR_JSON);
  }
  if (patientOnly && kind.id && kind.type && !(await isInCompartment(ctx.engine, kind.type, kind.id, grant.patient ?? ""))) {
    return sendOutcome(res, 403, "forbidden", `${kind.type}/${kind.id} is outside the launch patient's compartment.`);
  }
  const createsByUpdate = kind.interaction === "update" && kind.id !== undefined && !(await ctx.engine.repo.readResource(kind.type ?? "", kind.id).then(() => true, () => false));
  const answer = await callEngine(ctx.engine, req, method, relative, body);
  if (createsByUpdate && answer.status === 200) answer.status = 201;
  if (kind.interaction !== "read" && kind.interaction !== "vread") await forwardCreatedClaims(ctx, answer, body);
  sendEngineAnswer(res, ctx.fhirBase, answer);
}

export async function handleFhir(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const segments = url.pathname.slice("/fhir".length).split("/").filter(Boolean).map(decodeURIComponent);
  const method = req.method ?? "GET";
  if (method === "GET" && segments.join("/") === "metadata") return sendJson(res, 200, ctx.persona.statement, {}, FHIR_JSON);
  if (method === "GET" && segments.join("/") === ".well-known/smart-configuration") return sendJson(res, 200, ctx.persona.smartConfiguration);
  const grant = authenticate(ctx, req, res);
  if (!grant) return;
  const isForm = (req.headers["content-type"] ?? "").includes("x-www-form-urlencoded");
  const parsed = isForm ? { ok: true as const, value: undefined } : parseJson(await readBody(req));
  if (!parsed.ok) return sendOutcome(res, 400, "structure", "The request body is not valid JSON.");
  const kind = classifyRequest(method, segments, parsed.value);
  if (!kind) return sendOutcome(res, 400, "not-supported", `${method} ${url.pathname} is not a FHIR interaction this server knows.`);
  if (!isDeclared(ctx.persona.statement, kind)) return sendOutcome(res, 405, "not-supported", `${describeKind(kind)} is not supported by this server (see ${ctx.fhirBase}/metadata).`);
  const permission = permissionFor(grant, kind);
  if (!permission.allowed) return sendOutcome(res, 403, "forbidden", permission.reason ?? "Forbidden.");
  const writes = !["read", "vread", "search-type", "history-type", "history-instance"].includes(kind.interaction);
  const run = () => dispatch(ctx, req, res, url, kind, grant, parsed.value, permission.patientOnly);
  await (writes ? serialized(ctx, run) : run());
}
