import type { Condition, Coverage, Encounter, FhirResource, Location, Organization, Patient, Practitioner, PractitionerRole, Procedure } from "fhir/r4";
import type { FhirError } from "../fhir-error.ts";
import { emptyDocumentation, type DocumentationContext } from "./documentation-reads.ts";
import { emptyServices, type ServicesContext } from "./service-reads.ts";

/** Everything the coding workspace needs about one encounter, and what could not be read. */
export interface EncounterContext {
  patient?: Patient;
  encounter?: Encounter;
  /** Conditions of this encounter (Condition?encounter= and Encounter.diagnosis). */
  encounterConditions: Condition[];
  /** The patient's active problem list. */
  problemList: Condition[];
  procedures: Procedure[];
  coverages: Coverage[];
  practitioners: Practitioner[];
  /** The roles (PractitionerRole?practitioner=) of this encounter's and the earlier encounters' practitioners: specialty and group. */
  practitionerRoles: PractitionerRole[];
  organizations: Organization[];
  locations: Location[];
  /** The patient's other encounters (for new vs established). */
  priorEncounters: Encounter[];
  /** What the store holds for the encounter's billing (Claims, ChargeItems, Task, ClaimResponses, Provenance). */
  billingResources: FhirResource[];
  /** Clinical notes, report narratives and the reasons for the visit (the Documentation region). */
  documentation: DocumentationContext;
  /** Immunizations and drugs given: the visit's service suggestions. */
  services: ServicesContext;
  /** Reads that were refused or failed: shown to the user, the rest still works. */
  missing: MissingPart[];
}

export interface MissingPart {
  /** What could not be read, in the user's words ("Coverage"). */
  what: string;
  error: FhirError;
}

export function emptyContext(): EncounterContext {
  return {
    encounterConditions: [],
    problemList: [],
    procedures: [],
    coverages: [],
    practitioners: [],
    practitionerRoles: [],
    organizations: [],
    locations: [],
    priorEncounters: [],
    billingResources: [],
    documentation: emptyDocumentation(),
    services: emptyServices(),
    missing: [],
  };
}
