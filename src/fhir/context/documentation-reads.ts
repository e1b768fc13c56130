import type { CapabilityStatement, Condition, DiagnosticReport, DocumentReference, FhirResource, Observation, Procedure } from "fhir/r4";
import { supportsInteraction, supportsSearchParam } from "../capabilities.ts";
import type { EncounterContext } from "./encounter-context.ts";
import type { PlannedRead } from "./read-plan.ts";

/** What the encounter's documentation is read from. */
export interface DocumentationContext {
  /** Clinical notes (US Core DocumentReference) of the encounter, or of the patient where the server cannot search by encounter. */
  notes: DocumentReference[];
  /** Reports with a narrative (DiagnosticReport.presentedForm or conclusion). */
  reports: DiagnosticReport[];
  /** Encounter.reasonReference read in the second round (those not already in the context). */
  reasons: (Condition | Observation | Procedure)[];
  /** Types the server does not let the app search: the Documentation region says so. */
  notSearchable: DocumentationType[];
}

export type DocumentationType = "DocumentReference" | "DiagnosticReport";
const TYPES: DocumentationType[] = ["DocumentReference", "DiagnosticReport"];

export function emptyDocumentation(): DocumentationContext {
  return { notes: [], reports: [], reasons: [], notSearchable: [] };
}

/** Notes the server can search: records the types it cannot, so the screen says so instead of failing. */
export function noteDocumentationSupport(context: EncounterContext, cs: CapabilityStatement): void {
  context.documentation.notSearchable = TYPES.filter((type) => !supportsInteraction(cs, type, "search-type"));
}

const withdrawn = (r: { status?: string }) => r.status === "entered-in-error";
const ofType = <T extends FhirResource["resourceType"]>(type: T, resources: FhirResource[]) =>
  resources.filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type);

/** The query of a type's resources for the encounter: by encounter where declared, else by patient. */
function searchFor(cs: CapabilityStatement, type: DocumentationType, patient: string, encounter: string): string {
  const by = supportsSearchParam(cs, type, "encounter") ? `encounter=${encounter}` : supportsSearchParam(cs, type, "patient") ? `patient=${patient}` : `subject=${patient}`;
  return `${type}?${by}&_count=100`;
}

/** The encounters a note names (none: its date decides, see encounter-notes.ts). */
const noteEncounters = (note: DocumentReference) => (note.context?.encounter ?? []).map((e) => e.reference ?? "");
const isOfEncounter = (refs: string[], encounter: string) => refs.length === 0 || refs.some((r) => r === encounter || r.endsWith(`/${encounter}`));

/** Round 1: the encounter's clinical notes and reports, in the same round trip as the chart. */
export function documentationReads(cs: CapabilityStatement, patientId: string, encounterId: string): PlannedRead[] {
  const patient = `Patient/${patientId}`;
  const encounter = `Encounter/${encounterId}`;
  const reads: PlannedRead[] = [];
  if (supportsInteraction(cs, "DocumentReference", "search-type")) {
    reads.push({
      what: "Clinical notes",
      url: searchFor(cs, "DocumentReference", patient, encounter),
      store: (c, r) => c.documentation.notes.push(...ofType("DocumentReference", r).filter((n) => !withdrawn(n) && isOfEncounter(noteEncounters(n), encounter))),
    });
  }
  if (supportsInteraction(cs, "DiagnosticReport", "search-type")) {
    reads.push({
      what: "Reports",
      url: searchFor(cs, "DiagnosticReport", patient, encounter),
      store: (c, r) => c.documentation.reports.push(...ofType("DiagnosticReport", r).filter((d) =>
        !withdrawn(d) && isOfEncounter(d.encounter?.reference ? [d.encounter.reference] : [], encounter) && (Boolean(d.conclusion) || (d.presentedForm ?? []).length > 0))),
    });
  }
  return reads;
}

const REASON_TYPES = /^(Condition|Observation|Procedure)\/[^/]+$/;

/** Round 2: the reasons for the visit (Encounter.reasonReference) that round 1 did not bring. */
export function reasonReads(context: EncounterContext): PlannedRead[] {
  // Already read, or read in this round as an Encounter.diagnosis condition: found there by the screen.
  const known = new Set([...context.encounterConditions, ...context.problemList, ...context.procedures].map((r) => `${r.resourceType}/${r.id ?? ""}`));
  for (const d of context.encounter?.diagnosis ?? []) known.add(/([A-Za-z]+\/[^/]+)$/.exec(d.condition.reference ?? "")?.[1] ?? "");
  const refs = (context.encounter?.reasonReference ?? [])
    .map((r) => /([A-Za-z]+\/[^/]+)$/.exec(r.reference ?? "")?.[1] ?? "")
    .filter((r) => REASON_TYPES.test(r) && !known.has(r));
  return [...new Set(refs)].map((url) => ({
    what: "Reason for visit",
    url,
    store: (c: EncounterContext, resources: FhirResource[]) => {
      for (const r of resources) if (r.resourceType === "Condition" || r.resourceType === "Observation" || r.resourceType === "Procedure") c.documentation.reasons.push(r);
    },
  }));
}
