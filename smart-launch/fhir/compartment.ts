/**
 * The patient compartment behind patient/ scopes: searches are narrowed to the launch patient,
 * reads of another patient's resources are refused, and writes may only point at that patient.
 */
import { evalFhirPath, getSearchParameter, parseSearchRequest } from "@medplum/core";
import type { Reference, Resource } from "fhir/r4";
import type { FhirEngine } from "./engine.ts";
import { fastEquivalent } from "./search-params.ts";

const PATIENT_PARAM: Record<string, string> = {
  Patient: "_id", Encounter: "patient", Condition: "patient", Procedure: "patient", Observation: "patient",
  Claim: "patient", ClaimResponse: "patient", Coverage: "beneficiary", ExplanationOfBenefit: "patient",
  ChargeItem: "subject", Provenance: "patient", AllergyIntolerance: "patient", MedicationRequest: "patient",
  Immunization: "patient", DiagnosticReport: "patient", CarePlan: "patient", Goal: "patient",
  DocumentReference: "patient", Account: "patient", ImagingStudy: "patient", Task: "patient",
  MedicationAdministration: "patient", MedicationStatement: "patient",
};

export function isCompartmentType(type: string): boolean {
  return type in PATIENT_PARAM;
}

/** Adds the compartment filter to a search (an AND with whatever the app asked). */
export function restrictToPatient(type: string, params: URLSearchParams, patientId: string): URLSearchParams {
  const declared = PATIENT_PARAM[type];
  if (!declared) return params;
  const param = fastEquivalent(type, declared);
  const restricted = new URLSearchParams(params);
  restricted.append(param, param === "_id" ? patientId : `Patient/${patientId}`);
  return restricted;
}

/** True when the resource is the patient's, or does not exist yet (a 404 or an update-as-create follows). */
export async function isInCompartment(engine: FhirEngine, type: string, id: string, patientId: string): Promise<boolean> {
  if (!isCompartmentType(type)) return true;
  const exists = await engine.repo.readResource(type, id).then(() => true, () => false);
  if (!exists) return true;
  const query = restrictToPatient(type, new URLSearchParams({ _id: id }), patientId);
  const bundle = await engine.repo.search(parseSearchRequest(`${type}?${query}`));
  return (bundle.entry ?? []).length > 0;
}

/** True when a resource in hand is the patient's or belongs to no patient (read from its content). */
export function belongsToPatient(resource: Resource, patientId: string): boolean {
  const declared = PATIENT_PARAM[resource.resourceType];
  if (!declared) return true;
  if (resource.resourceType === "Patient") return resource.id === patientId;
  const expression = getSearchParameter(resource.resourceType, fastEquivalent(resource.resourceType, declared))?.expression;
  if (!expression) return false;
  return evalFhirPath(expression, resource).some((value) => (value as Reference | undefined)?.reference === `Patient/${patientId}`);
}

function patientReferences(node: unknown, into: string[]): string[] {
  if (Array.isArray(node)) for (const item of node) patientReferences(item, into);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "reference" && typeof value === "string" && /(^|\/)Patient\/[^/]+$/.test(value)) into.push(value.replace(/^.*\/?(Patient\/[^/]+)$/, "$1"));
      else patientReferences(value, into);
    }
  }
  return into;
}

/** True when a resource written under patient/ scopes points at no other patient. */
export function staysInCompartment(body: unknown, patientId: string): boolean {
  const resource = body as { resourceType?: string; id?: string } | undefined;
  if (resource?.resourceType === "Patient" && resource.id !== undefined && resource.id !== patientId) return false;
  return patientReferences(body, []).every((ref) => ref === `Patient/${patientId}`);
}
