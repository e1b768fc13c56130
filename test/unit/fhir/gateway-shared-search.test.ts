import "../../msw/setup.ts";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { Bundle } from "fhir/r4";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { server } from "../../msw/server.ts";

const EHR = "https://ehr.example/fhir";

/** A server that answers every ClaimResponse search with a Bundle naming how many searches it has seen. */
function counting() {
  const seen: string[] = [];
  let fail = false;
  server.use(
    http.get(`${EHR}/ClaimResponse`, ({ request }) => {
      seen.push(new URL(request.url).search);
      if (fail) return HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "transient" }] }, { status: 503 });
      return HttpResponse.json({ resourceType: "Bundle", type: "searchset", total: seen.length, entry: [] });
    }),
    http.post(`${EHR}/Claim`, () => HttpResponse.json({ resourceType: "Claim", id: "c2" }, { status: 201 })),
    http.post(`${EHR}`, () => HttpResponse.json({ resourceType: "Bundle", type: "batch-response", entry: [] })),
  );
  return { seen, failNext: (value: boolean) => { fail = value; } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("searches shared by the gateway", () => {
  it("two identical searches at once are one request; each caller gets its own copy", async () => {
    const { seen } = counting();
    const gateway = createFhirGateway({ baseUrl: EHR, shareSearchesMs: 1_000 });
    const [a, b] = await Promise.all([
      gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1", _count: 4 }),
      gateway.search<Bundle>("ClaimResponse" as never, { _count: 4, request: "Claim/c1" }),
    ]);
    expect(seen).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });

  it("a search answered a moment ago is answered again without a request; another query, a write, or the end of the window asks the server", async () => {
    const { seen } = counting();
    const gateway = createFhirGateway({ baseUrl: EHR, shareSearchesMs: 3_000 });
    await gateway.search("ClaimResponse" as never, { request: "Claim/c1" });
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(1);
    expect(seen).toHaveLength(1);
    await gateway.search("ClaimResponse" as never, { request: "Claim/c2" });
    expect(seen).toHaveLength(2);

    // A batch of reads changes nothing: the answer is still shared.
    await gateway.batch({ resourceType: "Bundle", type: "batch", entry: [{ request: { method: "GET", url: "Patient/p1" } }] });
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(1);
    await gateway.batch({ resourceType: "Bundle", type: "batch", entry: [{ request: { method: "PUT", url: "Claim/c1" }, resource: { resourceType: "Claim" } as never }] });
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(3);
    await gateway.create({ resourceType: "Claim" } as never);
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(4);
    expect(seen).toHaveLength(4);

    await sleep(3_100);
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(5);
  });

  it("a failed search is not shared: the next one asks again", async () => {
    const { seen, failNext } = counting();
    const gateway = createFhirGateway({ baseUrl: EHR, shareSearchesMs: 1_000 });
    failNext(true);
    await expect(gateway.search("ClaimResponse" as never, { request: "Claim/c1" })).rejects.toMatchObject({ status: 503 });
    failNext(false);
    expect((await gateway.search<Bundle>("ClaimResponse" as never, { request: "Claim/c1" })).total).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it("without shareSearchesMs every search is a request", async () => {
    const { seen } = counting();
    const gateway = createFhirGateway({ baseUrl: EHR });
    await Promise.all([gateway.search("ClaimResponse" as never, { request: "Claim/c1" }), gateway.search("ClaimResponse" as never, { request: "Claim/c1" })]);
    await gateway.search("ClaimResponse" as never, { request: "Claim/c1" });
    expect(seen).toHaveLength(3);
  });
});
