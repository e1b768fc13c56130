import { requireUser, type BuildContext, type ReadyDraft } from "../../billing/build/build-context.ts";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { BillingState, StoredClaim } from "../../billing/state/billing-state.ts";
import { sameContent } from "../../billing/state/claim-content.ts";
import { draftFromClaim } from "../../billing/state/draft-from-claim.ts";
import { handoffNoteText, planHandoff } from "../../billing/state/plan-handoff.ts";
import { currentClaim, planDraftSave, planStoreSubmission } from "../../billing/state/plan-store-writes.ts";
import { storeRequestsInOrder, storeTransaction } from "../../billing/state/store-requests.ts";
import type { StorePlan } from "../../billing/state/store-writes.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { executePlan } from "../submit/execute-plan.ts";
import type { ExecuteOptions, SubmissionOutcome } from "../submit/submission-outcome.ts";
import { loadBillingState } from "./load-billing-state.ts";

export type StoreAction = { kind: "save" } | { kind: "submit" } | { kind: "handoff"; note: string };

/** The other person's version of the claim, shown beside the user's. */
export interface Conflict {
  theirs: ClaimDraft;
  claim: StoredClaim;
  state: BillingState;
}

export type StoreActionResult =
  | { kind: "done"; outcome: SubmissionOutcome | undefined; state: BillingState }
  | { kind: "nothing"; reason: string; state: BillingState }
  | { kind: "conflict"; conflict: Conflict }
  | { kind: "failed"; outcome: SubmissionOutcome; state?: BillingState };

export interface StoreTarget {
  gateway: FhirGateway;
  /** One transaction Bundle, or one request each (versioned Claim update first). */
  mode: "transaction" | "per-resource";
}

function planFor(action: StoreAction, draft: ReadyDraft, state: BillingState, context: BuildContext): StorePlan {
  if (action.kind === "save") return planDraftSave(draft, state, context);
  if (action.kind === "submit") return planStoreSubmission(draft, state, context);
  return planHandoff(draft, state, action.note, context);
}

/**
 * Saves, submits or hands off the draft on the billing store: reads the state, plans against it,
 * sends, and reads again. A version conflict (412, or a conditional create that found someone
 * else's different claim) comes back as a Conflict, never resolved silently. A submission or
 * hand-off of a claim that is not on the store yet saves it as a draft first. Without a known user
 * (no fhirUser) nothing is read or written: it throws MissingUserError.
 */
export async function runStoreAction(target: StoreTarget, action: StoreAction, draft: ReadyDraft, context: BuildContext, options: ExecuteOptions = {}): Promise<StoreActionResult> {
  requireUser(context);
  let state = await loadBillingState(target.gateway, draft.encounterRef);
  let current: ReadyDraft = draft;
  for (let step = 0; step < 5; step++) {
    const plan = planFor(action, current, state, context);
    if (plan.kind === "conflict") return conflictOf(state, draft);
    if (plan.kind === "nothing") return { kind: "nothing", reason: plan.reason, state };
    const writes = plan.kind === "save-first" ? planDraftSave(current, state, context) : plan;
    if (writes.kind === "conflict") return conflictOf(state, draft);
    if (writes.kind !== "writes") return { kind: "nothing", reason: "Nothing to write.", state };
    const requests = target.mode === "transaction" ? [storeTransaction(writes.writes)] : storeRequestsInOrder(writes.writes);
    const outcome = await executePlan(target.gateway, { kind: target.mode, requests }, options);
    state = await loadBillingState(target.gateway, draft.encounterRef);
    if (outcome.kind === "partial") {
      const stale = outcome.failed.error.status === 412 || outcome.failed.error.status === 409;
      // Someone else's note landed first: notes only append, so read the Task again and add ours.
      if (stale && action.kind === "handoff" && outcome.failed.label.includes("Hand to coding")) continue;
      if (stale) return conflictOf(state, draft);
      return { kind: "failed", outcome, state };
    }
    const saved = currentClaim(state);
    const createdClaim = writes.writes.some((w) => w.kind === "create" && w.resource.resourceType === "Claim");
    // A conditional create that found a claim already there: someone else's, unless it says what ours says.
    if (createdClaim && (!saved || !sameContent(draftFromClaim(saved.resource, draft), draft))) return conflictOf(state, draft);
    // A first hand-off that found another's Task already there (a conditional create): add ours to it.
    if (action.kind === "handoff" && plan.kind !== "save-first" && !hasNote(state, action.note, context)) continue;
    if (plan.kind !== "save-first") return { kind: "done", outcome, state };
    current = withBasis(current, saved);
  }
  return { kind: "nothing", reason: "The store did not settle after five attempts; read it again.", state };
}

function hasNote(state: BillingState, note: string, context: BuildContext): boolean {
  const text = handoffNoteText(note);
  return (state.handoff?.resource.note ?? []).some((n) => n.text === text && n.time === context.now && n.authorReference?.reference === context.fhirUserRef);
}

function withBasis(draft: ReadyDraft, saved: StoredClaim | undefined): ReadyDraft {
  if (!saved) return draft;
  return { ...draft, basedOn: { claimRef: saved.ref, versionId: saved.versionId, generation: saved.generation, status: saved.resource.status } };
}

function conflictOf(state: BillingState, draft: ClaimDraft): StoreActionResult {
  const claim = currentClaim(state);
  if (!claim) return { kind: "nothing", reason: "The claim changed on the store while saving; read it again.", state };
  return { kind: "conflict", conflict: { theirs: draftFromClaim(claim.resource, draft), claim, state } };
}
