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

function createdClaims(answer: EngineAnswer): Claim[] {
  const resource = answer.resource;
  if (resource?.resourceType === "Claim" && answer.status === 201) return [resource as Claim];
  if (resource?.resourceType !== "Bundle") return [];
  return ((resource as Bundle).entry ?? []).flatMap((entry) =>
    entry.response?.status?.startsWith("201") && entry.resource?.resourceType === "Claim" ? [entry.resource as Claim] : [],
  );
}

/** Hands every Claim the engine just created to the payer. */
export async function forwardCreatedClaims(ctx: SandboxContext, answer: EngineAnswer): Promise<void> {
  for (const claim of createdClaims(answer)) await ctx.payer.receive(claim);
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
