/**
 * Bearer-token and scope checks for /fhir requests: 401 (with WWW-Authenticate) without a valid
 * token, 403 when the granted scopes do not cover the resource type and interaction.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bundle } from "fhir/r4";
import { decide } from "../auth/scopes.ts";
import type { TokenRecord } from "../auth/session-store.ts";
import { sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { classifyRequest, isDeclared, permissionLetter, type RequestKind } from "./request-kind.ts";

export function authenticate(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): TokenRecord | undefined {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const realm = `Bearer realm="${ctx.fhirBase}"`;
  if (!match?.[1]) {
    sendOutcome(res, 401, "login", "A bearer access token is required (SMART App Launch).", { "www-authenticate": realm });
    return undefined;
  }
  const result = ctx.store.checkAccessToken(match[1]);
  if (result === "unknown" || result === "expired") {
    const text = result === "expired" ? "The access token has expired." : "The access token is not valid.";
    sendOutcome(res, 401, result === "expired" ? "expired" : "login", text, { "www-authenticate": `${realm}, error="invalid_token", error_description="${text}"` });
    return undefined;
  }
  return result;
}

export interface Permission {
  allowed: boolean;
  patientOnly: boolean;
  reason?: string;
}

/** Scope decision for one classified request. */
export function permissionFor(grant: TokenRecord, kind: RequestKind): Permission {
  if (!kind.type) return { allowed: true, patientOnly: false };
  const letter = permissionLetter(kind);
  const decision = decide(grant.scopes, kind.type, letter);
  if (!decision.allowed) return { ...decision, reason: `The granted scopes do not allow "${letter}" on ${kind.type}.` };
  if (decision.patientOnly && !grant.patient) return { allowed: false, patientOnly: true, reason: "patient/ scopes without a patient in context." };
  return decision;
}

/** Checks every entry of a batch/transaction against the statement and the scopes; a problem text or undefined. */
export function bundleProblem(ctx: SandboxContext, grant: TokenRecord, bundle: Bundle): { status: number; text: string } | undefined {
  for (const entry of bundle.entry ?? []) {
    const url = entry.request?.url ?? "";
    const [path = ""] = url.split("?");
    const kind = classifyRequest(entry.request?.method ?? "GET", path.split("/").filter(Boolean), entry.resource);
    if (!kind) return { status: 400, text: `Bundle entry "${entry.request?.method} ${url}" is not a FHIR interaction.` };
    if (!isDeclared(ctx.persona.statement, kind)) return { status: 405, text: `Bundle entry "${entry.request?.method} ${url}": ${describeKind(kind)} is not supported by this server.` };
    const permission = permissionFor(grant, kind);
    if (!permission.allowed) return { status: 403, text: `Bundle entry "${entry.request?.method} ${url}": ${permission.reason ?? "forbidden"}` };
  }
  return undefined;
}

export function describeKind(kind: RequestKind): string {
  if (kind.operation) return `operation $${kind.operation}${kind.type ? ` on ${kind.type}` : ""}`;
  return kind.type ? `${kind.interaction} on ${kind.type}` : kind.interaction;
}
