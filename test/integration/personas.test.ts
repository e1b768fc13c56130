import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CapabilityStatement, ChargeItem, Parameters } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { EHR_SCOPES, OFFICE_VISIT, fhirGet, fhirSend, launchAndGetTokens } from "./smart-flow.ts";

const { epic, oracle } = inject("sandboxes");
const EXAMPLES = resolve(import.meta.dirname, "../fixtures/vendors/oracle-health/examples");

function oracleExample(name: string): Parameters {
  return JSON.parse(readFileSync(resolve(EXAMPLES, name), "utf8")) as Parameters;
}

const TRANSACTION = { resourceType: "Bundle", type: "transaction", entry: [{ resource: { resourceType: "Basic", code: { text: "x" } }, request: { method: "POST", url: "Basic" } }] };

describe("epic persona", () => {
  let token = "";
  beforeAll(async () => {
    token = (await launchAndGetTokens(epic, OFFICE_VISIT, EHR_SCOPES)).access_token;
  });

  it("serves Epic's CapabilityStatement and smart-configuration with endpoints rewritten to the sandbox", async () => {
    const statement = (await (await fetch(`${epic.fhirBase}/metadata`)).json()) as CapabilityStatement;
    expect(statement.software?.name).toBe("Epic");
    const oauth = statement.rest?.[0]?.security?.extension?.find((e) => e.url.endsWith("oauth-uris"));
    expect(oauth?.extension?.find((e) => e.url === "authorize")?.valueUri).toBe(`${epic.url}/auth/authorize`);
    const smart = await (await fetch(`${epic.fhirBase}/.well-known/smart-configuration`)).json();
    expect(smart).toMatchObject({ token_endpoint: `${epic.url}/auth/token`, code_challenge_methods_supported: ["S256"] });
    expect(JSON.stringify(smart)).not.toContain("fhir.epic.com");
  });

  it("refuses ChargeItem entirely and Claim writes, allows Claim and EOB reads", async () => {
    expect((await fhirSend(epic, token, "POST", "ChargeItem", { resourceType: "ChargeItem" })).status).toBe(405);
    expect((await fhirGet(epic, token, "ChargeItem?_count=1")).status).toBe(405);
    expect((await fhirSend(epic, token, "POST", "Claim", { resourceType: "Claim" })).status).toBe(405);
    expect((await fhirGet(epic, token, "Claim?_count=5")).status).toBe(200);
    expect((await fhirGet(epic, token, "ExplanationOfBenefit?patient=pat-epic-1")).status).toBe(200);
  });

  it("refuses transactions and batches", async () => {
    const response = await fhirSend(epic, token, "POST", "", TRANSACTION);
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome" });
    expect((await fhirSend(epic, token, "POST", "", { ...TRANSACTION, type: "batch" })).status).toBe(405);
  });

  it("refuses search parameters Epic does not declare", async () => {
    expect((await fhirGet(epic, token, "Claim?patient=pat-epic-1")).status).toBe(400);
    expect((await fhirGet(epic, token, "Condition?encounter=enc-office-1")).status).toBe(200);
  });
});

describe("oracle persona", () => {
  let token = "";
  beforeAll(async () => {
    token = (await launchAndGetTokens(oracle, OFFICE_VISIT, EHR_SCOPES)).access_token;
  });

  function createParameters(transactionId: string): Parameters {
    const parameters = oracleExample("chargeitem-create-request.json");
    const item = parameters.parameter?.[0]?.resource as ChargeItem;
    item.subject = { reference: "Patient/pat-epic-1" };
    item.context = { reference: "Encounter/enc-office-1" };
    item.performer = [{ ...item.performer?.[0], actor: { reference: "Practitioner/pr-rivera" } }];
    const tx = parameters.parameter?.find((p) => p.name === "transactionId");
    if (tx) tx.valueUuid = transactionId;
    return parameters;
  }

  async function createCharge(transactionId: string): Promise<ChargeItem> {
    const response = await fhirSend(oracle, token, "POST", "ChargeItem/$create", createParameters(transactionId));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBe(`${oracle.fhirBase}/ChargeItem/$create`);
    const found = (await (await fhirGet(oracle, token, "ChargeItem?context=Encounter/enc-office-1&_count=1000")).json()) as { entry: { resource: ChargeItem }[] };
    const item = found.entry.map((e) => e.resource).find((r) => r.identifier?.some((i) => i.value === transactionId));
    if (!item) throw new Error(`no ChargeItem carries transactionId ${transactionId}`);
    return item;
  }

  it("creates a ChargeItem with $create from Oracle's example payload shape", async () => {
    const item = await createCharge("urn:uuid:0b9c7f7e-1111-4a1a-9a1a-000000000001");
    expect(item).toMatchObject({ resourceType: "ChargeItem", status: "billable", context: { reference: "Encounter/enc-office-1" } });
    const found = await (await fhirGet(oracle, token, "ChargeItem?context=Encounter/enc-office-1")).json();
    expect(found.entry.map((e: { resource: ChargeItem }) => e.resource.id)).toContain(item.id);
  });

  it("refuses a $create for an encounter that does not exist", async () => {
    const parameters = createParameters("urn:uuid:0b9c7f7e-1111-4a1a-9a1a-000000000002");
    (parameters.parameter?.[0]?.resource as ChargeItem).context = { reference: "Encounter/nope" };
    expect((await fhirSend(oracle, token, "POST", "ChargeItem/$create", parameters)).status).toBe(400);
  });

  it("replaces a ChargeItem with $modify and offsets one with $credit", async () => {
    const original = await createCharge("urn:uuid:0b9c7f7e-1111-4a1a-9a1a-000000000003");
    const modify = oracleExample("chargeitem-modify-request.json");
    const item = modify.parameter?.[0]?.resource as ChargeItem;
    Object.assign(item, { subject: { reference: "Patient/pat-epic-1" }, context: { reference: "Encounter/enc-office-1" } });
    const replacing = item.extension?.find((e) => e.url.endsWith("/replacing"));
    if (replacing) Object.assign(replacing, { valueReference: { reference: `ChargeItem/${original.id}` }, extension: [{ url: "item-version", valueId: original.meta?.versionId }] });
    const modified = await fhirSend(oracle, token, "POST", "ChargeItem/$modify", modify);
    expect(modified.status).toBe(201);
    expect((await (await fhirGet(oracle, token, `ChargeItem/${original.id}`)).json()).status).toBe("entered-in-error");
    const replacement = (await (await fetch(modified.headers.get("location") ?? "", { headers: { authorization: `Bearer ${token}` } })).json()) as ChargeItem;
    const credit = oracleExample("chargeitem-credit-request.json");
    for (const p of credit.parameter ?? []) {
      if (p.name === "versionId") p.valueId = replacement.meta?.versionId;
      if (p.name === "subject") p.valueReference = replacement.subject;
      if (p.name === "context") p.valueReference = replacement.context;
    }
    const credited = await fhirSend(oracle, token, "POST", `ChargeItem/${replacement.id}/$credit`, credit);
    expect(credited.status).toBe(201);
    const offset = (await (await fetch(credited.headers.get("location") ?? "", { headers: { authorization: `Bearer ${token}` } })).json()) as ChargeItem;
    expect(offset.quantity?.value).toBe(-(replacement.quantity?.value ?? 0));
    expect(offset.partOf?.[0]?.reference).toBe(`ChargeItem/${replacement.id}`);
  });

  it("answers $create, $modify and $credit with the status, Location, ETag and empty body Oracle documents", async () => {
    const documented = JSON.parse(readFileSync(resolve(EXAMPLES, "chargeitem-operations-http.json"), "utf8")) as { operations: { section: string; response: { status: number; headers: Record<string, string> } }[] };
    const expected = (section: string) => documented.operations.find((o) => o.section === section)?.response;
    const vendorPath = (location: string) => location.replace(/^https:\/\/[^/]+\/r4\/[^/]+/, "");
    const check = (response: Response, section: string, location: RegExp) => {
      const doc = expected(section);
      expect(response.status, section).toBe(doc?.status);
      expect(response.headers.get("content-length"), section).toBe(doc?.headers["Content-Length"]);
      expect(response.headers.get("etag"), section).toMatch(/^W\/"[^"]+"$/);
      expect(vendorPath(doc?.headers["Location"] ?? ""), section).toMatch(location);
      expect(response.headers.get("location")?.slice(oracle.fhirBase.length), section).toMatch(location);
    };
    const transactionId = "urn:uuid:0b9c7f7e-1111-4a1a-9a1a-000000000004";
    check(await fhirSend(oracle, token, "POST", "ChargeItem/$create", createParameters(transactionId)), "Create", /^\/ChargeItem\/\$create$/);
    const found = (await (await fhirGet(oracle, token, "ChargeItem?context=Encounter/enc-office-1&_count=1000")).json()) as { entry: { resource: ChargeItem }[] };
    const original = found.entry.map((e) => e.resource).find((r) => r.identifier?.some((i) => i.value === transactionId));
    const modify = oracleExample("chargeitem-modify-request.json");
    const item = modify.parameter?.[0]?.resource as ChargeItem;
    Object.assign(item, { subject: { reference: "Patient/pat-epic-1" }, context: { reference: "Encounter/enc-office-1" } });
    const replacing = item.extension?.find((e) => e.url.endsWith("/replacing"));
    if (replacing) Object.assign(replacing, { valueReference: { reference: `ChargeItem/${original?.id}` }, extension: [{ url: "item-version", valueId: original?.meta?.versionId }] });
    const modified = await fhirSend(oracle, token, "POST", "ChargeItem/$modify", modify);
    check(modified, "Modify", /^\/ChargeItem\/[A-Za-z0-9\-.]+$/);
    const replacement = (await (await fetch(modified.headers.get("location") ?? "", { headers: { authorization: `Bearer ${token}` } })).json()) as ChargeItem;
    const credit = oracleExample("chargeitem-credit-request.json");
    for (const p of credit.parameter ?? []) {
      if (p.name === "versionId") p.valueId = replacement.meta?.versionId;
      if (p.name === "subject") p.valueReference = replacement.subject;
      if (p.name === "context") p.valueReference = replacement.context;
    }
    check(await fhirSend(oracle, token, "POST", `ChargeItem/${replacement.id}/$credit`, credit), "Credit", /^\/ChargeItem\/[A-Za-z0-9\-.]+$/);
  });

  it("refuses a plain POST ChargeItem, any Claim, and transactions; accepts batches", async () => {
    const plain = await fhirSend(oracle, token, "POST", "ChargeItem", { resourceType: "ChargeItem", status: "billable", code: { text: "x" }, subject: { reference: "Patient/pat-epic-1" } });
    expect(plain.status).toBe(405);
    expect((await fhirGet(oracle, token, "Claim?_count=1")).status).toBe(405);
    expect((await fhirSend(oracle, token, "POST", "", TRANSACTION)).status).toBe(405);
    const batch = await fhirSend(oracle, token, "POST", "", { resourceType: "Bundle", type: "batch", entry: [{ request: { method: "GET", url: "Encounter/enc-office-1" } }] });
    expect(batch.status).toBe(200);
  });
});
