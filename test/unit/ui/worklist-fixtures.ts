import type { FhirResource } from "fhir/r4";
import { appClaim, coverage, encounter, handoff, patient, payer, practitioner } from "../billing/worklist/worklist-fixtures.ts";
import { WORKLIST_BASE } from "../../msw/worklist-fhir-server.ts";
import { fakeSession } from "./render-with-providers.tsx";

/**
 * A small practice: the launch patient Ana Lopez (p1) with the launch encounter (already billed)
 * and a draft; Ben Ortiz (p2) with an encounter handed to coding; Dr. Ana Rivera is the user.
 */
export function practiceResources(): FhirResource[] {
  const office = { serviceProvider: { reference: "Organization/clinic" }, location: [{ location: { reference: "Location/suite" } }] };
  return [
    patient("p1", "Ana", "Lopez"), patient("p2", "Ben", "Ortiz"), practitioner("dr1", "Ana", "Rivera"),
    payer("ppo", "Sandbox Mutual PPO", "SBX01"), payer("mcr", "Sandbox Medicare Part B", "SBXMCR"),
    { resourceType: "Organization", id: "clinic", name: "Riverbend Family Medicine" }, { resourceType: "Location", id: "suite", name: "Suite 3" },
    coverage("c1", "p1", "ppo"), coverage("c2", "p2", "mcr"),
    encounter("e-launch", "p1", "2026-11-20T09:00:00-05:00", { ...office, type: [{ text: "Office visit, established patient" }] }),
    encounter("e-draft", "p1", "2026-11-18T09:00:00-05:00", { ...office, type: [{ text: "Office visit, cough" }] }),
    encounter("e-ben", "p2", "2026-10-02T14:00:00-04:00", { ...office, type: [{ text: "Annual wellness visit" }] }),
    appClaim("k-launch", "e-launch", "active", { enterer: { reference: "Practitioner/dr1" }, billablePeriod: { start: "2026-11-20" }, total: { value: 188, currency: "USD" }, careTeam: [{ sequence: 1, provider: { reference: "Practitioner/dr1" } }] }),
    appClaim("k-draft", "e-draft", "draft"),
    handoff("t-ben", "e-ben", { for: { reference: "Patient/p2" }, note: [{ text: "Wellness visit ready for coding", time: "2026-10-03T08:00:00Z", authorReference: { reference: "Practitioner/dr1" } }] }),
  ];
}

export const launchSession = (scope = "launch openid fhirUser user/*.rs") =>
  fakeSession({ serverUrl: WORKLIST_BASE, patientId: "p1", encounterId: "e-launch", fhirUser: `${WORKLIST_BASE}/Practitioner/dr1`, scope });
