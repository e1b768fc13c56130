import type { Task } from "fhir/r4";
import { requireUser, type BuildContext, type ReadyDraft } from "../build/build-context.ts";
import { buildProvenance } from "../build/build-provenance.ts";
import { deterministicUrnUuid } from "../build/deterministic-uuid.ts";
import { BILLING_ACTION_SYSTEM, contentHash, HANDOFF_SYSTEM, handoffValue, identifierQuery, READY_FOR_CODING, tokenOf } from "./billing-identifiers.ts";
import type { BillingState } from "./billing-state.ts";
import type { StorePlan, StoreWrite } from "./store-writes.ts";

/** The note as it is stored: the typed text, or "Ready for coding" when nothing was typed. */
export function handoffNoteText(note: string): string {
  return note.trim() || "Ready for coding";
}

/**
 * "Hand to coding": the encounter's hand-off Task (one per encounter, updated in place) points at
 * the draft Claim and carries the note; requested until the claim is submitted. The draft must be
 * saved on the store first (its Claim is the Task's focus).
 */
export function planHandoff(draft: ReadyDraft, state: BillingState, note: string, context: BuildContext): StorePlan {
  // A hand-off note and its Task name who wrote them: refused (MissingUserError) without a user.
  const user = requireUser(context);
  const focus = state.draft ?? state.submitted;
  if (!focus) return { kind: "save-first" };
  const text = handoffNoteText(note);
  const entry = { text, time: context.now, authorReference: { reference: user } };
  const base: Task = {
    resourceType: "Task",
    identifier: [{ system: HANDOFF_SYSTEM, value: handoffValue(draft.encounterRef) }],
    status: "requested",
    intent: "order",
    code: { coding: [READY_FOR_CODING], text: READY_FOR_CODING.display ?? "Ready for coding" },
    description: text,
    focus: { reference: focus.ref },
    for: { reference: draft.patientRef },
    encounter: { reference: draft.encounterRef },
    authoredOn: context.now,
    lastModified: context.now,
    requester: { reference: user },
    note: [entry],
  };
  const writes: StoreWrite[] = [];
  const existing = state.handoff;
  if (existing) {
    const id = existing.ref.split("/")[1] ?? "";
    const resource: Task & { id: string } = { ...existing.resource, ...base, id, authoredOn: existing.resource.authoredOn ?? context.now, note: [...(existing.resource.note ?? []), entry] };
    writes.push({ kind: "update", label: "Hand to coding", resource, ifMatch: existing.versionId, gate: true });
  } else {
    const value = handoffValue(draft.encounterRef);
    writes.push({ kind: "create", label: "Hand to coding", fullUrl: deterministicUrnUuid(tokenOf(HANDOFF_SYSTEM, value)), resource: base, ifNoneExist: identifierQuery(HANDOFF_SYSTEM, value) });
  }
  const code = `${handoffValue(draft.encounterRef)}:handoff:${contentHash(context.now + user)}`;
  const provenance = buildProvenance(draft, { targets: [focus.ref], activity: "UPDATE" }, context);
  provenance.meta = { tag: [{ system: BILLING_ACTION_SYSTEM, code }] };
  writes.push({ kind: "create", label: "Provenance", fullUrl: deterministicUrnUuid(code), resource: provenance, ifNoneExist: `_tag=${encodeURIComponent(tokenOf(BILLING_ACTION_SYSTEM, code))}` });
  return { kind: "writes", writes, generation: focus.generation };
}
