import type { Provenance, Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { myWorkClaimRefs, type MyWorkEvidence } from "../../../../src/billing/worklist/my-work.ts";
import { appClaim, handoff } from "./worklist-fixtures.ts";

const ME = "https://ehr.example/fhir/Practitioner/me";

const provenance = (who: string, targets: string[]): Provenance => ({
  resourceType: "Provenance", recorded: "2026-11-20T10:00:00Z", agent: [{ who: { reference: who } }], target: targets.map((reference) => ({ reference })),
});

const none: MyWorkEvidence = { claims: [], provenances: [], tasks: [] };

describe("myWorkClaimRefs: claims I coded, submitted or was handed", () => {
  it.each<[string, Partial<MyWorkEvidence>, string[]]>([
    ["I entered it", { claims: [appClaim("k1", "e1", "active", { enterer: { reference: "Practitioner/me" } })] }, ["Claim/k1"]],
    ["someone else entered it", { claims: [appClaim("k1", "e1", "active", { enterer: { reference: "Practitioner/other" } })] }, []],
    ["I am only the rendering provider", { claims: [appClaim("k1", "e1", "active", { careTeam: [{ sequence: 1, provider: { reference: "Practitioner/me" } }] })] }, []],
    ["my Provenance targets it (versioned reference)", { provenances: [provenance("Practitioner/me", ["Claim/k2/_history/3", "ChargeItem/c1"])] }, ["Claim/k2"]],
    ["someone else's Provenance", { provenances: [provenance("Practitioner/other", ["Claim/k2"])] }, []],
    ["a hand-off I own", { tasks: [handoff("t1", "e1", { owner: { reference: "Practitioner/me" }, requester: { reference: "Practitioner/other" }, focus: { reference: "Claim/k3" } })] }, ["Claim/k3"]],
    ["a hand-off I requested, since completed", { tasks: [handoff("t1", "e1", { status: "completed", requester: { reference: ME }, focus: { reference: "Claim/k4" } })] }, ["Claim/k4"]],
    ["a hand-off entered in error", { tasks: [handoff("t1", "e1", { status: "entered-in-error", requester: { reference: ME }, focus: { reference: "Claim/k4" } })] }, []],
    ["another kind of Task", { tasks: [{ ...handoff("t1", "e1", { requester: { reference: ME }, focus: { reference: "Claim/k5" } }), code: { text: "other" } } as Task] }, []],
  ])("%s", (_name, evidence, expected) => {
    expect([...myWorkClaimRefs(ME, { ...none, ...evidence })].sort()).toEqual(expected);
  });

  it("has no work without a user reference", () => {
    expect(myWorkClaimRefs("", { ...none, claims: [appClaim("k1", "e1", "active", { enterer: { reference: "Practitioner/me" } })] }).size).toBe(0);
  });
});
