import type { Claim, Provenance, Task } from "fhir/r4";
import type { BuildContext, ReadyDraft } from "../build/build-context.ts";
import { buildChargeItem, chargeValueOf } from "../build/build-charge-items.ts";
import { buildClaim } from "../build/build-claim.ts";
import { buildProvenance } from "../build/build-provenance.ts";
import { deterministicUrnUuid } from "../build/deterministic-uuid.ts";
import {
  BILLING_ACTION_SYSTEM,
  CHARGE_SERVICE_SYSTEM,
  CLAIM_GENERATION_SYSTEM,
  claimGenerationValue,
  identifierQuery,
  tokenOf,
} from "./billing-identifiers.ts";
import { payerClaimNumberOf, type BillingState, type StoredClaim } from "./billing-state.ts";
import { draftContentHash, lineContentHash, sameContent } from "./claim-content.ts";
import { draftFromClaim } from "./draft-from-claim.ts";
import type { StorePlan, StoreWrite } from "./store-writes.ts";

/** The stored claim the draft continues: the draft generation if there is one, else the submitted one. */
export function currentClaim(state: BillingState): StoredClaim | undefined {
  return state.draft ?? state.submitted;
}

/** Someone changed the claim since this draft read it: the draft rests on another version (or none). */
export function conflictWith(draft: ReadyDraft, state: BillingState): StoredClaim | undefined {
  const current = currentClaim(state);
  if (!current) return undefined;
  if (draft.basedOn?.claimRef === current.ref && draft.basedOn.versionId === current.versionId) return undefined;
  const theirs = draftFromClaim(current.resource, draft);
  return sameContent(theirs, draft) ? undefined : current;
}

const related = (state: BillingState, generation: number) =>
  state.submitted && state.submitted.generation < generation ? { replacesClaimRef: state.submitted.ref } : {};

/** For a replacement: the payer's number of the claim it replaces, when the payer has said it. */
const payerNumber = (state: BillingState, generation: number) => {
  const number = state.submitted && state.submitted.generation < generation ? payerClaimNumberOf(state, state.submitted.ref) : undefined;
  return number ? { payerClaimNumber: number } : {};
};

/** Save the draft on the store for the next person: a draft Claim, created once, then updated by version. */
export function planDraftSave(draft: ReadyDraft, state: BillingState, context: BuildContext): StorePlan {
  const conflict = conflictWith(draft, state);
  if (conflict) return { kind: "conflict", theirs: conflict };
  const current = currentClaim(state);
  if (current && sameContent(draftFromClaim(current.resource, draft), draft)) return { kind: "nothing", reason: "The store already holds this claim." };
  if (state.draft) {
    const generation = state.draft.generation;
    const claim = { ...buildClaim({ ...draft, ...related(state, generation) }, context, { generation, status: "draft", ...payerNumber(state, generation) }), id: idPart(state.draft.ref) };
    return { kind: "writes", generation, writes: [{ kind: "update", label: "Save draft Claim", resource: claim, ifMatch: state.draft.versionId, gate: true }] };
  }
  const generation = state.generation + 1;
  const claim = buildClaim({ ...draft, ...related(state, generation) }, context, { generation, status: "draft", ...payerNumber(state, generation) });
  return { kind: "writes", generation, writes: [createClaim(draft, claim, generation, "Save draft Claim")] };
}

/**
 * Submit (or correct): the draft Claim becomes active by a versioned update, the one it replaces
 * is cancelled, ChargeItems are reconciled one per service, the hand-off is completed and a
 * Provenance says who did it. Planned again from a fresh read after any failure.
 */
export function planStoreSubmission(draft: ReadyDraft, state: BillingState, context: BuildContext): StorePlan {
  const conflict = conflictWith(draft, state);
  if (conflict) return { kind: "conflict", theirs: conflict };
  const writes: StoreWrite[] = [];
  let target: StoredClaim | undefined;
  if (state.draft) {
    target = state.draft;
    const active = buildClaim({ ...draft, ...related(state, target.generation) }, context, { generation: target.generation, status: "active", ...payerNumber(state, target.generation) });
    writes.push({ kind: "update", label: "Submit Claim", resource: { ...active, id: idPart(target.ref) }, ifMatch: target.versionId, gate: true });
  } else if (state.submitted && sameContent(draftFromClaim(state.submitted.resource, draft), draft)) {
    target = state.submitted;
  } else {
    return { kind: "save-first" };
  }
  for (const old of state.claims) {
    if (old.ref !== target.ref && old.generation < target.generation && (old.resource.status === "active" || old.resource.status === "draft")) {
      writes.push({ kind: "update", label: `Cancel ${old.ref}`, resource: { ...old.resource, id: idPart(old.ref), status: "cancelled" }, ifMatch: old.versionId });
    }
  }
  const charges = reconcileCharges(draft, state, context, target.generation);
  writes.push(...charges.writes);
  const task = completedHandoff(state);
  if (task) writes.push(task);
  if (writes.length === 0) return { kind: "nothing", reason: "The claim was submitted as it stands: nothing to write." };
  const action = target.generation > 1 ? "correct" : "submit";
  writes.push(provenanceWrite(draft, context, target, action, [target.ref, ...charges.targets]));
  return { kind: "writes", writes, generation: target.generation };
}

function createClaim(draft: ReadyDraft, claim: Claim, generation: number, label: string): StoreWrite {
  const value = claimGenerationValue(draft.encounterRef, draft.coverageRef, generation);
  return { kind: "create", label, fullUrl: deterministicUrnUuid(tokenOf(CLAIM_GENERATION_SYSTEM, value)), resource: claim, ifNoneExist: identifierQuery(CLAIM_GENERATION_SYSTEM, value) };
}

/** One billable ChargeItem per service: unchanged lines keep theirs, the rest are created or retired. */
export function reconcileCharges(draft: ReadyDraft, state: BillingState, context: BuildContext, generation: number): { writes: StoreWrite[]; targets: string[] } {
  const writes: StoreWrite[] = [];
  const targets: string[] = [];
  const kept = new Set<string>();
  for (const line of draft.lines) {
    const hash = lineContentHash(draft, line);
    const existing = state.charges.find((c) => c.lineId === line.id && c.hash === hash && !kept.has(c.ref));
    if (existing) {
      kept.add(existing.ref);
      continue;
    }
    const value = chargeValueOf(draft, line, generation);
    const fullUrl = deterministicUrnUuid(tokenOf(CHARGE_SERVICE_SYSTEM, value));
    writes.push({ kind: "create", label: `ChargeItem ${line.code}`, fullUrl, resource: buildChargeItem(draft, line, context, generation), ifNoneExist: identifierQuery(CHARGE_SERVICE_SYSTEM, value) });
    targets.push(fullUrl);
  }
  for (const charge of state.charges) {
    if (kept.has(charge.ref)) continue;
    writes.push({ kind: "update", label: `Retire ${charge.ref}`, resource: { ...charge.resource, id: idPart(charge.ref), status: "entered-in-error" }, ifMatch: charge.versionId });
    targets.push(charge.ref);
  }
  return { writes, targets };
}

function completedHandoff(state: BillingState): StoreWrite | undefined {
  const task = state.handoff;
  if (!task || task.resource.status !== "requested") return undefined;
  const resource: Task & { id: string } = { ...task.resource, id: idPart(task.ref), status: "completed" };
  return { kind: "update", label: "Complete the hand-off", resource, ifMatch: task.versionId };
}

function provenanceWrite(draft: ReadyDraft, context: BuildContext, target: StoredClaim, action: string, targets: string[]): StoreWrite {
  const value = claimGenerationValue(draft.encounterRef, draft.coverageRef, target.generation);
  const code = `${value}:${action}:${draftContentHash(draft)}`;
  const provenance: Provenance = buildProvenance(draft, { targets, activity: action === "correct" ? "UPDATE" : "CREATE" }, context);
  provenance.meta = { tag: [{ system: BILLING_ACTION_SYSTEM, code }] };
  return { kind: "create", label: "Provenance", fullUrl: deterministicUrnUuid(code), resource: provenance, ifNoneExist: `_tag=${encodeURIComponent(tokenOf(BILLING_ACTION_SYSTEM, code))}` };
}

function idPart(ref: string): string {
  return ref.split("/")[1] ?? ref;
}
