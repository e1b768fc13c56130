import type { ChargeItem, Claim, ClaimResponse } from "fhir/r4";
import { describe, expect, it } from "vitest";
import {
  CLAIM_GENERATION_SYSTEM,
  planDraftSave,
  planHandoff,
  planStoreSubmission,
  readBillingState,
  storeRequestsInOrder,
  type StorePlan,
  type StoreWrite,
} from "../../../../src/billing/state/index.ts";
import { basis, CONTEXT, handoffTask, readyFixture, storedCharges, storedClaim } from "./store-fixtures.ts";

const draft = readyFixture();
const writes = (plan: StorePlan): StoreWrite[] => (plan.kind === "writes" ? plan.writes : []);
const summary = (plan: StorePlan) => writes(plan).map((w) => `${w.kind} ${w.resource.resourceType}${w.kind === "update" ? ` ${w.resource.id}@${w.ifMatch} ${(w.resource as { status?: string }).status}` : ""}`);
const empty = readBillingState([], draft.encounterRef);

describe("planDraftSave", () => {
  it("the first save creates generation 1 as a draft, conditional on its generation identifier", () => {
    const [write] = writes(planDraftSave(draft, empty, CONTEXT));
    expect(write?.kind).toBe("create");
    expect((write?.resource as Claim).status).toBe("draft");
    expect(write?.kind === "create" && write.ifNoneExist).toBe(`identifier=${encodeURIComponent(`${CLAIM_GENERATION_SYSTEM}|${draft.encounterRef.split("/")[1]}:${draft.coverageRef.split("/")[1]}:1`)}`);
  });

  it("a draft on the store is updated with If-Match on the version this draft rests on; the same content writes nothing", () => {
    const stored = storedClaim(draft, "c1", "5", "draft");
    const state = readBillingState([stored], draft.encounterRef);
    expect(planDraftSave({ ...draft, basedOn: basis(stored) }, state, CONTEXT).kind).toBe("nothing");
    const changed = { ...draft, basedOn: basis(stored), lines: draft.lines.slice(1) };
    expect(summary(planDraftSave(changed, state, CONTEXT))).toEqual(["update Claim c1@5 draft"]);
  });

  it("someone changed the draft since it was read: a conflict, nothing written", () => {
    const stored = storedClaim({ ...draft, lines: draft.lines.slice(0, 1) }, "c1", "6", "draft");
    const plan = planDraftSave({ ...draft, basedOn: { ...basis(stored), versionId: "5" } }, readBillingState([stored], draft.encounterRef), CONTEXT);
    expect(plan).toMatchObject({ kind: "conflict", theirs: { ref: "Claim/c1", versionId: "6" } });
    expect(planDraftSave({ ...draft }, readBillingState([stored], draft.encounterRef), CONTEXT).kind).toBe("conflict");
  });

  it("a replacement names the payer's claim number of the claim it replaces once the payer has answered (REF*F8)", () => {
    const active = storedClaim(draft, "c1", "2", "active");
    const answer: ClaimResponse = {
      resourceType: "ClaimResponse", id: "r1", status: "active", type: { text: "professional" }, use: "claim", patient: { reference: draft.patientRef },
      created: "2026-11-27T10:00:00Z", insurer: { display: "payer" }, outcome: "complete", request: { reference: "Claim/c1" }, identifier: [{ system: "urn:payer", value: "ICN-4471" }],
    };
    const next = { ...draft, basedOn: basis(active), lines: draft.lines.slice(1) };
    const [write] = writes(planDraftSave(next, readBillingState([active, answer], draft.encounterRef), CONTEXT));
    expect((write?.resource as Claim).related?.[0]?.reference?.value).toBe("ICN-4471");
    const [unanswered] = writes(planDraftSave(next, readBillingState([active], draft.encounterRef), CONTEXT));
    expect((unanswered?.resource as Claim).related?.[0]?.reference).toBeUndefined();
  });

  it("a change after submission opens the next generation as a draft that replaces the active claim", () => {
    const active = storedClaim(draft, "c1", "2", "active");
    const [write] = writes(planDraftSave({ ...draft, basedOn: basis(active), lines: draft.lines.slice(1) }, readBillingState([active], draft.encounterRef), CONTEXT));
    const claim = write?.resource as Claim;
    expect(claim.identifier?.find((i) => i.system === CLAIM_GENERATION_SYSTEM)?.value).toMatch(/:2$/);
    expect(claim.related?.[0]?.claim?.reference).toBe("Claim/c1");
    expect(claim.status).toBe("draft");
  });
});

describe("planStoreSubmission", () => {
  it("without a stored draft the claim is saved first (so the submit is a versioned update)", () => {
    expect(planStoreSubmission(draft, empty, CONTEXT).kind).toBe("save-first");
  });

  it("submits the draft by If-Match, creates one charge per line, and records Provenance; the Claim update goes first", () => {
    const stored = storedClaim(draft, "c1", "5", "draft");
    const plan = planStoreSubmission({ ...draft, basedOn: basis(stored) }, readBillingState([stored], draft.encounterRef), CONTEXT);
    expect(summary(plan)).toEqual(["update Claim c1@5 active", ...draft.lines.map(() => "create ChargeItem"), "create Provenance"]);
    expect(storeRequestsInOrder(writes(plan)).map((r) => `${r.method} ${r.url}`)[0]).toBe("PUT Claim/c1");
  });

  it("a correction: the new generation becomes active, the old one cancelled, unchanged lines keep their charge, a changed line's charge is retired", () => {
    const active = storedClaim(draft, "c1", "2", "active");
    const charges = storedCharges(draft);
    const changed = { ...draft, lines: [{ ...draft.lines[0]!, units: 3 }, ...draft.lines.slice(1)] };
    const g2 = storedClaim(changed, "c2", "1", "draft", 2);
    const state = readBillingState([active, g2, ...charges], draft.encounterRef);
    const plan = planStoreSubmission({ ...changed, basedOn: basis(g2, 2) }, state, CONTEXT);
    expect(summary(plan)).toEqual(["update Claim c2@1 active", "update Claim c1@2 cancelled", "create ChargeItem", `update ChargeItem ${charges[0]!.id}@1 entered-in-error`, "create Provenance"]);
    const created = writes(plan).find((w) => w.kind === "create" && w.resource.resourceType === "ChargeItem")?.resource as ChargeItem;
    expect(created.identifier?.[0]?.value).toMatch(new RegExp(`:${draft.lines[0]!.id}:g2:`));
  });

  it("a removed line's charge is retired; the submitted claim as it stands writes nothing", () => {
    const active = storedClaim(draft, "c1", "2", "active");
    const charges = storedCharges(draft);
    const state = readBillingState([active, ...charges], draft.encounterRef);
    expect(planStoreSubmission({ ...draft, basedOn: basis(active) }, state, CONTEXT).kind).toBe("nothing");
    const fewer = { ...draft, lines: draft.lines.slice(1) };
    const g2 = storedClaim(fewer, "c2", "1", "draft", 2);
    const plan = planStoreSubmission({ ...fewer, basedOn: basis(g2, 2) }, readBillingState([active, g2, ...charges], draft.encounterRef), CONTEXT);
    expect(summary(plan)).toContain(`update ChargeItem ${charges[0]!.id}@1 entered-in-error`);
    expect(summary(plan).filter((s) => s === "create ChargeItem")).toEqual([]);
  });

  it("after an interrupted per-resource run (claim active, charges missing) the retry completes the charges and cancels the old claim", () => {
    const old = storedClaim(draft, "c1", "2", "active", 1);
    const g2 = storedClaim(draft, "c2", "2", "active", 2);
    const plan = planStoreSubmission({ ...draft, basedOn: basis(g2, 2) }, readBillingState([old, g2], draft.encounterRef), CONTEXT);
    expect(summary(plan)).toEqual(["update Claim c1@2 cancelled", ...draft.lines.map(() => "create ChargeItem"), "create Provenance"]);
  });

  it("completes an open hand-off in the same submission", () => {
    const stored = storedClaim(draft, "c1", "5", "draft");
    const plan = planStoreSubmission({ ...draft, basedOn: basis(stored) }, readBillingState([stored, handoffTask(draft, "Claim/c1")], draft.encounterRef), CONTEXT);
    expect(summary(plan)).toContain("update Task task-1@4 completed");
  });
});

describe("planHandoff", () => {
  it("needs the claim on the store first; then creates the Task once and appends notes with If-Match", () => {
    expect(planHandoff(draft, empty, "Ready", CONTEXT).kind).toBe("save-first");
    const stored = storedClaim(draft, "c1", "5", "draft");
    const first = writes(planHandoff(draft, readBillingState([stored], draft.encounterRef), "Please check the E/M", CONTEXT));
    expect(first.map((w) => `${w.kind} ${w.resource.resourceType}`)).toEqual(["create Task", "create Provenance"]);
    expect(first[0]?.resource).toMatchObject({ status: "requested", focus: { reference: "Claim/c1" }, note: [{ text: "Please check the E/M" }] });
    const again = writes(planHandoff(draft, readBillingState([stored, handoffTask(draft, "Claim/c1", "completed")], draft.encounterRef), "Again", CONTEXT));
    expect(again[0]).toMatchObject({ kind: "update", ifMatch: "4", resource: { status: "requested" } });
    expect((again[0]?.resource as { note: unknown[] }).note).toHaveLength(2);
  });
});

describe("claimForFiles", () => {
  it("the stored claim when it says what the draft says; else the next generation, replacing the submitted one with the payer's number", async () => {
    const { claimForFiles } = await import("../../../../src/billing/state/index.ts");
    const active = storedClaim(draft, "c1", "2", "active");
    const state = readBillingState([active], draft.encounterRef);
    expect(claimForFiles({ ...draft, basedOn: basis(active) }, state, CONTEXT)?.id).toBe("c1");
    const changed = claimForFiles({ ...draft, basedOn: basis(active), lines: draft.lines.slice(1) }, state, CONTEXT);
    expect(changed?.identifier?.find((i) => i.system === CLAIM_GENERATION_SYSTEM)?.value).toMatch(/:2$/);
    expect(changed?.related?.[0]?.claim?.reference).toBe("Claim/c1");
    expect(changed?.status).toBe("active");
  });
});
