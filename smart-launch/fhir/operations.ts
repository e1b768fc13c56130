/**
 * FHIR operations the personas declare. Claim/$submit (generic) goes to the payer simulator; Oracle Health's ChargeItem $create, $modify and $credit
 * are implemented; a declared operation this sandbox does not implement answers 501.
 */
import type { ServerResponse } from "node:http";
import { sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { chargeItemCreate, chargeItemCredit, chargeItemModify, type OperationResult } from "./oracle-charge-items.ts";
import type { RequestKind } from "./request-kind.ts";
import { submitClaim } from "../payer/claim-intake.ts";

type Handler = (ctx: SandboxContext, kind: RequestKind, parameters: unknown) => Promise<OperationResult>;

const HANDLERS: Record<string, Handler> = {
  "ChargeItem/create": chargeItemCreate,
  "ChargeItem/modify": chargeItemModify,
  "ChargeItem/credit": chargeItemCredit,
};

export async function handleOperation(ctx: SandboxContext, res: ServerResponse, kind: RequestKind, body: unknown): Promise<void> {
  if (kind.type === "Claim" && kind.operation === "submit" && !kind.id) return submitClaim(ctx, res, body);
  const handler = HANDLERS[`${kind.type ?? ""}/${kind.operation ?? ""}`];
  if (!handler) return sendOutcome(res, 501, "not-supported", `$${kind.operation ?? ""} is declared but not implemented by this sandbox.`);
  const result = await handler(ctx, kind, body);
  if ("error" in result) return sendOutcome(res, result.status, result.code, result.error);
  res.writeHead(result.status, { location: result.location, etag: `W/"${result.versionId}"`, "content-length": "0", "cache-control": "no-cache" });
  res.end();
}
