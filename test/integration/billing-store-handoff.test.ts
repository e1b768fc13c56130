/**
 * One encounter, many hands, against the real sandbox on the transaction and per-resource paths:
 * identities come from the store, never from a browser, so the provider's submission, a coder's
 * correction from another "browser" (its own gateway and token) and a third user who changes
 * nothing leave one active Claim, related to the one it replaced, and one billable ChargeItem per
 * service.
 */
import type { ChargeItem } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ReadyDraft } from "../../src/billing/build/index.ts";
import { draftFromClaim, generationOf } from "../../src/billing/state/index.ts";
import { loadBillingState, runStoreAction, type StoreTarget } from "../../src/fhir/billing-store/index.ts";
import { countStore, gatewayOf, line, visitDraft } from "./billing-scenario.ts";
import { userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";
const browser = () => gatewayOf(generic.fhirBase, () => token);
const context = (who: string) => ({ now: "2026-11-21T10:00:00Z", fhirUserRef: who });

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

/** What a person opening the encounter starts from: the store's claim, or the chart's draft. */
async function open(_mode: StoreTarget["mode"], encounterId: string): Promise<ReadyDraft> {
  const state = await loadBillingState(browser(), `Encounter/${encounterId}`);
  const current = state.draft ?? state.submitted;
  const base = visitDraft(encounterId);
  return current ? { ...base, ...draftFromClaim(current.resource, base), coverageRef: base.coverageRef, billingProviderRef: base.billingProviderRef } : base;
}

describe.each(["transaction", "per-resource"] as const)("hand-off on the %s path", (mode) => {
  const enc = `it-handoff-${mode}`;
  const target = (): StoreTarget => ({ gateway: browser(), mode });

  it("provider submits, coder corrects from another browser, a third user changes nothing", async () => {
    const provider = await open(mode, enc);
    const first = await runStoreAction(target(), { kind: "submit" }, provider, context("Practitioner/pr-rivera"));
    expect(first.kind).toBe("done");

    const coder = await open(mode, enc);
    expect(coder.basedOn?.status).toBe("active");
    expect(coder.lines.map((l) => l.code)).toEqual(["99214", "36415"]);
    const corrected = { ...coder, diagnoses: [...coder.diagnoses, { code: "E78.5", display: "Hyperlipidemia" }], lines: [coder.lines[0]!, { ...coder.lines[1]!, units: 2 }] };
    const second = await runStoreAction(target(), { kind: "submit" }, corrected, context("Practitioner/pr-coder"));
    expect(second.kind).toBe("done");

    const third = await open(mode, enc);
    const again = await runStoreAction(target(), { kind: "submit" }, third, context("Practitioner/pr-third"));
    expect(again.kind).toBe("nothing");

    const counts = await countStore(browser(), enc);
    expect(counts.claims).toEqual({ active: 1, cancelled: 1 });
    expect(counts.billableByLine).toEqual({ visit: 1, draw: 1 });
    const state = await loadBillingState(browser(), `Encounter/${enc}`);
    expect(generationOf(state.submitted!.resource)).toBe(2);
    expect(state.submitted!.resource.related?.[0]?.claim?.reference).toBe(state.claims[0]!.ref);
    expect(state.lastChange).toMatchObject({ action: "corrected", who: "Practitioner/pr-coder" });
  });

  it("a line that did not change keeps its ChargeItem; a changed one is retired and replaced", async () => {
    const e = `${enc}-reuse`;
    await runStoreAction(target(), { kind: "submit" }, visitDraft(e), context("Practitioner/pr-rivera"));
    const before = await loadBillingState(browser(), `Encounter/${e}`);
    const visitCharge = before.charges.find((c) => c.lineId === "visit")!;
    const drawCharge = before.charges.find((c) => c.lineId === "draw")!;
    const next = await open(mode, e);
    await runStoreAction(target(), { kind: "submit" }, { ...next, lines: [next.lines[0]!, { ...next.lines[1]!, unitCharge: 12 }] }, context("Practitioner/pr-coder"));
    const after = await loadBillingState(browser(), `Encounter/${e}`);
    expect(after.charges.find((c) => c.lineId === "visit")?.ref).toBe(visitCharge.ref);
    expect(after.charges.find((c) => c.lineId === "draw")?.ref).not.toBe(drawCharge.ref);
    const retired = await browser().read<ChargeItem>("ChargeItem", drawCharge.ref.split("/")[1]!);
    expect(retired.status).toBe("entered-in-error");
    expect((await countStore(browser(), e)).billableByLine).toEqual({ visit: 1, draw: 1 });
  });

  it("two tabs submitting different drafts at once: one wins, the other gets a conflict", async () => {
    const e = `${enc}-race`;
    const save = await runStoreAction(target(), { kind: "save" }, visitDraft(e), context("Practitioner/pr-rivera"));
    expect(save.kind).toBe("done");
    const tabA = await open(mode, e);
    const tabB = await open(mode, e);
    const results = await Promise.all([
      runStoreAction(target(), { kind: "submit" }, { ...tabA, lines: [{ ...tabA.lines[0]!, units: 1 }, tabA.lines[1]!] }, context("Practitioner/pr-rivera")),
      runStoreAction(target(), { kind: "submit" }, { ...tabB, lines: [tabB.lines[0]!, { ...tabB.lines[1]!, units: 3 }] }, context("Practitioner/pr-coder")),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "done"]);
    const lost = results.find((r) => r.kind === "conflict");
    if (lost?.kind === "conflict") expect(lost.conflict.theirs.lines.length).toBe(2);
    const counts = await countStore(browser(), e);
    expect(counts.claims).toEqual({ active: 1 });
    expect(counts.billableByLine).toEqual({ visit: 1, draw: 1 });
  });

  it("two browsers creating the first draft with different units: the second sees a conflict, not a silent 'saved'", async () => {
    const e = `${enc}-first`;
    const a = visitDraft(e);
    const b = { ...visitDraft(e), lines: [line("visit", "99214", 150, [1, 2], 1), line("draw", "36415", 10, [1], 2)] };
    const results = [await runStoreAction(target(), { kind: "submit" }, a, context("Practitioner/pr-rivera")), await runStoreAction(target(), { kind: "submit" }, b, context("Practitioner/pr-coder"))];
    expect(results.map((r) => r.kind)).toEqual(["done", "conflict"]);
    expect((await countStore(browser(), e)).claims).toEqual({ active: 1 });
  });

  it("hand to coding: a Task with the note that focuses on the draft Claim; submitting completes it", async () => {
    const e = `${enc}-task`;
    const handed = await runStoreAction(target(), { kind: "handoff", note: "Ready for coding: check the lab draw" }, visitDraft(e), context("Practitioner/pr-rivera"));
    expect(handed.kind).toBe("done");
    const state = await loadBillingState(browser(), `Encounter/${e}`);
    expect(state.handoff?.resource.status).toBe("requested");
    expect(state.handoff?.resource.note?.[0]?.text).toBe("Ready for coding: check the lab draw");
    expect(state.handoff?.resource.focus?.reference).toBe(state.draft?.ref);
    const coder = await open(mode, e);
    expect((await runStoreAction(target(), { kind: "submit" }, coder, context("Practitioner/pr-coder"))).kind).toBe("done");
    const counts = await countStore(browser(), e);
    expect(counts.tasks.map((t) => t.status)).toEqual(["completed"]);
    expect(counts.claims).toEqual({ active: 1 });
  });

  it("two notes handed at once: one Task, both notes on it (a stale version re-reads and appends)", async () => {
    const e = `${enc}-two-notes`;
    await runStoreAction(target(), { kind: "save" }, visitDraft(e), context("Practitioner/pr-rivera"));
    const draft = await open(mode, e);
    const results = await Promise.all([
      runStoreAction(target(), { kind: "handoff", note: "First note" }, draft, context("Practitioner/pr-rivera")),
      runStoreAction(target(), { kind: "handoff", note: "Second note" }, draft, { ...context("Practitioner/pr-chen"), now: "2026-11-21T10:00:05Z" }),
    ]);
    expect(results.map((r) => r.kind)).toEqual(["done", "done"]);
    const counts = await countStore(browser(), e);
    expect(counts.tasks).toHaveLength(1);
    expect(counts.tasks[0]?.note?.map((n) => n.text).sort()).toEqual(["First note", "Second note"]);
  });
});
