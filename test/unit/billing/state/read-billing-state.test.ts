import type { ChargeItem, Provenance } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { BILLING_ACTION_SYSTEM, readBillingState } from "../../../../src/billing/state/index.ts";
import { handoffTask, readyFixture, storedCharges, storedClaim } from "./store-fixtures.ts";

const draft = readyFixture();

describe("readBillingState", () => {
  it("the submitted claim is the latest active generation; a newer draft generation is the correction in progress", () => {
    const g1 = storedClaim(draft, "c1", "3", "cancelled", 1);
    const g2 = storedClaim(draft, "c2", "2", "active", 2);
    const g3 = storedClaim(draft, "c3", "1", "draft", 3);
    const state = readBillingState([g3, g1, g2], draft.encounterRef);
    expect(state.claims.map((c) => c.ref)).toEqual(["Claim/c1", "Claim/c2", "Claim/c3"]);
    expect(state.submitted?.ref).toBe("Claim/c2");
    expect(state.draft?.ref).toBe("Claim/c3");
    expect(state.generation).toBe(3);
  });

  it("an old draft generation below the submitted one is not work in progress", () => {
    const state = readBillingState([storedClaim(draft, "c1", "1", "draft", 1), storedClaim(draft, "c2", "1", "active", 2)], draft.encounterRef);
    expect(state.draft).toBeUndefined();
  });

  it("ignores Claims of other encounters and keeps the newest version of a resource read twice", () => {
    const other = storedClaim({ ...draft, encounterRef: "Encounter/other" }, "x", "1", "active");
    const older = storedClaim(draft, "c1", "1", "draft");
    const newer = storedClaim(draft, "c1", "2", "active");
    const state = readBillingState([other, newer, older], draft.encounterRef);
    expect(state.claims.map((c) => `${c.ref}@${c.versionId}`)).toEqual(["Claim/c1@2"]);
  });

  it("live charges: the app's billable ones, not retired, not a credit, not credited", () => {
    const [a, b, c] = [...storedCharges(draft), ...storedCharges(draft, 2)];
    const retired: ChargeItem = { ...b!, status: "entered-in-error" };
    const credit: ChargeItem = { ...c!, id: "credit-1", partOf: [{ reference: `ChargeItem/${a!.id}` }] };
    const foreign: ChargeItem = { ...a!, id: "someone-else", identifier: [] };
    const state = readBillingState([a!, retired, credit, foreign], draft.encounterRef);
    expect(state.charges).toEqual([]);
    const live = readBillingState([a!], draft.encounterRef).charges[0];
    expect(live).toMatchObject({ ref: `ChargeItem/${a!.id}`, lineId: draft.lines[0]!.id, generation: 1 });
  });

  it("says who did the last thing: the Provenance of a submission, or a draft saved after it", () => {
    const claim = storedClaim(draft, "c1", "2", "active", 1, "2026-11-26T17:00:00Z");
    const provenance: Provenance = {
      resourceType: "Provenance", id: "p1", recorded: "2026-11-26T17:00:01Z", target: [{ reference: "Claim/c1" }],
      agent: [{ who: { reference: "Practitioner/pr-chen" } }], meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code: "x:1:correct:h" }] },
    };
    expect(readBillingState([claim, provenance], draft.encounterRef).lastChange).toEqual({ action: "corrected", who: "Practitioner/pr-chen", when: "2026-11-26T17:00:01Z" });
    const laterDraft = { ...storedClaim(draft, "c2", "1", "draft", 2, "2026-11-27T08:00:00Z"), enterer: { reference: "Practitioner/pr-rivera" } };
    expect(readBillingState([claim, provenance, laterDraft], draft.encounterRef).lastChange).toEqual({ action: "saved", who: "Practitioner/pr-rivera", when: "2026-11-27T08:00:00Z" });
  });

  it("finds the hand-off Task", () => {
    const state = readBillingState([storedClaim(draft, "c1", "1", "draft"), handoffTask(draft, "Claim/c1")], draft.encounterRef);
    expect(state.handoff?.ref).toBe("Task/task-1");
    expect(state.handoff?.versionId).toBe("4");
  });
});
