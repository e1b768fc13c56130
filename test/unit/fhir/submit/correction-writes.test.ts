import type { ChargeItem, Claim, FhirResource } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReadyDraft } from "../../../../src/billing/build/index.ts";
import { planDraftSave, planStoreSubmission, readBillingState, storeRequestsInOrder, storeTransaction, type BillingState, type StorePlan } from "../../../../src/billing/state/index.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { executePlan } from "../../../../src/fhir/submit/index.ts";
import { basisOf } from "../../../../src/ui/claim/use-billing-store.ts";
import { CONTEXT, readyFixture } from "../../billing/state/store-fixtures.ts";
import { BILLING_BASE, createFakeBillingServer, type FakeBillingServer } from "./fake-billing-server.ts";

/**
 * A submission and its correction sent through a server that takes each write by its method and
 * URL: the correction's Claim changes are versioned updates (PUT with If-Match), never creates that
 * a conditional match would quietly turn into "already there".
 */
const msw = setupServer();
let fake: FakeBillingServer;
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());
beforeEach(() => {
  fake = createFakeBillingServer();
  msw.resetHandlers(...fake.handlers);
});

const gateway = () => createFhirGateway({ baseUrl: BILLING_BASE });
const draft = readyFixture();
const corrected: ReadyDraft = { ...draft, lines: draft.lines.map((line, i) => (i === 0 ? { ...line, units: line.units + 1 } : line)) };
const state = (): BillingState => readBillingState(fake.stored as FhirResource[], draft.encounterRef);
const claims = () => fake.stored.filter((r): r is Claim => r.resourceType === "Claim");
const charges = () => fake.stored.filter((r): r is ChargeItem => r.resourceType === "ChargeItem");

function writesOf(plan: StorePlan) {
  if (plan.kind !== "writes") throw new Error(`expected writes, got ${plan.kind}`);
  return plan.writes;
}

function send(mode: "transaction" | "per-resource", plan: StorePlan) {
  const writes = writesOf(plan);
  return executePlan(gateway(), { kind: mode, requests: mode === "transaction" ? [storeTransaction(writes)] : storeRequestsInOrder(writes) });
}

/** Saves the draft, then submits it from the state read back, as the store action does. */
async function saveAndSubmit(mode: "transaction" | "per-resource", what: ReadyDraft) {
  const saved = await send(mode, planDraftSave(what, state(), CONTEXT));
  expect(saved.kind).toBe("done");
  const draftClaim = state().draft;
  if (!draftClaim) throw new Error("no draft claim on the store");
  return send(mode, planStoreSubmission({ ...what, basedOn: basisOf(draftClaim) }, state(), CONTEXT));
}

describe.each(["transaction", "per-resource"] as const)("a correction through the store (%s)", (mode) => {
  it("submits generation 1 by a versioned update of the draft Claim", async () => {
    const outcome = await saveAndSubmit(mode, draft);
    expect(outcome.kind).toBe("done");
    expect(claims().map((c) => [c.status, c.meta?.versionId])).toEqual([["active", "2"]]);
    expect(charges()).toHaveLength(draft.lines.length);
  });

  it("a corrected claim is a new generation that replaces the active one, which is cancelled by its own versioned update", async () => {
    await saveAndSubmit(mode, draft);
    const first = state().submitted;
    expect(first).toBeDefined();
    const outcome = await saveAndSubmit(mode, { ...corrected, basedOn: basisOf(first!) });
    expect(outcome.kind).toBe("done");
    const [old, next] = claims();
    expect([old?.status, old?.meta?.versionId]).toEqual(["cancelled", "3"]);
    expect(next?.status).toBe("active");
    expect(next?.related?.[0]?.claim?.reference).toBe(`Claim/${old?.id ?? ""}`);
    // The changed line's charge is retired, the unchanged ones are kept, the new one is created.
    const retired = charges().filter((c) => c.status === "entered-in-error");
    expect(retired).toHaveLength(1);
    expect(charges()).toHaveLength(draft.lines.length + 1);
  });

  it("a correction planned on a version someone else has since changed writes nothing at all (412)", async () => {
    await saveAndSubmit(mode, draft);
    const first = state().submitted!;
    expect((await send(mode, planDraftSave({ ...corrected, basedOn: basisOf(first) }, state(), CONTEXT))).kind).toBe("done");
    const read = state();
    const plan = planStoreSubmission({ ...corrected, basedOn: basisOf(read.draft!) }, read, CONTEXT);
    // Someone else changes the new draft Claim after it was read.
    const index = fake.stored.findIndex((r) => `Claim/${r.id ?? ""}` === read.draft?.ref);
    const theirs = fake.stored[index] as Claim;
    fake.stored[index] = { ...theirs, meta: { ...theirs.meta, versionId: String(Number(theirs.meta?.versionId ?? "1") + 1) } };
    const before = JSON.stringify(fake.stored);
    const outcome = await send(mode, plan);
    expect(outcome.kind === "partial" && outcome.failed.error.status).toBe(412);
    expect(JSON.stringify(fake.stored)).toBe(before);
  });
});
