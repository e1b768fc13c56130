// @vitest-environment jsdom
import "../../msw/setup.ts";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import FHIR from "fhirclient";
import { beginLaunch, completeLaunch, type SmartSession } from "../../../src/smart/smart-session.ts";
import { server } from "../../msw/server.ts";
import { REFERENCE_INSTANT } from "../../reference-date.ts";

/**
 * The SMART session through fhirclient itself: an EHR launch, the code exchanged at the token
 * endpoint (msw), then what the app gets. Time is a fake clock from the reference date, so expiry
 * is reached by moving it, never by waiting.
 */
const ISS = "https://ehr.example/fhir";
const AUTH = "https://ehr.example/auth";
/** The page origin jsdom gives the app. */
const APP = `${window.location.origin}/`;
const HOUR = 3600;

interface TokenAnswer { access_token: string; refresh_token?: string; expires_in: number; scope: string; patient?: string; encounter?: string; id_token?: string; need_patient_banner?: boolean }

/** An unsigned id_token: fhirclient reads its claims (the server is trusted over TLS). */
const idToken = (claims: Record<string, unknown>) => `${btoa(JSON.stringify({ alg: "none" }))}.${btoa(JSON.stringify(claims))}.`;

let refreshAnswers: (TokenAnswer | "refused")[] = [];
let refreshBodies: URLSearchParams[] = [];

function authServer(first: TokenAnswer) {
  server.use(
    http.get(`${ISS}/.well-known/smart-configuration`, () => HttpResponse.json({
      authorization_endpoint: `${AUTH}/authorize`, token_endpoint: `${AUTH}/token`, code_challenge_methods_supported: ["S256"],
      capabilities: ["launch-ehr", "client-public", "context-ehr-patient", "context-ehr-encounter", "permission-offline", "sso-openid-connect"],
    })),
    http.post(`${AUTH}/token`, async ({ request }) => {
      const body = new URLSearchParams(await request.text());
      if (body.get("grant_type") === "authorization_code") return HttpResponse.json({ token_type: "Bearer", ...first });
      refreshBodies.push(body);
      const next = refreshAnswers.shift() ?? "refused";
      if (next === "refused") return HttpResponse.json({ error: "invalid_grant", error_description: "refresh token expired" }, { status: 400 });
      return HttpResponse.json({ token_type: "Bearer", ...next });
    }),
  );
}

/**
 * fhirclient's browser adapter keeps the page URL it first read; in a browser each page load has
 * its own. Forget it, as a new page load would.
 */
function newPageLoad(): void {
  (FHIR.client({ serverUrl: ISS }).environment as unknown as { _url: URL | null })._url = null;
}

/**
 * EHR launch: launch.html starts authorization, the server redirects back to index.html with a
 * code. Each page is its own load of the app (fhirclient keeps the page URL it first saw).
 */
async function launch(first: TokenAnswer): Promise<SmartSession> {
  authServer(first);
  window.history.replaceState(null, "", `${APP}launch.html?iss=${encodeURIComponent(ISS)}&launch=xyz`);
  newPageLoad();
  await beginLaunch(new URL(window.location.href), { clients: [{ issMatch: "^https://ehr\\.example/", clientId: "coding-app" }] });
  const state = JSON.parse(window.sessionStorage.getItem("SMART_KEY") ?? "null") as string;
  window.history.replaceState(null, "", `${APP}index.html?code=the-code&state=${state}`);
  newPageLoad();
  return completeLaunch(new URL(window.location.href));
}

const SCOPE = "launch openid fhirUser offline_access user/*.rs user/Claim.crus";
const granted: TokenAnswer = { access_token: "token-1", refresh_token: "refresh-1", expires_in: HOUR, scope: SCOPE, patient: "p1", encounter: "e1", id_token: idToken({ fhirUser: "Practitioner/dr1", sub: "dr1" }), need_patient_banner: false };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(REFERENCE_INSTANT);
  window.sessionStorage.clear();
  refreshAnswers = [];
  refreshBodies = [];
});
afterEach(() => vi.useRealTimers());

describe("SMART session", () => {
  it("ready: server, patient, encounter, user, scopes and banner from the token response", async () => {
    const session = await launch(granted);
    expect({ ...session, getAccessToken: undefined, refreshAccessToken: undefined }).toEqual({
      serverUrl: ISS, patientId: "p1", encounterId: "e1", fhirUser: "Practitioner/dr1", scope: SCOPE, needPatientBanner: false, getAccessToken: undefined, refreshAccessToken: undefined,
    });
    expect(await session.getAccessToken()).toBe("token-1");
    expect(refreshBodies).toEqual([]);
  });

  it("without an id_token the user is unknown (undefined), never an empty reference", async () => {
    const { id_token: _none, ...withoutUser } = granted;
    const session = await launch(withoutUser);
    expect(session.fhirUser).toBeUndefined();
    expect("fhirUser" in session && session.fhirUser === "").toBe(false);
  });

  it("a token about to expire is refreshed before it is used, naming the client", async () => {
    refreshAnswers = [{ access_token: "token-2", refresh_token: "refresh-2", expires_in: HOUR, scope: SCOPE }];
    const session = await launch(granted);
    vi.setSystemTime(REFERENCE_INSTANT.getTime() + (HOUR - 5) * 1000);
    expect(await session.getAccessToken()).toBe("token-2");
    expect(refreshBodies.map((b) => [b.get("grant_type"), b.get("refresh_token"), b.get("client_id")])).toEqual([["refresh_token", "refresh-1", "coding-app"]]);
    // Fresh again: no second refresh.
    expect(await session.getAccessToken()).toBe("token-2");
    expect(refreshBodies).toHaveLength(1);
  });

  it("an expired session that cannot be renewed ends with a LaunchProblem 'expired'", async () => {
    const session = await launch(granted);
    vi.setSystemTime(REFERENCE_INSTANT.getTime() + 2 * HOUR * 1000);
    const failure = await session.getAccessToken().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "LaunchProblem", kind: "expired" });
  });

  it("refreshAccessToken (after a 401): true with a new token, false when the server refuses, and no second try with a refused refresh token", async () => {
    refreshAnswers = [{ access_token: "token-2", refresh_token: "refresh-2", expires_in: HOUR, scope: SCOPE }, "refused"];
    const session = await launch(granted);
    expect(await session.refreshAccessToken()).toBe(true);
    expect(await session.getAccessToken()).toBe("token-2");
    expect(await session.refreshAccessToken()).toBe(false);
    expect(refreshBodies.map((b) => b.get("refresh_token"))).toEqual(["refresh-1", "refresh-2"]);
  });

  it("without a refresh token there is nothing to refresh: false, and no request", async () => {
    const { refresh_token: _none, ...noRefresh } = granted;
    const session = await launch(noRefresh);
    expect(await session.refreshAccessToken()).toBe(false);
    expect(refreshBodies).toEqual([]);
  });
});
