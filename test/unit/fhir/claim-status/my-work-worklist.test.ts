import type { ClaimResponse, FhirResource, Provenance } from "fhir/r4";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { claimWorklistQuery } from "../../../../src/fhir/claim-status/index.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { WORKLIST_BASE, worklistFhirServer, type WorklistServerOptions } from "../../../msw/worklist-fhir-server.ts";
import { appClaim, coverage, handoff, patient, payer, practitioner } from "../../billing/worklist/worklist-fixtures.ts";

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterEach(() => msw.resetHandlers());
afterAll(() => msw.close());

const serve = (options: WorklistServerOptions) => {
  const server = worklistFhirServer(options);
  msw.use(...server.handlers);
  return server;
};
const ME = "Practitioner/me";
const myWork = () => claimWorklistQuery(createFhirGateway({ baseUrl: WORKLIST_BASE }), { practitionerRef: `${WORKLIST_BASE}/${ME}`, today: "2026-11-26" }).queryFn();

const provenance = (target: string): Provenance => ({ resourceType: "Provenance", id: `prov-${target.replace("/", "-")}`, recorded: "2026-11-20T10:00:00Z", agent: [{ who: { reference: ME } }], target: [{ reference: target }] });
const paid = (claimId: string): ClaimResponse => ({
  resourceType: "ClaimResponse", id: `r-${claimId}`, status: "active", type: { coding: [{ code: "professional" }] }, use: "claim", patient: { reference: "Patient/p1" },
  created: "2026-11-22", insurer: { display: "Payer" }, outcome: "complete", request: { reference: `Claim/${claimId}` }, payment: { type: { text: "complete" }, amount: { value: 80, currency: "USD" } },
});

function practice(extra = 0): FhirResource[] {
  const claim = (id: string, encounterId: string, more = {}) => appClaim(id, encounterId, "active", {
    billablePeriod: { start: "2026-11-02" }, careTeam: [{ sequence: 1, provider: { reference: "Practitioner/dr1" } }], total: { value: 120, currency: "USD" }, ...more,
  });
  return [
    patient("p1", "Ana", "Lopez"), practitioner("dr1", "Ana", "Rivera"), payer("ppo", "Sandbox Mutual PPO", "SBX01"), coverage("c1", "p1", "ppo"),
    claim("entered", "e1", { enterer: { reference: ME } }),
    claim("acted-on", "e2"), provenance("Claim/acted-on"),
    claim("handed", "e3"), handoff("t1", "e3", { owner: { reference: ME }, focus: { reference: "Claim/handed" } }),
    { ...claim("draft", "e4", { enterer: { reference: ME } }), status: "draft" },
    { ...claim("old-generation", "e1", { enterer: { reference: ME } }), status: "cancelled" },
    claim("rendered-only", "e5", { careTeam: [{ sequence: 1, provider: { reference: ME } }] }),
    paid("entered"),
    ...Array.from({ length: extra }, (_, i) => claim(`more-${i}`, `m${i}`, { enterer: { reference: ME } })),
  ];
}

describe("claims worklist: my work", () => {
  it("lists the claims I entered, acted on or was handed, with patient, date of service, payer, provider, amount and encounter", async () => {
    serve({ resources: practice(), includes: true });
    const rows = await myWork();
    expect(rows.map((r) => [r.claimRef, r.draft ?? false, r.status.kind]).sort()).toEqual([
      ["Claim/acted-on", false, "submitted"], ["Claim/draft", true, "submitted"], ["Claim/entered", false, "paid"], ["Claim/handed", false, "submitted"],
    ]);
    expect(rows.find((r) => r.claimRef === "Claim/entered")).toMatchObject({
      patientRef: "Patient/p1", patientName: "Ana Lopez", dateOfService: "2026-11-02", payer: "Sandbox Mutual PPO", provider: "Dr. Ana Rivera",
      amount: { value: 120, currency: "USD" }, encounterRef: "Encounter/e1", ageDays: 24,
    });
  });

  it.each([
    ["includes allowed", { includes: true, batch: false }],
    ["batch, no includes", { includes: false, batch: true }],
  ])("%s: the same number of requests for 4 and for 40 claims", async (_name, shape) => {
    const counts: number[] = [];
    for (const extra of [0, 36]) {
      const server = serve({ resources: practice(extra), ...shape });
      const rows = await myWork();
      expect(rows).toHaveLength(4 + extra);
      expect(rows.every((r) => r.patientName === "Ana Lopez" && r.payer === "Sandbox Mutual PPO")).toBe(true);
      counts.push(server.requests.length);
      msw.resetHandlers();
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("finds handed work where only Tasks can be searched (Epic: Claim by _id only, no Provenance search)", async () => {
    serve({ resources: practice(), includes: true, searchable: { Claim: [], Provenance: [] } });
    const rows = await myWork();
    expect(rows.map((r) => r.claimRef)).toEqual(["Claim/handed"]);
  });
});
