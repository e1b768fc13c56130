import { beforeAll, describe, expect, it } from "vitest";
import { buildClaim, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { planDraftSave, planHandoff, planStoreSubmission, readBillingState, storeTransaction, type StorePlan } from "../../../../src/billing/state/index.ts";
import { fixtureDraft, fixtureNames } from "./fixture-draft.ts";
import { indexR4Definitions, r4Errors } from "./r4-validation.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

/**
 * The fixture's draft with everything the builders can add: the payer, the rendering provider's
 * taxonomy, the encounter's account, list prices, and CPT and HCPCS modifiers on the first line.
 */
function ready(name: string, revision = 1): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft(name, revision));
  if (!check.ok) throw new Error(JSON.stringify(check.outcome));
  const lines = check.draft.lines.map((line, i) => ({ ...line, listPrice: line.unitCharge + (i === 0 ? 5 : 0), ...(i === 0 ? { modifiers: [...line.modifiers, "RT"].slice(0, 4) } : {}) }));
  return { ...check.draft, lines, insurerRef: "Organization/payer-1", renderingTaxonomy: "207Q00000X", accountRef: "Account/acc-1" };
}

beforeAll(() => indexR4Definitions());

const writesOf = (plan: StorePlan) => (plan.kind === "writes" ? plan.writes : []);

/** The store as it stands after a draft of `name` was saved (generation 1) and, optionally, submitted. */
function storedState(name: string, status: "draft" | "active") {
  const draft = ready(name);
  const claim = { ...buildClaim(draft, context, { status }), id: "claim-1", meta: { versionId: "3" } };
  return readBillingState([claim], draft.encounterRef);
}

describe.each(fixtureNames())("every resource the store writes is valid R4: %s", (name) => {
  it("the draft Claim saved for the next person", () => {
    const writes = writesOf(planDraftSave(ready(name), readBillingState([], ready(name).encounterRef), context));
    expect(writes.map((w) => w.resource.resourceType)).toEqual(["Claim"]);
    for (const w of writes) expect(r4Errors(w.resource)).toEqual([]);
  });

  it("a submission: the Claim made active, one ChargeItem per line, Provenance; and its transaction Bundle", () => {
    const draft = { ...ready(name), basedOn: { claimRef: "Claim/claim-1", versionId: "3", generation: 1, status: "draft" as const } };
    const writes = writesOf(planStoreSubmission(draft, storedState(name, "draft"), context));
    expect(writes.filter((w) => w.resource.resourceType === "ChargeItem")).toHaveLength(draft.lines.length);
    for (const w of writes) expect(r4Errors(w.resource)).toEqual([]);
    expect(r4Errors(storeTransaction(writes).body)).toEqual([]);
  });

  it("a correction: a new draft generation that replaces the active Claim, and the hand-off Task", () => {
    const draft = { ...ready(name), diagnoses: ready(name).diagnoses.slice(0, 1), basedOn: { claimRef: "Claim/claim-1", versionId: "3", generation: 1, status: "active" as const } };
    const save = writesOf(planDraftSave(draft, storedState(name, "active"), context));
    expect(save[0]?.resource).toMatchObject({ status: "draft", related: [{ claim: { reference: "Claim/claim-1" } }] });
    const handoff = writesOf(planHandoff(draft, storedState(name, "active"), "Ready for coding", context));
    for (const w of [...save, ...handoff]) expect(r4Errors(w.resource)).toEqual([]);
  });
});

describe("the validator used above", () => {
  it("rejects a Claim without its required elements", () => {
    const claim = buildClaim(ready(fixtureNames()[0] ?? ""), context);
    const broken = { ...claim, insurance: undefined, type: undefined } as unknown as typeof claim;
    expect(r4Errors(broken).join("\n")).toMatch(/Claim\.(type|insurance)/);
  });
});
