import type { ChargeItem, Claim, ClaimResponse, FhirResource, Provenance, Task } from "fhir/r4";
import {
  BILLING_ACTION_SYSTEM,
  CHARGE_SERVICE_SYSTEM,
  chargeServiceOf,
  CLAIM_ENCOUNTER_SYSTEM,
  generationOf,
  HANDOFF_SYSTEM,
  idOf,
} from "./billing-identifiers.ts";

/** A resource as read from the store, with the version an update must name in If-Match. */
export interface Stored<R> {
  resource: R;
  /** "Claim/123" */
  ref: string;
  versionId: string;
}

export interface StoredClaim extends Stored<Claim> {
  generation: number;
}

export interface LiveCharge extends Stored<ChargeItem> {
  lineId: string;
  hash: string;
  generation: number;
}

/** Who did the last thing to the claim, and when (from Provenance, else the Claim itself). */
export interface LastChange {
  action: "saved" | "submitted" | "corrected" | "handed to coding";
  who?: string;
  when?: string;
}

/** The encounter's billing state on the store: what every hand sees. */
export interface BillingState {
  encounterRef: string;
  /** Every Claim the app wrote for the encounter, oldest generation first. */
  claims: StoredClaim[];
  /** The latest active Claim: what the payer has. */
  submitted?: StoredClaim;
  /** A draft generation newer than the submitted one: work in progress others can continue. */
  draft?: StoredClaim;
  /** The app's billable ChargeItems that still stand (not retired, not credited). */
  charges: LiveCharge[];
  /** Highest generation seen on Claims or ChargeItems (0 when nothing was written). */
  generation: number;
  handoff?: Stored<Task>;
  responses: ClaimResponse[];
  provenances: Provenance[];
  lastChange?: LastChange;
}

const stored = <R extends FhirResource>(resource: R): Stored<R> => ({
  resource,
  ref: `${resource.resourceType}/${resource.id ?? ""}`,
  versionId: resource.meta?.versionId ?? "",
});

const isApps = (r: { identifier?: { system?: string }[] }, system: string) => (r.identifier ?? []).some((i) => i.system === system);

/** The payer's claim control number for one of the app's Claims, from the payer's answers (newest first). */
export function payerClaimNumberOf(state: BillingState, claimRef: string): string | undefined {
  const answers = state.responses.filter((r) => r.request?.reference === claimRef).sort((a, b) => b.created.localeCompare(a.created));
  return answers.flatMap((r) => r.identifier ?? []).find((i) => i.value)?.value;
}

/** Reads the state from what the store returned for the encounter (any order, duplicates ignored). */
export function readBillingState(resources: FhirResource[], encounterRef: string): BillingState {
  const encounter = `Encounter/${idOf(encounterRef)}`;
  const unique = dedupe(resources);
  const claims = unique
    .filter((r): r is Claim => r.resourceType === "Claim" && (r.identifier ?? []).some((i) => i.system === CLAIM_ENCOUNTER_SYSTEM && i.value === encounter))
    .map((claim) => ({ ...stored(claim), generation: generationOf(claim) }))
    .sort((a, b) => a.generation - b.generation);
  const active = claims.filter((c) => c.resource.status === "active");
  const submitted = active[active.length - 1];
  const draft = claims.filter((c) => c.resource.status === "draft" && c.generation > (submitted?.generation ?? 0)).pop();
  const charges = liveCharges(unique.filter((r): r is ChargeItem => r.resourceType === "ChargeItem"), encounter);
  const tasks = unique.filter((r): r is Task => r.resourceType === "Task" && isApps(r, HANDOFF_SYSTEM));
  const claimRefs = new Set(claims.map((c) => c.ref));
  const responses = unique.filter((r): r is ClaimResponse => r.resourceType === "ClaimResponse" && claimRefs.has(r.request?.reference ?? ""));
  const provenances = unique
    .filter((r): r is Provenance => r.resourceType === "Provenance" && (r.meta?.tag ?? []).some((t) => t.system === BILLING_ACTION_SYSTEM))
    .sort((a, b) => a.recorded.localeCompare(b.recorded));
  const generation = Math.max(0, ...claims.map((c) => c.generation), ...charges.map((c) => c.generation));
  const state: BillingState = { encounterRef: encounter, claims, charges, generation, responses, provenances };
  if (submitted) state.submitted = submitted;
  if (draft) state.draft = draft;
  const task = tasks[0];
  if (task) state.handoff = stored(task);
  const last = lastChangeOf(state);
  if (last) state.lastChange = last;
  return state;
}

function dedupe(resources: FhirResource[]): FhirResource[] {
  const byRef = new Map<string, FhirResource>();
  for (const [index, r] of resources.entries()) {
    const key = r.id ? `${r.resourceType}/${r.id}` : `#${index}`;
    const seen = byRef.get(key);
    if (!seen || Number(r.meta?.versionId ?? 0) >= Number(seen.meta?.versionId ?? 0)) byRef.set(key, r);
  }
  return [...byRef.values()];
}

/** The app's charges that still bill: billable, not a credit, not credited by another charge. */
function liveCharges(items: ChargeItem[], encounter: string): LiveCharge[] {
  const credited = new Set(items.flatMap((i) => (i.partOf ?? []).map((p) => p.reference ?? "")));
  return items.flatMap((item): LiveCharge[] => {
    const service = chargeServiceOf(item);
    const ref = `ChargeItem/${item.id ?? ""}`;
    if (!service || item.status !== "billable" || item.partOf?.length || credited.has(ref)) return [];
    if (item.context?.reference && !item.context.reference.endsWith(encounter)) return [];
    const value = item.identifier?.find((i) => i.system === CHARGE_SERVICE_SYSTEM)?.value ?? "";
    const generation = Number.parseInt(/:g(\d+):/.exec(value)?.[1] ?? "0", 10);
    return [{ ...stored(item), lineId: service.lineId, hash: service.hash, generation }];
  });
}

function lastChangeOf(state: BillingState): LastChange | undefined {
  const latest = state.provenances[state.provenances.length - 1];
  const current = state.draft ?? state.submitted;
  const claimTime = current?.resource.meta?.lastUpdated;
  // A draft saved after the last recorded action is the latest change; otherwise the Provenance says.
  const draftSavedLater = current?.resource.status === "draft" && claimTime !== undefined && (!latest || claimTime > latest.recorded);
  if (latest && !draftSavedLater) {
    const code = (latest.meta?.tag ?? []).find((t) => t.system === BILLING_ACTION_SYSTEM)?.code ?? "";
    const action = code.includes(":correct:") ? "corrected" : code.includes(":handoff:") ? "handed to coding" : code.includes(":save:") ? "saved" : "submitted";
    const who = latest.agent[0]?.who?.display ?? latest.agent[0]?.who?.reference;
    return { action, ...(who ? { who } : {}), when: latest.recorded };
  }
  if (!current) return undefined;
  const who = current.resource.enterer?.display ?? current.resource.enterer?.reference;
  return { action: current.resource.status === "draft" ? "saved" : "submitted", ...(who ? { who } : {}), ...(claimTime ? { when: claimTime } : {}) };
}
