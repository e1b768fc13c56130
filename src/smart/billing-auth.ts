/**
 * SMART standalone launch (authorization code + PKCE S256, public client) to the practice's own
 * billing FHIR server, separate from the EHR login: fhirclient keeps one session per tab and it
 * belongs to the EHR. The EHR's token never goes to this server and this server's token never
 * goes to the EHR. The token is kept in the tab's sessionStorage (as fhirclient keeps the EHR's),
 * so a reload keeps the connection and closing the tab ends it.
 */

export interface BillingServer {
  fhirBase: string;
  clientId: string;
}

export interface BillingToken {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** How long the token was issued for, in milliseconds. */
  lifetimeMs: number;
  scope: string;
}

export interface PendingAuthorization {
  url: string;
  state: string;
  verifier: string;
  tokenEndpoint: string;
  redirectUri: string;
}

export const BILLING_SCOPES = [
  "openid", "fhirUser", "offline_access",
  "user/Claim.crus", "user/ChargeItem.crus", "user/ClaimResponse.crs", "user/Provenance.crs", "user/Task.crus", "user/PaymentReconciliation.crs",
].join(" ");

const KEY = "billing-auth:v1:";
const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const randomText = (size: number) => base64url(crypto.getRandomValues(new Uint8Array(size)));

async function challengeOf(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
}

async function endpoints(fhirBase: string, fetchFn: typeof fetch): Promise<{ authorize: string; token: string }> {
  const response = await fetchFn(`${fhirBase}/.well-known/smart-configuration`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${fhirBase} has no SMART configuration (HTTP ${response.status}).`);
  const config = (await response.json()) as { authorization_endpoint?: string; token_endpoint?: string; code_challenge_methods_supported?: string[] };
  if (!config.authorization_endpoint || !config.token_endpoint) throw new Error(`${fhirBase}'s SMART configuration names no authorization or token endpoint.`);
  if (!config.code_challenge_methods_supported?.includes("S256")) throw new Error(`${fhirBase} does not offer PKCE S256: the app will not send a login there without it.`);
  return { authorize: config.authorization_endpoint, token: config.token_endpoint };
}

/** The authorization URL to open, and what completing it needs (kept in memory by the caller). */
export async function startBillingAuthorization(server: BillingServer, redirectUri: string, fetchFn: typeof fetch = fetch): Promise<PendingAuthorization> {
  const found = await endpoints(server.fhirBase, fetchFn);
  const verifier = randomText(48);
  const state = randomText(24);
  const url = new URL(found.authorize);
  const params = {
    response_type: "code", client_id: server.clientId, redirect_uri: redirectUri, scope: BILLING_SCOPES, state, aud: server.fhirBase,
    code_challenge: await challengeOf(verifier), code_challenge_method: "S256",
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { url: url.toString(), state, verifier, tokenEndpoint: found.token, redirectUri };
}

async function tokenRequest(endpoint: string, form: Record<string, string>, fetchFn: typeof fetch): Promise<BillingToken> {
  const response = await fetchFn(endpoint, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" }, body: new URLSearchParams(form).toString() });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: number; scope?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`The billing server refused the login: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}.`);
  const lifetimeMs = (body.expires_in ?? 300) * 1000;
  return { accessToken: body.access_token, ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}), expiresAt: Date.now() + lifetimeMs, lifetimeMs, scope: body.scope ?? "" };
}

/** Exchanges the code the billing server sent back (state checked) and keeps the token. */
export async function completeBillingAuthorization(server: BillingServer, pending: PendingAuthorization, answer: { code?: string; state?: string; error?: string }, storage: Storage, fetchFn: typeof fetch = fetch): Promise<BillingToken> {
  if (answer.error) throw new Error(`The billing server did not authorize the app: ${answer.error}.`);
  if (!answer.code || answer.state !== pending.state) throw new Error("The billing server's answer does not belong to this login (state mismatch): try again.");
  const token = await tokenRequest(pending.tokenEndpoint, { grant_type: "authorization_code", code: answer.code, redirect_uri: pending.redirectUri, client_id: server.clientId, code_verifier: pending.verifier }, fetchFn);
  storage.setItem(KEY + server.fhirBase, JSON.stringify({ ...token, tokenEndpoint: pending.tokenEndpoint }));
  return token;
}

export function readBillingToken(storage: Storage, server: BillingServer): (BillingToken & { tokenEndpoint: string }) | undefined {
  try {
    const value = JSON.parse(storage.getItem(KEY + server.fhirBase) ?? "null") as (BillingToken & { tokenEndpoint: string }) | null;
    return value && typeof value.accessToken === "string" && typeof value.tokenEndpoint === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A new access token from the refresh token; false (and the login forgotten) when the server refuses. */
export async function refreshBillingToken(server: BillingServer, storage: Storage, fetchFn: typeof fetch = fetch): Promise<boolean> {
  const saved = readBillingToken(storage, server);
  if (!saved?.refreshToken) return false;
  try {
    const token = await tokenRequest(saved.tokenEndpoint, { grant_type: "refresh_token", refresh_token: saved.refreshToken, client_id: server.clientId }, fetchFn);
    storage.setItem(KEY + server.fhirBase, JSON.stringify({ ...saved, ...token, refreshToken: token.refreshToken ?? saved.refreshToken }));
    return true;
  } catch {
    storage.removeItem(KEY + server.fhirBase);
    return false;
  }
}

/** The current access token, refreshed first when it is about to expire (a minute, or a quarter of a short lifetime). */
export async function billingAccessToken(server: BillingServer, storage: Storage, fetchFn: typeof fetch = fetch): Promise<string | undefined> {
  const saved = readBillingToken(storage, server);
  if (!saved) return undefined;
  if (saved.expiresAt - Date.now() > Math.min(60_000, (saved.lifetimeMs ?? 0) / 4)) return saved.accessToken;
  return (await refreshBillingToken(server, storage, fetchFn)) ? readBillingToken(storage, server)?.accessToken : undefined;
}
