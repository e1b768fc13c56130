/**
 * POST /auth/token for public clients: authorization_code (single-use code, 60 s, PKCE S256
 * verifier, same redirect_uri and client_id) and refresh_token. Errors per RFC 6749 section 5.2.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { signIdToken } from "./id-token.ts";
import type { Grant } from "./session-store.ts";

class TokenError extends Error {
  constructor(readonly error: string, description: string, readonly status = 400) {
    super(description);
  }
}

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

function grantFromCode(ctx: SandboxContext, form: URLSearchParams): Grant {
  const clientId = form.get("client_id");
  if (!clientId) throw new TokenError("invalid_client", "client_id is required for public clients", 401);
  const record = ctx.store.takeCode(form.get("code") ?? "");
  if (!record) throw new TokenError("invalid_grant", "unknown, expired or already used authorization code");
  if (record.expiresAt <= ctx.store.now()) throw new TokenError("invalid_grant", "authorization code expired");
  if (record.clientId !== clientId) throw new TokenError("invalid_grant", "the code was issued to another client");
  if (record.redirectUri !== form.get("redirect_uri")) throw new TokenError("invalid_grant", "redirect_uri does not match the authorization request");
  const verifier = form.get("code_verifier");
  if (!verifier) throw new TokenError("invalid_request", "code_verifier is required (PKCE)");
  if (s256(verifier) !== record.codeChallenge) throw new TokenError("invalid_grant", "code_verifier does not match the code_challenge");
  const { redirectUri: _r, codeChallenge: _c, expiresAt: _e, ...grant } = record;
  return grant;
}

/**
 * A refresh token is used once: the answer carries its successor. It is bound to the client it was
 * issued to: a public client must say which it is (client_id, as RFC 6749 section 6 requires of a
 * client that is not authenticated otherwise), and another client's id is refused.
 */
function grantFromRefresh(ctx: SandboxContext, form: URLSearchParams): Grant {
  const clientId = form.get("client_id") ?? undefined;
  if (clientId === undefined) throw new TokenError("invalid_client", "client_id is required on a refresh by a public client", 401);
  if (!ctx.clients.some((c) => c.client_id === clientId)) throw new TokenError("invalid_client", `unknown client_id "${clientId}"`, 401);
  const grant = ctx.store.takeRefreshToken(form.get("refresh_token") ?? "", clientId);
  if (grant === "unknown") throw new TokenError("invalid_grant", "unknown or already used refresh_token");
  if (grant === "expired") throw new TokenError("invalid_grant", "the refresh_token has expired");
  if (grant === "other-client") throw new TokenError("invalid_grant", "the refresh token was issued to another client");
  return grant;
}

function tokenResponse(ctx: SandboxContext, grant: Grant, refreshToken: string | undefined): Record<string, unknown> {
  const fhirUser = `${ctx.fhirBase}/Practitioner/${grant.user}`;
  const now = Math.floor(ctx.store.now() / 1000);
  const body: Record<string, unknown> = {
    access_token: ctx.store.issueAccessToken(grant),
    token_type: "Bearer",
    expires_in: ctx.store.tokenTtlSeconds,
    scope: grant.scopes.join(" "),
    need_patient_banner: grant.needPatientBanner,
    ...(grant.patient ? { patient: grant.patient } : {}),
    ...(grant.encounter ? { encounter: grant.encounter } : {}),
  };
  if (grant.scopes.includes("fhirUser") || grant.scopes.includes("openid")) body["fhirUser"] = fhirUser;
  if (grant.scopes.includes("openid") && (grant.scopes.includes("fhirUser") || grant.scopes.includes("profile"))) {
    body["id_token"] = signIdToken({ iss: ctx.fhirBase, sub: grant.user, aud: grant.clientId, fhirUser, iat: now, exp: now + 3600, ...(grant.nonce ? { nonce: grant.nonce } : {}) }, ctx.idTokenSecret);
  }
  if (refreshToken) body["refresh_token"] = refreshToken;
  return body;
}

function exchange(ctx: SandboxContext, form: URLSearchParams): Record<string, unknown> {
  const grantType = form.get("grant_type");
  if (grantType === "authorization_code") {
    const grant = grantFromCode(ctx, form);
    const wantsRefresh = grant.scopes.includes("offline_access") || grant.scopes.includes("online_access");
    return tokenResponse(ctx, grant, wantsRefresh ? ctx.store.issueRefreshToken(grant) : undefined);
  }
  if (grantType === "refresh_token") {
    const grant = grantFromRefresh(ctx, form);
    return tokenResponse(ctx, grant, ctx.store.issueRefreshToken(grant));
  }
  throw new TokenError("unsupported_grant_type", `grant_type "${grantType ?? ""}" is not supported`);
}

export async function handleToken(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!(req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded")) {
    return sendJson(res, 400, { error: "invalid_request", error_description: "use application/x-www-form-urlencoded" }, NO_STORE);
  }
  try {
    sendJson(res, 200, exchange(ctx, new URLSearchParams(await readBody(req))), NO_STORE);
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    const headers = error.status === 401 ? { ...NO_STORE, "www-authenticate": 'Basic realm="sandbox"' } : NO_STORE;
    sendJson(res, error.status, { error: error.error, error_description: error.message }, headers);
  }
}
