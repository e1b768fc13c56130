// Pins the parts of the encounter worklist rows one at a time: which claims count for an encounter,
// the order of undated rows, the patient, provider and service read from sparse encounters, the
// Coverage in force on the date of service, and which hand-off Task note is shown.
import type { Annotation, Coverage, Encounter, Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { READY_FOR_CODING, TASK_TYPE_SYSTEM } from "../../../../src/billing/state/billing-identifiers.ts";
import { buildEncounterRows, claimStateByEncounter, coverageFor, handoffByEncounter, type EncounterWorklistInput } from "../../../../src/billing/worklist/encounter-rows.ts";
import { indexResources } from "../../../../src/billing/worklist/worklist-resources.ts";
import { appClaim, coverage, handoff, patient, payer, practitioner } from "./worklist-fixtures.ts";

const TODAY = "2026-11-26";
const OPEN_365 = (daysLeft: number) => ({ kind: "open", daysLeft, limitDays: 365 });

function rowsOf(encounters: Encounter[], extra: Partial<EncounterWorklistInput> = {}) {
  const index = indexResources([patient("p1", "Ana", "Lopez"), practitioner("dr1", "Ana", "Rivera"), practitioner("dr2", "Li", "Chen"), payer("ppo", "Sandbox Mutual PPO", "SBX01")]);
  return buildEncounterRows({ encounters, index, coverages: [], claims: [], tasks: [], today: TODAY, ...extra });
}

/** A bare encounter of p1 on 2026-11-01: only what the row needs to exist. */
function bare(id: string, extra: Partial<Encounter> = {}): Encounter {
  return { resourceType: "Encounter", id, status: "finished", class: { code: "AMB" }, subject: { reference: "Patient/p1" }, period: { start: "2026-11-01" }, ...extra };
}

describe("claimStateByEncounter parts", () => {
  it("reads only the claim-encounter identifier, skips claims without identifiers and claims that are neither active nor draft", () => {
    const claims = [
      { ...appClaim("k1", "a", "active"), identifier: undefined },
      { ...appClaim("k2", "b", "active"), identifier: [{ system: "urn:other", value: "Encounter/b" }] },
      appClaim("k3", "c", "cancelled"),
      appClaim("k4", "d", "entered-in-error"),
      appClaim("k5", "e", "draft"),
    ];
    expect([...claimStateByEncounter(claims)]).toStrictEqual([["e", "draft"]]);
  });

  it("an active claim read after a draft of the same encounter wins; a draft after an active one does not", () => {
    const claims = [appClaim("k1", "a", "draft"), appClaim("k2", "a", "active"), appClaim("k3", "b", "active"), appClaim("k4", "b", "draft")];
    expect([...claimStateByEncounter(claims)]).toStrictEqual([["a", "active"], ["b", "active"]]);
  });
});

describe("buildEncounterRows parts", () => {
  it("puts undated encounters after dated ones, in id order, whatever the input order", () => {
    const undated = (id: string) => bare(id, { period: undefined });
    const order = (encounters: Encounter[]) => rowsOf(encounters).map((r) => r.encounterId);
    expect(order([undated("u2"), bare("d2", { period: { start: "2026-11-02" } }), undated("u1"), bare("d1")])).toStrictEqual(["d1", "d2", "u1", "u2"]);
    expect(order([bare("d1"), undated("u1"), bare("d3", { period: { start: "2026-11-03" } }), bare("d2", { period: { start: "2026-11-02" } })])).toStrictEqual(["d1", "d2", "d3", "u1"]);
    expect(order([bare("d3", { period: { start: "2026-11-03" } }), bare("d2", { period: { start: "2026-11-02" } }), bare("d1")])).toStrictEqual(["d1", "d2", "d3"]);
  });

  it("an encounter with no subject, no period and no type: unknown patient, unknown deadline, the class as the service", () => {
    expect(rowsOf([bare("e1", { subject: undefined, period: undefined, class: { code: "AMB", display: "ambulatory" } })])).toStrictEqual([
      { encounterId: "e1", patientId: "", patientName: "Unknown patient", service: "ambulatory", deadline: { kind: "unknown", limitDays: 365 }, draftSaved: false },
    ]);
  });

  it("a period without a start is an unknown date; a class without display gives its code", () => {
    expect(rowsOf([bare("e1", { period: { end: "2026-11-02" } })])).toStrictEqual([
      { encounterId: "e1", patientId: "p1", patientName: "Ana Lopez", service: "AMB", deadline: { kind: "unknown", limitDays: 365 }, draftSaved: false },
    ]);
  });

  it("an encounter with neither type nor class has an empty service", () => {
    const e = { ...bare("e1"), class: undefined } as unknown as Encounter;
    expect(rowsOf([e])).toStrictEqual([
      { encounterId: "e1", patientId: "p1", patientName: "Ana Lopez", dateOfService: "2026-11-01", service: "", deadline: OPEN_365(340), draftSaved: false },
    ]);
  });

  it("a Coverage with no payor gives no payer", () => {
    const coverages: Coverage[] = [{ ...coverage("c1", "p1", "ppo"), payor: undefined } as unknown as Coverage];
    expect(rowsOf([bare("e1")], { coverages })).toStrictEqual([
      { encounterId: "e1", patientId: "p1", patientName: "Ana Lopez", dateOfService: "2026-11-01", service: "AMB", deadline: OPEN_365(340), draftSaved: false },
    ]);
  });

  it.each<[string, Encounter["participant"], string | undefined]>([
    ["no participants", [], undefined],
    ["a participant with no individual", [{ type: [{ coding: [{ code: "PPRF" }] }] }], undefined],
    ["a display-only participant", [{ individual: { display: "Dr. Walk-in" } }], "Dr. Walk-in"],
    ["a RelatedPerson is not a provider, even as primary performer", [{ type: [{ coding: [{ code: "PPRF" }] }], individual: { reference: "RelatedPerson/r1" } }, { individual: { reference: "Practitioner/dr1" } }], "Dr. Ana Rivera"],
    ["the best role of each participant counts (PPRF beats ATND)", [{ type: [{ coding: [{ code: "ATND" }] }], individual: { reference: "Practitioner/dr2" } }, { type: [{ coding: [{ code: "PART" }, { code: "PPRF" }] }], individual: { reference: "Practitioner/dr1" } }], "Dr. Ana Rivera"],
    ["an unknown role ranks after every known one", [{ type: [{ coding: [{ code: "XYZ" }] }], individual: { reference: "Practitioner/dr2" } }, { type: [{ coding: [{ code: "PART" }] }], individual: { reference: "Practitioner/dr1" } }], "Dr. Ana Rivera"],
    ["a type with text only is no role", [{ type: [{ text: "nurse" }], individual: { reference: "Practitioner/dr2" } }, { type: [{ coding: [{ code: "SPRF" }] }], individual: { reference: "Practitioner/dr1" } }], "Dr. Ana Rivera"],
    ["a role coding without code is no role", [{ type: [{ coding: [{ system: "urn:x" }] }], individual: { reference: "Practitioner/dr2" } }, { type: [{ coding: [{ code: "ATND" }] }], individual: { reference: "Practitioner/dr1" } }], "Dr. Ana Rivera"],
  ])("provider: %s", (_name, participant, provider) => {
    const [row] = rowsOf([bare("e1", { participant })]);
    expect(row?.provider).toBe(provider);
    expect(Object.hasOwn(row ?? {}, "provider")).toBe(provider !== undefined);
  });

  it.each<[string, Partial<Encounter>, string]>([
    ["a type coding's display", { type: [{ coding: [{ code: "c1" }, { code: "c2", display: "Office visit" }] }] }, "Office visit"],
    ["a type coding's code when none has a display", { type: [{ coding: [{ code: "185349003" }] }] }, "185349003"],
    ["a type with an empty coding list falls back to the class", { type: [{ coding: [] }] }, "AMB"],
    ["an empty type falls back to the class", { type: [{}] }, "AMB"],
    ["the reason from reasonReference", { type: [{ text: "Office visit" }], reasonReference: [{ display: "Hypertension" }] }, "Office visit · Hypertension"],
    ["an empty reasonReference list adds nothing", { type: [{ text: "Office visit" }], reasonReference: [] }, "Office visit"],
    ["a reason equal to the type is not repeated", { type: [{ text: "Office visit" }], reasonCode: [{ text: "Office visit" }] }, "Office visit"],
  ])("service: %s", (_name, extra, service) => {
    expect(rowsOf([bare("e1", { participant: [], ...extra })])).toStrictEqual([
      { encounterId: "e1", patientId: "p1", patientName: "Ana Lopez", dateOfService: "2026-11-01", service, deadline: OPEN_365(340), draftSaved: false },
    ]);
  });
});

describe("coverageFor parts", () => {
  const dated = (id: string, period: Coverage["period"], extra: Partial<Coverage> = {}) => coverage(id, "p1", "ppo", { period, ...extra });

  it.each<[string, Coverage[], string | undefined]>([
    ["a coverage that ended before the date is not in force", [dated("c1", { start: "2026-01-01", end: "2026-10-31" })], undefined],
    ["a coverage starting after the date is not in force", [dated("c1", { start: "2026-11-02" })], undefined],
    ["a coverage starting on the date is in force", [dated("c1", { start: "2026-11-01" })], "c1"],
    ["a coverage starting at a time on the date is in force", [dated("c1", { start: "2026-11-01T08:00:00-05:00" })], "c1"],
    ["a coverage ending on the date is in force", [dated("c1", { start: "2026-01-01", end: "2026-11-01" })], "c1"],
    ["a cancelled coverage is not in force", [dated("c1", undefined, { status: "cancelled" })], undefined],
    ["another patient's coverage does not count", [coverage("c1", "p2", "ppo")], undefined],
    ["the lowest order wins", [dated("c3", undefined), dated("c2", undefined, { order: 2 }), dated("c1", undefined, { order: 1 })], "c1"],
    ["an ordered coverage beats an unordered one", [dated("c2", undefined), dated("c1", undefined, { order: 3 })], "c1"],
    ["lowest order, given first", [dated("c1", undefined, { order: 1 }), dated("c2", undefined, { order: 2 }), dated("c3", undefined)], "c1"],
  ])("%s", (_name, coverages, id) => {
    expect(coverageFor(coverages, "Patient/p1", "2026-11-01")?.id).toBe(id);
  });

  it("with no patient, no coverage matches, not even one without a beneficiary", () => {
    const coverages = [{ resourceType: "Coverage", id: "c1", status: "active", payor: [{ reference: "Organization/ppo" }] } as unknown as Coverage];
    expect(coverageFor(coverages, undefined, "2026-11-01")).toBe(undefined);
    expect(coverageFor(coverages, "Patient/p1", "2026-11-01")).toBe(undefined);
  });
});

describe("handoffByEncounter parts", () => {
  const index = () => indexResources([practitioner("dr1", "Ana", "Rivera"), practitioner("dr2", "Li", "Chen")]);

  it("only requested ready-for-coding Tasks about an Encounter count", () => {
    const tasks: Task[] = [
      handoff("t1", "e1", { code: { coding: [{ system: "urn:other", code: "x" }] } }),
      handoff("t2", "e2", { code: { coding: [{ system: TASK_TYPE_SYSTEM, code: "other-step" }] } }),
      handoff("t3", "e3", { code: { coding: [{ system: "urn:other", code: READY_FOR_CODING.code ?? "" }] } }),
      handoff("t4", "e4", { code: { text: "ready" } }),
      handoff("t5", "e5", { code: undefined }),
      handoff("t6", "e6", { encounter: undefined }),
      handoff("t7", "e7", { encounter: { display: "the visit" } }),
      handoff("t8", "e8", { encounter: { reference: "Condition/e8" } }),
      handoff("t9", "e9", { code: { coding: [{ system: "urn:other", code: "x" }, READY_FOR_CODING] }, authoredOn: "2026-11-20" }),
    ];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e9", { text: "Ready for coding", author: "Dr. Ana Rivera", time: "2026-11-20" }]]);
  });

  it("with no notes: the trimmed description, the requester, the last modification", () => {
    const tasks = [handoff("t1", "e1", { description: "  Code the lab draw  ", lastModified: "2026-11-21T09:00:00Z", authoredOn: "2026-11-20" })];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e1", { text: "Code the lab draw", author: "Dr. Ana Rivera", time: "2026-11-21T09:00:00Z" }]]);
  });

  it("with no notes, no description and no requester: the hand-off's display and no author or time", () => {
    const tasks = [handoff("t1", "e1", { requester: undefined })];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e1", { text: "Ready for coding" }]]);
  });

  it("the latest of unordered notes, an undated note counting as the earliest; its trimmed text, author string and time", () => {
    const tasks = [
      handoff("t1", "e1", {
        note: [
          { text: "middle", time: "2026-11-20T08:00:00Z", authorReference: { reference: "Practitioner/dr2" } },
          { text: "  latest  ", time: "2026-11-21T08:00:00Z", authorString: "Front desk" },
          { text: "undated", authorReference: { reference: "Practitioner/dr2" } },
          { text: "earliest", time: "2026-11-19T08:00:00Z" },
        ],
      }),
    ];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e1", { text: "latest", author: "Front desk", time: "2026-11-21T08:00:00Z" }]]);
  });

  it.each<[string, Annotation[]]>([
    ["given last", [{ text: "dated", time: "2026-11-20T08:00:00Z" }, { text: "undated" }]],
    ["given first", [{ text: "undated" }, { text: "dated", time: "2026-11-20T08:00:00Z" }]],
  ])("an undated note %s is still not the latest", (_name, note) => {
    const tasks = [handoff("t1", "e1", { note })];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e1", { text: "dated", author: "Dr. Ana Rivera", time: "2026-11-20T08:00:00Z" }]]);
  });

  it("the note's author reference wins over the requester; a note without author falls back to the requester", () => {
    const tasks = [
      handoff("t1", "e1", { note: [{ text: "by dr2", authorReference: { reference: "Practitioner/dr2" } }] }),
      handoff("t2", "e2", { note: [{ text: "anonymous" }], authoredOn: "2026-11-20" }),
    ];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([
      ["e1", { text: "by dr2", author: "Dr. Li Chen" }],
      ["e2", { text: "anonymous", author: "Dr. Ana Rivera", time: "2026-11-20" }],
    ]);
  });

  it("a note without text (as some servers send) falls back to the description", () => {
    const note = { time: "2026-11-20T08:00:00Z" } as Annotation;
    const tasks = [handoff("t1", "e1", { note: [note], description: "Please code" })];
    expect([...handoffByEncounter(tasks, index())]).toStrictEqual([["e1", { text: "Please code", author: "Dr. Ana Rivera", time: "2026-11-20T08:00:00Z" }]]);
  });
});
