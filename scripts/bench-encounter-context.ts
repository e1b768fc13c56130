/**
 * Reading the encounter context against the sandbox: requests made and sequential round trips
 * after the CapabilityStatement, with batch (generic persona) and without (epic persona).
 */
import { pathToFileURL } from "node:url";
import { loadEncounterContext } from "../src/fhir/context/load-encounter-context.ts";
import { createFhirGateway } from "../src/fhir/fhir-gateway.ts";
import { startSandbox } from "../smart-launch/server.ts";
import { launchAndGetTokens } from "../test/integration/smart-flow.ts";

export interface ContextBenchRow {
  persona: "generic" | "epic";
  batch: boolean;
  requests: number;
  /** Sequential round trips after the (cached) CapabilityStatement. */
  sequentialRoundTrips: number;
  ms: number;
  missing: string[];
}

const SCOPES = "launch openid fhirUser offline_access user/*.rs";

async function measure(persona: "generic" | "epic"): Promise<ContextBenchRow> {
  const sandbox = await startSandbox({ port: 0, profile: persona, quiet: true });
  try {
    const tokens = await launchAndGetTokens(sandbox, { patient: "pat-epic-1", encounter: "enc-office-1", user: "pr-rivera" }, SCOPES);
    const log: { method: string; at: number }[] = [];
    const gateway = createFhirGateway({ baseUrl: sandbox.fhirBase, getAccessToken: async () => tokens.access_token, onRequest: (method) => log.push({ method, at: performance.now() }) });
    const cs = await gateway.capabilities();
    const batch = cs.rest?.[0]?.interaction?.some((i) => i.code === "batch") ?? false;
    log.length = 0;
    const started = performance.now();
    const context = await loadEncounterContext(gateway, { patientId: "pat-epic-1", encounterId: "enc-office-1" });
    const ms = Math.round(performance.now() - started);
    // Requests that start within 5 ms of each other are one parallel round trip.
    const trips = log.reduce((n, r, i) => (i === 0 || r.at - (log[i - 1]?.at ?? 0) > 5 ? n + 1 : n), 0);
    return { persona, batch, requests: log.length, sequentialRoundTrips: trips, ms, missing: context.missing.map((m) => m.what) };
  } finally {
    await sandbox.close();
  }
}

export async function benchEncounterContext(): Promise<ContextBenchRow[]> {
  return [await measure("generic"), await measure("epic")];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(await benchEncounterContext());
}
