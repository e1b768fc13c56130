import type { Claim } from "fhir/r4";
import type { BuildContext, ReadyDraft } from "../build/build-context.ts";
import type { BillingState } from "./billing-state.ts";
import { sameContent } from "./claim-content.ts";
import { draftFromClaim } from "./draft-from-claim.ts";
import { currentClaim, planDraftSave } from "./plan-store-writes.ts";

/**
 * The Claim the claim files (837P, FHIR Bundle) are made from, on a store: the stored claim when
 * it says what the draft says (a correction then carries its generation, `related` and the payer's
 * claim number for REF*F8), else the claim the next save would write. Never a fresh generation 1
 * for an encounter that was billed before.
 */
export function claimForFiles(draft: ReadyDraft, state: BillingState, context: BuildContext): Claim | undefined {
  const current = currentClaim(state);
  if (current && sameContent(draftFromClaim(current.resource, draft), draft)) return { ...current.resource, status: "active" };
  const basis = current ? { basedOn: { claimRef: current.ref, versionId: current.versionId, generation: current.generation, status: current.resource.status } } : {};
  const plan = planDraftSave({ ...draft, ...basis }, state, context);
  const claim = plan.kind === "writes" ? plan.writes.find((w) => w.resource.resourceType === "Claim")?.resource : undefined;
  return claim ? { ...(claim as Claim), status: "active" } : undefined;
}
