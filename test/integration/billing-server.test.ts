/**
 * The practice's own billing server (persona "billing": no chart, billing types only), reached
 * with its own SMART standalone login (PKCE) as the app does it, apart from the EHR's: the whole
 * hand-off flow runs there for an encounter of an EHR that accepts no writes (Epic), the token is
 * refreshed, and the EHR's token is of no use there.
 */
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadBillingState, runStoreAction } from "../../src/fhir/billing-store/index.ts";
import { createFhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { billingAccessToken, completeBillingAuthorization, readBillingToken, startBillingAuthorization, type BillingServer } from "../../src/smart/billing-auth.ts";
import { countStore, visitDraft } from "./billing-scenario.ts";
import { SHORT_LIFETIMES, advanceSandboxClock, eventually } from "./sandbox-time.ts";
import { CLIENT_ID, fhirGet, userTokens } from "./smart-flow.ts";

const { billing, epic } = inject("sandboxes");
const server: BillingServer = { fhirBase: billing.fhirBase, clientId: CLIENT_ID };
const REDIRECT = "http://localhost:4173/billing-callback.html";

/** An in-memory Storage, as the tab's sessionStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

async function login(storage: Storage) {
  const pending = await startBillingAuthorization(server, REDIRECT);
  const answer = await fetch(pending.url, { redirect: "manual" });
  const back = new URL(answer.headers.get("location") ?? "");
  expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
  return completeBillingAuthorization(server, pending, { code: back.searchParams.get("code") ?? undefined, state: back.searchParams.get("state") ?? undefined }, storage);
}

let storage: Storage;
beforeAll(async () => {
  storage = memoryStorage();
  await login(storage);
});

const billingGateway = () => createFhirGateway({ baseUrl: server.fhirBase, getAccessToken: () => billingAccessToken(server, storage) });

describe("billing server", () => {
  it("has no chart: its CapabilityStatement offers the billing types only", async () => {
    const cs = await billingGateway().capabilities();
    const types = cs.rest?.[0]?.resource?.map((r) => r.type) ?? [];
    expect(types).toEqual(expect.arrayContaining(["Claim", "ChargeItem", "ClaimResponse", "Provenance", "Task", "PaymentReconciliation"]));
    expect(types).not.toContain("Patient");
    expect(types).not.toContain("Encounter");
  });

  it("the login is a PKCE standalone launch: a wrong state is refused, the code is single-use", async () => {
    const pending = await startBillingAuthorization(server, REDIRECT);
    const answer = new URL((await fetch(pending.url, { redirect: "manual" })).headers.get("location") ?? "");
    const code = answer.searchParams.get("code") ?? undefined;
    await expect(completeBillingAuthorization(server, pending, { code, state: "forged" }, memoryStorage())).rejects.toThrow(/state mismatch/);
    await completeBillingAuthorization(server, pending, { code, state: pending.state }, memoryStorage());
    await expect(completeBillingAuthorization(server, pending, { code, state: pending.state }, memoryStorage())).rejects.toThrow(/refused/);
  });

  it("an Epic encounter: provider submits, coder corrects, all on the billing server; the payer answers there", async () => {
    const target = { gateway: billingGateway(), mode: "transaction" as const };
    const e = "enc-visit-05";
    const draft = visitDraft(e);
    expect((await runStoreAction(target, { kind: "handoff", note: "Ready for coding" }, draft, { now: "2026-11-21T10:00:00Z", fhirUserRef: "Practitioner/pr-rivera" })).kind).toBe("done");
    expect((await runStoreAction(target, { kind: "submit" }, draft, { now: "2026-11-21T10:05:00Z", fhirUserRef: "Practitioner/pr-rivera" })).kind).toBe("done");
    const state = await loadBillingState(target.gateway, `Encounter/${e}`);
    const corrected = { ...draft, basedOn: { claimRef: state.submitted!.ref, versionId: state.submitted!.versionId, generation: 1, status: "active" as const }, lines: [draft.lines[0]!] };
    expect((await runStoreAction(target, { kind: "submit" }, corrected, { now: "2026-11-22T09:00:00Z", fhirUserRef: "Practitioner/pr-chen" })).kind).toBe("done");
    const counts = await countStore(target.gateway, e);
    expect(counts.claims).toEqual({ active: 1, cancelled: 1 });
    expect(counts.billableByLine).toEqual({ visit: 1 });
    expect(counts.tasks.map((t) => t.status)).toEqual(["completed"]);
    // The payer answers in its own time (payerDelayMs): wait for its answer, not for a fixed time.
    const after = await eventually(() => loadBillingState(target.gateway, `Encounter/${e}`), (s) => s.responses.length > 0);
    expect(after.responses.length).toBeGreaterThan(0);
  });

  it("refreshes its token when it expires; the EHR's token is refused by the billing server", async () => {
    const before = readBillingToken(storage, server)?.accessToken;
    // Both clocks move past the token's lifetime: the app's (it refreshes) and the billing server's (it refuses the old token).
    await advanceSandboxClock(billing, SHORT_LIFETIMES.billingToken + 1);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (SHORT_LIFETIMES.billingToken + 1) * 1000);
    const token = await billingAccessToken(server, storage).finally(() => vi.useRealTimers());
    expect(before).toBeDefined();
    expect((await fhirGet(billing, before ?? "", "Claim?_count=1")).status).toBe(401);
    expect(token).toBeDefined();
    expect(token).not.toBe(before);
    expect((await billingGateway().capabilities()).resourceType).toBe("CapabilityStatement");
    const ehrToken = (await userTokens(epic)).access_token;
    expect((await fhirGet(billing, ehrToken, "Claim?_count=1")).status).toBe(401);
  });
});
