/**
 * Claim status against the sandbox: a submitted claim is polled until the payer simulator decides
 * it (the backoff between polls is the UI tests' concern, with fake timers), appears on the patient's worklist, and N claims cost ceil(N/50) searches;
 * on the epic persona the status is read from ExplanationOfBenefit?claim=.
 */
import type { Bundle, Claim } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { claimStatusQuery, claimWorklistQuery, isFinalStatus, type KnownClaimStatus } from "../../src/fhir/claim-status/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { runStoreAction } from "../../src/fhir/billing-store/index.ts";
import { eventually } from "./sandbox-time.ts";
import { userTokens } from "./smart-flow.ts";
import { visitDraft } from "./billing-scenario.ts";

const { generic, epic } = inject("sandboxes");
let token = "";
let epicToken = "";
const requests: string[] = [];
const gatewayTo = (baseUrl: string, bearer: () => string): FhirGateway =>
  createFhirGateway({ baseUrl, getAccessToken: async () => bearer(), onRequest: (method, url) => void requests.push(`${method} ${url}`) });

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
  epicToken = (await userTokens(epic, "openid fhirUser user/ExplanationOfBenefit.rs user/Claim.rs")).access_token;
});

/** Asks the status again (the app's query, as its poll does) until it is final; every answer seen, in order. */
async function pollUntilFinal(gateway: FhirGateway, claimRef: string): Promise<KnownClaimStatus[]> {
  const seen: KnownClaimStatus[] = [];
  await eventually(async () => {
    const status = (await claimStatusQuery(gateway, [claimRef]).queryFn())[claimRef] ?? { kind: "submitted" as const };
    seen.push(status);
    return status;
  }, isFinalStatus);
  return seen;
}

describe("claim status on the generic sandbox", () => {
  it("a submitted claim is polled until decided; it is on the patient's worklist with its age", async () => {
    const gateway = gatewayTo(generic.fhirBase, () => token);
    const result = await runStoreAction({ gateway, mode: "transaction" }, { kind: "submit" }, visitDraft("it-claim-status"), { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/pr-rivera" });
    const claimRef = result.kind === "done" ? result.state.submitted?.ref ?? "" : "";
    expect(claimRef).toMatch(/^Claim\//);
    const seen = await pollUntilFinal(gateway, claimRef);
    expect(seen.at(-1)?.kind).toMatch(/^(paid|partially-paid|denied)$/);
    const rows = await claimWorklistQuery(gateway, { patientId: "pat-epic-1", today: "2026-12-30" }).queryFn();
    const row = rows.find((r) => r.claimRef === claimRef);
    expect(row?.status.kind).toBe(seen.at(-1)?.kind);
    expect(row?.ageDays).toBe(40); // from the date of service, 2026-11-20
    const practitionerRows = await claimWorklistQuery(gateway, { practitionerRef: "Practitioner/pr-rivera", today: "2026-12-30" }).queryFn();
    expect(practitionerRows.find((r) => r.claimRef === claimRef)?.status.kind).toBe(seen.at(-1)?.kind);
  });

  it("the status of 120 claims costs 3 ClaimResponse searches", async () => {
    const gateway = gatewayTo(generic.fhirBase, () => token);
    const claim = (await gateway.searchAll<Claim>("Claim", { patient: "Patient/pat-epic-1", _count: 1 }))[0];
    const { id: _id, meta: _meta, identifier: _identifier, ...fresh } = claim as Claim;
    const batch: Bundle = { resourceType: "Bundle", type: "batch", entry: Array.from({ length: 120 }, () => ({ resource: { ...fresh, patient: { reference: "Patient/pat-status-count" } }, request: { method: "POST", url: "Claim" } })) };
    const refs = ((await gateway.batch(batch)).entry ?? []).map((e) => /Claim\/[^/]+/.exec(e.response?.location ?? "")?.[0] ?? "");
    await gateway.capabilities();
    requests.length = 0;
    const statuses = await claimStatusQuery(gateway, refs).queryFn();
    expect(requests.filter((r) => r.includes("/ClaimResponse?"))).toHaveLength(3);
    expect(requests).toHaveLength(3);
    expect(Object.keys(statuses)).toHaveLength(120);
  });
});

describe("claim status on the epic persona", () => {
  it("reads ExplanationOfBenefit?claim= (Epic has no ClaimResponse) and says submitted when there is none", async () => {
    const gateway = gatewayTo(epic.fhirBase, () => epicToken);
    requests.length = 0;
    const statuses = await claimStatusQuery(gateway, ["Claim/not-yet-adjudicated"]).queryFn();
    expect(requests.some((r) => r.includes("/ExplanationOfBenefit?claim="))).toBe(true);
    expect(statuses["Claim/not-yet-adjudicated"]).toEqual({ kind: "submitted" });
  });
});
