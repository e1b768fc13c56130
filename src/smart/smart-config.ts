/**
 * How the app registers with an EHR: one entry per authorization server, picked by
 * the `iss` the EHR launches with. Served as public/smart-config.json so a practice
 * can register the app with its EMR without rebuilding it.
 */
export interface SmartClientEntry {
  /** Regular expression matched against the launch `iss` (FHIR base URL). */
  issMatch: string;
  clientId: string;
  /** Space-separated scopes; defaults to DEFAULT_SCOPES. */
  scope?: string;
}

export interface SmartConfig {
  clients: SmartClientEntry[];
  /** FHIR base offered for a standalone launch when no `iss` is given. */
  standaloneIss?: string;
}

/** What the coding app reads and writes. v2 scopes; servers grant the subset they support. */
export const DEFAULT_SCOPES = [
  "openid",
  "fhirUser",
  "offline_access",
  "user/Patient.rs",
  "user/Encounter.rs",
  "user/Condition.rs",
  "user/Procedure.rs",
  "user/DocumentReference.rs",
  "user/DiagnosticReport.rs",
  "user/Observation.rs",
  "user/Immunization.rs",
  "user/MedicationAdministration.rs",
  "user/MedicationRequest.rs",
  "user/MedicationStatement.rs",
  "user/Binary.r",
  "user/Coverage.rs",
  "user/Practitioner.rs",
  "user/PractitionerRole.rs",
  "user/Organization.rs",
  "user/Location.rs",
  "user/ChargeItem.crus",
  "user/Claim.crus",
  "user/ClaimResponse.crs",
  "user/ExplanationOfBenefit.rs",
  "user/Provenance.crs",
  "user/Task.crus",
  "user/PaymentReconciliation.crs",
].join(" ");

export function isSmartConfig(value: unknown): value is SmartConfig {
  if (typeof value !== "object" || value === null) return false;
  const clients = (value as { clients?: unknown }).clients;
  return Array.isArray(clients) && clients.every((c) => typeof c?.issMatch === "string" && typeof c?.clientId === "string");
}

/** The registration for this iss, or undefined when the app is not registered there. */
export function pickClient(config: SmartConfig, iss: string): SmartClientEntry | undefined {
  return config.clients.find((c) => new RegExp(c.issMatch).test(iss));
}
