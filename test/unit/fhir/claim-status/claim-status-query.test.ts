import type { ClaimResponse, ExplanationOfBenefit } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FhirError } from "../../../../src/fhir/fhir-error.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { claimStatusQuery } from "../../../../src/fhir/claim-status/index.ts";
import { adjudication, claimResponse, line } from "../../billing/status/simulated-responses.ts";
import { createStatusServer, STATUS_BASE, type StatusServerOptions } from "./fake-status-server.ts";

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());

function serve(options: StatusServerOptions) {
  const server = createStatusServer(options);
  msw.resetHandlers(...server.handlers);
  return server;
}

const gateway = () => createFhirGateway({ baseUrl: STATUS_BASE });
const CLAIM_RESPONSES = { ClaimResponse: ["request"], ExplanationOfBenefit: ["claim"] };

function answer(claimRef: string, outcome: ClaimResponse["outcome"], paid: number | undefined, lastUpdated: string): ClaimResponse {
  const response = claimResponse(outcome, [line(1, adjudication("submitted", 100), adjudication("benefit", paid ?? 0, paid ? undefined : "CO-16"))], paid);
  return { ...response, id: `${claimRef.split("/")[1]}-${lastUpdated}`, request: { reference: claimRef }, meta: { lastUpdated } };
}

describe("claimStatusQuery", () => {
  it("asks for 50 claims per request: 120 claims cost 3 searches, each naming its claims once", async () => {
    const refs = Array.from({ length: 120 }, (_, i) => `Claim/c${i}`);
    const server = serve({ searchable: CLAIM_RESPONSES, resources: refs.map((ref) => answer(ref, "complete", 80, "2026-11-25T10:00:00Z")) });
    const statuses = await claimStatusQuery(gateway(), refs).queryFn();
    expect(server.searches).toHaveLength(3);
    const asked = server.searches.flatMap((url) => (url.searchParams.get("request") ?? "").split(","));
    expect(asked.sort()).toEqual([...refs].sort());
    expect(Math.max(...server.searches.map((url) => (url.searchParams.get("request") ?? "").split(",").length))).toBe(50);
    expect(Object.values(statuses).every((s) => s.kind === "paid")).toBe(true);
  });

  it("takes the latest answer per claim, whatever order the server returns them in", async () => {
    serve({
      searchable: CLAIM_RESPONSES,
      resources: [
        answer("Claim/a", "complete", undefined, "2026-11-25T10:00:00Z"),
        answer("Claim/a", "queued", undefined, "2026-11-20T10:00:00Z"),
        answer("Claim/b", "complete", 60, "2026-11-24T10:00:00+05:00"),
        answer("Claim/b", "queued", undefined, "2026-11-24T06:00:00Z"),
      ],
    });
    const statuses = await claimStatusQuery(gateway(), ["Claim/a", "Claim/b"]).queryFn();
    expect(statuses["Claim/a"]?.kind).toBe("denied");
    expect(statuses["Claim/b"]?.kind).toBe("queued");
  });

  it("says submitted for a claim the payer has not answered", async () => {
    serve({ searchable: CLAIM_RESPONSES, resources: [answer("Claim/a", "queued", undefined, "2026-11-25T10:00:00Z")] });
    const statuses = await claimStatusQuery(gateway(), ["Claim/a", "Claim/new"]).queryFn();
    expect(statuses).toMatchObject({ "Claim/a": { kind: "queued" }, "Claim/new": { kind: "submitted" } });
  });

  it("reads ExplanationOfBenefit?claim= when the server has no ClaimResponse (Epic)", async () => {
    const eob = { ...answer("Claim/e1", "complete", 90, "2026-11-25T10:00:00Z"), resourceType: "ExplanationOfBenefit", request: undefined, claim: { reference: "Claim/e1" } };
    const server = serve({ searchable: { ExplanationOfBenefit: ["claim"] }, resources: [eob as unknown as ExplanationOfBenefit] });
    const statuses = await claimStatusQuery(gateway(), ["Claim/e1"]).queryFn();
    expect(server.searches.map((url) => url.pathname.split("/").pop())).toEqual(["ExplanationOfBenefit"]);
    expect(statuses["Claim/e1"]).toMatchObject({ kind: "paid", source: "ExplanationOfBenefit" });
  });

  it("fails with a clear FhirError when the server offers neither", async () => {
    serve({ searchable: { Claim: ["patient"] }, resources: [] });
    const error = await claimStatusQuery(gateway(), ["Claim/a"]).queryFn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    expect((error as FhirError).message).toMatch(/no way to read claim status/);
  });

  it("gives the same key for the same claims in any order, and a different one for other claims", () => {
    const g = gateway();
    expect(claimStatusQuery(g, ["Claim/b", "Claim/a"]).queryKey).toEqual(claimStatusQuery(g, ["Claim/a", "Claim/b", "Claim/a"]).queryKey);
    expect(claimStatusQuery(g, ["Claim/a"]).queryKey).not.toEqual(claimStatusQuery(g, ["Claim/b"]).queryKey);
  });
});

describe("claimStatusQuery on malformed answers", () => {
  it("a search answered with something that is not a Bundle becomes a FhirError saying so", async () => {
    serve({ searchable: CLAIM_RESPONSES, resources: [], override: { ClaimResponse: { resourceType: "Patient", id: "x" } } });
    const error = await claimStatusQuery(gateway(), ["Claim/a"]).queryFn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    expect((error as FhirError).message).toBe("The server answered the ClaimResponse search with a Patient instead of a search Bundle.");
  });

  it("garbage entries are skipped and an unreadable ClaimResponse becomes an invalid status with a message", async () => {
    const broken = { resourceType: "ClaimResponse", request: { reference: "Claim/a" }, created: "2026-11-25" };
    const bundle = { resourceType: "Bundle", type: "searchset", entry: [null, 7, { resource: "text" }, { resource: { resourceType: "ClaimResponse" } }, { resource: broken }], link: "nope" };
    serve({ searchable: CLAIM_RESPONSES, resources: [], override: { ClaimResponse: bundle } });
    const statuses = await claimStatusQuery(gateway(), ["Claim/a", "Claim/b"]).queryFn();
    expect(statuses["Claim/a"]).toEqual({ kind: "invalid", message: expect.stringMatching(/no outcome/) });
    expect(statuses["Claim/b"]).toEqual({ kind: "submitted" });
  });
});
