import type { CapabilityStatement } from "fhir/r4";
import { READY_FOR_CODING, tokenOf } from "../../billing/state/billing-identifiers.ts";
import { myWorkClaimRefs } from "../../billing/worklist/my-work.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { ResourcePool } from "../worklist/resource-pool.ts";
import { byIdSearch, MAX_SUPPORTING_PAGES } from "../worklist/encounter-searches.ts";
import { canInclude, canSearch, runSearches, searchUrl, type WorklistSearch } from "../worklist/run-searches.ts";

/** Claim?… with the patient and care team included where the server allows. */
export function claimSearchWithParties(cs: CapabilityStatement, param: string, value: string): WorklistSearch {
  const params: [string, string][] = [[param, value], ["_count", "1000"]];
  for (const include of ["Claim:patient", "Claim:care-team"]) if (canInclude(cs, "Claim", include)) params.push(["_include", include]);
  return { url: searchUrl(cs, "Claim", params), maxPages: MAX_SUPPORTING_PAGES };
}

/** The searches that find a user's work, each where the server allows it. */
export function myWorkSearches(cs: CapabilityStatement, userRef: string): WorklistSearch[] {
  const searches: WorklistSearch[] = [];
  if (canSearch(cs, "Claim", "enterer")) searches.push(claimSearchWithParties(cs, "enterer", userRef));
  if (canSearch(cs, "Provenance", "agent")) {
    const params: [string, string][] = [["agent", userRef], ["_count", "1000"]];
    if (canInclude(cs, "Provenance", "Provenance:target")) params.push(["_include", "Provenance:target"]);
    searches.push({ url: searchUrl(cs, "Provenance", params), maxPages: MAX_SUPPORTING_PAGES });
  }
  const code = tokenOf(READY_FOR_CODING.system ?? "", READY_FOR_CODING.code ?? "");
  for (const role of ["owner", "requester"]) {
    if (!canSearch(cs, "Task", role) || !canSearch(cs, "Task", "code")) continue;
    const params: [string, string][] = [["code", code], [role, userRef], ["_count", "1000"]];
    if (canInclude(cs, "Task", "Task:focus")) params.push(["_include", "Task:focus"]);
    searches.push({ url: searchUrl(cs, "Task", params), maxPages: MAX_SUPPORTING_PAGES });
  }
  return searches;
}

/**
 * The user's work: Claims they entered, Claims their Provenance targets, Claims of the hand-off
 * Tasks they own or requested. At most four searches at once, then one Claim?_id= for claims
 * pointed at but not included; a search the server does not offer is skipped.
 */
export async function loadMyWorkClaims(gateway: FhirGateway, cs: CapabilityStatement, userRef: string): Promise<ResourcePool> {
  const searches = myWorkSearches(cs, userRef);
  if (searches.length === 0) throw notListable();
  const pool = new ResourcePool();
  const outcomes = await runSearches(gateway, cs, searches);
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (failures.length === outcomes.length && failures[0]) throw failures[0];
  outcomes.forEach((outcome) => pool.take(outcome, "Your work"));
  const mine = () => myWorkClaimRefs(userRef, { claims: pool.all("Claim"), provenances: pool.all("Provenance"), tasks: pool.all("Task") });
  const [missing] = await runSearches(gateway, cs, [byIdSearch(cs, "Claim", [...mine()].filter((r) => !pool.has(r)))].filter((s) => s !== undefined));
  pool.take(missing, "Claims");
  const keep = mine();
  for (const claim of pool.all("Claim")) if (!keep.has(`Claim/${claim.id ?? ""}`)) pool.index.delete(`Claim/${claim.id ?? ""}`);
  return pool;
}

function notListable(): FhirError {
  const diagnostics = "This EHR does not allow finding your work: it offers no Claim search by enterer, Provenance search by agent or Task search by owner or requester.";
  return new FhirError(405, outcomeOf([{ severity: "error", code: "not-supported", diagnostics }]));
}
