import type { CapabilityStatement, Claim } from "fhir/r4";
import { summarizeClaim } from "../../billing/worklist/claim-summary.ts";
import type { ResourceIndex } from "../../billing/worklist/worklist-resources.ts";
import { supportsSearchParam } from "../capabilities.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { ResourcePool } from "../worklist/resource-pool.ts";
import { runSearches } from "../worklist/run-searches.ts";
import { readClaimParties } from "./claim-parties.ts";
import { eobWorklistRows } from "./eob-worklist.ts";
import { loadClaimStatuses, type KnownClaimStatus } from "./load-claim-statuses.ts";
import { claimSearchWithParties, loadMyWorkClaims } from "./my-work-claims.ts";
import { ageInDays, sortByAge, type WorklistRow, type WorklistScope } from "./worklist-filters.ts";

/** Query options (react-query shape): the claims in scope with their latest status and age, oldest first. */
export function claimWorklistQuery(gateway: FhirGateway, scope: WorklistScope) {
  return {
    queryKey: ["claim-worklist", gateway.baseUrl, scope.patientId ?? null, scope.practitionerRef ?? null, scope.today] as const,
    queryFn: (): Promise<WorklistRow[]> => loadClaimWorklist(gateway, scope),
  };
}

/** Superseded generations and voided claims are not work. */
const LISTED = new Set(["active", "draft"]);

/**
 * The patient's claims (Claim?patient=), or the user's work (see loadMyWorkClaims); then, in one
 * round trip, the payer's answers (ceil(N / 50) searches) and the names the rows show.
 */
export async function loadClaimWorklist(gateway: FhirGateway, scope: WorklistScope): Promise<WorklistRow[]> {
  const capability = await gateway.capabilities();
  const pool = await findClaims(gateway, capability, scope);
  if (!pool) return eobWorklistRows(gateway, capability, scope);
  const claims = pool.all("Claim").filter((c) => LISTED.has(c.status));
  const byRef = new Map(claims.map((claim) => [`Claim/${claim.id ?? ""}`, claim]));
  const submitted = claims.filter((c) => c.status === "active").map((c) => `Claim/${c.id ?? ""}`);
  const [statuses] = await Promise.all([loadClaimStatuses(gateway, submitted, { claims: byRef }), readClaimParties(gateway, capability, pool, claims)]);
  return sortByAge([...byRef].map(([claimRef, claim]) => claimRow(claimRef, claim, statuses[claimRef] ?? { kind: "submitted" }, pool.index, scope.today)));
}

async function findClaims(gateway: FhirGateway, capability: CapabilityStatement, scope: WorklistScope): Promise<ResourcePool | undefined> {
  if (scope.patientId) {
    if (!supportsSearchParam(capability, "Claim", "patient")) return undefined;
    const [outcome] = await runSearches(gateway, capability, [claimSearchWithParties(capability, "patient", `Patient/${scope.patientId}`)]);
    if (outcome && !outcome.ok) throw outcome.error;
    const pool = new ResourcePool();
    pool.take(outcome, "Claims");
    return pool;
  }
  if (!scope.practitionerRef) throw new FhirError(0, outcomeOf([{ severity: "error", code: "required", diagnostics: "Choose a patient or your work for the claim worklist." }]));
  return loadMyWorkClaims(gateway, capability, scope.practitionerRef);
}

function claimRow(claimRef: string, claim: Claim, status: KnownClaimStatus, index: ResourceIndex, today: string): WorklistRow {
  const summary = summarizeClaim(claim, index);
  const row: WorklistRow = { claimRef, status, ...summary };
  if (claim.status === "draft") row.draft = true;
  if (claim.created) row.created = claim.created;
  const age = ageInDays(summary.dateOfService ?? claim.created, today);
  if (age !== undefined) row.ageDays = age;
  return row;
}
