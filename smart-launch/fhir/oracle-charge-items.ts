/**
 * Oracle Health's ChargeItem operations, on the shapes of their documented examples
 * (test/fixtures/vendors/oracle-health/examples/chargeitem-*-request.json):
 * - $create: Parameters{chargeItem, transactionId} -> a new billable ChargeItem;
 * - $modify: Parameters{chargeItem with a "replacing" extension (ChargeItem ref + item-version), transactionId}
 *   -> a new ChargeItem; the replaced one becomes entered-in-error;
 * - ChargeItem/{id}/$credit: Parameters{versionId, subject, context, transactionId} -> an offsetting
 *   ChargeItem (negative quantity, partOf the original).
 * Each answers with an empty body as Oracle documents (chargeitem-operations-http.json): $modify
 * and $credit 201 with Location of the new ChargeItem, $create 200 with Location of the operation
 * itself (no id: a client finds its charge by reading the encounter's ChargeItems afterwards).
 */
import { parseSearchRequest } from "@medplum/core";
import type { ChargeItem, Extension, Parameters } from "fhir/r4";
import type { SandboxContext } from "../sandbox-context.ts";
import type { MedplumResource } from "./engine.ts";
import type { RequestKind } from "./request-kind.ts";

export type OperationResult = { status: number; location: string; versionId: string } | { status: number; code: string; error: string };

const REPLACING = "https://fhir-ehr.cerner.com/r4/StructureDefinition/replacing";
const TRANSACTION_SYSTEM = "urn:sandbox:oracle-transaction-id";

const fail = (status: number, error: string, code = "invalid"): OperationResult => ({ status, code, error });

function param(parameters: Parameters, name: string): NonNullable<Parameters["parameter"]>[number] | undefined {
  return parameters.parameter?.find((p) => p.name === name);
}

async function exists(ctx: SandboxContext, reference: string | undefined, type: string): Promise<boolean> {
  if (!reference?.startsWith(`${type}/`)) return false;
  return ctx.engine.repo.readReference({ reference }).then(() => true, () => false);
}

async function save(ctx: SandboxContext, item: ChargeItem, transactionId: string): Promise<OperationResult> {
  const existing = await ctx.engine.repo.search(parseSearchRequest(`ChargeItem?identifier=${encodeURIComponent(`${TRANSACTION_SYSTEM}|${transactionId}`)}`));
  const saved = (existing.entry?.[0]?.resource ?? (await ctx.engine.repo.createResource({ ...item, identifier: [...(item.identifier ?? []), { system: TRANSACTION_SYSTEM, value: transactionId }] } as MedplumResource))) as ChargeItem;
  return { status: 201, location: `${ctx.fhirBase}/ChargeItem/${saved.id ?? ""}`, versionId: saved.meta?.versionId ?? "" };
}

/** Common checks of a chargeItem parameter; the item or the problem. */
async function chargeItemParam(ctx: SandboxContext, parameters: Parameters): Promise<ChargeItem | OperationResult> {
  if (parameters?.resourceType !== "Parameters") return fail(400, "The body must be a Parameters resource.");
  const item = param(parameters, "chargeItem")?.resource as ChargeItem | undefined;
  if (item?.resourceType !== "ChargeItem") return fail(400, "Parameter chargeItem with a ChargeItem resource is required.");
  if (!param(parameters, "transactionId")?.valueUuid) return fail(400, "Parameter transactionId (valueUuid) is required.");
  if (item.status !== "unknown") return fail(400, "ChargeItem.status must be unknown.");
  if (!(await exists(ctx, item.subject?.reference, "Patient"))) return fail(400, "ChargeItem.subject must reference an existing Patient.");
  if (!(await exists(ctx, item.context?.reference, "Encounter"))) return fail(400, "ChargeItem.context must reference an existing Encounter.");
  if ((item.code?.coding ?? []).length !== 1) return fail(400, "ChargeItem.code must carry exactly one coding.");
  return item;
}

export async function chargeItemCreate(ctx: SandboxContext, _kind: RequestKind, body: unknown): Promise<OperationResult> {
  const parameters = body as Parameters;
  const item = await chargeItemParam(ctx, parameters);
  if ("status" in item && typeof item.status === "number") return item as OperationResult;
  const { id: _id, meta: _meta, ...rest } = item as ChargeItem;
  const saved = await save(ctx, { ...rest, status: "billable" }, param(parameters, "transactionId")?.valueUuid ?? "");
  return "error" in saved ? saved : { ...saved, status: 200, location: `${ctx.fhirBase}/ChargeItem/$create` };
}

export async function chargeItemModify(ctx: SandboxContext, _kind: RequestKind, body: unknown): Promise<OperationResult> {
  const parameters = body as Parameters;
  const item = await chargeItemParam(ctx, parameters);
  if ("status" in item && typeof item.status === "number") return item as OperationResult;
  const replacing = ((item as ChargeItem).extension ?? []).find((e: Extension) => e.url === REPLACING);
  const version = replacing?.extension?.find((e) => e.url === "item-version")?.valueId;
  const original = await ctx.engine.repo.readReference({ reference: replacing?.valueReference?.reference ?? "-" }).catch(() => undefined) as ChargeItem | undefined;
  if (!original || original.resourceType !== "ChargeItem") return fail(400, "The replacing extension must reference an existing ChargeItem.");
  if (!version) return fail(400, "The replacing extension needs an item-version.");
  if (version !== original.meta?.versionId) return fail(409, `item-version ${version} is not the current version of ChargeItem/${original.id ?? ""}.`, "conflict");
  await ctx.engine.repo.updateResource({ ...original, status: "entered-in-error" } as MedplumResource);
  const { id: _id, meta: _meta, ...rest } = item as ChargeItem;
  return save(ctx, { ...rest, status: "billable" }, param(parameters, "transactionId")?.valueUuid ?? "");
}

export async function chargeItemCredit(ctx: SandboxContext, kind: RequestKind, body: unknown): Promise<OperationResult> {
  const parameters = body as Parameters;
  if (parameters?.resourceType !== "Parameters") return fail(400, "The body must be a Parameters resource.");
  if (!kind.id) return fail(400, "$credit is an instance operation: POST ChargeItem/{id}/$credit.");
  const original = await ctx.engine.repo.readResource<ChargeItem & MedplumResource>("ChargeItem", kind.id).catch(() => undefined);
  if (!original) return fail(404, `ChargeItem/${kind.id} not found.`, "not-found");
  const transactionId = param(parameters, "transactionId")?.valueUuid;
  if (!transactionId) return fail(400, "Parameter transactionId (valueUuid) is required.");
  if (param(parameters, "versionId")?.valueId !== original.meta?.versionId) return fail(409, "versionId is not the current version of the ChargeItem.", "conflict");
  if (param(parameters, "subject")?.valueReference?.reference !== original.subject.reference) return fail(400, "subject does not match the ChargeItem.");
  if (param(parameters, "context")?.valueReference?.reference !== original.context?.reference) return fail(400, "context does not match the ChargeItem.");
  const { id: _id, meta: _meta, identifier: _identifier, ...rest } = original as ChargeItem;
  const quantity = { ...rest.quantity, value: -(rest.quantity?.value ?? 1) };
  return save(ctx, { ...rest, status: "billable", quantity, partOf: [{ reference: `ChargeItem/${kind.id}` }] }, transactionId);
}
