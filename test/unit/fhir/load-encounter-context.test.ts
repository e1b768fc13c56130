import "../../msw/setup.ts";
import { describe, expect, it } from "vitest";
import { loadEncounterContext } from "../../../src/fhir/context/load-encounter-context.ts";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";

const resources = loadFixtureResources("context/office-visit.fhir.json");

function setup(options: { batch: boolean; forbidden?: string[] }) {
  const requests: string[] = [];
  server.use(...fakeFhirServer({ resources, ...options, onRequest: (m, url) => requests.push(`${m} ${url}`) }));
  const gateway = createFhirGateway({ baseUrl: FAKE_BASE });
  return { gateway, requests };
}

describe("loadEncounterContext", () => {
  it.each([true, false])("reads the whole encounter context (batch supported: %s)", async (batch) => {
    const { gateway } = setup({ batch });
    const context = await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    expect(context.patient?.id).toBe("p1");
    expect(context.encounter?.id).toBe("e1");
    // c1 by Condition?encounter=, c2 through Encounter.diagnosis
    expect(context.encounterConditions.map((c) => c.id).sort()).toEqual(["c1", "c2"]);
    expect(context.procedures.map((p) => p.id)).toEqual(["pr1"]);
    expect(context.coverages.map((c) => c.id)).toEqual(["cov1"]);
    expect(context.practitioners.map((p) => p.id)).toEqual(["dr1"]);
    expect(context.locations.map((l) => l.id)).toEqual(["loc1"]);
    expect(context.organizations.map((o) => o.id).sort()).toEqual(["org1", "payer1"]);
    expect(context.priorEncounters.map((e) => e.id)).toEqual(["e0"]);
    expect(context.missing).toEqual([]);
  });

  it("uses two batch round trips after the capability statement when batch is offered", async () => {
    const { gateway, requests } = setup({ batch: true });
    await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    expect(requests).toEqual(["GET metadata", "POST ", "POST "]);
  });

  it("falls back to parallel reads when the server offers no batch", async () => {
    const { gateway, requests } = setup({ batch: false });
    await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    expect(requests[0]).toBe("GET metadata");
    expect(requests.filter((r) => r.startsWith("POST"))).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
  });

  it.each([true, false])("keeps the rest and names what is missing when a read is forbidden (batch: %s)", async (batch) => {
    const { gateway } = setup({ batch, forbidden: ["Coverage"] });
    const context = await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    expect(context.coverages).toEqual([]);
    expect(context.encounter?.id).toBe("e1");
    expect(context.missing.map((m) => [m.what, m.error.status])).toEqual([["Coverage", 403]]);
    expect(context.missing[0]?.error.message).toContain("Coverage");
  });
});
