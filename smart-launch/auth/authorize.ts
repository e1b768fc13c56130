/**
 * GET /auth/authorize: the SMART authorization endpoint. A bad client_id or redirect_uri gets an
 * error page (never a redirect, per OAuth 2.0); every later problem goes back to the app as
 * error=...&state=... . A standalone launch asking for launch/patient gets a patient picker.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml, redirect, sendHtml } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { renderPatientPicker } from "./patient-picker.ts";
import { isKnownScope, parseResourceScope } from "./scopes.ts";
import { narrowToSupported } from "./supported-scopes.ts";
import type { LaunchContext } from "./session-store.ts";

export type AuthorizeParams = Record<string, string>;

function errorPage(res: ServerResponse, text: string): void {
  sendHtml(res, 400, `<!doctype html><html lang="en"><head><title>Authorization error</title></head><body><main><h1>Authorization error</h1><p role="alert">${escapeHtml(text)}</p></main></body></html>`);
}

function redirectWith(res: ServerResponse, redirectUri: string, values: Record<string, string | undefined>): void {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(values)) if (value !== undefined) target.searchParams.set(key, value);
  redirect(res, target.toString());
}

export function redirectError(res: ServerResponse, params: AuthorizeParams, error: string, description: string): void {
  redirectWith(res, params["redirect_uri"] ?? "", { error, error_description: description, state: params["state"] });
}

/** Checks client and redirect URI; writes the error page and returns false when they are bad. */
export function checkClient(ctx: SandboxContext, res: ServerResponse, params: AuthorizeParams): boolean {
  const client = ctx.clients.find((c) => c.client_id === params["client_id"]);
  if (!client) return errorPage(res, `Unknown client_id "${params["client_id"] ?? ""}".`), false;
  if (!client.redirect_uris.includes(params["redirect_uri"] ?? "")) {
    return errorPage(res, `redirect_uri "${params["redirect_uri"] ?? ""}" is not registered for client "${client.client_id}".`), false;
  }
  return true;
}

/** The first problem with the request, as [error, description], or undefined. */
export function requestProblem(ctx: SandboxContext, params: AuthorizeParams): [string, string] | undefined {
  if (params["response_type"] !== "code") return ["unsupported_response_type", "response_type must be code"];
  if (params["aud"] !== ctx.fhirBase) return ["invalid_request", `aud must be the FHIR base URL ${ctx.fhirBase}`];
  if (!params["code_challenge"]) return ["invalid_request", "PKCE is required: send code_challenge and code_challenge_method=S256"];
  if (params["code_challenge_method"] !== "S256") return ["invalid_request", "code_challenge_method must be S256"];
  const scopes = (params["scope"] ?? "").split(/\s+/).filter(Boolean);
  if (!scopes.some(isKnownScope)) return ["invalid_scope", "no scope this server understands was requested"];
  return undefined;
}

/** The scopes this server understands, narrowed to what the persona offers (supported-scopes.ts). */
function grantedScopes(ctx: SandboxContext, params: AuthorizeParams): string[] {
  return narrowToSupported((params["scope"] ?? "").split(/\s+/).filter(isKnownScope), ctx.persona.smartConfiguration["scopes_supported"]);
}

/** Issues the code and redirects back to the app. */
export function issueCode(ctx: SandboxContext, res: ServerResponse, params: AuthorizeParams, context: LaunchContext): void {
  const scopes = grantedScopes(ctx, params);
  const wantsPatient = scopes.some((s) => parseResourceScope(s)?.context === "patient");
  if (wantsPatient && !context.patient) return redirectError(res, params, "invalid_scope", "patient/ scopes need a patient context (launch or launch/patient)");
  const code = ctx.store.createCode({
    clientId: params["client_id"] ?? "", redirectUri: params["redirect_uri"] ?? "", codeChallenge: params["code_challenge"] ?? "",
    scopes, user: context.user ?? ctx.defaultUser, needPatientBanner: !context.embedded,
    ...(context.patient ? { patient: context.patient } : {}),
    ...(context.encounter ? { encounter: context.encounter } : {}),
    ...(params["nonce"] ? { nonce: params["nonce"] } : {}),
  });
  redirectWith(res, params["redirect_uri"] ?? "", { code, state: params["state"] });
}

export async function handleAuthorize(ctx: SandboxContext, _req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const params = Object.fromEntries(url.searchParams);
  if (!checkClient(ctx, res, params)) return;
  const problem = requestProblem(ctx, params);
  if (problem) return redirectError(res, params, ...problem);
  const launchId = params["launch"];
  if (launchId) {
    const context = ctx.store.takeLaunch(launchId);
    if (!context) return redirectError(res, params, "invalid_request", "unknown or expired launch");
    if (context.deny) return redirectError(res, params, "access_denied", "the user denied access to the app");
    return issueCode(ctx, res, params, context);
  }
  if (grantedScopes(ctx, params).includes("launch/patient")) return sendHtml(res, 200, await renderPatientPicker(ctx, params));
  return issueCode(ctx, res, params, {});
}
