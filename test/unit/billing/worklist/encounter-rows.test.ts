import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildEncounterRows, claimStateByEncounter, type EncounterWorklistInput } from "../../../../src/billing/worklist/encounter-rows.ts";
import { indexResources } from "../../../../src/billing/worklist/worklist-resources.ts";
import { appClaim, coverage, encounter, handoff, patient, payer, practitioner } from "./worklist-fixtures.ts";

const TODAY = "2026-11-26";
const people = [patient("p1", "Ana", "Lopez"), patient("p2", "Ben", "Ortiz"), practitioner("dr1", "Ana", "Rivera"), payer("mcr", "Sandbox Medicare Part B", "SBXMCR"), payer("ppo", "Sandbox Mutual PPO", "SBX01")];

function input(overrides: Partial<EncounterWorklistInput> = {}): EncounterWorklistInput {
  return {
    encounters: [encounter("e-new", "p1", "2026-11-18T09:00:00-05:00"), encounter("e-old", "p2", "2026-06-01T10:00:00Z")],
    index: indexResources(people),
    coverages: [coverage("c1", "p1", "ppo"), coverage("c2", "p2", "mcr")],
    claims: [],
    tasks: [],
    filingLimits: { default: 365, byPayerId: { SBX01: 180 } },
    today: TODAY,
    ...overrides,
  };
}

describe("buildEncounterRows", () => {
  it("lists finished encounters oldest first with patient, date, service, provider, payer and days left", () => {
    expect(buildEncounterRows(input())).toEqual([
      {
        encounterId: "e-old", patientId: "p2", patientName: "Ben Ortiz", dateOfService: "2026-06-01", service: "Office visit",
        provider: "Dr. Ana Rivera", payer: "Sandbox Medicare Part B", payerId: "SBXMCR",
        deadline: { kind: "open", daysLeft: 187, limitDays: 365 }, draftSaved: false,
      },
      {
        encounterId: "e-new", patientId: "p1", patientName: "Ana Lopez", dateOfService: "2026-11-18", service: "Office visit",
        provider: "Dr. Ana Rivera", payer: "Sandbox Mutual PPO", payerId: "SBX01",
        deadline: { kind: "open", daysLeft: 172, limitDays: 180 }, draftSaved: false,
      },
    ]);
  });

  it.each<[string, Claim[], string[], boolean]>([
    ["no claim", [], ["e-old", "e-new"], false],
    ["an active claim removes the encounter", [appClaim("k1", "e-new", "active")], ["e-old"], false],
    ["a draft keeps it, marked Draft saved", [appClaim("k1", "e-new", "draft")], ["e-old", "e-new"], true],
    ["an active generation over a cancelled one removes it", [appClaim("k0", "e-new", "cancelled"), appClaim("k1", "e-new", "active")], ["e-old"], false],
    ["a correction draft over an active claim: still billed, removed", [appClaim("k1", "e-new", "active"), appClaim("k2", "e-new", "draft")], ["e-old"], false],
    ["only cancelled or voided claims: listed again", [appClaim("k0", "e-new", "cancelled"), appClaim("k1", "e-new", "entered-in-error")], ["e-old", "e-new"], false],
    ["someone else's claim (no claim-encounter identifier) does not count", [{ ...appClaim("k1", "e-new", "active"), identifier: [] }], ["e-old", "e-new"], false],
  ])("%s", (_name, claims, listed, draft) => {
    const rows = buildEncounterRows(input({ claims }));
    expect(rows.map((r) => r.encounterId)).toEqual(listed);
    expect(rows.find((r) => r.encounterId === "e-new")?.draftSaved ?? false).toBe(draft);
  });

  it("leaves out encounters that are not finished", () => {
    const rows = buildEncounterRows(input({ encounters: [encounter("e1", "p1", "2026-11-01", { status: "in-progress" }), encounter("e2", "p1", "2026-11-02")] }));
    expect(rows.map((r) => r.encounterId)).toEqual(["e2"]);
  });

  it("shows the latest hand-off note with its author and time; closed hand-offs are not shown", () => {
    const tasks = [
      handoff("t1", "e-new", { note: [{ text: "Please code", time: "2026-11-19T10:00:00Z", authorReference: { reference: "Practitioner/dr1" } }, { text: "Add the lab draw", time: "2026-11-20T08:00:00Z", authorReference: { reference: "Practitioner/dr1" } }] }),
      handoff("t2", "e-old", { status: "completed", note: [{ text: "done" }] }),
    ];
    const rows = buildEncounterRows(input({ tasks }));
    expect(rows.find((r) => r.encounterId === "e-new")?.handoff).toEqual({ text: "Add the lab draw", author: "Dr. Ana Rivera", time: "2026-11-20T08:00:00Z" });
    expect(rows.find((r) => r.encounterId === "e-old")?.handoff).toBeUndefined();
  });

  it("uses the payer in force on the date of service, and the default limit when the payer is unknown", () => {
    const coverages = [coverage("old", "p1", "mcr", { period: { start: "2020-01-01", end: "2025-12-31" } }), coverage("new", "p1", "ppo", { period: { start: "2026-01-01" } })];
    const rows = buildEncounterRows(input({ encounters: [encounter("e1", "p1", "2026-11-01")], coverages, index: indexResources(people.filter((r) => r.id !== "ppo")) }));
    expect(rows[0]).toMatchObject({ deadline: { kind: "open", daysLeft: 340, limitDays: 365 } });
    expect(rows[0]).not.toHaveProperty("payerId");
    expect(buildEncounterRows(input({ encounters: [encounter("e1", "p1", "2025-11-01")], coverages }))[0]).toMatchObject({ payer: "Sandbox Medicare Part B", deadline: { kind: "past-limit", daysPast: 25 } });
  });

  it("names the primary performer, the type and the reason; unknown patients by reference", () => {
    const e = encounter("e1", "p9", "2026-11-01", {
      participant: [{ individual: { reference: "Practitioner/nurse", display: "Nurse Kim" } }, { type: [{ coding: [{ code: "PPRF" }] }], individual: { reference: "Practitioner/dr1" } }],
      reasonCode: [{ text: "Cough" }],
    });
    expect(buildEncounterRows(input({ encounters: [e] }))[0]).toMatchObject({ patientName: "Patient/p9", patientId: "p9", provider: "Dr. Ana Rivera", service: "Office visit · Cough" });
  });
});

describe("claimStateByEncounter", () => {
  it("reads the encounter from the claim-encounter identifier, relative or absolute", () => {
    const claims = [appClaim("k1", "a", "draft"), { ...appClaim("k2", "b", "active"), identifier: [{ system: "https://smart-coding-billing.example/claim-encounter", value: "Encounter/b" }] }];
    expect([...claimStateByEncounter(claims)]).toEqual([["a", "draft"], ["b", "active"]]);
  });
});
