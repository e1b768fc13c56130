import type { FhirResource } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FhirError } from "../../../../src/fhir/fhir-error.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { encountersToCodeQuery } from "../../../../src/fhir/worklist/index.ts";
import { WORKLIST_BASE, worklistFhirServer, type WorklistServerOptions } from "../../../msw/worklist-fhir-server.ts";
import { appClaim, coverage, encounter, handoff, patient, payer, practitioner } from "../../billing/worklist/worklist-fixtures.ts";

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

function serve(options: WorklistServerOptions) {
  const server = worklistFhirServer(options);
  msw.use(...server.handlers);
  return server;
}

const ME = { kind: "practitioner", ref: "Practitioner/dr1" } as const;
const load = (by: Parameters<typeof encountersToCodeQuery>[1]["by"] = ME) =>
  encountersToCodeQuery(createFhirGateway({ baseUrl: WORKLIST_BASE }), { by, today: "2026-11-26", filingLimits: { byPayerId: { SBX02: 90 } } }).queryFn();

/** n patients, each with one finished encounter and a Coverage; one active claim, one draft, one hand-off. */
function practice(n: number): FhirResource[] {
  const people = Array.from({ length: n }, (_, i) => [
    patient(`p${i}`, `Given${i}`, `Family${i}`),
    coverage(`c${i}`, `p${i}`, i % 2 ? "hmo" : "ppo"),
    encounter(`e${i}`, `p${i}`, `2026-10-${String((i % 28) + 1).padStart(2, "0")}`),
  ]).flat();
  return [
    ...people, practitioner("dr1", "Ana", "Rivera"), payer("ppo", "Sandbox Mutual PPO", "SBX01"), payer("hmo", "Lakeside HMO", "SBX02"),
    appClaim("k-active", "e0", "active", { patient: { reference: "Patient/p0" } }), appClaim("k-draft", "e1", "draft", { patient: { reference: "Patient/p1" } }),
    handoff("t1", "e2", { note: [{ text: "Ready, please check the modifier", time: "2026-10-04T09:00:00Z", authorReference: { reference: "Practitioner/dr1" } }] }),
  ];
}

describe("encountersToCodeQuery", () => {
  it("lists finished encounters with no active claim: draft marked, hand-off note, payer and days left", async () => {
    serve({ resources: practice(3), batch: true, includes: true });
    const result = await load();
    expect(result.notices).toEqual([]);
    expect(result.rows.map((r) => [r.encounterId, r.patientName, r.draftSaved, r.payer, r.deadline])).toEqual([
      ["e1", "Given1 Family1", true, "Lakeside HMO", { kind: "open", daysLeft: 35, limitDays: 90 }],
      ["e2", "Given2 Family2", false, "Sandbox Mutual PPO", { kind: "open", daysLeft: 311, limitDays: 365 }],
    ]);
    expect(result.rows[1]?.handoff).toEqual({ text: "Ready, please check the modifier", author: "Dr. Ana Rivera", time: "2026-10-04T09:00:00Z" });
  });

  it.each([
    ["includes allowed", { batch: true, includes: true }, ["GET Encounter", "GET Task", "GET Claim", "GET Coverage"]],
    ["batch, no includes", { batch: true, includes: false }, ["POST (batch)", "POST (batch)", "GET Organization"]],
    ["neither", { batch: false, includes: false }, ["GET Encounter", "GET Task", "GET Claim", "GET Coverage", "GET Patient", "GET Practitioner", "GET Organization"]],
  ])("%s: the same requests for 3 and for 60 encounters", async (_name, shape, expected) => {
    for (const n of [3, 60]) {
      const server = serve({ resources: practice(n), ...shape });
      const result = await load();
      expect(server.requests.map((r) => r.split("?")[0])).toEqual(expected);
      expect(result.rows).toHaveLength(n - 1);
      expect(result.rows.every((r) => r.patientName.startsWith("Given") && r.provider === "Dr. Ana Rivera" && r.payer)).toBe(true);
      msw.resetHandlers();
    }
  });

  it("says what it skipped where the EHR offers no Claim or Task search, and lists the rest", async () => {
    serve({ resources: practice(3), searchable: { Claim: [], Task: [] } });
    const result = await load();
    expect(result.notices).toEqual([
      "Hand-off notes are not shown: this EHR does not allow searching Tasks by code.",
      "This EHR does not allow searching Claims by patient: encounters that already have a claim may be listed.",
    ]);
    expect(result.rows.map((r) => r.encounterId)).toEqual(["e0", "e1", "e2"]);
  });

  it("says when Coverage is refused: no payers, default filing limits", async () => {
    serve({ resources: practice(2), forbidden: ["Coverage"] });
    const result = await load();
    expect(result.notices).toEqual(["Coverage could not be read (not permitted for this app or user): payers are not shown and filing limits use the practice default."]);
    expect(result.rows[0]).toMatchObject({ encounterId: "e1", deadline: { kind: "open", limitDays: 365 } });
  });

  it("lists an organization's, a location's or one patient's encounters", async () => {
    const resources = [...practice(2), encounter("e-loc", "p0", "2026-11-01", { serviceProvider: { reference: "Organization/clinic" }, location: [{ location: { reference: "Location/suite" } }] })];
    serve({ resources });
    expect((await load({ kind: "organization", ref: "Organization/clinic" })).rows.map((r) => r.encounterId)).toEqual(["e-loc"]);
    expect((await load({ kind: "location", ref: "Location/suite" })).rows.map((r) => r.encounterId)).toEqual(["e-loc"]);
    expect((await load({ kind: "patient", ref: "Patient/p0" })).rows.map((r) => r.encounterId)).toEqual(["e-loc"]);
  });

  it("refuses clearly when encounters cannot be listed that way", async () => {
    serve({ resources: [], searchable: { Encounter: ["patient"] } });
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    expect((error as FhirError).message).toBe("This EHR does not allow listing encounters by practitioner (no Encounter search by participant or practitioner).");
  });
});
