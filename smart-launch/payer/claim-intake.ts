/**
 * Where claims reach the sandbox payer: a created Claim (alone or inside a batch/transaction)
 * and POST Claim/$submit (a Claim, or Parameters with a "resource" Claim), which answers with
 * the queued ClaimResponse.
 */
import type { ServerResponse } from "node:http";
import { validateResource } from "@medplum/core";
import type { Bundle, Claim, OperationOutcome, Parameters, Resource } from "fhir/r4";
import type { EngineAnswer } from "../fhir/engine-call.ts";
import type { MedplumResource } from "../fhir/engine.ts";
import { FHIR_JSON, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";

/** Claims the engine just wrote that are active: created active, or a draft that became active. */
function activatedClaims(answer: EngineAnswer, sent: unknown): Claim[] {
  const resource = answer.resource;
  const isActive = (r: Resource | undefined): r is Claim => r?.resourceType === "Claim" && (r as Claim).status === "active";
  if (isActive(resource) && (answer.status === 201 || answer.status === 200)) return [resource];
  if (resource?.resourceType !== "Bundle") return [];
  const methods = ((sent as Bundle | undefined)?.entry ?? []).map((e) => e.request?.method);
  return ((resource as Bundle).entry ?? []).flatMap((entry, i) =>
    (methods[i] === "POST" || methods[i] === "PUT") && /^20[01]/.test(entry.response?.status ?? "") && isActive(entry.resource) ? [entry.resource] : [],
  );
}

const forwarded = new WeakMap<SandboxContext, Set<string>>();

/**
 * Hands the payer every Claim that became active, once per Claim: a draft saved for the next
 * person is not a claim sent to the payer, and a repeated answer (a retry) is not sent twice.
 */
export async function forwardCreatedClaims(ctx: SandboxContext, answer: EngineAnswer, sent?: unknown): Promise<void> {
  const seen = forwarded.get(ctx) ?? new Set<string>();
  forwarded.set(ctx, seen);
  for (const claim of activatedClaims(answer, sent)) {
    const key = claim.id ?? "";
    if (seen.has(key)) continue;
    seen.add(key);
    await ctx.payer.receive(claim);
  }
}

function claimOf(body: unknown): Claim | undefined {
  const resource = body as Resource | undefined;
  if (resource?.resourceType === "Claim") return resource as Claim;
  if (resource?.resourceType !== "Parameters") return undefined;
  const inner = (resource as Parameters).parameter?.find((p) => p.name === "resource")?.resource;
  return inner?.resourceType === "Claim" ? (inner as Claim) : undefined;
}

/** POST Claim/$submit: stores the Claim and answers 200 with the queued ClaimResponse. */
export async function submitClaim(ctx: SandboxContext, res: ServerResponse, body: unknown): Promise<void> {
  const claim = claimOf(body);
  if (!claim) return sendOutcome(res, 400, "invalid", "$submit takes a Claim, or Parameters with a Claim in parameter \"resource\".");
  try {
    const issues = validateResource(claim as MedplumResource).filter((i) => i.severity === "error" || i.severity === "fatal");
    if (issues.length) return sendJson(res, 400, { resourceType: "OperationOutcome", issue: issues } as OperationOutcome, {}, FHIR_JSON);
  } catch (error) {
    return sendJson(res, 400, (error as { outcome?: OperationOutcome }).outcome ?? { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", details: { text: String(error) } }] }, {}, FHIR_JSON);
  }
  const { id: _id, meta: _meta, ...fresh } = claim;
  const saved = (await ctx.engine.repo.createResource(fresh as MedplumResource)) as unknown as Claim;
  const queued = await ctx.payer.receive(saved);
  sendJson(res, 200, queued, { "content-location": `${ctx.fhirBase}/ClaimResponse/${queued.id ?? ""}` }, FHIR_JSON);
}
