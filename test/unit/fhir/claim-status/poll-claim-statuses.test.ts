import type { ClaimResponse } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { claimsToPoll, pollClaimStatuses, withPolledStatuses, type KnownClaimStatus, type WorklistRow } from "../../../../src/fhir/claim-status/index.ts";
import { adjudication, claimResponse, line } from "../../billing/status/simulated-responses.ts";
import { createStatusServer, STATUS_BASE, type StatusServerOptions } from "./fake-status-server.ts";

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());
const serve = (options: StatusServerOptions) => {
  const server = createStatusServer(options);
  msw.resetHandlers(...server.handlers);
  return server;
};

function paid(claimId: string): ClaimResponse {
  return { ...claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("benefit", 80))], 80), request: { reference: `Claim/${claimId}` } };
}

/** The searches of one poll, as "Type?param=value" strings (metadata excluded). */
function searchesOf(server: { searches: URL[] }, from: number): string[] {
  return server.searches.slice(from).filter((u) => !u.pathname.endsWith("/metadata"))
    .map((u) => `${u.pathname.split("/").pop() ?? ""}?request=${u.searchParams.get("request") ?? ""}`);
}

describe("pollClaimStatuses", () => {
  it("asks only about claims that are not final, once each per poll, and stops when all are final", async () => {
    const resources: unknown[] = [paid("a")];
    const server = serve({ searchable: { ClaimResponse: ["request"] }, resources });
    const gateway = createFhirGateway({ baseUrl: STATUS_BASE });
    const refs = ["Claim/a", "Claim/b", "Claim/c", "Claim/b"];

    // First poll: nothing known yet, every claim asked once in one search.
    let known: Record<string, KnownClaimStatus> = await pollClaimStatuses(gateway, refs, {});
    expect(searchesOf(server, 0)).toEqual(["ClaimResponse?request=Claim/a,Claim/b,Claim/c"]);
    expect(Object.fromEntries(Object.entries(known).map(([r, s]) => [r, s.kind]))).toEqual({ "Claim/a": "paid", "Claim/b": "submitted", "Claim/c": "submitted" });

    // Second poll: the paid claim is not asked again.
    let before = server.searches.length;
    resources.push(paid("b"));
    known = await pollClaimStatuses(gateway, refs, known);
    expect(searchesOf(server, before)).toEqual(["ClaimResponse?request=Claim/b,Claim/c"]);
    expect(known["Claim/a"]?.kind).toBe("paid");
    expect(known["Claim/b"]?.kind).toBe("paid");

    // Third poll: only the one still waiting.
    before = server.searches.length;
    resources.push(paid("c"));
    known = await pollClaimStatuses(gateway, refs, known);
    expect(searchesOf(server, before)).toEqual(["ClaimResponse?request=Claim/c"]);

    // Everything final: a poll costs no request at all.
    before = server.searches.length;
    const last = await pollClaimStatuses(gateway, refs, known);
    expect(server.searches.length).toBe(before);
    expect(Object.values(last).map((s) => s.kind)).toEqual(["paid", "paid", "paid"]);
  });

  it("never repeats a query across the polls of a claim set until it is final", async () => {
    const resources: unknown[] = [];
    const server = serve({ searchable: { ClaimResponse: ["request"] }, resources });
    const gateway = createFhirGateway({ baseUrl: STATUS_BASE });
    let known: Record<string, KnownClaimStatus> = {};
    for (let poll = 0; poll < 3; poll += 1) {
      const before = server.searches.length;
      known = await pollClaimStatuses(gateway, ["Claim/x"], known);
      const searches = searchesOf(server, before);
      expect(searches).toEqual(["ClaimResponse?request=Claim/x"]);
      expect(new Set(searches).size).toBe(searches.length);
    }
    resources.push(paid("x"));
    known = await pollClaimStatuses(gateway, ["Claim/x"], known);
    const before = server.searches.length;
    await pollClaimStatuses(gateway, ["Claim/x"], known);
    expect(server.searches.length).toBe(before);
  });
});

describe("claimsToPoll", () => {
  it("keeps claims without a status or with one that can still change", () => {
    const known: Record<string, KnownClaimStatus> = { "Claim/s": { kind: "submitted" }, "Claim/d": { kind: "denied" } as KnownClaimStatus };
    expect(claimsToPoll(["Claim/d", "Claim/s", "Claim/new", "Claim/s"], known)).toEqual(["Claim/new", "Claim/s"]);
  });
});

describe("withPolledStatuses", () => {
  const row = (claimRef: string, status: KnownClaimStatus) => ({ claimRef, status }) as WorklistRow;
  it("updates the rows a poll answered and keeps the array when nothing changed", () => {
    const rows = [row("Claim/a", { kind: "submitted" }), row("Claim/b", { kind: "submitted" })];
    const paidStatus = { kind: "denied" } as KnownClaimStatus;
    const next = withPolledStatuses(rows, { "Claim/b": paidStatus });
    expect(next?.map((r) => r.status.kind)).toEqual(["submitted", "denied"]);
    expect(next?.[0]).toBe(rows[0]);
    expect(withPolledStatuses(rows, { "Claim/a": { kind: "submitted" } })).toBe(rows);
    expect(withPolledStatuses(undefined, { "Claim/a": { kind: "submitted" } })).toBeUndefined();
  });
});
