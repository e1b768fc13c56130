import "../../msw/setup.ts";
import { describe, expect, it } from "vitest";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { WORKLIST_BASE, worklistFhirServer } from "../../msw/worklist-fhir-server.ts";

/** The msw fakes refuse what a FHIR server refuses, so a test that relies on laxness fails. */
const resources = loadFixtureResources("context/office-visit.fhir.json");

async function call(url: string, init: RequestInit = {}): Promise<{ status: number; body: { resourceType?: string; issue?: { code: string }[]; entry?: { response?: { status: string } }[]; total?: number } }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as never };
}
const post = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/fhir+json" }, body: JSON.stringify(body) });

describe("the fake EHR refuses what a server refuses", () => {
  it.each([
    ["an undeclared search parameter", "Condition?category=problem-list-item", 400],
    ["an unhandled _ parameter", "Encounter?patient=Patient/p1&_sort=-date", 400],
    ["a modifier", "Condition?patient:missing=true", 400],
    ["a malformed _count", "Condition?_count=ten", 400],
    ["an unknown type", "Basic?patient=Patient/p1", 404],
    ["a read with parameters", "Patient/p1?_elements=id", 400],
  ])("%s: %s answers %i", async (_what, relative, status) => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    const { status: got, body } = await call(`${FAKE_BASE}/${relative}`);
    expect([got, body.resourceType]).toEqual([status, "OperationOutcome"]);
  });

  it("applies every parameter, not only the first", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    expect((await call(`${FAKE_BASE}/Condition?patient=Patient/p1&encounter=Encounter/e1`)).body.total).toBe(1);
    expect((await call(`${FAKE_BASE}/Condition?patient=Patient/p1&encounter=Encounter/nope`)).body.total).toBe(0);
  });

  it("writes are 405; a transaction or a batch where none is offered is refused; a batch entry that writes gets its own 405", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    expect((await call(`${FAKE_BASE}/Claim`, post({ resourceType: "Claim" }))).status).toBe(405);
    expect((await call(`${FAKE_BASE}/Patient/p1`, { method: "DELETE" })).status).toBe(405);
    expect((await call(FAKE_BASE + "/", post({ resourceType: "Bundle", type: "transaction", entry: [] }))).status).toBe(400);
    const batch = await call(FAKE_BASE + "/", post({ resourceType: "Bundle", type: "batch", entry: [{ request: { method: "GET", url: "Patient/p1" } }, { request: { method: "PUT", url: "Patient/p1" }, resource: { resourceType: "Patient", id: "p1" } }] }));
    expect(batch.body.entry?.map((e) => e.response?.status)).toEqual(["200 OK", "405 Method Not Allowed"]);
    server.resetHandlers(...fakeFhirServer({ resources, batch: false }));
    expect((await call(FAKE_BASE + "/", post({ resourceType: "Bundle", type: "batch", entry: [] }))).status).toBe(405);
  });
});

describe("the fake worklist server refuses what a server refuses", () => {
  it.each([
    ["an undeclared _include", "Encounter?patient=Patient/p1&_include=Encounter:patient", 400],
    ["an unhandled _ parameter", "Encounter?patient=Patient/p1&_revinclude=Claim:encounter", 400],
    ["an unsupported sort key", "Encounter?patient=Patient/p1&_sort=status", 400],
    ["an undeclared parameter", "Claim?use=claim", 400],
  ])("%s: %s answers %i", async (_what, relative, status) => {
    server.use(...worklistFhirServer({ resources, batch: true }).handlers);
    expect((await call(`${WORKLIST_BASE}/${relative}`)).status).toBe(status);
  });

  it("a type declared without search parameters cannot be searched; writes are 405", async () => {
    server.use(...worklistFhirServer({ resources, searchable: { Task: [] } }).handlers);
    expect((await call(`${WORKLIST_BASE}/Task?_id=t1`)).status).toBe(405);
    expect((await call(`${WORKLIST_BASE}/Task`, post({ resourceType: "Task" }))).status).toBe(405);
    expect((await call(WORKLIST_BASE + "/", post({ resourceType: "Bundle", type: "batch", entry: [] }))).status).toBe(405);
  });
});
