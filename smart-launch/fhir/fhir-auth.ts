/**
 * Bearer-token and scope checks for /fhir requests: 401 (with WWW-Authenticate) without a valid
 * token, 403 when the granted scopes do not cover the resource type and interaction.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { decide } from "../auth/scopes.ts";
import type { TokenRecord } from "../auth/session-store.ts";
import { sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { permissionLetter, type RequestKind } from "./request-kind.ts";

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

export function describeKind(kind: RequestKind): string {
  if (kind.operation) return `operation $${kind.operation}${kind.type ? ` on ${kind.type}` : ""}`;
  return kind.type ? `${kind.interaction} on ${kind.type}` : kind.interaction;
}
