/**
 * Exactly once, against the real sandbox: each fault of the fault proxy on the transaction and
 * per-resource paths, then a retry of the same plan; the sandbox must then hold exactly one Claim,
 * one ChargeItem per line and one Provenance: no duplicate, nothing lost (Oracle: submission-oracle).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { startFaultProxy, type Fault, type FaultProxy } from "./fault-proxy.ts";
import { userTokens } from "./smart-flow.ts";
import { countWritten, planFor, submitUntilDone } from "./submission-draft.ts";

const { generic } = inject("sandboxes");
const FAULTS: Fault[] = ["lost-after-commit", "502-after-commit", "500-before-commit", "timeout", "late-commit"];
const LINES = 2;
const results: string[] = [];
let genericProxy: FaultProxy;
let genericToken = "";

const gatewayTo = (baseUrl: string, token: () => string): FhirGateway =>
  createFhirGateway({ baseUrl, getAccessToken: async () => token(), timeoutMs: 1_000 });

beforeAll(async () => {
  genericProxy = await startFaultProxy(generic.url);
  genericToken = (await userTokens(generic)).access_token;
});

afterAll(async () => {
  await genericProxy.close();
  console.log(`exactly-once fault matrix:\n${results.join("\n")}`);
});

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
