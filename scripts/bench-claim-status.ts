/**
 * Benchmark: the worklist status of 1,000 claims against the sandbox, counting HTTP requests
 * (gateway onRequest) and wall time. The request count must stay ceil(N / 50) + a small constant.
 * Run alone (`tsx scripts/bench-claim-status.ts`) or call benchClaimStatus() from scripts/bench.ts.
 */
import { pathToFileURL } from "node:url";
import type { Bundle, Claim } from "fhir/r4";
import { claimWorklistQuery, loadClaimStatuses } from "../src/fhir/claim-status/index.ts";
import { createFhirGateway, type FhirGateway } from "../src/fhir/fhir-gateway.ts";
import { startSandbox } from "../smart-launch/server.ts";
import { userTokens } from "../test/integration/smart-flow.ts";

export interface ClaimStatusBenchResult {
  claims: number;
  /** HTTP requests the worklist made (Claim search, ClaimResponse searches, metadata). */
  requests: number;
  ms: number;
  /** Claims per status kind, as the worklist saw them. */
  statuses: Record<string, number>;
}

const PATIENT = "pat-bench-claims";
const CLAIM: Claim = {
  resourceType: "Claim", status: "active", use: "claim", created: "2026-10-01",
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
  patient: { reference: `Patient/${PATIENT}` }, provider: { reference: "Organization/org-riverbend" }, priority: { coding: [{ code: "normal" }] },
  insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-epic-1" } }],
  diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10" }] } }],
  item: [{ sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "99213" }] }, diagnosisSequence: [1], net: { value: 100, currency: "USD" } }],
};

/** Writes `count` Claims in batches of 250; their references. */
async function createClaims(gateway: FhirGateway, count: number): Promise<string[]> {
  const refs: string[] = [];
  for (let start = 0; start < count; start += 250) {
    const size = Math.min(250, count - start);
    const batch: Bundle = { resourceType: "Bundle", type: "batch", entry: Array.from({ length: size }, () => ({ resource: CLAIM, request: { method: "POST", url: "Claim" } })) };
    const response = await gateway.batch(batch);
    refs.push(...(response.entry ?? []).flatMap((e) => /Claim\/[^/]+/.exec(e.response?.location ?? "")?.[0] ?? []));
  }
  return refs;
}

async function waitForDecisions(gateway: FhirGateway, refs: string[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const statuses = Object.values(await loadClaimStatuses(gateway, refs));
    if (statuses.every((s) => s.kind !== "queued" && s.kind !== "submitted")) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function benchClaimStatus(claims = 1000): Promise<ClaimStatusBenchResult> {
  const sandbox = await startSandbox({ port: 0, quiet: true, payerDelayMs: 50 });
  try {
    const token = (await userTokens(sandbox)).access_token;
    const setup = createFhirGateway({ baseUrl: sandbox.fhirBase, getAccessToken: async () => token });
    const refs = await createClaims(setup, claims);
    await waitForDecisions(setup, refs);
    let requests = 0;
    const gateway = createFhirGateway({ baseUrl: sandbox.fhirBase, getAccessToken: async () => token, onRequest: () => void requests++ });
    const started = performance.now();
    const rows = await claimWorklistQuery(gateway, { patientId: PATIENT, today: "2026-11-26" }).queryFn();
    const ms = Math.round(performance.now() - started);
    const statuses: Record<string, number> = {};
    for (const row of rows) statuses[row.status.kind] = (statuses[row.status.kind] ?? 0) + 1;
    return { claims: rows.length, requests, ms, statuses };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await benchClaimStatus();
  console.log(`claim status worklist: ${result.claims} claims, ${result.requests} HTTP requests, ${result.ms} ms`, result.statuses);
}
