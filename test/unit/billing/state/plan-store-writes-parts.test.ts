/**
 * Pins the store plans whole: the draft save (created once, then updated by version; nothing when
 * the store already says the same), the submission and correction (the gated Claim update, the
 * cancelled older generations, ChargeItems created and retired per service, the hand-off
 * completed, the Provenance with its action tag), conflicts, and the charge reconciliation.
 */
import type { ClaimResponse } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildChargeItem, buildClaim, buildProvenance, chargeValueOf, deterministicUrnUuid, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import {
  BILLING_ACTION_SYSTEM,
  CHARGE_SERVICE_SYSTEM,
  CLAIM_GENERATION_SYSTEM,
  draftContentHash,
  planDraftSave,
  planStoreSubmission,
  readBillingState,
  reconcileCharges,
  type BillingState,
  type StoreWrite,
} from "../../../../src/billing/state/index.ts";
import { basis, CONTEXT, handoffTask, readyFixture, storedCharges, storedClaim } from "./store-fixtures.ts";

const ids = (draft: ReadyDraft) => `${draft.encounterRef.split("/")[1]}:${draft.coverageRef.split("/")[1]}`;

function chargeCreate(draft: ReadyDraft, index: number, generation: number): StoreWrite {
  const line = draft.lines[index]!;
  const token = `${CHARGE_SERVICE_SYSTEM}|${chargeValueOf(draft, line, generation)}`;
  return { kind: "create", label: `ChargeItem ${line.code}`, fullUrl: deterministicUrnUuid(token), resource: buildChargeItem(draft, line, CONTEXT, generation), ifNoneExist: `identifier=${encodeURIComponent(token)}` };
}

function provenance(draft: ReadyDraft, generation: number, action: "submit" | "correct", targets: string[]): StoreWrite {
  const code = `${ids(draft)}:${generation}:${action}:${draftContentHash(draft)}`;
  const resource = { ...buildProvenance(draft, { targets, activity: action === "correct" ? "UPDATE" : "CREATE" }, CONTEXT), meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code }] } };
  return { kind: "create", label: "Provenance", fullUrl: deterministicUrnUuid(code), resource, ifNoneExist: `_tag=${encodeURIComponent(`${BILLING_ACTION_SYSTEM}|${code}`)}` };
}

const fullUrlOf = (w: StoreWrite) => (w.kind === "create" ? w.fullUrl : "");

describe("planDraftSave", () => {
  it("the first save: a conditional create of generation 1 as a draft", () => {
    const draft = readyFixture();
    const token = `${CLAIM_GENERATION_SYSTEM}|${ids(draft)}:1`;
    expect(planDraftSave(draft, readBillingState([], draft.encounterRef), CONTEXT)).toStrictEqual({
      kind: "writes",
      generation: 1,
      writes: [{ kind: "create", label: "Save draft Claim", fullUrl: deterministicUrnUuid(token), resource: buildClaim(draft, CONTEXT, { generation: 1, status: "draft" }), ifNoneExist: `identifier=${encodeURIComponent(token)}` }],
    });
  });

  it("a stored draft is updated by version (the gate); the same content writes nothing and says why", () => {
    const draft = readyFixture();
    const stored = storedClaim(draft, "c1", "5", "draft");
    const state = readBillingState([stored], draft.encounterRef);
    expect(planDraftSave({ ...draft, basedOn: basis(stored) }, state, CONTEXT)).toStrictEqual({ kind: "nothing", reason: "The store already holds this claim." });
    const changed = { ...draft, basedOn: basis(stored), lines: draft.lines.slice(1) };
    expect(planDraftSave(changed, state, CONTEXT)).toStrictEqual({
      kind: "writes",
      generation: 1,
      writes: [{ kind: "update", label: "Save draft Claim", resource: { ...buildClaim(changed, CONTEXT, { generation: 1, status: "draft" }), id: "c1" }, ifMatch: "5", gate: true }],
    });
  });

  it("a draft of the same generation as the submitted claim does not replace it nor take its payer number", () => {
    const draft = readyFixture();
    const active = storedClaim(draft, "c1", "2", "active", 2);
    const sameGeneration = storedClaim(draft, "c2", "3", "draft", 2);
    const answer: ClaimResponse = {
      resourceType: "ClaimResponse", id: "r1", status: "active", type: { text: "professional" }, use: "claim", patient: { reference: draft.patientRef },
      created: "2026-11-27T10:00:00Z", insurer: { display: "payer" }, outcome: "complete", request: { reference: "Claim/c1" }, identifier: [{ system: "urn:payer", value: "ICN-4471" }],
    };
    const base = readBillingState([active, answer], draft.encounterRef);
    const state: BillingState = { ...base, draft: { resource: sameGeneration, ref: "Claim/c2", versionId: "3", generation: 2 } };
    const changed = { ...draft, basedOn: basis(sameGeneration, 2), lines: draft.lines.slice(1), replacesClaimRef: "Claim/c0" };
    const plan = planDraftSave(changed, state, CONTEXT);
    expect(plan.kind === "writes" ? plan.writes[0]?.resource : undefined).toStrictEqual({ ...buildClaim(changed, CONTEXT, { generation: 2, status: "draft" }), id: "c2" });
    const submit = planStoreSubmission(changed, state, CONTEXT);
    expect(submit.kind === "writes" ? submit.writes[0]?.resource : undefined).toStrictEqual({ ...buildClaim(changed, CONTEXT, { generation: 2, status: "active" }), id: "c2" });
  });
});

describe("planStoreSubmission", () => {
  it("generation 1: the draft made active by version, one charge per line, the open hand-off completed, a submit Provenance", () => {
    const draft = readyFixture();
    const stored = storedClaim(draft, "c1", "5", "draft");
    const task = handoffTask(draft, "Claim/c1");
    const ready = { ...draft, basedOn: basis(stored) };
    const charges = draft.lines.map((_, i) => chargeCreate(ready, i, 1));
    expect(planStoreSubmission(ready, readBillingState([stored, task], draft.encounterRef), CONTEXT)).toStrictEqual({
      kind: "writes",
      generation: 1,
      writes: [
        { kind: "update", label: "Submit Claim", resource: { ...buildClaim(ready, CONTEXT, { generation: 1, status: "active" }), id: "c1" }, ifMatch: "5", gate: true },
        ...charges,
        { kind: "update", label: "Complete the hand-off", resource: { ...task, status: "completed" }, ifMatch: "4" },
        provenance(ready, 1, "submit", ["Claim/c1", ...charges.map(fullUrlOf)]),
      ],
    });
  });

  it("a correction: older active and draft generations cancelled (a cancelled one left alone), a changed line's charge retired and re-created, a correct Provenance", () => {
    const draft = readyFixture();
    const changed = { ...draft, lines: [{ ...draft.lines[0]!, units: draft.lines[0]!.units + 2 }, ...draft.lines.slice(1)] };
    const g1 = storedClaim(draft, "c0", "1", "cancelled", 1);
    const g2 = storedClaim(draft, "c1", "2", "active", 2);
    const g3 = storedClaim(draft, "c2", "3", "draft", 3);
    const g4 = storedClaim(changed, "c3", "1", "draft", 4);
    const stored = storedCharges(draft, 2);
    const done = handoffTask(draft, "Claim/c2", "completed");
    const ready = { ...changed, basedOn: basis(g4, 4) };
    const create = chargeCreate(ready, 0, 4);
    const retired = `ChargeItem/${stored[0]!.id}`;
    expect(planStoreSubmission(ready, readBillingState([g1, g2, g3, g4, ...stored, done], draft.encounterRef), CONTEXT)).toStrictEqual({
      kind: "writes",
      generation: 4,
      writes: [
        { kind: "update", label: "Submit Claim", resource: { ...buildClaim({ ...ready, replacesClaimRef: "Claim/c1" }, CONTEXT, { generation: 4, status: "active" }), id: "c3" }, ifMatch: "1", gate: true },
        { kind: "update", label: "Cancel Claim/c1", resource: { ...g2, status: "cancelled" }, ifMatch: "2" },
        { kind: "update", label: "Cancel Claim/c2", resource: { ...g3, status: "cancelled" }, ifMatch: "3" },
        create,
        { kind: "update", label: `Retire ${retired}`, resource: { ...stored[0]!, status: "entered-in-error" }, ifMatch: "1" },
        provenance(ready, 4, "correct", ["Claim/c3", fullUrlOf(create), retired]),
      ],
    });
  });

  it("the submitted claim as it stands, beside a same-generation and a newer claim that are not its predecessors: nothing to write", () => {
    const draft = readyFixture();
    const g2 = storedClaim(draft, "c1", "2", "active", 2);
    const base = readBillingState([g2, ...storedCharges(draft, 2)], draft.encounterRef);
    const twin = storedClaim(draft, "c2", "1", "draft", 2);
    const newer = storedClaim(draft, "c5", "1", "active", 5);
    const state: BillingState = { ...base, claims: [...base.claims, { resource: twin, ref: "Claim/c2", versionId: "1", generation: 2 }, { resource: newer, ref: "Claim/c5", versionId: "1", generation: 5 }] };
    expect(planStoreSubmission({ ...draft, basedOn: basis(g2, 2) }, state, CONTEXT)).toStrictEqual({ kind: "nothing", reason: "The claim was submitted as it stands: nothing to write." });
  });

  it("someone changed the draft since it was read: a conflict naming their stored claim", () => {
    const draft = readyFixture();
    const theirs = storedClaim({ ...draft, lines: draft.lines.slice(0, 1) }, "c1", "6", "draft");
    const state = readBillingState([theirs], draft.encounterRef);
    expect(planStoreSubmission({ ...draft, basedOn: { ...basis(theirs), versionId: "5" } }, state, CONTEXT)).toStrictEqual({ kind: "conflict", theirs: state.draft });
  });
});

describe("reconcileCharges", () => {
  it("a stored charge of a line the draft no longer has is retired even when another line says the same", () => {
    const draft = readyFixture();
    const first = draft.lines[0]!;
    const twins = { ...draft, lines: [{ ...first, id: "a" }, { ...first, id: "b" }] };
    const stored = storedCharges({ ...draft, lines: [{ ...first, id: "x" }] });
    const state = readBillingState(stored, draft.encounterRef);
    const creates = [chargeCreate(twins, 0, 2), chargeCreate(twins, 1, 2)];
    expect(reconcileCharges(twins, state, CONTEXT, 2)).toStrictEqual({
      writes: [...creates, { kind: "update", label: "Retire ChargeItem/ci-x-g1", resource: { ...stored[0]!, status: "entered-in-error" }, ifMatch: "1" }],
      targets: [...creates.map(fullUrlOf), "ChargeItem/ci-x-g1"],
    });
    expect(reconcileCharges(draft, readBillingState(storedCharges(draft), draft.encounterRef), CONTEXT, 2)).toStrictEqual({ writes: [], targets: [] });
  });
});
