import type { CapabilityStatement, CapabilityStatementRestResource, Resource } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, fhirSend, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";
let statement: CapabilityStatement;

/** Minimal valid resources for declared types the seed does not hold. */
const SAMPLES: Record<string, Resource> = {
  ChargeItem: { resourceType: "ChargeItem", status: "billable", code: { text: "office visit" }, subject: { reference: "Patient/pat-epic-1" } } as Resource,
  ClaimResponse: { resourceType: "ClaimResponse", status: "active", type: { text: "professional" }, use: "claim", patient: { reference: "Patient/pat-epic-1" }, created: "2026-11-21", insurer: { reference: "Organization/payer-medicare" }, outcome: "queued" } as Resource,
  PaymentReconciliation: { resourceType: "PaymentReconciliation", status: "active", created: "2026-11-21", paymentDate: "2026-11-21", paymentAmount: { value: 10, currency: "USD" } } as Resource,
  Provenance: { resourceType: "Provenance", target: [{ reference: "Encounter/enc-office-1" }], recorded: "2026-11-21T10:00:00Z", agent: [{ who: { reference: "Practitioner/pr-rivera" } }] } as Resource,
};

const HAND_BUILT = /^(pat|pr|enc|cond|proc)-|^cov-(epic|oracle)|riverbend/;

async function sampleOf(type: string): Promise<Resource> {
  const sample = SAMPLES[type];
  if (sample) return sample;
  const bundle = await (await fhirGet(generic, token, `${type}?_count=100`)).json();
  const seeded = (bundle.entry as { resource: Resource }[]).map((e) => e.resource);
  // Copy a Synthea resource, never a hand-built one: other tests count those.
  const source = seeded.find((r) => !HAND_BUILT.test(r.id ?? "")) ?? seeded[0];
  const { id: _id, meta: _meta, ...resource } = source as Resource;
  return resource as Resource;
}

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
  statement = (await (await fetch(`${generic.fhirBase}/metadata`)).json()) as CapabilityStatement;
});

const declaredResources = (): CapabilityStatementRestResource[] => statement.rest?.[0]?.resource ?? [];

describe("the generic CapabilityStatement tells the truth", () => {
  it("is served without a token and declares SMART oauth-uris, batch and transaction", () => {
    const rest = statement.rest?.[0];
    const oauth = rest?.security?.extension?.find((e) => e.url.endsWith("oauth-uris"));
    expect(oauth?.extension?.map((e) => e.url).sort()).toEqual(["authorize", "token"]);
    expect(rest?.interaction?.map((i) => i.code).sort()).toEqual(["batch", "transaction"]);
    expect(declaredResources().map((r) => r.type)).toEqual(expect.arrayContaining(["ChargeItem", "Claim", "ClaimResponse", "ExplanationOfBenefit", "Provenance", "Coverage", "Patient", "Encounter", "Condition", "Procedure"]));
  });

  it("every declared interaction on every declared type works", async () => {
    for (const resource of declaredResources()) {
      const codes = (resource.interaction ?? []).map((i) => i.code);
      expect(codes).toEqual(["read", "search-type", "create", "update"]);
      const created = await fhirSend(generic, token, "POST", resource.type, await sampleOf(resource.type));
      expect(created.status, `create ${resource.type}`).toBe(201);
      expect(created.headers.get("location")).toContain(`${generic.fhirBase}/${resource.type}/`);
      const body = (await created.json()) as Resource;
      expect((await fhirGet(generic, token, `${resource.type}/${body.id}`)).status, `read ${resource.type}`).toBe(200);
      expect((await fhirSend(generic, token, "PUT", `${resource.type}/${body.id}`, body)).status, `update ${resource.type}`).toBe(200);
      expect((await fhirGet(generic, token, `${resource.type}?_id=${body.id}`)).status, `search ${resource.type}`).toBe(200);
    }
  });

  it("accepts every declared search parameter of Encounter", async () => {
    const encounter = declaredResources().find((r) => r.type === "Encounter");
    for (const param of encounter?.searchParam ?? []) {
      const value = param.type === "date" ? "ge2020-01-01" : param.type === "reference" ? "Patient/pat-epic-1" : "x";
      const response = await fhirGet(generic, token, `Encounter?${param.name}=${encodeURIComponent(value)}`);
      expect(response.status, param.name).toBe(200);
    }
  });

  it("refuses undeclared interactions (delete, history) and undeclared types with 405", async () => {
    const del = await fetch(`${generic.fhirBase}/Condition/cond-office-1-htn`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    expect(del.status).toBe(405);
    expect(await del.json()).toMatchObject({ resourceType: "OperationOutcome" });
    expect((await fhirGet(generic, token, "Condition/cond-office-1-htn/_history")).status).toBe(405);
    expect((await fhirGet(generic, token, "Basic?_count=1")).status).toBe(405);
  });
});

describe("writes", () => {
  it("refuses an invalid resource with 400 and an OperationOutcome", async () => {
    const response = await fhirSend(generic, token, "POST", "Claim", { resourceType: "Claim", status: "sideways", bogus: true });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome" });
  });

  it("does a conditional create once (If-None-Exist)", async () => {
    const provenance = { ...SAMPLES["Provenance"], id: undefined, target: [{ reference: "Encounter/enc-office-2" }] };
    const headers = { "if-none-exist": "target=Encounter/enc-office-2" };
    const first = await fhirSend(generic, token, "POST", "Provenance", provenance, headers);
    const second = await fhirSend(generic, token, "POST", "Provenance", provenance, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(((await second.json()) as Resource).id).toBe(((await first.json()) as Resource).id);
  });

  it("runs a transaction with urn:uuid references", async () => {
    const bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:8f2c1c5e-0000-4000-8000-000000000001", resource: SAMPLES["ChargeItem"], request: { method: "POST", url: "ChargeItem" } },
        { resource: { ...SAMPLES["Provenance"], target: [{ reference: "urn:uuid:8f2c1c5e-0000-4000-8000-000000000001" }] }, request: { method: "POST", url: "Provenance" } },
      ],
    };
    const response = await fhirSend(generic, token, "POST", "", bundle);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual(["201", "201"]);
  });
});

describe("CORS", () => {
  it("answers a preflight for an authorized request", async () => {
    const response = await fetch(`${generic.fhirBase}/Claim`, { method: "OPTIONS", headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, if-none-exist" } });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization.*content-type.*if-none-exist/);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("sets CORS headers on errors too and exposes Location", async () => {
    const response = await fetch(`${generic.fhirBase}/Patient`, { headers: { origin: "http://localhost:5173" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-expose-headers")).toContain("location");
  });
});
