import "../../msw/setup.ts";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { server } from "../../msw/server.ts";

/** A 401 on a write: one refresh, then the same write once more with the new token. */
const EHR = "https://ehr.example/fhir";
const unauthorized = () => HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "login", diagnostics: "token expired" }] }, { status: 401 });

interface Seen { authorization: string | null; ifMatch: string | null; body: string }

function session(refreshes: boolean) {
  let token = "old";
  let refreshCalls = 0;
  const gateway = createFhirGateway({
    baseUrl: EHR,
    getAccessToken: async () => token,
    refreshAccessToken: async () => {
      refreshCalls++;
      if (refreshes) token = "new";
      return refreshes;
    },
  });
  return { gateway, refreshCalls: () => refreshCalls };
}

function claimEndpoint(acceptedToken: string | undefined) {
  const seen: Seen[] = [];
  server.use(http.put(`${EHR}/Claim/c1`, async ({ request }) => {
    seen.push({ authorization: request.headers.get("authorization"), ifMatch: request.headers.get("if-match"), body: await request.text() });
    if (request.headers.get("authorization") !== `Bearer ${acceptedToken}`) return unauthorized();
    return HttpResponse.json({ resourceType: "Claim", id: "c1", meta: { versionId: "3" } }, { headers: { etag: 'W/"3"' } });
  }));
  return seen;
}

const write = { method: "PUT" as const, url: "Claim/c1", body: { resourceType: "Claim" as const, id: "c1", status: "active" as const }, headers: { "content-type": "application/fhir+json", "If-Match": 'W/"2"' } };

describe("a 401 on a write", () => {
  it("is retried once after a refresh, with the new token and the same If-Match and body", async () => {
    const seen = claimEndpoint("new");
    const { gateway, refreshCalls } = session(true);
    const response = await gateway.send(write);
    expect(response.status).toBe(200);
    expect(refreshCalls()).toBe(1);
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer old", "Bearer new"]);
    expect(seen.map((s) => s.ifMatch)).toEqual(['W/"2"', 'W/"2"']);
    expect(seen[1]?.body).toBe(seen[0]?.body);
  });

  it("is not sent again when the refresh fails: the 401 comes back", async () => {
    const seen = claimEndpoint("new");
    const { gateway, refreshCalls } = session(false);
    await expect(gateway.send(write)).rejects.toMatchObject({ status: 401 });
    expect([refreshCalls(), seen.length]).toEqual([1, 1]);
  });

  it("a second 401 after the refresh ends it: one refresh, two requests, no loop", async () => {
    const seen = claimEndpoint(undefined);
    const { gateway, refreshCalls } = session(true);
    await expect(gateway.send(write)).rejects.toMatchObject({ status: 401 });
    expect([refreshCalls(), seen.length]).toEqual([1, 2]);
  });

  it("a transaction is retried the same way", async () => {
    const tokens: (string | null)[] = [];
    server.use(http.post(`${EHR}/`, ({ request }) => {
      tokens.push(request.headers.get("authorization"));
      return request.headers.get("authorization") === "Bearer new" ? HttpResponse.json({ resourceType: "Bundle", type: "transaction-response", entry: [] }) : unauthorized();
    }));
    const { gateway, refreshCalls } = session(true);
    const response = await gateway.transaction({ resourceType: "Bundle", type: "transaction", entry: [] });
    expect(response.type).toBe("transaction-response");
    expect([refreshCalls(), tokens]).toEqual([1, ["Bearer old", "Bearer new"]]);
  });

  it("a 403 is not a reason to refresh", async () => {
    server.use(http.put(`${EHR}/Claim/c1`, () => HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "forbidden" }] }, { status: 403 })));
    const { gateway, refreshCalls } = session(true);
    await expect(gateway.send(write)).rejects.toMatchObject({ status: 403 });
    expect(refreshCalls()).toBe(0);
  });
});
