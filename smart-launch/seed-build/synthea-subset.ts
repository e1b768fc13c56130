/**
 * Reads the Synthea R4 transaction Bundles and keeps a small, consistent subset: every patient,
 * their last N encounters and the resources that point at those encounters, and the
 * practitioners and organizations they reference. urn:uuid references become "Type/id".
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Bundle, Claim, Encounter, ExplanationOfBenefit, FhirResource } from "fhir/r4";
import { generatedNotes } from "./visit-notes.ts";

export interface SyntheaSubset {
  patients: FhirResource[];
  encounters: Encounter[];
  clinical: FhirResource[];
  claims: Claim[];
  eobs: ExplanationOfBenefit[];
  practitioners: FhirResource[];
  organizations: FhirResource[];
}

const CLINICAL_TYPES = new Set(["Condition", "Procedure"]);

function readBundle(path: string): Bundle {
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as Bundle;
}

/** Replaces every urn:uuid reference by its "Type/id" form, in place. */
function rewriteReferences(node: unknown, byFullUrl: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteReferences(item, byFullUrl);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === "reference" && typeof value === "string") record[key] = byFullUrl.get(value) ?? value;
      else rewriteReferences(value, byFullUrl);
    }
  }
}

function resourcesOf(bundle: Bundle): FhirResource[] {
  const byFullUrl = new Map<string, string>();
  for (const entry of bundle.entry ?? []) {
    if (entry.fullUrl && entry.resource?.id) byFullUrl.set(entry.fullUrl, `${entry.resource.resourceType}/${entry.resource.id}`);
  }
  const resources = (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource as FhirResource] : []));
  rewriteReferences(resources, byFullUrl);
  return resources;
}

function lastEncounters(resources: FhirResource[], perPatient: number): Encounter[] {
  const encounters = resources.filter((r): r is Encounter => r.resourceType === "Encounter");
  encounters.sort((a, b) => (a.period?.start ?? "").localeCompare(b.period?.start ?? ""));
  return encounters.slice(-perPatient);
}

function refersToEncounter(resource: FhirResource, encounterRefs: Set<string>): boolean {
  if (resource.resourceType === "Claim") return (resource.item ?? []).some((i) => (i.encounter ?? []).some((e) => encounterRefs.has(e.reference ?? "")));
  if (resource.resourceType === "Condition" || resource.resourceType === "Procedure") return encounterRefs.has(resource.encounter?.reference ?? "");
  return false;
}

/** Collects every "Type/id" reference string found anywhere in `node`. */
export function collectReferences(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) collectReferences(item, into);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "reference" && typeof value === "string") into.add(value);
      else collectReferences(value, into);
    }
  }
  return into;
}

export function readSyntheaSubset(dir: string, encountersPerPatient: number): SyntheaSubset {
  const subset: SyntheaSubset = { patients: [], encounters: [], clinical: [], claims: [], eobs: [], practitioners: [], organizations: [] };
  const directory = new Map<string, FhirResource>();
  const patientDir = join(dir, "patients");
  for (const file of readdirSync(patientDir).filter((f) => f.endsWith(".json.gz")).sort()) {
    const resources = resourcesOf(readBundle(join(patientDir, file)));
    const encounters = lastEncounters(resources, encountersPerPatient);
    const encounterRefs = new Set(encounters.map((e) => `Encounter/${e.id}`));
    const claims = resources.filter((r): r is Claim => r.resourceType === "Claim" && refersToEncounter(r, encounterRefs));
    const claimRefs = new Set(claims.map((c) => `Claim/${c.id}`));
    subset.patients.push(...resources.filter((r) => r.resourceType === "Patient"));
    subset.encounters.push(...encounters);
    subset.clinical.push(...resources.filter((r) => CLINICAL_TYPES.has(r.resourceType) && refersToEncounter(r, encounterRefs)));
    subset.clinical.push(...generatedNotes(encounters, resources));
    subset.claims.push(...claims);
    subset.eobs.push(...resources.filter((r): r is ExplanationOfBenefit => r.resourceType === "ExplanationOfBenefit" && claimRefs.has(r.claim?.reference ?? "")));
    for (const r of resources) if (r.resourceType === "Practitioner" || r.resourceType === "Organization") directory.set(`${r.resourceType}/${r.id}`, r);
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json.gz")).sort()) {
    for (const r of resourcesOf(readBundle(join(dir, file)))) directory.set(`${r.resourceType}/${r.id}`, r);
  }
  const used = collectReferences([subset.encounters, subset.clinical, subset.claims, subset.eobs], new Set());
  for (const ref of [...used].sort()) {
    const resource = directory.get(ref);
    if (resource?.resourceType === "Practitioner") subset.practitioners.push(resource);
    if (resource?.resourceType === "Organization") subset.organizations.push(resource);
  }
  return subset;
}
