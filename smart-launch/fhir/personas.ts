/**
 * Vendor personas: the generic sandbox, or Epic's / Oracle Health's real CapabilityStatement
 * and smart-configuration (copied byte-identical into test/fixtures/vendors) with their
 * endpoints rewritten to this sandbox. What a persona accepts is derived from its statement.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CapabilityStatement, Extension } from "fhir/r4";
import { genericCapabilityStatement } from "./generic-capability.ts";
import { genericSmartConfiguration } from "../auth/smart-configuration.ts";

/** `billing`: a practice's own billing FHIR server beside the EHR: billing types only, no chart. */
export type Profile = "generic" | "epic" | "oracle" | "billing";
export const PROFILES: Profile[] = ["generic", "epic", "oracle", "billing"];

export interface SandboxUrls { fhirBase: string; authorize: string; token: string }

export interface Persona {
  profile: Profile;
  statement: CapabilityStatement;
  smartConfiguration: Record<string, unknown>;
}

const VENDOR_DIR = resolve(import.meta.dirname, "../../test/fixtures/vendors");
const VENDOR_FILES: Record<Exclude<Profile, "generic" | "billing">, { statement: string; smart: string }> = {
  epic: { statement: "epic/capability-statement-r4.json", smart: "epic/smart-configuration.json" },
  oracle: { statement: "oracle-health/capability-statement-r4-secure.json", smart: "oracle-health/smart-configuration-provider.json" },
};
/**
 * What the vendors advertise that this sandbox does not serve: dropped, not faked (README,
 * "Sandbox personas and their vendor documents"). The sandbox's authorization server serves
 * public clients only (PKCE S256, no client secret or key), authorization_code and
 * refresh_token grants, and GET on its authorize endpoint.
 */
export const UNSERVED_SMART_KEYS = ["revocation_endpoint", "management_endpoint", "introspection_endpoint", "jwks_uri", "registration_endpoint", "token_endpoint_auth_signing_alg_values_supported"];
export const SERVED_GRANT_TYPES = ["authorization_code", "refresh_token"];
export const UNSERVED_CAPABILITIES = ["client-confidential-symmetric", "client-confidential-asymmetric", "authorize-post", "context-style", "health-cards"];
/** Token endpoint authentication methods a confidential client would use: none is served. */
const UNSERVED_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt"];

function readVendorJson<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(VENDOR_DIR, file), "utf8")) as T;
}

function rewriteOauthUris(statement: CapabilityStatement, urls: SandboxUrls): void {
  for (const rest of statement.rest ?? []) {
    for (const ext of rest.security?.extension ?? []) {
      if (!ext.url.endsWith("/oauth-uris")) continue;
      ext.extension = (ext.extension ?? [])
        .filter((sub: Extension) => sub.url === "authorize" || sub.url === "token")
        .map((sub: Extension) => ({ url: sub.url, valueUri: sub.url === "authorize" ? urls.authorize : urls.token }));
    }
  }
}

/** Keeps the values of a list the sandbox serves; a list left empty is dropped. */
function keepOnly(document: Record<string, unknown>, key: string, served: (value: string) => boolean): void {
  const list = document[key];
  if (!Array.isArray(list)) return;
  const kept = list.filter((value): value is string => typeof value === "string" && served(value));
  if (kept.length) document[key] = kept;
  else delete document[key];
}

function vendorPersona(profile: Exclude<Profile, "generic" | "billing">, urls: SandboxUrls): Persona {
  const files = VENDOR_FILES[profile];
  const statement = readVendorJson<CapabilityStatement>(files.statement);
  statement.url = `${urls.fhirBase}/metadata`;
  statement.implementation = { ...statement.implementation, description: statement.implementation?.description ?? profile, url: urls.fhirBase };
  rewriteOauthUris(statement, urls);
  const smart = readVendorJson<Record<string, unknown>>(files.smart);
  for (const key of UNSERVED_SMART_KEYS) delete smart[key];
  keepOnly(smart, "grant_types_supported", (value) => SERVED_GRANT_TYPES.includes(value));
  keepOnly(smart, "capabilities", (value) => !UNSERVED_CAPABILITIES.includes(value));
  keepOnly(smart, "token_endpoint_auth_methods_supported", (value) => !UNSERVED_AUTH_METHODS.includes(value));
  Object.assign(smart, { issuer: urls.fhirBase, authorization_endpoint: urls.authorize, token_endpoint: urls.token });
  return { profile, statement, smartConfiguration: smart };
}

export function loadPersona(profile: Profile, urls: SandboxUrls, seededTypes: string[]): Persona {
  if (profile === "billing") {
    const statement = genericCapabilityStatement(urls.fhirBase, ["PaymentReconciliation"], urls.authorize, urls.token);
    statement.software = { name: "Practice billing server (sandbox)", version: statement.software?.version ?? "0.1.0" };
    return { profile, statement, smartConfiguration: genericSmartConfiguration(urls) };
  }
  if (profile !== "generic") return vendorPersona(profile, urls);
  return {
    profile,
    statement: genericCapabilityStatement(urls.fhirBase, seededTypes, urls.authorize, urls.token),
    smartConfiguration: genericSmartConfiguration(urls),
  };
}

export function isProfile(value: string): value is Profile {
  return (PROFILES as string[]).includes(value);
}
