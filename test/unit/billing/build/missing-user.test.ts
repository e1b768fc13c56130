/**
 * A launch without fhirUser: nothing may name an empty reference. The Claim and ChargeItems leave
 * the optional enterer out; what must name its author (Provenance.agent.who is 1..1, a hand-off's
 * note and requester) is refused with MissingUserError before any request is made.
 */
import { describe, expect, it } from "vitest";
import { buildChargeItems, buildClaim, buildProvenance, MissingUserError, NO_USER_TEXT, type BuildContext } from "../../../../src/billing/build/index.ts";
import { planDraftSave, planHandoff, planOracleCharges, planStoreSubmission, readBillingState } from "../../../../src/billing/state/index.ts";
import { runOracleCharges } from "../../../../src/fhir/billing-store/run-oracle-charges.ts";
import { runStoreAction } from "../../../../src/fhir/billing-store/run-store-action.ts";
import type { FhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { readyFixture, storedClaim } from "../state/store-fixtures.ts";

const draft = readyFixture();
const NOW = "2026-11-26T18:00:00Z";
const WITHOUT_USER: BuildContext[] = [{ now: NOW }, { now: NOW, fhirUserRef: undefined }, { now: NOW, fhirUserRef: "" }, { now: NOW, fhirUserRef: "  " }];
const empty = readBillingState([], draft.encounterRef);
const withDraft = readBillingState([storedClaim(draft, "c1", "1", "draft")], draft.encounterRef);

/** A gateway that records every call made to it (there must be none). */
function recordingGateway(calls: string[]): FhirGateway {
  return new Proxy({}, { get: (_target, name) => (..._args: unknown[]) => { calls.push(String(name)); throw new Error(`unexpected ${String(name)}`); } }) as FhirGateway;
}

describe("builders without a known user", () => {
  it.each(WITHOUT_USER)("the Claim and ChargeItems have no enterer, never an empty reference (%j)", (context) => {
    const claim = buildClaim(draft, context);
    const charges = buildChargeItems(draft, context);
    expect(claim).not.toHaveProperty("enterer");
    expect(charges.length).toBeGreaterThan(0);
    for (const charge of charges) expect(charge).not.toHaveProperty("enterer");
    expect(JSON.stringify([claim, charges])).not.toMatch(/"reference":"\s*"/);
  });

  it("an explicit enterer is still named, and the launch user is the enterer when known", () => {
    expect(buildClaim(draft, { now: NOW, entererRef: "PractitionerRole/role-1" }).enterer).toEqual({ reference: "PractitionerRole/role-1" });
    expect(buildChargeItems(draft, { now: NOW, fhirUserRef: "Practitioner/coder-1" })[0]?.enterer).toEqual({ reference: "Practitioner/coder-1" });
  });

  it.each(WITHOUT_USER)("a Provenance is refused: its agent.who is required (%j)", (context) => {
    expect(() => buildProvenance(draft, { targets: ["Claim/c1"], activity: "CREATE" }, context)).toThrow(MissingUserError);
    expect(() => buildProvenance(draft, { targets: ["Claim/c1"], activity: "CREATE" }, context)).toThrow(NO_USER_TEXT);
    expect(buildProvenance(draft, { targets: ["Claim/c1"], activity: "CREATE" }, { now: NOW, fhirUserRef: "Practitioner/coder-1" }).agent[0]?.who).toEqual({ reference: "Practitioner/coder-1" });
  });

  it("submission, hand-off (even before the draft is saved) and Oracle charges are refused while planning", () => {
    const context = { now: NOW };
    expect(() => planStoreSubmission(draft, withDraft, context)).toThrow(MissingUserError);
    expect(() => planHandoff(draft, withDraft, "Ready", context)).toThrow(MissingUserError);
    expect(() => planHandoff(draft, empty, "Ready", context)).toThrow(MissingUserError);
    expect(() => planOracleCharges(draft, empty, { tenant: "t" }, context)).toThrow(MissingUserError);
    // A draft save names no author (no Provenance) and leaves the enterer out.
    const save = planDraftSave(draft, empty, context);
    expect(save.kind).toBe("writes");
    expect(JSON.stringify(save)).not.toMatch(/"reference":"\s*"/);
  });

  it.each(["save", "submit", "handoff"] as const)("runStoreAction (%s) reads and writes nothing without a user", async (kind) => {
    const calls: string[] = [];
    const action = kind === "handoff" ? { kind, note: "Ready" } : { kind };
    await expect(runStoreAction({ gateway: recordingGateway(calls), mode: "transaction" }, action, draft, { now: NOW })).rejects.toThrow(MissingUserError);
    expect(calls).toEqual([]);
  });

  it("runOracleCharges reads and sends nothing without a user", async () => {
    const calls: string[] = [];
    await expect(runOracleCharges(recordingGateway(calls), draft, { tenant: "t" }, { now: NOW, fhirUserRef: "" })).rejects.toThrow(MissingUserError);
    expect(calls).toEqual([]);
  });
});
