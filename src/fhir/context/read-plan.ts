import type { Bundle, CapabilityStatement, Condition, FhirResource } from "fhir/r4";
import { billingFollowUpReads, billingReads } from "../billing-store/billing-reads.ts";
import { supportsSearchParam } from "../capabilities.ts";
import { documentationReads, reasonReads } from "./documentation-reads.ts";
import { serviceReads } from "./service-reads.ts";
import type { EncounterContext } from "./encounter-context.ts";

/** One read of the context: a base-relative URL and where its results go. */
export interface PlannedRead {
  what: string;
  url: string;
  store(context: EncounterContext, resources: FhirResource[]): void;
}

function ofType<K extends FhirResource["resourceType"]>(type: K, resources: FhirResource[]): Extract<FhirResource, { resourceType: K }>[] {
  return resources.filter((r): r is Extract<FhirResource, { resourceType: K }> => r.resourceType === type);
}

const ALWAYS_ALLOWED = new Set(["_count"]);

/**
 * A search URL with only the parameters the server declares for the type (a server may refuse
 * an unknown one); what is dropped is filtered for client-side by the store functions.
 */
export function searchUrl(cs: CapabilityStatement, type: string, params: Record<string, string>): string {
  const kept = Object.entries(params).filter(([name]) => ALWAYS_ALLOWED.has(name) || supportsSearchParam(cs, type, name));
  return `${type}?${kept.map(([k, v]) => `${k}=${v}`).join("&")}`;
}

const isActiveProblem = (c: Condition) =>
  (c.category ?? []).some((cat) => cat.coding?.some((x) => x.code === "problem-list-item")) &&
  (!c.clinicalStatus || c.clinicalStatus.coding?.some((x) => x.code === "active"));

/** Round 1: everything reachable from the patient and encounter ids. */
export function firstRoundReads(cs: CapabilityStatement, patientId: string, encounterId: string | undefined): PlannedRead[] {
  const patient = `Patient/${patientId}`;
  const reads: PlannedRead[] = [
    { what: "Patient", url: patient, store: (c, r) => (c.patient = ofType("Patient", r)[0]) },
    {
      what: "Problem list",
      url: searchUrl(cs, "Condition", { patient, category: "problem-list-item", "clinical-status": "active", _count: "100" }),
      store: (c, r) => c.problemList.push(...ofType("Condition", r).filter(isActiveProblem)),
    },
    {
      what: "Coverage",
      url: searchUrl(cs, "Coverage", { patient, status: "active" }),
      store: (c, r) => c.coverages.push(...ofType("Coverage", r).filter((x) => x.status === "active")),
    },
    {
      what: "Other encounters",
      url: searchUrl(cs, "Encounter", { patient, _count: "100", _sort: "-date" }),
      store: (c, r) => c.priorEncounters.push(...ofType("Encounter", r).filter((e) => e.id !== encounterId)),
    },
  ];
  if (!encounterId) return reads;
  const encounter = `Encounter/${encounterId}`;
  const byEncounter = (type: string) =>
    supportsSearchParam(cs, type, "encounter") ? searchUrl(cs, type, { encounter, _count: "100" }) : searchUrl(cs, type, { patient, _count: "100" });
  const mine = <T extends { encounter?: { reference?: string } }>(items: T[]) =>
    items.filter((i) => !i.encounter || i.encounter.reference?.endsWith(encounter));
  reads.push(
    { what: "Encounter", url: encounter, store: (c, r) => (c.encounter = ofType("Encounter", r)[0]) },
    { what: "Encounter diagnoses", url: byEncounter("Condition"), store: (c, r) => c.encounterConditions.push(...mine(ofType("Condition", r))) },
    { what: "Procedures", url: byEncounter("Procedure"), store: (c, r) => c.procedures.push(...mine(ofType("Procedure", r))) },
    ...billingReads(cs, encounterId),
    ...documentationReads(cs, patientId, encounterId),
    ...serviceReads(cs, patientId, encounterId),
  );
  return reads;
}

function referenceOf(ref: { reference?: string } | undefined): string | undefined {
  const value = ref?.reference;
  if (!value || value.startsWith("#")) return undefined;
  const match = /([A-Za-z]+)\/([^/]+)$/.exec(value);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Round 2: the people, places, payers and conditions the first round points at. */
export function secondRoundReads(context: EncounterContext, cs?: CapabilityStatement): PlannedRead[] {
  const refs = new Set<string>();
  const add = (ref: { reference?: string } | undefined) => {
    const r = referenceOf(ref);
    if (r) refs.add(r);
  };
  const e = context.encounter;
  e?.participant?.forEach((p) => add(p.individual));
  e?.location?.forEach((l) => add(l.location));
  add(e?.serviceProvider);
  context.coverages.forEach((c) => c.payor?.forEach(add));
  const known = new Set(context.encounterConditions.map((c) => `Condition/${c.id}`));
  e?.diagnosis?.forEach((d) => {
    const r = referenceOf(d.condition);
    if (r?.startsWith("Condition/") && !known.has(r)) refs.add(r);
  });
  const followUps = cs ? billingFollowUpReads(cs, context) : [];
  const roles = cs ? practitionerRoleReads(cs, context) : [];
  return [...followUps, ...roles, ...reasonReads(context), ...[...refs].filter((r) => /^(Practitioner|PractitionerRole|Organization|Location|Condition)\//.test(r)).map((url) => ({
    what: url.split("/")[0] ?? url,
    url,
    store: (c: EncounterContext, resources: FhirResource[]) => {
      for (const r of resources) {
        if (r.resourceType === "Practitioner") c.practitioners.push(r);
        else if (r.resourceType === "PractitionerRole") c.practitionerRoles.push(r);
        else if (r.resourceType === "Organization") c.organizations.push(r);
        else if (r.resourceType === "Location") c.locations.push(r);
        else if (r.resourceType === "Condition") c.encounterConditions.push(r);
      }
    },
  }))];
}

/** "Practitioner/id" of every practitioner taking part in this or an earlier encounter. */
function encounterPractitioners(context: EncounterContext): string[] {
  const refs = [context.encounter, ...context.priorEncounters].flatMap((e) => (e?.participant ?? []).map((p) => referenceOf(p.individual)));
  return [...new Set(refs.filter((r): r is string => r?.startsWith("Practitioner/") === true))];
}

/**
 * The practitioners' roles (specialty, organization) for new vs established patient by the same
 * specialty and the claim's taxonomy: one search, PractitionerRole?practitioner=a,b, where the
 * server declares that parameter (without it the search would return every role of the server).
 */
export function practitionerRoleReads(cs: CapabilityStatement, context: EncounterContext): PlannedRead[] {
  const practitioners = encounterPractitioners(context);
  if (practitioners.length === 0 || !supportsSearchParam(cs, "PractitionerRole", "practitioner")) return [];
  const wanted = new Set(practitioners);
  return [{
    what: "Practitioner roles",
    url: searchUrl(cs, "PractitionerRole", { practitioner: practitioners.join(","), _count: "100" }),
    store: (c, r) => c.practitionerRoles.push(...ofType("PractitionerRole", r).filter((role) => wanted.has(referenceOf(role.practitioner) ?? ""))),
  }];
}

/** The resources a read returned: a resource itself, or a searchset's matches. */
export function resourcesOf(result: FhirResource | undefined): FhirResource[] {
  if (!result) return [];
  if (result.resourceType !== "Bundle") return [result];
  return ((result as Bundle<FhirResource>).entry ?? [])
    .filter((e) => e.search?.mode !== "include" && e.search?.mode !== "outcome")
    .flatMap((e) => (e.resource ? [e.resource] : []));
}
