import type { CapabilityStatement, Encounter } from "fhir/r4";
import { buildEncounterRows, type EncounterToCodeRow } from "../../billing/worklist/encounter-rows.ts";
import type { FilingLimits } from "../../billing/worklist/filing-deadline.ts";
import { refKey } from "../../billing/worklist/worklist-resources.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { byIdSearch, claimsSearch, coveragesSearch, encounterSearch, ENCOUNTER_PAGE_SIZE, handoffSearch, type EncounterListScope } from "./encounter-searches.ts";
import { ResourcePool } from "./resource-pool.ts";
import { runSearches, type WorklistSearch } from "./run-searches.ts";

export interface EncountersToCodeScope {
  by: EncounterListScope;
  /** YYYY-MM-DD: filing deadlines are counted to this day (time comes in as a value). */
  today: string;
  filingLimits?: FilingLimits;
}

export interface EncountersToCode {
  rows: EncounterToCodeRow[];
  /** What the EHR did not allow or answer: the list is shown without it, and says so. */
  notices: string[];
  /** More finished encounters than one page: the oldest page is listed. */
  truncated: boolean;
}

/** Query options (react-query shape): finished encounters with no active claim, oldest first. */
export function encountersToCodeQuery(gateway: FhirGateway, scope: EncountersToCodeScope) {
  return {
    queryKey: ["encounters-to-code", gateway.baseUrl, scope.by.kind, scope.by.ref, scope.today, JSON.stringify(scope.filingLimits ?? null)] as const,
    queryFn: (): Promise<EncountersToCode> => loadEncountersToCode(gateway, scope),
  };
}

/**
 * Three round trips at most after the cached CapabilityStatement, whatever the number of
 * encounters: (1) the encounters (patients and providers included where allowed) and the open
 * hand-off Tasks; (2) the patients' Claims and Coverages (payers included), and the patients and
 * providers not included; (3) payer Organizations not included. Batched where the server allows.
 */
export async function loadEncountersToCode(gateway: FhirGateway, scope: EncountersToCodeScope): Promise<EncountersToCode> {
  const cs = await gateway.capabilities();
  const pool = new ResourcePool();
  const tasks = handoffSearch(cs);
  if (!tasks) pool.notices.push("Hand-off notes are not shown: this EHR does not allow searching Tasks by code.");
  const [encounters, handoffs] = await runSearches(gateway, cs, [encounterSearch(cs, scope.by), ...(tasks ? [tasks] : [])]);
  if (encounters && !encounters.ok) throw encounters.error;
  pool.take(encounters, "Encounters");
  pool.take(handoffs, "Hand-off notes");
  const listed = pool.all("Encounter");
  await readSecondRound(gateway, cs, pool, listed);
  const payers = pool.all("Coverage").flatMap((c) => c.payor?.map((p) => refKey(p.reference) ?? "") ?? []);
  const [organizations] = await runSearches(gateway, cs, present([byIdSearch(cs, "Organization", unread(pool, payers))]));
  pool.take(organizations, "Payers", "filing limits use the practice default.");
  const rows = buildEncounterRows({
    encounters: listed, index: pool.index, coverages: pool.all("Coverage"), claims: pool.all("Claim"), tasks: pool.all("Task"),
    today: scope.today, ...(scope.filingLimits ? { filingLimits: scope.filingLimits } : {}),
  });
  return { rows, notices: pool.notices, truncated: encounters?.ok === true && (encounters.truncated || listed.length >= ENCOUNTER_PAGE_SIZE) };
}

async function readSecondRound(gateway: FhirGateway, cs: CapabilityStatement, pool: ResourcePool, encounters: Encounter[]): Promise<void> {
  const patients = [...new Set(encounters.flatMap((e) => refKey(e.subject?.reference) ?? []))].filter((r) => r.startsWith("Patient/"));
  const people = encounters.flatMap((e) => e.participant?.map((p) => refKey(p.individual?.reference) ?? "") ?? []);
  const authors = pool.all("Task").flatMap((t) => [t.requester, ...(t.note ?? []).map((n) => n.authorReference)].map((r) => refKey(r?.reference) ?? ""));
  const claims = claimsSearch(cs, patients);
  if (!claims && patients.length > 0) pool.notices.push("This EHR does not allow searching Claims by patient: encounters that already have a claim may be listed.");
  const planned: [WorklistSearch | undefined, string, string][] = [
    [claims, "Claims", "encounters that already have a claim may be listed."],
    [coveragesSearch(cs, patients), "Coverage", "payers are not shown and filing limits use the practice default."],
    [byIdSearch(cs, "Patient", unread(pool, patients)), "Patients", ""],
    [byIdSearch(cs, "Practitioner", unread(pool, [...people, ...authors])), "Providers", ""],
  ];
  const sent = planned.filter((p): p is [WorklistSearch, string, string] => p[0] !== undefined);
  const outcomes = await runSearches(gateway, cs, sent.map(([search]) => search));
  sent.forEach(([, what, consequence], i) => pool.take(outcomes[i], what, consequence));
}

function unread(pool: ResourcePool, refs: string[]): string[] {
  return [...new Set(refs)].filter((r) => r && !pool.has(r));
}

function present(searches: (WorklistSearch | undefined)[]): WorklistSearch[] {
  return searches.filter((s): s is WorklistSearch => s !== undefined);
}
