// Pins the parts of "my work": which Task is a hand-off (system and code both), a user reference
// that names no one, a Provenance with several agents, hand-offs given or taken by others, and
// sparse resources (no code, no requester, no focus, agents or targets without references).
import type { Claim, Provenance, Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { READY_FOR_CODING, TASK_TYPE_SYSTEM } from "../../../../src/billing/state/billing-identifiers.ts";
import { myWorkClaimRefs, type MyWorkEvidence } from "../../../../src/billing/worklist/my-work.ts";
import { appClaim, handoff } from "./worklist-fixtures.ts";

const ME = "Practitioner/me";

function mine(evidence: Partial<MyWorkEvidence>, user = ME): string[] {
  return [...myWorkClaimRefs(user, { claims: [], provenances: [], tasks: [], ...evidence })].sort();
}

describe("myWorkClaimRefs parts", () => {
  it.each<[string, Task["code"], string[]]>([
    ["the hand-off code in the app's system", { coding: [READY_FOR_CODING] }, ["Claim/k1"]],
    ["the hand-off code after another coding", { coding: [{ system: "urn:other", code: "x" }, READY_FOR_CODING] }, ["Claim/k1"]],
    ["another code in the app's system", { coding: [{ system: TASK_TYPE_SYSTEM, code: "other-step" }] }, []],
    ["the hand-off code in another system", { coding: [{ system: "urn:other", code: READY_FOR_CODING.code ?? "" }] }, []],
    ["a code of text only", { text: "ready" }, []],
    ["no code", undefined, []],
  ])("Task code: %s", (_name, code, expected) => {
    expect(mine({ tasks: [handoff("t1", "e1", { code, requester: { reference: ME }, focus: { reference: "Claim/k1" } })] })).toStrictEqual(expected);
  });

  it("a user reference that names no resource finds nothing, not even claims without enterer", () => {
    const claims = [appClaim("k1", "e1", "active"), appClaim("k2", "e2", "active", { enterer: { reference: "#me" } })];
    const provenances: Provenance[] = [{ resourceType: "Provenance", recorded: "2026-11-20T10:00:00Z", agent: [{ who: { display: "someone" } }], target: [{ reference: "Claim/k3" }] }];
    const tasks = [handoff("t1", "e1", { requester: undefined, focus: { reference: "Claim/k4" } })];
    expect(mine({ claims, provenances, tasks }, "#me")).toStrictEqual([]);
    expect(mine({ claims, provenances, tasks }, "")).toStrictEqual([]);
  });

  it("a Provenance counts when any of its agents is the user; targets without reference are skipped", () => {
    const provenances: Provenance[] = [
      { resourceType: "Provenance", recorded: "2026-11-20T10:00:00Z", agent: [{ who: { reference: "Practitioner/other" } }, { who: { reference: ME } }], target: [{ reference: "Claim/k1" }, { display: "a claim" }] },
      { resourceType: "Provenance", recorded: "2026-11-20T10:00:00Z", agent: [{ who: { reference: "Practitioner/other" } }], target: [{ reference: "Claim/k2" }] },
    ];
    expect(mine({ provenances })).toStrictEqual(["Claim/k1"]);
  });

  it("an agent without who (as a server may still send) is not the user", () => {
    const agent = [{}, { who: { reference: "Practitioner/other" } }] as Provenance["agent"];
    expect(mine({ provenances: [{ resourceType: "Provenance", recorded: "2026-11-20T10:00:00Z", agent, target: [{ reference: "Claim/k1" }] }] })).toStrictEqual([]);
  });

  it("hand-offs owned and requested by others, or with no requester, are not mine; mine without focus adds nothing", () => {
    const tasks = [
      handoff("t1", "e1", { owner: { reference: "Practitioner/a" }, requester: { reference: "Practitioner/b" }, focus: { reference: "Claim/k1" } }),
      handoff("t2", "e2", { owner: { reference: "Practitioner/a" }, requester: undefined, focus: { reference: "Claim/k2" } }),
      handoff("t3", "e3", { owner: { reference: ME }, focus: undefined }),
      handoff("t4", "e4", { requester: { reference: ME }, focus: { reference: "Encounter/e4" } }),
    ];
    expect(mine({ tasks })).toStrictEqual([]);
  });

  it("a claim I entered without id adds nothing", () => {
    const { id: _dropped, ...noId } = appClaim("k1", "e1", "active", { enterer: { reference: ME } });
    expect(mine({ claims: [noId as Claim] })).toStrictEqual([]);
  });
});
