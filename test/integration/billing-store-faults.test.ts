/**
 * Exactly once through faults, against the real sandbox behind the fault proxy: each fault hits
 * the submission's first write (the transaction, or the versioned Claim update on the
 * per-resource path), then the same person submits again. The store then holds one active Claim,
 * one billable ChargeItem per service and one Provenance: no duplicate, nothing lost.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runStoreAction, type StoreTarget } from "../../src/fhir/billing-store/index.ts";
import { startFaultProxy, type Fault, type FaultProxy } from "./fault-proxy.ts";
import { countStore, gatewayOf, visitDraft } from "./billing-scenario.ts";
import { userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const FAULTS: Fault[] = ["lost-after-commit", "502-after-commit", "500-before-commit", "timeout", "late-commit"];
const results: string[] = [];
const CLIENT_TIMEOUT_MS = 4_000;
let proxy: FaultProxy;
let token = "";
let fired = 0;
const context = { now: "2026-11-21T10:00:00Z", fhirUserRef: "Practitioner/pr-rivera" };

beforeAll(async () => {
  proxy = await startFaultProxy(generic.url);
  token = (await userTokens(generic)).access_token;
});

afterAll(async () => {
  await proxy.close();
  console.log(`billing store, exactly once through faults:\n${results.join("\n")}`);
});

const PATHS = [
  { mode: "transaction", rule: { method: "POST", path: "", bundleType: "transaction" } },
  { mode: "per-resource", rule: { method: "PUT" } },
] as const;

describe.each(PATHS)("exactly once on the $mode path", ({ mode, rule }) => {
  it.each(FAULTS)("%s on the submission, then a retry: one active Claim, one billable charge per service, one Provenance", async (fault) => {
    const encounter = `it-fault-${mode}-${fault}`;
    const draft = visitDraft(encounter);
    const direct: StoreTarget = { gateway: gatewayOf(generic.fhirBase, () => token), mode };
    expect((await runStoreAction(direct, { kind: "save" }, draft, context)).kind).toBe("done");
    proxy.inject({ fault, ...rule });
    // The client's own timeout ends the held requests; long enough that a normal read never reaches it.
    const faulty: StoreTarget = { gateway: gatewayOf(proxy.fhirBase, () => token, CLIENT_TIMEOUT_MS), mode };
    const first = await runStoreAction(faulty, { kind: "submit" }, draft, context).catch((e: unknown) => ({ kind: "threw", e }) as const);
    await proxy.idle();
    const retry = await runStoreAction(direct, { kind: "submit" }, draft, context);
    const counts = await countStore(direct.gateway, encounter);
    expect(counts.claims).toEqual({ active: 1 });
    expect(counts.billableByLine).toEqual({ visit: 1, draw: 1 });
    expect(counts.provenances).toBe(1);
    expect(proxy.stats.faultsFired).toBe(++fired);
    expect(first.kind).not.toBe("done");
    expect(["done", "nothing"]).toContain(retry.kind);
    results.push(`${mode} ${fault}: first ${first.kind}, retry ${retry.kind}; claims ${JSON.stringify(counts.claims)}, billable ${JSON.stringify(counts.billableByLine)}, provenance ${counts.provenances}`);
  });
});
