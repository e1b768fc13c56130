import type { Provenance } from "fhir/r4";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildProvenance, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { claimFile, planDraftSave, planOracleCharges, readBillingState, reconcileCharges, storeRequestsInOrder, storeTransaction, type StoreWrite } from "../../../../src/billing/state/index.ts";
import { exportDownload, type SubmissionPlan } from "../../../../src/billing/write-path/index.ts";
import { createFhirGateway } from "../../../../src/fhir/fhir-gateway.ts";
import { executePlan } from "../../../../src/fhir/submit/index.ts";
import { fixtureDraft } from "../../billing/build/fixture-draft.ts";
import { BILLING_BASE, createFakeBillingServer, type FakeBillingServer } from "./fake-billing-server.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };
const check = checkReadyDraft(fixtureDraft("office-visit-diabetes.fhir.json", 3));
const draft = check.ok ? check.draft : ({} as ReadyDraft);
/** A first submission's writes on an empty store: one ChargeItem per line, the Claim, a Provenance pointing at them. */
function firstWrites(): StoreWrite[] {
  const empty = readBillingState([], draft.encounterRef);
  const charges = reconcileCharges(draft, empty, context, 1);
  const save = planDraftSave(draft, empty, context);
  const claim = save.kind === "writes" ? save.writes[0] : undefined;
  if (!claim || claim.kind !== "create") throw new Error("no claim create planned");
  const provenance = { ...buildProvenance(draft, { targets: [claim.fullUrl, ...charges.targets], activity: "CREATE" }, context), meta: { tag: [{ system: "urn:test", code: "p1" }] } };
  return [...charges.writes, { ...claim, label: "Claim" }, { kind: "create", label: "Provenance", fullUrl: "urn:uuid:6f1c2a7e-0000-4000-8000-0000000000aa", resource: provenance, ifNoneExist: "_tag=urn:test|p1" }];
}
const perResource: SubmissionPlan = { kind: "per-resource", requests: storeRequestsInOrder(firstWrites()) };
const transaction: SubmissionPlan = { kind: "transaction", requests: [storeTransaction(firstWrites())] };
const lines = draft.lines.length;

const msw = setupServer();
let fake: FakeBillingServer;
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());
beforeEach(() => {
  fake = createFakeBillingServer();
  msw.resetHandlers(...fake.handlers);
});
const gateway = () => createFhirGateway({ baseUrl: BILLING_BASE });
const counts = () => [fake.count("ChargeItem"), fake.count("Claim"), fake.count("Provenance")];

describe("executePlan, per-resource", () => {
  it("writes in order and gives the Provenance the server's references for the Claim and charges", async () => {
    const outcome = await executePlan(gateway(), perResource);
    expect(outcome.kind).toBe("done");
    if (outcome.kind !== "done") return;
    expect(outcome.written.map((w) => w.label)).toEqual(perResource.requests.map((r) => r.label));
    expect(outcome.written.every((w) => w.created && w.result === "created" && w.status === 201)).toBe(true);
    const provenance = fake.stored.find((r): r is Provenance => r.resourceType === "Provenance");
    const targets = provenance?.target.map((t) => t.reference) ?? [];
    expect(targets.some((t) => t?.startsWith("urn:uuid:"))).toBe(false);
    expect([...targets].sort()).toEqual(outcome.written.slice(0, -1).map((w) => w.reference ?? "").sort());
  });

  it("reports a partial failure: what is written, the failed resource with the server's words, what was not sent", async () => {
    fake.faults.set("Claim", "422");
    const outcome = await executePlan(gateway(), perResource);
    expect(outcome.kind).toBe("partial");
    if (outcome.kind !== "partial") return;
    expect(outcome.done.map((d) => d.label)).toEqual(perResource.requests.slice(0, lines).map((r) => r.label));
    expect(outcome.done.every((d) => d.reference?.startsWith("ChargeItem/"))).toBe(true);
    expect(outcome.failed.label).toBe("Claim");
    expect(outcome.failed.error.status).toBe(422);
    expect(outcome.failed.error.outcome.issue[0]?.diagnostics).toBe("Claim rejected: Claim.insurance is required");
    expect(outcome.notSent).toEqual(["Provenance"]);
  });

  it.each(["500-before-commit", "lost-after-commit", "422"] as const)("a retry of the same plan after %s completes it without duplicates", async (fault) => {
    fake.faults.set("Claim", fault);
    expect((await executePlan(gateway(), perResource)).kind).toBe("partial");
    const retry = await executePlan(gateway(), perResource);
    expect(retry.kind).toBe("done");
    if (retry.kind !== "done") return;
    expect(retry.written.slice(0, lines).every((w) => w.result === "already-there" && !w.created)).toBe(true);
    expect(retry.written[lines]?.result).toBe(fault === "lost-after-commit" ? "already-there" : "created");
    expect(counts()).toEqual([lines, 1, 1]);
  });

  it("a plan run twice after success writes nothing new", async () => {
    await executePlan(gateway(), perResource);
    const again = await executePlan(gateway(), perResource);
    expect(again.kind === "done" && again.written.map((w) => w.result)).toEqual(perResource.requests.map(() => "already-there"));
    expect(counts()).toEqual([lines, 1, 1]);
  });

  it("a double click joins the running submission: one set of requests", async () => {
    const shared = gateway();
    const [first, second] = await Promise.all([executePlan(shared, perResource), executePlan(shared, perResource)]);
    expect(second).toBe(first);
    expect(fake.requests).toHaveLength(perResource.requests.length);
  });

  it("stops before the next request once the signal is aborted, and says so", async () => {
    const controller = new AbortController();
    const outcome = await executePlan(gateway(), perResource, {
      signal: controller.signal,
      onProgress: (done) => done === 1 && controller.abort(),
    });
    expect(outcome.kind === "partial" && outcome.failed.error.message).toMatch(/cancelled/);
    expect(fake.requests).toHaveLength(1);
  });

  it("with a signal, a request that never answers still ends at timeoutMs, as a network failure", async () => {
    msw.use(http.post(`${BILLING_BASE}/ChargeItem`, async () => {
      await delay("infinite");
      return HttpResponse.json({});
    }));
    const outcome = await executePlan(gateway(), perResource, { signal: new AbortController().signal, timeoutMs: 50 });
    expect(outcome.kind === "partial" && [outcome.failed.label, outcome.failed.error.status, outcome.done.length]).toEqual([perResource.requests[0]?.label, 0, 0]);
  });

  it("reports progress before each request and at the end", async () => {
    const seen: [number, number][] = [];
    await executePlan(gateway(), perResource, { onProgress: (done, total) => seen.push([done, total]) });
    const total = perResource.requests.length;
    expect(seen).toEqual([...Array.from({ length: total }, (_, i): [number, number] => [i, total]), [total, total]]);
  });
});

describe("executePlan, transaction", () => {
  it("one round trip; each entry reported with its reference", async () => {
    const outcome = await executePlan(gateway(), transaction);
    expect(fake.requests).toEqual(["transaction"]);
    expect(outcome.kind === "done" && outcome.written.map((w) => [w.label, w.result, w.reference?.split("/")[0]])).toEqual(
      perResource.requests.map((r) => [r.label, "created", r.url]),
    );
  });

  it.each(["500-before-commit", "lost-after-commit"] as const)("after %s the retry completes it with no duplicates", async (fault) => {
    fake.faults.set("transaction", fault);
    const first = await executePlan(gateway(), transaction);
    expect(first.kind === "partial" && first.failed.error.status).toBe(fault === "500-before-commit" ? 500 : 0);
    const retry = await executePlan(gateway(), transaction);
    expect(retry.kind === "done" && retry.written.map((w) => w.result)).toEqual(perResource.requests.map(() => (fault === "lost-after-commit" ? "already-there" : "created")));
    expect(counts()).toEqual([lines, 1, 1]);
  });

  it("a transaction-response with a failed entry (a server that is not all or nothing) is a partial failure in the server's words", async () => {
    const failed = { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "conflict", diagnostics: "Version mismatch" }] };
    msw.use(http.post(`${BILLING_BASE}/`, () => HttpResponse.json({
      resourceType: "Bundle", type: "transaction-response",
      entry: perResource.requests.map((r, i) => (i === lines ? { response: { status: "412", outcome: failed } } : { response: { status: "201", location: `${r.url}/id${i}` } })),
    })));
    const outcome = await executePlan(gateway(), transaction);
    expect(outcome.kind).toBe("partial");
    if (outcome.kind !== "partial") return;
    expect(outcome.done.map((d) => d.reference)).toEqual(perResource.requests.flatMap((r, i) => (i === lines ? [] : [`${r.url}/id${i}`])));
    expect([outcome.failed.label, outcome.failed.error.status, outcome.failed.error.outcome]).toEqual([`${transaction.requests[0]?.label}: Claim`, 412, failed]);
  });
});

describe("executePlan, Oracle operations", () => {
  it("an Oracle $create answered as documented (200, no body, Location without an id) is accepted, not called already there", async () => {
    const plan = planOracleCharges(draft, readBillingState([], draft.encounterRef), { tenant: "t-1" }, context);
    let calls = 0;
    msw.use(http.post(`${BILLING_BASE}/ChargeItem/$create`, () => {
      calls++;
      return new HttpResponse(null, { status: 200, headers: { location: `${BILLING_BASE}/ChargeItem/$create` } });
    }));
    const outcome = await executePlan(gateway(), plan);
    expect(calls).toBe(lines);
    expect(outcome.kind === "done" && outcome.written.map((w) => [w.result, w.created, w.reference])).toEqual(draft.lines.map(() => ["accepted", false, undefined]));
    expect(outcome.kind === "done" && outcome.download?.bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(["Claim", "Provenance"]);
  });
});

describe("executePlan, billing endpoint", () => {
  it("goes to the configured server through a gateway for it", async () => {
    const plan: SubmissionPlan = { kind: "billing-endpoint", requests: [storeTransaction(firstWrites(), BILLING_BASE)] };
    expect((await executePlan(gateway(), plan)).kind).toBe("done");
    expect(counts()).toEqual([lines, 1, 1]);
  });

  it("refuses to send it through the EHR's gateway (its access token would go to another server)", async () => {
    const plan: SubmissionPlan = { kind: "billing-endpoint", requests: [storeTransaction(firstWrites(), BILLING_BASE)] };
    const ehr = createFhirGateway({ baseUrl: "https://ehr.test/fhir", getAccessToken: async () => "ehr-token" });
    const outcome = await executePlan(ehr, plan);
    expect(outcome.kind === "partial" && outcome.failed.error.outcome.issue[0]?.code).toBe("security");
    expect(fake.requests).toEqual([]);
  });
});

describe("executePlan, export", () => {
  it("sends nothing and hands back the download", async () => {
    const plan: SubmissionPlan = { kind: "export", requests: [], download: exportDownload(draft, claimFile(draft, 0, context)) };
    const outcome = await executePlan(gateway(), plan);
    expect(outcome).toEqual({ kind: "exported", download: plan.download });
    expect(fake.requests).toEqual([]);
  });
});
