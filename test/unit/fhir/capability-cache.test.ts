import type { CapabilityStatement } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAPABILITY_MAX_AGE_MS, capabilityCacheKey, loadCapabilityStatement } from "../../../src/fhir/capability-cache.ts";

const BASE = "https://caps.test/fhir";
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

const statement = (version: string): CapabilityStatement => ({
  resourceType: "CapabilityStatement", status: "active", date: "2026-12-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"], software: { name: "ehr", version },
});

interface Seen { ifNoneMatch: string | null; ifModifiedSince: string | null }

/** /metadata with a strong ETag (or Last-Modified, or no validator): 304 when the client's validator matches. */
function serve(current: () => CapabilityStatement, validator: "etag" | "last-modified" | "none") {
  const seen: Seen[] = [];
  msw.resetHandlers(http.get(`${BASE}/metadata`, ({ request }) => {
    const ifNoneMatch = request.headers.get("if-none-match");
    const ifModifiedSince = request.headers.get("if-modified-since");
    seen.push({ ifNoneMatch, ifModifiedSince });
    const body = current();
    const tag = `"v-${body.software?.version ?? ""}"`;
    const modified = body.software?.version === "1" ? "Tue, 01 Dec 2026 00:00:00 GMT" : "Sat, 05 Dec 2026 00:00:00 GMT";
    if (validator === "etag" && ifNoneMatch === tag) return new HttpResponse(null, { status: 304, headers: { etag: tag } });
    if (validator === "last-modified" && ifModifiedSince && Date.parse(ifModifiedSince) >= Date.parse(modified)) return new HttpResponse(null, { status: 304 });
    const headers: Record<string, string> = validator === "etag" ? { etag: tag } : validator === "last-modified" ? { "last-modified": modified } : {};
    return HttpResponse.json(body, { headers });
  }));
  return seen;
}

describe("loadCapabilityStatement", () => {
  it("revalidates with If-None-Match, reuses the copy on 304 and takes the new one when it changed", async () => {
    let current = statement("1");
    const seen = serve(() => current, "etag");
    const storage = memoryStorage();
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: 0 })).software?.version).toBe("1");
    expect(seen[0]).toEqual({ ifNoneMatch: null, ifModifiedSince: null });
    expect((await loadCapabilityStatement({ baseUrl: `${BASE}/`, storage, now: 10 })).software?.version).toBe("1");
    expect(seen[1]?.ifNoneMatch).toBe('"v-1"');
    current = statement("2");
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: 20 })).software?.version).toBe("2");
    expect(seen[2]?.ifNoneMatch).toBe('"v-1"');
    expect(JSON.parse(storage.items.get(capabilityCacheKey(BASE)) ?? "{}").etag).toBe('"v-2"');
    expect(seen).toHaveLength(3);
  });

  it("revalidates with If-Modified-Since when the server sends only Last-Modified", async () => {
    const seen = serve(() => statement("1"), "last-modified");
    const storage = memoryStorage();
    await loadCapabilityStatement({ baseUrl: BASE, storage, now: 0 });
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: 5 })).software?.version).toBe("1");
    expect(seen.map((s) => s.ifModifiedSince)).toEqual([null, "Tue, 01 Dec 2026 00:00:00 GMT"]);
  });

  it("without validators reuses the copy for the max age only, then downloads again", async () => {
    let current = statement("1");
    const seen = serve(() => current, "none");
    const storage = memoryStorage();
    await loadCapabilityStatement({ baseUrl: BASE, storage, now: 0 });
    current = statement("2");
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: CAPABILITY_MAX_AGE_MS - 1 })).software?.version).toBe("1");
    expect(seen).toHaveLength(1);
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: CAPABILITY_MAX_AGE_MS })).software?.version).toBe("2");
    expect(seen).toHaveLength(2);
  });

  it("keeps one copy per server", async () => {
    const seen = serve(() => statement("1"), "none");
    const storage = memoryStorage();
    storage.setItem(capabilityCacheKey("https://other.test/fhir"), JSON.stringify({ statement: statement("9"), storedAt: 0 }));
    expect((await loadCapabilityStatement({ baseUrl: BASE, storage, now: 0 })).software?.version).toBe("1");
    expect(seen).toHaveLength(1);
  });
});

describe("gateway.capabilities with a capability storage", () => {
  it("a second launch revalidates with the EHR token and reuses the stored statement on 304", async () => {
    const { createFhirGateway } = await import("../../../src/fhir/fhir-gateway.ts");
    const seen = serve(() => statement("1"), "etag");
    const auth: (string | null)[] = [];
    msw.use(http.get(`${BASE}/metadata`, ({ request }) => { auth.push(request.headers.get("authorization")); }));
    const storage = memoryStorage();
    const launch = () => createFhirGateway({ baseUrl: BASE, getAccessToken: async () => "tok", capabilityStorage: storage });
    expect((await launch().capabilities()).software?.version).toBe("1");
    expect((await launch().capabilities()).software?.version).toBe("1");
    expect(seen.map((s) => s.ifNoneMatch)).toEqual([null, '"v-1"']);
    expect(auth).toEqual(["Bearer tok", "Bearer tok"]);
  });
});
