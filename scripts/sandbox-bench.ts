/**
 * Sandbox numbers: `tsx scripts/sandbox-bench.ts` (or import runSandboxBench from scripts/bench.ts).
 * Start-up time, seed size, and the status of 1,000 claims read in one request
 * (ClaimResponse?request=...) and with _revinclude, after the payer simulator decided them.
 */
import { statSync } from "node:fs";
import { SEED_FILE } from "../smart-launch/fhir/engine.ts";
import { startSandbox, type RunningSandbox } from "../smart-launch/server.ts";
import { userTokens } from "../test/integration/smart-flow.ts";

export interface SandboxBenchResult {
  startupMs: number;
  seedBytes: number;
  createClaimsMs: number;
  statusOneRequestMs: number;
  statusRevincludeMs: number;
  claims: number;
  decided: number;
}

const CLAIM = {
  resourceType: "Claim", status: "active", use: "claim", created: "2026-11-21",
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
  patient: { reference: "Patient/pat-epic-1" }, provider: { reference: "Organization/org-riverbend" }, priority: { coding: [{ code: "normal" }] },
  insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-epic-1" } }],
  diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10" }] } }],
  item: [{ sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "99213" }] }, diagnosisSequence: [1], net: { value: 100, currency: "USD" } }],
};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

async function getJson(sandbox: RunningSandbox, token: string, path: string, init: RequestInit = {}): Promise<{ total?: number; entry?: { resource: { resourceType: string; outcome?: string }; response?: { location?: string } }[] }> {
  const response = await fetch(`${sandbox.fhirBase}/${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json" } });
  return (await response.json()) as never;
}

export async function runSandboxBench(claims = 1000): Promise<SandboxBenchResult> {
  const [sandbox, startupMs] = await timed(() => startSandbox({ port: 0, quiet: true, payerDelayMs: 50 }));
  try {
    const token = (await userTokens(sandbox)).access_token;
    const batch = { resourceType: "Bundle", type: "batch", entry: Array.from({ length: claims }, () => ({ resource: CLAIM, request: { method: "POST", url: "Claim" } })) };
    const [created, createClaimsMs] = await timed(() => getJson(sandbox, token, "", { method: "POST", body: JSON.stringify(batch) }));
    const refs = (created.entry ?? []).map((e) => /Claim\/[^/]+/.exec(e.response?.location ?? "")?.[0] ?? "");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [byRequest, statusOneRequestMs] = await timed(() => getJson(sandbox, token, `ClaimResponse?request=${refs.join(",")}&_count=${claims}`));
    const ids = refs.map((r) => r.split("/")[1]).join(",");
    const [, statusRevincludeMs] = await timed(() => getJson(sandbox, token, `Claim?_id=${ids}&_revinclude=ClaimResponse:request&_count=${claims}`));
    const decided = (byRequest.entry ?? []).filter((e) => e.resource.outcome !== "queued").length;
    return { startupMs, seedBytes: statSync(SEED_FILE).size, createClaimsMs, statusOneRequestMs, statusRevincludeMs, claims: refs.length, decided };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runSandboxBench();
  console.log(`sandbox start-up ${result.startupMs} ms, seed ${result.seedBytes} bytes`);
  console.log(`${result.claims} claims created in one batch: ${result.createClaimsMs} ms; ${result.decided} decided by the payer simulator`);
  console.log(`status of ${result.claims} claims: 1 request ClaimResponse?request=... ${result.statusOneRequestMs} ms; 1 request Claim?_revinclude ${result.statusRevincludeMs} ms`);
}
