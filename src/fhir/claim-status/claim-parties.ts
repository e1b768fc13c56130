import type { CapabilityStatement, Claim } from "fhir/r4";
import { refKey } from "../../billing/worklist/worklist-resources.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { byIdSearch } from "../worklist/encounter-searches.ts";
import type { ResourcePool } from "../worklist/resource-pool.ts";
import { canInclude, canSearch, runSearches, searchUrl, type WorklistSearch } from "../worklist/run-searches.ts";

/**
 * The patients, Coverages (payers included where allowed), care-team Practitioners and provider
 * Organizations the claims name and that were not read yet: one search per type, then one for
 * payer Organizations that have neither a display nor were included. A failure leaves the row
 * with the references' own displays.
 */
export async function readClaimParties(gateway: FhirGateway, cs: CapabilityStatement, pool: ResourcePool, claims: readonly Claim[]): Promise<void> {
  const refs = (pick: (claim: Claim) => (string | undefined)[]) => [...new Set(claims.flatMap(pick).flatMap((r) => refKey(r) ?? []))].filter((r) => !pool.has(r));
  const coverages = refs((c) => c.insurance?.map((i) => i.coverage.reference) ?? []);
  const people = refs((c) => [...(c.careTeam ?? []).map((t) => t.provider.reference), c.provider?.reference]);
  const searches = [
    byIdSearch(cs, "Patient", refs((c) => [c.patient?.reference])),
    coverageSearch(cs, coverages),
    byIdSearch(cs, "Practitioner", people),
    byIdSearch(cs, "Organization", people),
  ].filter((s): s is WorklistSearch => s !== undefined);
  (await runSearches(gateway, cs, searches)).forEach((outcome) => pool.take(outcome, "Claim details"));
  const payors = pool.all("Coverage").flatMap((c) => c.payor?.filter((p) => !p.display).map((p) => refKey(p.reference) ?? "") ?? []).filter((r) => r && !pool.has(r));
  const [organizations] = await runSearches(gateway, cs, [byIdSearch(cs, "Organization", payors)].filter((s): s is WorklistSearch => s !== undefined));
  pool.take(organizations, "Payers");
}

function coverageSearch(cs: CapabilityStatement, refs: string[]): WorklistSearch | undefined {
  const ids = refs.filter((r) => r.startsWith("Coverage/")).map((r) => r.slice("Coverage/".length));
  if (ids.length === 0 || !canSearch(cs, "Coverage")) return undefined;
  const params: [string, string][] = [["_id", ids.join(",")], ["_count", String(ids.length)]];
  if (canInclude(cs, "Coverage", "Coverage:payor")) params.push(["_include", "Coverage:payor"]);
  return { url: searchUrl(cs, "Coverage", params) };
}
