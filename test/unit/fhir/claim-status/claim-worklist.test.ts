import type { Claim, ClaimResponse } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FhirError } from "../../../../src/fhir/fhir-error.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { claimWorklistQuery, filterWorklist, type WorklistRow } from "../../../../src/fhir/claim-status/index.ts";
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
const gateway = () => createFhirGateway({ baseUrl: STATUS_BASE });
const TODAY = "2026-11-26";

function claim(id: string, created: string, patient = "Patient/p1"): Claim {
  return {
    resourceType: "Claim", id, status: "active", use: "claim", created, patient: { reference: patient },
    type: { coding: [{ code: "professional" }] }, provider: { reference: "Organization/o1" }, priority: { coding: [{ code: "normal" }] },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c" } }], careTeam: [{ sequence: 1, provider: { reference: "Practitioner/dr" } }],
    total: { value: 100, currency: "USD" },
  };
}

function response(claimId: string, paid: number | undefined): ClaimResponse {
  const reason = paid ? undefined : "CO-16";
  return { ...claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("benefit", paid ?? 0, reason))], paid), request: { reference: `Claim/${claimId}` } };
}

const SERVER = {
  searchable: { Claim: ["patient", "care-team"], ClaimResponse: ["request"] },
  resources: [
    claim("old-unpaid", "2026-10-01"), claim("old-paid", "2026-10-02"), claim("denied", "2026-11-20"), claim("new", "2026-11-25"),
    claim("other-patient", "2026-09-01", "Patient/p2"), response("old-paid", 80), response("denied", undefined),
  ],
};

describe("claimWorklistQuery", () => {
  it("lists the patient's claims oldest first with their latest status and age in days, in two requests", async () => {
    const server = serve(SERVER);
    const rows = await claimWorklistQuery(gateway(), { patientId: "p1", today: TODAY }).queryFn();
    expect(rows.map((r) => [r.claimRef, r.status.kind, r.ageDays])).toEqual([
      ["Claim/old-unpaid", "submitted", 56], ["Claim/old-paid", "paid", 55], ["Claim/denied", "denied", 6], ["Claim/new", "submitted", 1],
    ]);
    expect(server.searches.map((u) => u.pathname.split("/").pop())).toEqual(["Claim", "ClaimResponse"]);
  });

  it("filters denied, and unpaid over 30 days", async () => {
    serve(SERVER);
    const rows = await claimWorklistQuery(gateway(), { patientId: "p1", today: TODAY }).queryFn();
    expect(filterWorklist(rows, "denied").map((r) => r.claimRef)).toEqual(["Claim/denied"]);
    expect(filterWorklist(rows, "unpaid-over-30-days").map((r) => r.claimRef)).toEqual(["Claim/old-unpaid"]);
    expect(filterWorklist(rows, "all")).toHaveLength(4);
  });

  it("falls back to the patient's ExplanationOfBenefits where Claims cannot be listed (Epic)", async () => {
    const eob = { ...response("e1", 50), resourceType: "ExplanationOfBenefit", request: undefined, claim: { reference: "Claim/e1" }, billablePeriod: { start: "2026-10-10" } };
    serve({ searchable: { Claim: [], ExplanationOfBenefit: ["patient", "claim"] }, resources: [eob] });
    const rows = await claimWorklistQuery(gateway(), { patientId: "p1", today: TODAY }).queryFn();
    expect(rows).toEqual([expect.objectContaining({ claimRef: "Claim/e1", ageDays: 47, status: expect.objectContaining({ kind: "paid" }) })]);
  });

  it("says clearly when the server offers no way to find the user's work (being on the care team does not count)", async () => {
    serve({ searchable: { Claim: ["patient", "care-team"], ClaimResponse: ["request"] }, resources: [] });
    const error = await claimWorklistQuery(gateway(), { practitionerRef: "Practitioner/dr", today: TODAY }).queryFn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirError);
    expect((error as FhirError).message).toMatch(/does not allow finding your work/);
  });
});

describe("worklist filters", () => {
  const row = (kind: WorklistRow["status"]["kind"], ageDays?: number): WorklistRow => ({ claimRef: "Claim/x", status: { kind } as WorklistRow["status"], ...(ageDays !== undefined ? { ageDays } : {}) });
  it.each([
    ["submitted", 31, true], ["queued", 45, true], ["denied", 40, true], ["error", 31, true],
    ["paid", 90, false], ["partially-paid", 90, false], ["submitted", 30, false], ["queued", undefined, false],
  ] as const)("%s aged %s days: unpaid over 30 is %s", (kind, age, expected) => {
    expect(filterWorklist([row(kind, age)], "unpaid-over-30-days")).toHaveLength(expected ? 1 : 0);
  });
});
