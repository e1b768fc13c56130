import "../../msw/setup.ts";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { server } from "../../msw/server.ts";

const EHR = "https://ehr.example/fhir";
const BILLING = "https://billing.example/fhir";

describe("FhirGateway", () => {
  it("sends the EHR's token to the EHR and never to another server", async () => {
    const seen: Record<string, string | null> = {};
    server.use(
      http.get(`${EHR}/Patient/p1`, ({ request }) => ((seen["ehr"] = request.headers.get("authorization")), HttpResponse.json({ resourceType: "Patient", id: "p1" }))),
      http.post(`${BILLING}/`, ({ request }) => ((seen["billing"] = request.headers.get("authorization")), HttpResponse.json({ resourceType: "Bundle", type: "transaction-response" }))),
    );
    const gateway = createFhirGateway({ baseUrl: EHR, getAccessToken: async () => "secret" });
    await gateway.read("Patient", "p1");
    await gateway.send({ method: "POST", url: `${BILLING}/`, body: { resourceType: "Bundle", type: "transaction" }, headers: { "content-type": "application/fhir+json" } });
    expect(seen).toEqual({ ehr: "Bearer secret", billing: null });
  });

  it("returns status, Location and ETag of a raw request", async () => {
    server.use(http.post(`${EHR}/Claim`, () => HttpResponse.json({ resourceType: "Claim", id: "c1" }, { status: 201, headers: { location: `${EHR}/Claim/c1/_history/1`, etag: 'W/"1"' } })));
    const gateway = createFhirGateway({ baseUrl: EHR });
    const response = await gateway.send({ method: "POST", url: "Claim", body: { resourceType: "Claim" }, headers: { "content-type": "application/fhir+json", "if-none-exist": "identifier=x|1" } });
    expect(response).toMatchObject({ status: 201, location: `${EHR}/Claim/c1/_history/1`, etag: 'W/"1"', body: { id: "c1" } });
  });
});
