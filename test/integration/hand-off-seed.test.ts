/**
 * The sandbox seeds encounters in each hand-off state, read the way the app reads them: a saved
 * draft, a hand-off waiting for coding, a submitted and paid claim, and a corrected one.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sameContent, draftFromClaim } from "../../src/billing/state/index.ts";
import { loadBillingState } from "../../src/fhir/billing-store/index.ts";
import { countStore, gatewayOf } from "./billing-scenario.ts";
import { userTokens } from "./smart-flow.ts";

const { generic, oracle, epic } = inject("sandboxes");
let token = "";
let oracleToken = "";
let epicToken = "";
const state = (encounter: string) => loadBillingState(gatewayOf(generic.fhirBase, () => token), `Encounter/${encounter}`);

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
  oracleToken = (await userTokens(oracle, "openid fhirUser user/ChargeItem.rs user/Encounter.rs")).access_token;
  epicToken = (await userTokens(epic, "openid fhirUser user/Claim.rs")).access_token;
});

describe("hand-off states in the sandbox seed", () => {
  it("enc-visit-03: a draft saved by Dr. Rivera, not handed on", async () => {
    const s = await state("enc-visit-03");
    expect(s.draft?.resource.status).toBe("draft");
    expect(s.submitted).toBeUndefined();
    expect(s.handoff).toBeUndefined();
    expect(s.lastChange).toMatchObject({ action: "saved", who: "Practitioner/pr-rivera" });
  });

  it("enc-visit-04: handed to coding, the note on a requested Task that points at the draft", async () => {
    const s = await state("enc-visit-04");
    expect(s.handoff?.resource).toMatchObject({ status: "requested", focus: { reference: s.draft?.ref } });
    expect(s.handoff?.resource.note?.[0]?.text).toContain("Ready for coding");
  });

  it("enc-visit-05: submitted and paid: one active Claim, one billable charge per line, a complete ClaimResponse", async () => {
    const s = await state("enc-visit-05");
    expect(s.submitted?.resource.status).toBe("active");
    expect(s.charges.map((c) => c.lineId).sort()).toEqual(["seed-ecg", "seed-em"]);
    expect(s.responses.map((r) => r.outcome)).toEqual(["complete"]);
    expect(s.lastChange).toMatchObject({ action: "submitted" });
  });

  it("enc-visit-06: corrected: generation 2 active and related to the cancelled generation 1; the changed line re-billed once", async () => {
    const s = await state("enc-visit-06");
    expect(s.claims.map((c) => `${c.generation}:${c.resource.status}`)).toEqual(["1:cancelled", "2:active"]);
    expect(s.submitted?.resource.related?.[0]?.claim?.reference).toBe(s.claims[0]?.ref);
    expect((await countStore(gatewayOf(generic.fhirBase, () => token), "enc-visit-06")).billableByLine).toEqual({ "seed-em": 1, "seed-phq": 1 });
    const base = { encounterRef: "Encounter/enc-visit-06", patientRef: "Patient/pat-epic-1" };
    const [first, second] = [draftFromClaim(s.claims[0]!.resource, base), draftFromClaim(s.claims[1]!.resource, base)];
    expect(sameContent(first, second)).toBe(false);
    expect(second.lines.map((l) => l.code)).toEqual(["99213", "96127"]);
    expect(s.lastChange).toMatchObject({ action: "corrected", who: "Practitioner/pr-chen" });
  });

  it("oracle persona: enc-visit-10's charge billed, no Claim; epic persona: no claims of the app at all", async () => {
    const o = await loadBillingState(gatewayOf(oracle.fhirBase, () => oracleToken), "Encounter/enc-visit-10");
    expect(o.charges.map((c) => c.lineId)).toEqual(["seed-em"]);
    expect(o.claims).toEqual([]);
    const e = await loadBillingState(gatewayOf(epic.fhirBase, () => epicToken), "Encounter/enc-visit-05");
    expect(e.claims).toEqual([]);
  });
});
