/** Lists the launcher offers: practitioners (users), patients and a patient's encounters. */
import { parseSearchRequest } from "@medplum/core";
import type { Encounter, HumanName, Patient, Practitioner } from "fhir/r4";
import type { FhirEngine } from "../fhir/engine.ts";

export interface Choice { id: string; label: string }

const HAND_BUILT_FIRST = /^(pat|pr|enc)-/;

function nameOf(names: HumanName[] | undefined): string {
  const name = names?.[0];
  if (!name) return "(no name)";
  return [...(name.prefix ?? []), ...(name.given ?? []), name.family ?? "", ...(name.suffix ?? [])].filter(Boolean).join(" ");
}

function handBuiltFirst(a: Choice, b: Choice): number {
  const byOrigin = Number(!HAND_BUILT_FIRST.test(a.id)) - Number(!HAND_BUILT_FIRST.test(b.id));
  return byOrigin || a.label.localeCompare(b.label);
}

async function searchAll<T>(engine: FhirEngine, query: string): Promise<T[]> {
  const bundle = await engine.repo.search(parseSearchRequest(query + (query.includes("?") ? "&" : "?") + "_count=5000"));
  return (bundle.entry ?? []).map((e) => e.resource as unknown as T);
}

export async function listPractitioners(engine: FhirEngine): Promise<Choice[]> {
  const practitioners = await searchAll<Practitioner>(engine, "Practitioner");
  return practitioners.map((p) => ({ id: p.id ?? "", label: nameOf(p.name) })).sort(handBuiltFirst);
}

export async function listPatients(engine: FhirEngine): Promise<Choice[]> {
  const patients = await searchAll<Patient>(engine, "Patient");
  return patients.map((p) => ({ id: p.id ?? "", label: `${nameOf(p.name)} (${p.birthDate ?? "?"})` })).sort(handBuiltFirst);
}

/** A patient's encounters, hand-built ones first, then most recent first. */
export async function listEncounters(engine: FhirEngine, patientId: string): Promise<Choice[]> {
  const encounters = await searchAll<Encounter>(engine, `Encounter?subject=Patient/${encodeURIComponent(patientId)}`);
  return encounters
    .sort((a, b) => Number(!HAND_BUILT_FIRST.test(a.id ?? "")) - Number(!HAND_BUILT_FIRST.test(b.id ?? "")) || (b.period?.start ?? "").localeCompare(a.period?.start ?? ""))
    .map((e) => ({ id: e.id ?? "", label: `${(e.period?.start ?? "").slice(0, 10)} ${e.type?.[0]?.text ?? e.class.code ?? "Encounter"} (${e.status})` }));
}
