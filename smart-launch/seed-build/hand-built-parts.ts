/** Builders for the hand-built sandbox resources (see hand-built.ts). */
import type { Condition, Encounter, FhirResource, Procedure } from "fhir/r4";
import { MEMBER_ID_SYSTEM, NPI_SYSTEM, TAX_ID_SYSTEM, SOPT_SYSTEM, V2_0203 } from "./identifiers.ts";
import { groupClass } from "./coverage.ts";
import { PLACE_OF_SERVICE } from "./providers.ts";

const SNOMED = "http://snomed.info/sct";
const ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
const CPT = "http://www.ama-assn.org/go/cpt";
const ORACLE_CODESET_71 = "https://fhir.cerner.com/sandbox/codeSet/71";
const address = { line: ["210 Riverbend Way", "Suite 3"], city: "Springfield", state: "MA", postalCode: "01103-2210", country: "US" };
const patientOf = new Map([["enc-office-1", "pat-epic-1"], ["enc-office-2", "pat-epic-1"], ["enc-office-3", "pat-oracle-1"], ["enc-office-4", "pat-oracle-1"]]);
const dateOf = new Map([["enc-office-1", "2026-11-20"], ["enc-office-2", "2026-11-13"], ["enc-office-3", "2026-11-18"], ["enc-office-4", "2026-11-06"]]);

function fixed(): FhirResource[] {
  return [
    { resourceType: "Organization", id: "org-riverbend", active: true, name: "Riverbend Family Medicine", identifier: [{ system: NPI_SYSTEM, value: "1245319599" }, { system: TAX_ID_SYSTEM, value: "043219876" }], type: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/organization-type", code: "prov" }] }], telecom: [{ system: "phone", value: "413-555-0100" }], address: [address] },
    { resourceType: "Location", id: "loc-riverbend", status: "active", name: "Riverbend Family Medicine - Suite 3", type: [{ coding: [{ system: PLACE_OF_SERVICE, code: "11", display: "Office" }] }], address, managingOrganization: { reference: "Organization/org-riverbend" } },
    { resourceType: "Practitioner", id: "pr-rivera", active: true, identifier: [{ system: NPI_SYSTEM, value: "1234567893" }], name: [{ family: "Rivera", given: ["Ana"], prefix: ["Dr."], suffix: ["MD"] }], gender: "female", address: [address] },
    { resourceType: "Practitioner", id: "pr-chen", active: true, identifier: [{ system: NPI_SYSTEM, value: "1093817389" }], name: [{ family: "Chen", given: ["Michael"], prefix: ["Dr."], suffix: ["DO"] }], gender: "male", address: [address] },
    practitionerRole("pr-rivera", "207Q00000X", "Family Medicine"),
    practitionerRole("pr-chen", "207R00000X", "Internal Medicine"),
    { resourceType: "Patient", id: "pat-epic-1", identifier: [{ type: { coding: [{ system: V2_0203, code: "MR" }] }, system: "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", value: "E1001" }], name: [{ use: "official", family: "Lopez", given: ["Maria", "Elena"] }], gender: "female", birthDate: "1962-04-17", address: [{ line: ["48 Maple St"], city: "Springfield", state: "MA", postalCode: "01104", country: "US" }], generalPractitioner: [{ reference: "Practitioner/pr-rivera" }] },
    { resourceType: "Patient", id: "pat-oracle-1", identifier: [{ type: { coding: [{ system: V2_0203, code: "MR" }] }, system: "urn:oid:2.16.840.1.113883.6.1000", value: "O2002" }], name: [{ use: "official", family: "Hughes", given: ["Robert", "James"] }], gender: "male", birthDate: "1955-09-02", address: [{ line: ["9 Elm Ct"], city: "Chicopee", state: "MA", postalCode: "01020", country: "US" }] },
    coverage("cov-epic-1", "pat-epic-1", "payer-sandbox-ppo", "Sandbox Mutual PPO", "5", "SBX100200300"),
    coverage("cov-oracle-1", "pat-oracle-1", "payer-medicare", "Sandbox Medicare Part B", "1", "1EG4TE5MK72"),
  ];
}

/** The practitioner's role in the group, with the NUCC taxonomy as specialty (new vs established by specialty, the claim's PRV). */
function practitionerRole(practitioner: string, taxonomy: string, display: string): FhirResource {
  return {
    resourceType: "PractitionerRole", id: `role-${practitioner}`, active: true,
    practitioner: { reference: `Practitioner/${practitioner}` }, organization: { reference: "Organization/org-riverbend" },
    location: [{ reference: "Location/loc-riverbend" }],
    specialty: [{ coding: [{ system: "http://nucc.org/provider-taxonomy", code: taxonomy, display }] }],
  };
}

function coverage(id: string, patient: string, payer: string, payerName: string, sopt: string, memberId: string): FhirResource {
  return {
    resourceType: "Coverage", id, status: "active",
    identifier: [{ type: { coding: [{ system: V2_0203, code: "MB" }] }, system: MEMBER_ID_SYSTEM, value: memberId }],
    type: { coding: [{ system: SOPT_SYSTEM, code: sopt }] }, subscriber: { reference: `Patient/${patient}` }, subscriberId: memberId,
    beneficiary: { reference: `Patient/${patient}` }, relationship: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/subscriber-relationship", code: "self" }] },
    ...(sopt === "5" ? { class: [groupClass("G40021", "Riverbend Manufacturing employees")] } : {}),
    period: { start: "2026-01-01" }, payor: [{ reference: `Organization/${payer}`, display: payerName }],
  };
}

export interface EncounterSpec { id: string; patient: string; practitioner: string; start: string; minutes: number; cpt: string; text: string; oracle?: boolean }

function encounter(spec: EncounterSpec): Encounter {
  const end = new Date(Date.parse(spec.start) + spec.minutes * 60_000).toISOString().replace(".000Z", "Z");
  const typeCoding = spec.oracle ? [{ system: ORACLE_CODESET_71, code: "309308", display: "Outpatient" }, { system: CPT, code: spec.cpt }] : [{ system: CPT, code: spec.cpt }];
  return {
    resourceType: "Encounter", id: spec.id, status: "finished",
    class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB", display: "ambulatory" },
    type: [{ coding: typeCoding, text: spec.text }],
    subject: { reference: `Patient/${spec.patient}` },
    participant: [{ type: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "ATND", display: "attender" }] }], individual: { reference: `Practitioner/${spec.practitioner}` }, period: { start: spec.start, end } }],
    period: { start: spec.start, end },
    length: { value: spec.minutes, unit: "min", system: "http://unitsofmeasure.org", code: "min" },
    location: [{ location: { reference: "Location/loc-riverbend", display: "Riverbend Family Medicine - Suite 3" } }],
    serviceProvider: { reference: "Organization/org-riverbend" },
  };
}

export interface CodeSpec { snomed?: [string, string]; icd?: [string, string]; text?: string }

/** The patient and visit date of an encounter built elsewhere (the enc-office-* ones are looked up). */
export interface VisitOf { patient: string; date: string }

const visitOf = (encounterId: string): VisitOf => ({ patient: patientOf.get(encounterId) ?? "", date: dateOf.get(encounterId) ?? "" });

function condition(id: string, encounterId: string, codes: CodeSpec, visit = visitOf(encounterId)): Condition {
  const coding = [...(codes.snomed ? [{ system: SNOMED, code: codes.snomed[0], display: codes.snomed[1] }] : []), ...(codes.icd ? [{ system: ICD10CM, code: codes.icd[0], display: codes.icd[1] }] : [])];
  return {
    resourceType: "Condition", id,
    clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }] },
    verificationStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-ver-status", code: "confirmed" }] },
    category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-category", code: "encounter-diagnosis" }] }],
    code: { ...(coding.length ? { coding } : {}), text: codes.text ?? codes.icd?.[1] ?? codes.snomed?.[1] ?? "" },
    subject: { reference: `Patient/${visit.patient}` },
    encounter: { reference: `Encounter/${encounterId}` },
    recordedDate: visit.date,
  };
}

function procedure(id: string, encounterId: string, cpt: string, words: string, snomed: string, performed: string, visit = visitOf(encounterId)): Procedure {
  return {
    resourceType: "Procedure", id, status: "completed",
    code: { coding: [{ system: CPT, code: cpt }, { system: SNOMED, code: snomed }], text: words },
    subject: { reference: `Patient/${visit.patient}` },
    encounter: { reference: `Encounter/${encounterId}` },
    performedDateTime: performed,
  };
}

export const hand = { fixed, encounter, condition, procedure };
