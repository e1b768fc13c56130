/**
 * Benchmark: "Encounters to code" for a practitioner with 1,000 finished encounters (250
 * patients, each with a Coverage; 100 encounters with an active claim, 100 with a draft, 50 handed
 * to coding) against the sandbox (generic persona). Counts HTTP requests (gateway onRequest) and
 * times loadEncountersToCode over several runs: median, min and max, with the machine's load.
 * Run alone (`tsx scripts/bench-encounters-to-code.ts`) or from scripts/bench.ts.
 */
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import type { Bundle, BundleEntry, FhirResource } from "fhir/r4";
import { CLAIM_ENCOUNTER_SYSTEM, READY_FOR_CODING } from "../src/billing/state/billing-identifiers.ts";
import { createFhirGateway, type FhirGateway } from "../src/fhir/fhir-gateway.ts";
import { loadEncountersToCode } from "../src/fhir/worklist/index.ts";
import { startSandbox } from "../smart-launch/server.ts";
import { userTokens } from "../test/integration/smart-flow.ts";

export interface EncountersToCodeBenchResult {
  encounters: number;
  rows: number;
  /** HTTP requests per load, after the cached CapabilityStatement (the same every run). */
  requests: number;
  runs: number;
  ms: { median: number; min: number; max: number };
  seedMs: number;
  loadAverage: number[];
}

const PRACTITIONER = "pr-bench";
const PATIENTS = 250;
const PAYERS = ["payer-medicare", "payer-sandbox-ppo", "payer-lakeside-hmo", "payer-medicaid"];

const put = (resource: FhirResource & { id: string }): BundleEntry => ({ resource, request: { method: "PUT", url: `${resource.resourceType}/${resource.id}` } });

function people(): BundleEntry[] {
  const entries = [put({ resourceType: "Practitioner", id: PRACTITIONER, name: [{ prefix: ["Dr."], given: ["Bench"], family: "Mark" }] })];
  for (let i = 0; i < PATIENTS; i++) {
    entries.push(put({ resourceType: "Patient", id: `bench-p${i}`, name: [{ use: "official", given: [`Pat${i}`], family: "Bench" }], gender: "female", birthDate: "1960-01-01" }));
    entries.push(put({ resourceType: "Coverage", id: `bench-c${i}`, status: "active", beneficiary: { reference: `Patient/bench-p${i}` }, payor: [{ reference: `Organization/${PAYERS[i % PAYERS.length] ?? ""}` }] }));
  }
  return entries;
}

function visit(n: number): BundleEntry[] {
  const patient = `Patient/bench-p${n % PATIENTS}`;
  const day = new Date(Date.UTC(2026, 0, 1) + (n % 320) * 86_400_000).toISOString().slice(0, 10);
  const id = `bench-e${n}`;
  const entries = [put({
    resourceType: "Encounter", id, status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB" }, subject: { reference: patient },
    type: [{ text: "Office visit" }], period: { start: `${day}T09:00:00Z`, end: `${day}T09:30:00Z` }, participant: [{ individual: { reference: `Practitioner/${PRACTITIONER}` } }],
  })];
  if (n % 10 < 2) {
    entries.push(put({
      resourceType: "Claim", id: `bench-k${n}`, status: n % 10 === 0 ? "active" : "draft", use: "claim", created: day, identifier: [{ system: CLAIM_ENCOUNTER_SYSTEM, value: `Encounter/${id}` }],
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, patient: { reference: patient },
      provider: { reference: "Organization/org-riverbend" }, priority: { coding: [{ code: "normal" }] }, insurance: [{ sequence: 1, focal: true, coverage: { reference: `Coverage/bench-c${n % PATIENTS}` } }],
    }));
  }
  if (n % 20 === 5) {
    entries.push(put({ resourceType: "Task", id: `bench-t${n}`, status: "requested", intent: "order", code: { coding: [READY_FOR_CODING] }, for: { reference: patient }, encounter: { reference: `Encounter/${id}` }, requester: { reference: `Practitioner/${PRACTITIONER}` }, note: [{ text: "Ready for coding", time: `${day}T12:00:00Z` }] }));
  }
  return entries;
}

/** Writes everything in transactions of at most 500 entries. */
async function seed(gateway: FhirGateway, encounters: number): Promise<void> {
  const entries = [...people(), ...Array.from({ length: encounters }, (_, n) => visit(n)).flat()];
  for (let start = 0; start < entries.length; start += 500) {
    const bundle: Bundle = { resourceType: "Bundle", type: "transaction", entry: entries.slice(start, start + 500) };
    await gateway.transaction(bundle);
  }
}

export async function benchEncountersToCode(encounters = 1000, runs = 7): Promise<EncountersToCodeBenchResult> {
  const sandbox = await startSandbox({ port: 0, quiet: true, payerDelayMs: 60_000, referenceDate: "2026-11-23" });
  try {
    const token = (await userTokens(sandbox)).access_token;
    let requests = 0;
    const gateway = createFhirGateway({ baseUrl: sandbox.fhirBase, getAccessToken: async () => token, onRequest: () => void requests++ });
    const seedStarted = performance.now();
    await seed(gateway, encounters);
    const seedMs = Math.round(performance.now() - seedStarted);
    await gateway.capabilities();
    const times: number[] = [];
    let rows = 0;
    let perLoad = 0;
    for (let run = 0; run < runs; run++) {
      requests = 0;
      const started = performance.now();
      const result = await loadEncountersToCode(gateway, { by: { kind: "practitioner", ref: `Practitioner/${PRACTITIONER}` }, today: "2026-11-23" });
      times.push(performance.now() - started);
      rows = result.rows.length;
      perLoad = requests;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const round = (n: number | undefined) => Math.round(n ?? 0);
    return { encounters, rows, requests: perLoad, runs, ms: { median: round(sorted[Math.floor(runs / 2)]), min: round(sorted[0]), max: round(sorted.at(-1)) }, seedMs, loadAverage: loadavg() };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(`load average at start ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  const r = await benchEncountersToCode();
  console.log(`encounters to code: ${r.encounters} finished encounters -> ${r.rows} rows; ${r.requests} HTTP requests per load; ${r.runs} runs: median ${r.ms.median} ms (min ${r.ms.min}, max ${r.ms.max}); seeding ${r.seedMs} ms; load average at end ${r.loadAverage.map((n) => n.toFixed(2)).join(" ")}`);
  process.exit(0);
}
