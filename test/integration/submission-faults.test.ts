/**
 * Exactly once, against the real sandbox: each fault of the fault proxy on each write path, then
 * a retry of the same plan; the sandbox must then hold exactly one Claim, one ChargeItem per line
 * and one Provenance (Oracle: one ChargeItem per line) — no duplicate, nothing lost.
 */
import type { Parameters } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executePlan, type WrittenResource } from "../../src/fhir/submit/index.ts";
import { startFaultProxy, type Fault, type FaultProxy } from "./fault-proxy.ts";
import { EHR_SCOPES, launchAndGetTokens, OFFICE_VISIT, userTokens } from "./smart-flow.ts";
import { countOracleCharges, countWritten, planFor } from "./submission-draft.ts";

const { generic, oracle } = inject("sandboxes");
const FAULTS: Fault[] = ["lost-after-commit", "502-after-commit", "500-before-commit", "timeout", "late-commit"];
const LINES = 2;
const results: string[] = [];
let genericProxy: FaultProxy;
let oracleProxy: FaultProxy;
let genericToken = "";
let oracleToken = "";

const gatewayTo = (baseUrl: string, token: () => string): FhirGateway =>
  createFhirGateway({ baseUrl, getAccessToken: async () => token(), timeoutMs: 1_000 });

beforeAll(async () => {
  [genericProxy, oracleProxy] = await Promise.all([startFaultProxy(generic.url), startFaultProxy(oracle.url)]);
  genericToken = (await userTokens(generic)).access_token;
  oracleToken = (await launchAndGetTokens(oracle, OFFICE_VISIT, EHR_SCOPES)).access_token;
});

afterAll(async () => {
  await Promise.all([genericProxy.close(), oracleProxy.close()]);
  console.log(`exactly-once fault matrix:\n${results.join("\n")}`);
});

/** Submits until done (at most 3 attempts); the number of attempts it took. */
async function submitUntilDone(gateway: FhirGateway, plan: ReturnType<typeof planFor>): Promise<{ attempts: number; firstFailed?: number; written?: WrittenResource[] }> {
  let firstFailed: number | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const outcome = await executePlan(gateway, plan);
    if (outcome.kind === "done") return { attempts: attempt, written: outcome.written, ...(firstFailed !== undefined ? { firstFailed } : {}) };
    firstFailed ??= outcome.kind === "partial" ? outcome.failed.error.status : -1;
  }
  return { attempts: 3 };
}

const PATHS = [
  { kind: "transaction", rule: { method: "POST", path: "" } },
  { kind: "per-resource", rule: { method: "POST", path: "Claim" } },
] as const;

describe.each(PATHS)("exactly once on the generic sandbox, $kind path", ({ kind, rule }) => {
  it.each(FAULTS.map((fault, i) => [fault, i] as const))("%s, then a retry: one Claim, one ChargeItem per line, one Provenance", async (fault, i) => {
    const revision = (kind === "transaction" ? 100 : 200) + i;
    const plan = planFor(kind, revision);
    genericProxy.inject({ fault, ...rule });
    const run = await submitUntilDone(gatewayTo(genericProxy.fhirBase, () => genericToken), plan);
    expect(run.firstFailed).toBeDefined();
    expect(run.attempts).toBe(2);
    await genericProxy.idle();
    const counts = await countWritten(gatewayTo(generic.fhirBase, () => genericToken), revision);
    expect(counts).toEqual({ claims: 1, chargeItems: LINES, provenances: 1 });
    const claim = run.written?.find((w) => w.label === "Claim");
    expect(claim?.result).toBe(fault === "500-before-commit" || fault === "late-commit" ? "created" : "already-there");
    results.push(`${kind} ${fault}: attempts ${run.attempts}, first failure HTTP ${run.firstFailed}, claims ${counts.claims}, chargeItems ${counts.chargeItems}, provenances ${counts.provenances}, duplicates 0`);
  });
});

describe("exactly once on the oracle persona, ChargeItem/$create", () => {
  it.each(FAULTS.map((fault, i) => [fault, i] as const))("%s, then a retry: one ChargeItem per line", async (fault, i) => {
    const plan = planFor("oracle-operations", 300 + i);
    const transactionIds = plan.requests.map((r) => (r.body as Parameters).parameter?.find((p) => p.name === "transactionId")?.valueUuid ?? "");
    oracleProxy.inject({ fault, method: "POST", path: "ChargeItem/$create" });
    const run = await submitUntilDone(gatewayTo(oracleProxy.fhirBase, () => oracleToken), plan);
    expect(run.attempts).toBe(2);
    await oracleProxy.idle();
    const charges = await countOracleCharges(gatewayTo(oracle.fhirBase, () => oracleToken), transactionIds);
    expect(charges).toBe(LINES);
    results.push(`oracle $create ${fault}: attempts ${run.attempts}, first failure HTTP ${run.firstFailed}, chargeItems ${charges}, duplicates 0`);
  });
});
