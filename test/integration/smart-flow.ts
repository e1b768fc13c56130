/**
 * A SMART authorization-code + PKCE flow over plain HTTP (no browser), for integration tests:
 * create a launch, call /authorize, exchange the code at /token. Each step can be bent to
 * produce the negative cases (no PKCE, wrong verifier, wrong aud, ...).
 */
import { createHash, randomBytes } from "node:crypto";
import type { SandboxUrls } from "./global-setup.ts";

export const CLIENT_ID = "coding-app";
export const REDIRECT_URI = "http://localhost:5173/index.html";

export interface LaunchPick { patient?: string; encounter?: string; user?: string; deny?: boolean; embedded?: boolean }

export interface AuthorizeRequest {
  scope: string;
  launch?: string;
  aud?: string;
  clientId?: string;
  redirectUri?: string;
  /** false sends no code_challenge at all. */
  pkce?: boolean;
  codeChallengeMethod?: string;
  state?: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  patient?: string;
  encounter?: string;
  fhirUser?: string;
  id_token?: string;
  refresh_token?: string;
  need_patient_banner?: boolean;
}

export function newVerifier(): string {
  return randomBytes(32).toString("base64url");
}

export function challengeOf(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/** GET /launch and returns the launch id from the redirect to the app. */
export async function createLaunch(sandbox: SandboxUrls, pick: LaunchPick): Promise<string> {
  const query = new URLSearchParams(Object.entries(pick).map(([k, v]) => [k, v === true ? "1" : String(v)]));
  const response = await fetch(`${sandbox.url}/launch?${query}`, { redirect: "manual" });
  return new URL(response.headers.get("location") ?? "").searchParams.get("launch") ?? "";
}

/** Calls /authorize without following the redirect. */
export async function authorize(sandbox: SandboxUrls, request: AuthorizeRequest, verifier: string): Promise<Response> {
  const params = new URLSearchParams({
    response_type: "code", client_id: request.clientId ?? CLIENT_ID, redirect_uri: request.redirectUri ?? REDIRECT_URI,
    scope: request.scope, state: request.state ?? "state-123", aud: request.aud ?? sandbox.fhirBase,
  });
  if (request.launch) params.set("launch", request.launch);
  if (request.pkce !== false) {
    params.set("code_challenge", challengeOf(verifier));
    params.set("code_challenge_method", request.codeChallengeMethod ?? "S256");
  }
  return fetch(`${sandbox.url}/auth/authorize?${params}`, { redirect: "manual" });
}

/** The query of the redirect back to the app (code/state or error/state). */
export function redirectQuery(response: Response): URLSearchParams {
  return new URL(response.headers.get("location") ?? "http://invalid/").searchParams;
}

export async function postToken(sandbox: SandboxUrls, form: Record<string, string>): Promise<Response> {
  return fetch(`${sandbox.url}/auth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
}

export function codeExchange(code: string, verifier: string): Record<string, string> {
  return { grant_type: "authorization_code", code, code_verifier: verifier, redirect_uri: REDIRECT_URI, client_id: CLIENT_ID };
}

/** The whole EHR launch: launch -> authorize -> token. */
export async function launchAndGetTokens(sandbox: SandboxUrls, pick: LaunchPick, scope: string): Promise<TokenResponse> {
  const verifier = newVerifier();
  const launch = await createLaunch(sandbox, pick);
  const code = redirectQuery(await authorize(sandbox, { scope, launch }, verifier)).get("code") ?? "";
  const response = await postToken(sandbox, codeExchange(code, verifier));
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}

export const EHR_SCOPES = "launch openid fhirUser offline_access patient/*.cruds user/Practitioner.rs user/Organization.rs user/Location.rs";
export const OFFICE_VISIT = { patient: "pat-epic-1", encounter: "enc-office-1", user: "pr-rivera" };

export async function fhirGet(sandbox: SandboxUrls, token: string, path: string): Promise<Response> {
  return fetch(`${sandbox.fhirBase}/${path}`, { headers: { authorization: `Bearer ${token}`, accept: "application/fhir+json" } });
}

export async function fhirSend(sandbox: SandboxUrls, token: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sandbox.fhirBase}/${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json", ...headers }, body: JSON.stringify(body) });
}

/** A standalone launch with user/ scopes only (no patient context). */
export async function userTokens(sandbox: SandboxUrls, scope = "openid fhirUser user/*.cruds"): Promise<TokenResponse> {
  const verifier = newVerifier();
  const code = redirectQuery(await authorize(sandbox, { scope }, verifier)).get("code") ?? "";
  const response = await postToken(sandbox, codeExchange(code, verifier));
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenResponse;
}
