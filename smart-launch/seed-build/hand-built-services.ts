/**
 * Hand-built visits whose services come from the chart rather than from CPT Procedures:
 * - enc-wellchild-1: a 4-year well-child visit for pat-child-1 (new to the practice) with DTaP,
 *   IPV, MMR and varicella given after counselling (Vaccine Information Statements), Z00.129;
 * - enc-ed-1: an emergency department visit for pat-epic-1 (class EMER, POS 23 location),
 *   right ankle sprain with an X-ray, the provider's own 99284 on Encounter.type;
 * - enc-injection-1: an office visit for pat-epic-1 with ceftriaxone 1 g given intramuscularly
 *   (a MedicationAdministration), community-acquired pneumonia.
 * All are older than enc-office-1, so the seed's dates shift as before. CPT numbers only.
 */
import type { FhirResource, Immunization, MedicationAdministration } from "fhir/r4";
import { hand } from "./hand-built-parts.ts";
import { MEMBER_ID_SYSTEM, SOPT_SYSTEM, V2_0203 } from "./identifiers.ts";
import { PLACE_OF_SERVICE } from "./providers.ts";

const CVX = "http://hl7.org/fhir/sid/cvx";
const SNOMED = "http://snomed.info/sct";
const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
const IM = { coding: [{ system: SNOMED, code: "78421000", display: "Intramuscular route" }] };
const SC = { coding: [{ system: SNOMED, code: "34206005", display: "Subcutaneous route" }] };
const VIS = "urn:oid:2.16.840.1.114222.4.11.6032";

const child: FhirResource[] = [
  { resourceType: "Patient", id: "pat-child-1", identifier: [{ type: { coding: [{ system: V2_0203, code: "MR" }] }, system: "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", value: "E1003" }], name: [{ use: "official", family: "Ortiz", given: ["Liam", "Mateo"] }], gender: "male", birthDate: "2022-08-14", address: [{ line: ["77 Chestnut St"], city: "Springfield", state: "MA", postalCode: "01105", country: "US" }], generalPractitioner: [{ reference: "Practitioner/pr-rivera" }] },
  {
    resourceType: "Coverage", id: "cov-child-1", status: "active",
    identifier: [{ type: { coding: [{ system: V2_0203, code: "MB" }] }, system: MEMBER_ID_SYSTEM, value: "SBX100200377" }],
    type: { coding: [{ system: SOPT_SYSTEM, code: "5" }] }, subscriber: { reference: "Patient/pat-child-1" }, subscriberId: "SBX100200377",
    beneficiary: { reference: "Patient/pat-child-1" }, relationship: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/subscriber-relationship", code: "child" }] },
    period: { start: "2026-01-01" }, payor: [{ reference: "Organization/payer-sandbox-ppo", display: "Sandbox Mutual PPO" }],
  },
];

const edLocation: FhirResource = {
  resourceType: "Location", id: "loc-springfield-ed", status: "active", name: "Springfield General Hospital - Emergency Department",
  type: [{ coding: [{ system: PLACE_OF_SERVICE, code: "23", display: "Emergency Room - Hospital" }] }],
  address: { line: ["1 Medical Center Dr"], city: "Springfield", state: "MA", postalCode: "01199", country: "US" },
};

function immunization(id: string, cvx: string, display: string, at: string, route: typeof IM, lot: string): Immunization {
  return {
    resourceType: "Immunization", id, status: "completed", vaccineCode: { coding: [{ system: CVX, code: cvx, display }], text: display },
    patient: { reference: "Patient/pat-child-1" }, encounter: { reference: "Encounter/enc-wellchild-1" }, occurrenceDateTime: at, primarySource: true,
    lotNumber: lot, route, performer: [{ actor: { reference: "Practitioner/pr-rivera" } }],
    education: [{ documentType: VIS, presentationDate: at.slice(0, 10) }],
    note: [{ text: "Benefits and risks counseled with the mother by Dr. Rivera; VIS given." }],
  };
}

const wellChild: FhirResource[] = [
  hand.encounter({ id: "enc-wellchild-1", patient: "pat-child-1", practitioner: "pr-rivera", start: "2026-11-17T10:00:00-05:00", minutes: 35, cpt: "99382", text: "Well child visit, 4 years" }),
  hand.condition("cond-wellchild-1-exam", "enc-wellchild-1", { snomed: ["410620009", "Well child visit"], icd: ["Z00.129", "Encounter for routine child health examination without abnormal findings"] }, { patient: "pat-child-1", date: "2026-11-17" }),
  immunization("imm-wellchild-1-dtap", "20", "DTaP", "2026-11-17T10:25:00-05:00", IM, "DT4471"),
  immunization("imm-wellchild-1-ipv", "10", "IPV", "2026-11-17T10:26:00-05:00", IM, "IP2290"),
  immunization("imm-wellchild-1-mmr", "03", "MMR", "2026-11-17T10:27:00-05:00", SC, "MR8814"),
  immunization("imm-wellchild-1-varicella", "21", "varicella", "2026-11-17T10:28:00-05:00", SC, "VR5530"),
];

const ed = hand.encounter({ id: "enc-ed-1", patient: "pat-epic-1", practitioner: "pr-rivera", start: "2026-11-15T19:40:00-05:00", minutes: 95, cpt: "99284", text: "Emergency department visit" });
const edVisit: FhirResource[] = [
  { ...ed, class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "EMER", display: "emergency" }, location: [{ location: { reference: "Location/loc-springfield-ed", display: "Springfield General Hospital - Emergency Department" } }] },
  hand.condition("cond-ed-1-sprain", "enc-ed-1", { snomed: ["44465007", "Sprain of ankle"], icd: ["S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"] }, { patient: "pat-epic-1", date: "2026-11-15" }),
  hand.procedure("proc-ed-1-xray", "enc-ed-1", "73610", "Ankle X-ray, three views", "19490002", "2026-11-15T20:10:00-05:00", { patient: "pat-epic-1", date: "2026-11-15" }),
];

const ceftriaxone: MedicationAdministration = {
  resourceType: "MedicationAdministration", id: "medadmin-injection-1-ceftriaxone", status: "completed",
  medicationCodeableConcept: { coding: [{ system: RXNORM, code: "1665021", display: "ceftriaxone 1000 MG Injection" }], text: "ceftriaxone 1000 MG Injection" },
  subject: { reference: "Patient/pat-epic-1" }, context: { reference: "Encounter/enc-injection-1" },
  effectiveDateTime: "2026-11-17T15:55:00-05:00", performer: [{ actor: { reference: "Practitioner/pr-rivera" } }],
  dosage: { text: "1 g IM once, right ventrogluteal", route: IM, dose: { value: 1, unit: "g", system: "http://unitsofmeasure.org", code: "g" } },
};

const injection: FhirResource[] = [
  hand.encounter({ id: "enc-injection-1", patient: "pat-epic-1", practitioner: "pr-rivera", start: "2026-11-17T15:30:00-05:00", minutes: 30, cpt: "99214", text: "Office visit, cough and fever" }),
  hand.condition("cond-injection-1-pneumonia", "enc-injection-1", { snomed: ["385093006", "Community acquired pneumonia"], icd: ["J18.9", "Pneumonia, unspecified organism"] }, { patient: "pat-epic-1", date: "2026-11-17" }),
  ceftriaxone,
];

/** The well-child, emergency department and clinic-injection visits, with their patient, coverage and place. */
export function handBuiltServiceVisits(): FhirResource[] {
  return [...child, edLocation, ...wellChild, ...edVisit, ...injection];
}
