import type { CapabilityStatement, Claim } from "fhir/r4";
import { supportsSearchParam } from "../capabilities.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway, SearchParams } from "../fhir-gateway.ts";
import { eobWorklistRows } from "./eob-worklist.ts";
import { loadClaimStatuses } from "./load-claim-statuses.ts";
import { searchResources } from "./search-resources.ts";
import { ageInDays, sortByAge, type WorklistRow, type WorklistScope } from "./worklist-filters.ts";

/** Query options (react-query shape): the claims in scope with their latest status and age, oldest first. */
export function claimWorklistQuery(gateway: FhirGateway, scope: WorklistScope) {
  return {
    queryKey: ["claim-worklist", gateway.baseUrl, scope.patientId ?? null, scope.practitionerRef ?? null, scope.today] as const,
    queryFn: (): Promise<WorklistRow[]> => loadClaimWorklist(gateway, scope),
  };
}

export async function loadClaimWorklist(gateway: FhirGateway, scope: WorklistScope): Promise<WorklistRow[]> {
  const capability = await gateway.capabilities();
  const params = claimSearch(capability, scope);
  if (!params) return eobWorklistRows(gateway, capability, scope);
  const claims = (await searchResources(gateway, "Claim", { ...params, _count: 1000 })).filter(isClaim);
  const byRef = new Map(claims.map((claim) => [`Claim/${claim.id ?? ""}`, claim]));
  const statuses = await loadClaimStatuses(gateway, [...byRef.keys()], { claims: byRef });
  return sortByAge([...byRef].map(([claimRef, claim]) => claimRow(claimRef, claim, statuses[claimRef] ?? { kind: "submitted" }, scope.today)));
}

/** Claim?patient= or, for a practitioner, Claim?care-team= / Claim?provider=; undefined when not searchable. */
function claimSearch(capability: CapabilityStatement, scope: WorklistScope): SearchParams | undefined {
  const can = (param: string) => supportsSearchParam(capability, "Claim", param);
  if (scope.patientId) return can("patient") ? { patient: `Patient/${scope.patientId}` } : undefined;
  if (!scope.practitionerRef) throw new FhirError(0, outcomeOf([{ severity: "error", code: "required", diagnostics: "Choose a patient or a practitioner for the claim worklist." }]));
  if (can("care-team")) return { "care-team": scope.practitionerRef };
  return can("provider") ? { provider: scope.practitionerRef } : undefined;
}

function claimRow(claimRef: string, claim: Claim, status: WorklistRow["status"], today: string): WorklistRow {
  const row: WorklistRow = { claimRef, status };
  if (claim.patient?.reference) row.patientRef = claim.patient.reference;
  if (claim.created) row.created = claim.created;
  const age = ageInDays(claim.created, today);
  if (age !== undefined) row.ageDays = age;
  if (claim.total?.value !== undefined) row.total = { value: claim.total.value, currency: claim.total.currency ?? "USD" };
  return row;
}

function isClaim(value: unknown): value is Claim {
  return typeof value === "object" && value !== null && (value as { resourceType?: unknown }).resourceType === "Claim" && typeof (value as { id?: unknown }).id === "string";
}
