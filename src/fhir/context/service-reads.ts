import type { CapabilityStatement, FhirResource, Immunization, MedicationAdministration, MedicationRequest, MedicationStatement } from "fhir/r4";
import { supportsInteraction, supportsSearchParam } from "../capabilities.ts";
import type { PlannedRead } from "./read-plan.ts";

/** What the visit's services are suggested from (vaccines given, drugs given in the clinic). */
export interface ServicesContext {
  immunizations: Immunization[];
  medicationAdministrations: MedicationAdministration[];
  medicationRequests: MedicationRequest[];
  medicationStatements: MedicationStatement[];
}

export function emptyServices(): ServicesContext {
  return { immunizations: [], medicationAdministrations: [], medicationRequests: [], medicationStatements: [] };
}

type ServiceType = "Immunization" | "MedicationAdministration" | "MedicationRequest" | "MedicationStatement";

/** The encounter parameter each type declares in R4 (Immunization has none: by patient, the visit's date decides). */
const ENCOUNTER_PARAM: Readonly<Record<ServiceType, string | undefined>> = {
  Immunization: undefined,
  MedicationAdministration: "context",
  MedicationRequest: "encounter",
  MedicationStatement: "context",
};

function searchFor(cs: CapabilityStatement, type: ServiceType, patient: string, encounter: string): string {
  const param = ENCOUNTER_PARAM[type];
  if (param !== undefined && supportsSearchParam(cs, type, param)) return `${type}?${param}=${encounter}&_count=100`;
  return `${type}?${supportsSearchParam(cs, type, "subject") && !supportsSearchParam(cs, type, "patient") ? "subject" : "patient"}=${patient}&_count=100`;
}

type ServiceResource = Immunization | MedicationAdministration | MedicationRequest | MedicationStatement;
const ofType = <T extends ServiceType>(type: T, resources: FhirResource[]) =>
  resources.filter((r): r is Extract<ServiceResource, { resourceType: T }> => r.resourceType === type && (r as ServiceResource).status !== "entered-in-error");

/**
 * Round 1: immunizations and the drugs given, in the same round trip as the chart, for the
 * types the server lets the app search (the others are not asked for). Which of them belong to
 * the visit is decided by the suggestions (encounter, else the visit's date).
 */
export function serviceReads(cs: CapabilityStatement, patientId: string, encounterId: string): PlannedRead[] {
  const patient = `Patient/${patientId}`;
  const encounter = `Encounter/${encounterId}`;
  const plan: [ServiceType, string, PlannedRead["store"]][] = [
    ["Immunization", "Immunizations", (c, r) => c.services.immunizations.push(...ofType("Immunization", r))],
    ["MedicationAdministration", "Medications given", (c, r) => c.services.medicationAdministrations.push(...ofType("MedicationAdministration", r))],
    ["MedicationRequest", "Medication orders", (c, r) => c.services.medicationRequests.push(...ofType("MedicationRequest", r))],
    ["MedicationStatement", "Medication statements", (c, r) => c.services.medicationStatements.push(...ofType("MedicationStatement", r))],
  ];
  return plan.filter(([type]) => supportsInteraction(cs, type, "search-type")).map(([type, what, store]) => ({ what, url: searchFor(cs, type, patient, encounter), store }));
}
