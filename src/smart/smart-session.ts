import FHIR from "fhirclient";
import type Client from "fhirclient/lib/Client";
import { classifyReadyFailure, LaunchProblem } from "./launch-error.ts";
import { DEFAULT_SCOPES, pickClient, type SmartConfig } from "./smart-config.ts";

// A public client names itself on a refresh (RFC 6749 section 6); EHRs that bind refresh tokens to the client require it.
FHIR.oauth2.settings.refreshTokenWithClientId = true;

/** What the rest of the app knows of the SMART launch. The only face of fhirclient. */
export interface SmartSession {
  serverUrl: string;
  patientId?: string;
  encounterId?: string;
  /** Absolute or relative reference to the user ("Practitioner/123"). */
  fhirUser?: string;
  scope: string;
  needPatientBanner: boolean;
  /** The current access token, refreshed first when it is about to expire. */
  getAccessToken(): Promise<string | undefined>;
  /** Forces a refresh (after a 401). Resolves false when no refresh is possible. */
  refreshAccessToken(): Promise<boolean>;
}

/**
 * launch.html: start authorization. An EHR launch brings `iss` and `launch`; a standalone
 * launch brings at most `iss` and asks the server to pick a patient.
 */
export async function beginLaunch(pageUrl: URL, config: SmartConfig): Promise<void> {
  const iss = pageUrl.searchParams.get("iss") ?? config.standaloneIss;
  if (!iss) throw new LaunchProblem("not-launched", "No FHIR server (iss) was given to launch against.");
  const client = pickClient(config, iss);
  if (!client) throw new LaunchProblem("not-registered", `This app has no registration for ${iss}.`);
  const isEhrLaunch = pageUrl.searchParams.has("launch");
  const contextScopes = isEhrLaunch ? "launch" : "launch/patient launch/encounter";
  await FHIR.oauth2.authorize({
    iss,
    clientId: client.clientId,
    scope: `${contextScopes} ${client.scope ?? DEFAULT_SCOPES}`,
    redirectUri: new URL("index.html", pageUrl).href,
    pkceMode: "required",
    completeInTarget: true,
  });
}

function toSession(client: Client): SmartSession {
  const token = client.state.tokenResponse ?? {};
  const refresh = async (): Promise<boolean> => {
    if (!token.refresh_token && !client.state.tokenResponse?.refresh_token) return false;
    try {
      await client.refresh();
      return true;
    } catch {
      return false;
    }
  };
  return {
    serverUrl: client.state.serverUrl,
    patientId: client.patient.id ?? undefined,
    encounterId: client.encounter.id ?? undefined,
    fhirUser: client.getFhirUser() ?? undefined,
    scope: String(token.scope ?? ""),
    needPatientBanner: token.need_patient_banner !== false,
    getAccessToken: async () => {
      try {
        await client.refreshIfNeeded();
      } catch {
        throw new LaunchProblem("expired", "Your session has ended and could not be renewed.");
      }
      return client.state.tokenResponse?.access_token;
    },
    refreshAccessToken: refresh,
  };
}

/** index.html: finish authorization (or resume the session of this tab after a reload). */
export async function completeLaunch(pageUrl: URL): Promise<SmartSession> {
  try {
    return toSession(await FHIR.oauth2.ready());
  } catch (error) {
    throw classifyReadyFailure(pageUrl, error);
  }
}
