import type { ChargeItem, Claim, FhirResource, Task } from "fhir/r4";
import { buildChargeItems, buildClaim, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";

export const CONTEXT = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

export function readyFixture(name = "office-visit-diabetes.fhir.json"): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft(name));
  if (!check.ok) throw new Error("fixture draft not ready");
  return check.draft;
}

/** A Claim as the store returns it: with id and version. */
export function storedClaim(draft: ReadyDraft, id: string, version: string, status: "draft" | "active" | "cancelled", generation = 1, lastUpdated = "2026-11-26T17:00:00Z"): Claim {
  return { ...buildClaim(draft, CONTEXT, { generation, status: status === "cancelled" ? "active" : status }), status, id, meta: { versionId: version, lastUpdated } };
}

/** The ChargeItems a submission of generation n wrote, as stored (ids ci-<line>-g<n>). */
export function storedCharges(draft: ReadyDraft, generation = 1): ChargeItem[] {
  return buildChargeItems(draft, CONTEXT, generation).map((c, i) => ({ ...c, id: `ci-${draft.lines[i]?.id}-g${generation}`, meta: { versionId: "1" } }));
}

export function handoffTask(draft: ReadyDraft, focus: string, status: Task["status"] = "requested"): Task {
  return {
    resourceType: "Task", id: "task-1", meta: { versionId: "4" }, status, intent: "order",
    identifier: [{ system: "https://smart-coding-billing.example/handoff", value: draft.encounterRef.split("/")[1] ?? "" }],
    focus: { reference: focus }, note: [{ text: "Ready for coding", time: "2026-11-25T09:00:00Z", authorReference: { reference: "Practitioner/pr-rivera" } }],
  };
}

export const basis = (claim: Claim, generation = 1) => ({ claimRef: `Claim/${claim.id}`, versionId: claim.meta?.versionId ?? "", generation, status: claim.status });

export type Resources = FhirResource[];
