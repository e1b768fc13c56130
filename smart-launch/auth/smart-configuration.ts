/** The generic persona's /.well-known/smart-configuration (SMART App Launch 2.x). */
export const SUPPORTED_CAPABILITIES = [
  "launch-ehr", "launch-standalone", "client-public", "context-ehr-encounter", "context-ehr-patient",
  "context-standalone-patient", "context-banner", "permission-v1", "permission-v2", "permission-patient",
  "permission-user", "permission-offline", "permission-online", "sso-openid-connect",
];

export function genericSmartConfiguration(urls: { fhirBase: string; authorize: string; token: string }): Record<string, unknown> {
  return {
    issuer: urls.fhirBase,
    authorization_endpoint: urls.authorize,
    token_endpoint: urls.token,
    token_endpoint_auth_methods_supported: ["none"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    response_types_supported: ["code"],
    code_challenge_methods_supported: ["S256"],
    id_token_signing_alg_values_supported: ["HS256"],
    scopes_supported: [
      "openid", "fhirUser", "launch", "launch/patient", "launch/encounter", "offline_access", "online_access",
      "patient/*.read", "patient/*.write", "user/*.read", "user/*.write",
      "patient/*.cruds", "patient/*.rs", "user/*.cruds", "user/*.rs",
    ],
    capabilities: SUPPORTED_CAPABILITIES,
  };
}
