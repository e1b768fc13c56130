/**
 * Escapes from the launch patient's compartment, on every path: batch and transaction entries,
 * conditional update / create (If-None-Exist), operations, and what _include / _revinclude add.
 * Reads launch on pat-epic-1 (A); writes launch on a Synthea patient (S), so that what they create
 * is in no hand-built record other tests count (the generic persona offers no delete). B is
 * pat-oracle-1, the other patient whose record must stay out of reach.
 */
import type { Bundle, BundleEntry, Condition, Coverage, Resource } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { OFFICE_VISIT, fhirGet, fhirSend, launchAndGetTokens, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const A = "Patient/pat-epic-1";
const B = "Patient/pat-oracle-1";
const B_CONDITION = "cond-office-4-dm";

let S = "";
let reader = "";
let writer = "";
let readerOfS = "";
let admin = "";

beforeAll(async () => {
  admin = (await userTokens(generic)).access_token;
  const patients = ((await (await fhirGet(generic, admin, "Patient?_count=50")).json()) as Bundle).entry ?? [];
  const synthea = patients.map((e) => e.resource?.id ?? "").find((id) => id && !id.startsWith("pat-")) ?? "";
  S = `Patient/${synthea}`;
  reader = (await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/*.rs")).access_token;
  writer = (await launchAndGetTokens(generic, { patient: synthea, user: "pr-rivera" }, "launch patient/*.cruds")).access_token;
  readerOfS = (await launchAndGetTokens(generic, { patient: synthea, user: "pr-rivera" }, "launch patient/*.rs")).access_token;
});

const patientsIn = (resources: Resource[]): Set<string> =>
  new Set(resources.map((r) => (r.resourceType === "Patient" ? `Patient/${r.id ?? ""}` : JSON.stringify(r).match(/"(Patient\/[^"]+)"/)?.[1] ?? "none")));
const resourcesOf = (bundle: Bundle): Resource[] => (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
const claimFor = (patient: string, tag: string) => ({
  resourceType: "Claim", status: "draft", use: "claim", type: { coding: [{ code: "professional" }] }, patient: { reference: patient },
  created: "2026-11-20", provider: { reference: "Practitioner/pr-rivera" }, priority: { coding: [{ code: "normal" }] },
  insurance: [{ sequence: 1, focal: true, coverage: { display: "the patient's plan" } }], identifier: [{ system: "urn:test:security", value: tag }],
});
const conditionFor = (patient: string, text: string): Condition => ({ resourceType: "Condition", subject: { reference: patient }, code: { text } });

/** What these tests read from an answer: a resource's id and subject, or a Bundle's entries. */
type Answer = Pick<Condition, "id"> & Partial<Pick<Condition, "subject">> & Pick<Bundle, "entry">;

async function send(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Answer }> {
  const response = await fhirSend(generic, token, method, path, body, headers);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Answer };
}

async function claimsTagged(tag: string): Promise<number> {
  return ((await (await fhirGet(generic, admin, `Claim?identifier=urn:test:security|${tag}`)).json()) as Bundle).entry?.length ?? 0;
}

describe("batch and transaction entries", () => {
  it("a batch of reads under patient/*.rs: another patient's entries get their own 403, searches stay in the compartment", async () => {
    const entry: BundleEntry[] = ["Patient/pat-oracle-1", `Condition/${B_CONDITION}`, "Encounter/enc-office-1", "Patient?_count=100", "Claim?_count=100", "Condition?_count=200"].map((url) => ({ request: { method: "GET", url } }));
    const { status, body } = await send(reader, "POST", "", { resourceType: "Bundle", type: "batch", entry });
    expect(status).toBe(200);
    const statuses = (body as Bundle).entry?.map((e) => e.response?.status);
    expect(statuses).toEqual(["403", "403", "200", "200", "200", "200"]);
    expect((body as Bundle).entry?.[0]?.response?.outcome).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "forbidden" }] });
    const found = ((body as Bundle).entry ?? []).slice(3).flatMap((e) => resourcesOf(e.resource as Bundle));
    expect(found.length).toBeGreaterThan(0);
    expect([...patientsIn(found)]).toEqual([A]);
  });

  it("a transaction that creates a Claim for another patient is refused whole; nothing is written", async () => {
    const entry = [
      { resource: claimFor(S, "tx-a"), request: { method: "POST", url: "Claim" } },
      { resource: claimFor(B, "tx-b"), request: { method: "POST", url: "Claim" } },
    ];
    const { status, body } = await send(writer, "POST", "", { resourceType: "Bundle", type: "transaction", entry });
    expect(status).toBe(403);
    expect(JSON.stringify(body)).toMatch(/nothing written: entry 2/);
    expect(await claimsTagged("tx-a")).toBe(0);
    expect(await claimsTagged("tx-b")).toBe(0);
  });

  it("a transaction that changes another patient's Condition is refused", async () => {
    const theirs = (await (await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).json()) as Condition;
    const entry = [{ resource: { ...theirs, subject: { reference: S } }, request: { method: "PUT", url: `Condition/${B_CONDITION}` } }];
    expect((await send(writer, "POST", "", { resourceType: "Bundle", type: "transaction", entry })).status).toBe(403);
    expect((await (await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).json()).meta.versionId).toBe(theirs.meta?.versionId);
  });

  it("a batch write for another patient gets a 403 entry while the launch patient's entry is written", async () => {
    const entry = [
      { resource: claimFor(B, "batch-b"), request: { method: "POST", url: "Claim" } },
      { resource: claimFor(S, "batch-a"), request: { method: "POST", url: "Claim" } },
    ];
    const { body } = await send(writer, "POST", "", { resourceType: "Bundle", type: "batch", entry });
    expect((body as Bundle).entry?.map((e) => e.response?.status)).toEqual(["403", "201"]);
    expect(await claimsTagged("batch-b")).toBe(0);
    expect(await claimsTagged("batch-a")).toBe(1);
  });

  it("an entry of a type the scopes do not grant is refused in a batch (user/ scopes)", async () => {
    const narrow = (await userTokens(generic, "openid fhirUser user/Condition.rs")).access_token;
    const entry = [{ request: { method: "GET", url: "Patient/pat-epic-1" } }, { request: { method: "GET", url: `Condition/${B_CONDITION}` } }];
    const { body } = await send(narrow, "POST", "", { resourceType: "Bundle", type: "batch", entry });
    expect((body as Bundle).entry?.map((e) => e.response?.status)).toEqual(["403", "200"]);
  });
});

describe("conditional writes are matched inside the compartment", () => {
  it("PUT Condition?_id=<B's> does not take B's Condition over", async () => {
    const before = (await (await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).json()) as Condition;
    const { status, body } = await send(writer, "PUT", `Condition?_id=${B_CONDITION}`, conditionFor(S, "takeover"));
    expect([200, 201, 403]).toContain(status);
    if (status !== 403) expect(body.id).not.toBe(B_CONDITION);
    const after = (await (await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).json()) as Condition;
    expect(after.meta?.versionId).toBe(before.meta?.versionId);
    expect(after.subject.reference).toBe(B);
  });

  // The body is a draft Coverage: where the server creates it for A, it stays out of every active-coverage read.
  it("PUT Coverage?beneficiary=<B> does not change B's Coverage", async () => {
    const before = (await (await fhirGet(generic, admin, "Coverage/cov-oracle-1")).json()) as Resource;
    await send(writer, "PUT", `Coverage?beneficiary=${B}`, { resourceType: "Coverage", status: "draft", beneficiary: { reference: S }, payor: [{ reference: "Organization/payer-medicare" }] });
    expect((await (await fhirGet(generic, admin, "Coverage/cov-oracle-1")).json()).meta.versionId).toBe(before.meta?.versionId);
  });

  it("a transaction's conditional update of B's Condition is refused or creates A's own, never B's", async () => {
    const entry = [{ resource: conditionFor(S, "tx-takeover"), request: { method: "PUT", url: `Condition?_id=${B_CONDITION}` } }];
    await send(writer, "POST", "", { resourceType: "Bundle", type: "transaction", entry });
    expect((await (await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).json()).subject.reference).toBe(B);
  });

  it("If-None-Exist naming B's resource neither returns it nor reveals that it exists", async () => {
    const { status, body } = await send(writer, "POST", "Condition", conditionFor(S, "ine"), { "if-none-exist": `_id=${B_CONDITION}` });
    expect(status).toBe(201);
    expect(body.id).not.toBe(B_CONDITION);
    expect(body.subject?.reference).toBe(S);
  });

  it("If-None-Exist matching many of B's resources is not a 412", async () => {
    const { status, body } = await send(writer, "POST", "Condition", conditionFor(S, "ine-many"), { "if-none-exist": `subject=${B}` });
    expect(status).toBe(201);
    expect(body.subject?.reference).toBe(S);
  });

  it("a batch entry's If-None-Exist is matched inside the compartment too", async () => {
    const entry = [{ resource: conditionFor(S, "batch-ine"), request: { method: "POST", url: "Condition", ifNoneExist: `_id=${B_CONDITION}` } }];
    const { body } = await send(writer, "POST", "", { resourceType: "Bundle", type: "batch", entry });
    expect((body as Bundle).entry?.[0]?.resource?.id).not.toBe(B_CONDITION);
  });

  it("a conditional delete under patient/ scopes only deletes in the compartment", async () => {
    await send(writer, "DELETE", `Condition?_id=${B_CONDITION}`);
    expect((await fhirGet(generic, admin, `Condition/${B_CONDITION}`)).status).toBe(200);
  });
});

describe("operations", () => {
  it("Claim/$submit for another patient is refused; for the launch patient it is accepted", async () => {
    expect((await send(writer, "POST", "Claim/$submit", { ...claimFor(B, "submit-b"), status: "active" })).status).toBe(403);
    expect(await claimsTagged("submit-b")).toBe(0);
    expect((await send(writer, "POST", "Claim/$submit", { ...claimFor(S, "submit-a"), status: "active" })).status).toBe(200);
  });

  it("a write pointing at another patient's Encounter is refused", async () => {
    const claim = { ...claimFor(S, "enc-b"), item: [{ sequence: 1, productOrService: { text: "x" }, encounter: [{ reference: "Encounter/enc-office-4" }] }] };
    expect((await send(writer, "POST", "Claim", claim)).status).toBe(403);
  });
});

describe("_include and _revinclude add only what the token may see", () => {
  it("Location?_revinclude=Encounter:location adds only the launch patient's Encounters", async () => {
    const bundle = (await (await fhirGet(generic, reader, "Location?_revinclude=Encounter:location&_count=50")).json()) as Bundle;
    const encounters = resourcesOf(bundle).filter((r) => r.resourceType === "Encounter");
    expect(encounters.length).toBeGreaterThan(0);
    expect([...patientsIn(encounters)]).toEqual([A]);
  });

  it("Organization?_revinclude=Coverage:payor adds only the launch patient's Coverage", async () => {
    const bundle = (await (await fhirGet(generic, reader, "Organization?_revinclude=Coverage:payor&_count=100")).json()) as Bundle;
    const coverages = resourcesOf(bundle).filter((r): r is Coverage => r.resourceType === "Coverage");
    expect(coverages.map((c) => c.id)).toContain("cov-epic-1");
    expect(new Set(coverages.map((c) => c.beneficiary.reference))).toEqual(new Set([A]));
  });

  it("_include does not follow a reference out of the launch patient's record", async () => {
    const made = (await (await fhirSend(generic, admin, "POST", "Condition", { ...conditionFor(S, "asserted"), asserter: { reference: B } })).json()) as Condition;
    const bundle = (await (await fhirGet(generic, readerOfS, `Condition?_id=${made.id ?? ""}&_include=Condition:asserter&_include=Condition:subject`)).json()) as Bundle;
    const patients = resourcesOf(bundle).filter((r) => r.resourceType === "Patient").map((r) => `Patient/${r.id ?? ""}`);
    expect(patients).toEqual([S]);
  });

  it("_include adds no resource of a type the scopes do not grant", async () => {
    const narrow = (await userTokens(generic, "openid fhirUser user/Condition.rs")).access_token;
    const bundle = (await (await fhirGet(generic, narrow, "Condition?subject=Patient/pat-epic-1&_include=Condition:subject&_include=Condition:encounter")).json()) as Bundle;
    expect(new Set(resourcesOf(bundle).map((r) => r.resourceType))).toEqual(new Set(["Condition"]));
  });

  it("user/ scopes with the types granted still get their includes", async () => {
    const bundle = (await (await fhirGet(generic, admin, "Encounter?_id=enc-office-2&_revinclude=Condition:encounter&_include=Encounter:subject")).json()) as Bundle;
    expect(new Set(resourcesOf(bundle).map((r) => r.resourceType))).toEqual(new Set(["Encounter", "Condition", "Patient"]));
  });
});

describe("paths that span patients", () => {
  it("type history and system search are refused under patient/ scopes", async () => {
    const history = await fhirGet(generic, reader, "Condition/_history");
    expect([403, 405]).toContain(history.status);
  });

  it("another patient's resource history and versions are refused (or not offered)", async () => {
    expect([403, 405]).toContain((await fhirGet(generic, reader, `Condition/${B_CONDITION}/_history`)).status);
    expect([403, 405]).toContain((await fhirGet(generic, reader, `Condition/${B_CONDITION}/_history/1`)).status);
  });
});
