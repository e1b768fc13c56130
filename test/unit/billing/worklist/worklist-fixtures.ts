import type { Claim, Coverage, Encounter, Organization, Patient, Practitioner, Task } from "fhir/r4";
import { CLAIM_ENCOUNTER_SYSTEM, READY_FOR_CODING } from "../../../../src/billing/state/billing-identifiers.ts";

export function patient(id: string, given: string, family: string): Patient {
  return { resourceType: "Patient", id, name: [{ use: "official", given: [given], family, prefix: ["Ms."] }] };
}

export function practitioner(id: string, given: string, family: string): Practitioner {
  return { resourceType: "Practitioner", id, name: [{ given: [given], family, prefix: ["Dr."] }] };
}

export function payer(id: string, name: string, payerId: string): Organization {
  return { resourceType: "Organization", id, name, identifier: [{ system: "urn:smart-coding-billing:payer-id", value: payerId }] };
}

export function coverage(id: string, patientId: string, payerOrg: string, extra: Partial<Coverage> = {}): Coverage {
  return { resourceType: "Coverage", id, status: "active", beneficiary: { reference: `Patient/${patientId}` }, payor: [{ reference: `Organization/${payerOrg}` }], ...extra };
}

export function encounter(id: string, patientId: string, start: string, extra: Partial<Encounter> = {}): Encounter {
  return {
    resourceType: "Encounter", id, status: "finished", class: { code: "AMB" }, subject: { reference: `Patient/${patientId}` },
    period: { start }, type: [{ text: "Office visit" }], participant: [{ individual: { reference: "Practitioner/dr1" } }], ...extra,
  };
}

export function appClaim(id: string, encounterId: string, status: Claim["status"], extra: Partial<Claim> = {}): Claim {
  return {
    resourceType: "Claim", id, status, use: "claim", created: "2026-11-20", type: { coding: [{ code: "professional" }] },
    identifier: [{ system: CLAIM_ENCOUNTER_SYSTEM, value: `Encounter/${encounterId}` }],
    patient: { reference: "Patient/p1" }, provider: { reference: "Organization/clinic" }, priority: { coding: [{ code: "normal" }] },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c1" } }], ...extra,
  };
}

export function handoff(id: string, encounterId: string, extra: Partial<Task> = {}): Task {
  return {
    resourceType: "Task", id, status: "requested", intent: "order", code: { coding: [READY_FOR_CODING] },
    encounter: { reference: `Encounter/${encounterId}` }, requester: { reference: "Practitioner/dr1" }, ...extra,
  };
}
