import type { Bundle, CapabilityStatement, Claim } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { capabilityCacheKey } from "../../../src/fhir/capability-cache.ts";
import { loadEncounterContext } from "../../../src/fhir/context/load-encounter-context.ts";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";

const BASE = "https://stale-caps.test/fhir";
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

const statement = (version: string, searchParams: string[] = []): CapabilityStatement => ({
  resourceType: "CapabilityStatement", status: "active", date: "2026-12-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"], software: { name: "ehr", version },
  rest: [{ mode: "server", resource: [{ type: "Condition", interaction: [{ code: "search-type" }], searchParam: searchParams.map((name) => ({ name, type: "token" })) }] }],
});

/** A launch's storage holding the copy an earlier launch kept (validated by its ETag). */
function keptStorage(kept: CapabilityStatement) {
  const items = new Map<string, string>([[capabilityCacheKey(BASE), JSON.stringify({ statement: kept, etag: `"v-${kept.software?.version}"`, storedAt: 0 })]]);
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

/**
 * The EHR: /metadata is held until release() (its answer: 304 when the ETag still matches), every
 * other read answers at once; each request and the metadata answer are logged in order.
 */
function ehr(current: CapabilityStatement) {
  const log: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  msw.use(
    http.get(`${BASE}/metadata`, async ({ request }) => {
      log.push("GET metadata");
      await held;
      log.push("metadata answered");
      const tag = `"v-${current.software?.version}"`;
      if (request.headers.get("if-none-match") === tag) return new HttpResponse(null, { status: 304, headers: { etag: tag } });
      return HttpResponse.json(current, { headers: { etag: tag } });
    }),
    http.get(`${BASE}/*`, ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.replace("/fhir/", "") + url.search;
      log.push(`GET ${path}`);
      if (path === "Patient/p1") return HttpResponse.json({ resourceType: "Patient", id: "p1" });
      return HttpResponse.json({ resourceType: "Bundle", type: "searchset", entry: [] } satisfies Bundle);
    }),
    http.post(`${BASE}/Claim`, async ({ request }) => {
      log.push("POST Claim");
      return HttpResponse.json({ ...(await request.json() as Claim), id: "c1" }, { status: 201 });
    }),
  );
  return { log, release };
}

const gatewayWith = (storage: ReturnType<typeof keptStorage>) => createFhirGateway({ baseUrl: BASE, getAccessToken: async () => "tok", capabilityStorage: storage });

describe("chart reads on the kept CapabilityStatement, writes on the revalidated one", () => {
  it("a warm launch reads the chart before /metadata answers", async () => {
    const { log, release } = ehr(statement("1"));
    const gateway = gatewayWith(keptStorage(statement("1")));
    const context = await loadEncounterContext(gateway, { patientId: "p1" });
    expect(context.patient?.id).toBe("p1");
    expect(log[0]).toBe("GET metadata");
    expect(log).not.toContain("metadata answered");
    expect(log.filter((l) => l.startsWith("GET ") && l !== "GET metadata")).toHaveLength(4);
    release();
    expect(await gateway.capabilitiesChanged()).toBe(false);
    expect(log.filter((l) => l === "GET metadata")).toHaveLength(1);
  });

  it("a launch without a kept copy reads the chart after /metadata answers", async () => {
    const { log, release } = ehr(statement("1"));
    const items = new Map<string, string>();
    const gateway = gatewayWith({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
    const loading = loadEncounterContext(gateway, { patientId: "p1" });
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual(["GET metadata"]);
    release();
    await loading;
    expect(log[1]).toBe("metadata answered");
    expect(log.length).toBeGreaterThan(2);
    expect(await gateway.capabilitiesChanged()).toBe(false);
  });

  it("a write waits for the revalidation, and capabilities() (what writes are planned with) is the revalidated statement", async () => {
    const { log, release } = ehr(statement("2"));
    const gateway = gatewayWith(keptStorage(statement("1")));
    expect((await gateway.capabilitiesForReads()).software?.version).toBe("1");
    let planned: CapabilityStatement | undefined;
    void gateway.capabilities().then((cs) => (planned = cs));
    const write = gateway.create<Claim>({ resourceType: "Claim", status: "draft" } as Claim);
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual(["GET metadata"]);
    expect(planned).toBeUndefined();
    release();
    expect((await write).id).toBe("c1");
    expect(log).toEqual(["GET metadata", "metadata answered", "POST Claim"]);
    expect(planned?.software?.version).toBe("2");
  });

  it("a changed statement is picked up: the change is reported and the next reads are planned with it", async () => {
    const { log, release } = ehr(statement("2", ["encounter"]));
    const gateway = gatewayWith(keptStorage(statement("1")));
    await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    // Planned with the kept copy: Condition declares no search parameter there, so none is sent.
    expect(log).toContain("GET Condition?_count=100");
    expect(log).not.toContain("GET Condition?encounter=Encounter/e1&_count=100");
    expect(log).not.toContain("metadata answered");
    release();
    expect(await gateway.capabilitiesChanged()).toBe(true);
    expect((await gateway.capabilitiesForReads()).software?.version).toBe("2");
    log.length = 0;
    await loadEncounterContext(gateway, { patientId: "p1", encounterId: "e1" });
    expect(log).toContain("GET Condition?encounter=Encounter/e1&_count=100");
    expect(log).not.toContain("GET metadata");
  });
});
