import type { Claim } from "fhir/r4";

/** A professional Claim with only the required fields (patient pat-1, provider prov-1, no insurance), plus `parts`. */
export function professionalClaim(parts: Partial<Claim> = {}): Claim {
  return {
    resourceType: "Claim",
    status: "active",
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/pat-1" },
    created: "2026-11-20",
    provider: { reference: "Organization/prov-1" },
    priority: { coding: [{ code: "normal" }] },
    insurance: [],
    ...parts,
  };
}
