import type { CapabilityStatement, FhirResource } from "fhir/r4";
import { CLAIM_ENCOUNTER_SYSTEM, HANDOFF_SYSTEM, tokenOf } from "../../billing/state/billing-identifiers.ts";
import { supportsSearchParam } from "../capabilities.ts";
import type { EncounterContext } from "../context/encounter-context.ts";
import type { PlannedRead } from "../context/read-plan.ts";

const keep = (c: EncounterContext, r: FhirResource[]) => {
  c.billingResources.push(...r);
};

/**
 * The encounter's billing state, read in the chart's first round trip where the store is the EHR:
 * the app's Claims for the encounter (any status), its ChargeItems and the hand-off Task. Only
 * searches the server declares are sent.
 */
export function billingReads(cs: CapabilityStatement, encounterId: string): PlannedRead[] {
  const reads: PlannedRead[] = [];
  const encounter = `Encounter/${encounterId}`;
  if (supportsSearchParam(cs, "Claim", "identifier")) {
    reads.push({ what: "Claims of this encounter", url: `Claim?identifier=${encodeURIComponent(tokenOf(CLAIM_ENCOUNTER_SYSTEM, encounter))}&_count=100`, store: keep });
  }
  if (supportsSearchParam(cs, "ChargeItem", "context")) {
    reads.push({ what: "Charges of this encounter", url: `ChargeItem?context=${encodeURIComponent(encounter)}&_count=200`, store: keep });
  }
  if (supportsSearchParam(cs, "Task", "identifier")) {
    reads.push({ what: "Hand-off note", url: `Task?identifier=${encodeURIComponent(tokenOf(HANDOFF_SYSTEM, encounterId))}`, store: keep });
  }
  return reads;
}

/** Second round: the payer's answers to those Claims and the Provenance of who did what. */
export function billingFollowUpReads(cs: CapabilityStatement, context: EncounterContext): PlannedRead[] {
  const claims = context.billingResources.filter((r) => r.resourceType === "Claim").map((r) => `Claim/${r.id ?? ""}`);
  if (claims.length === 0) return [];
  const list = encodeURIComponent(claims.join(","));
  const reads: PlannedRead[] = [];
  if (supportsSearchParam(cs, "ClaimResponse", "request")) reads.push({ what: "Claim responses", url: `ClaimResponse?request=${list}&_count=200`, store: keep });
  if (supportsSearchParam(cs, "Provenance", "target")) reads.push({ what: "Claim history", url: `Provenance?target=${list}&_count=200`, store: keep });
  return reads;
}
