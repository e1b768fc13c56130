/**
 * Each vendor persona checked against its vendor's own documents (test/fixtures/vendors, byte
 * copies of ../shared/fixtures/vendors): the CapabilityStatement it serves, every write interaction
 * of every type (listed: accepted; not listed: 405), batch/transaction, operations, every declared
 * search parameter (answered, or 501 where the engine cannot evaluate it; never "unknown"), and the
 * smart-configuration, less only what the README lists as not served.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SandboxUrls } from "./global-setup.ts";
import { fhirGet, fhirSend, postToken, userTokens } from "./smart-flow.ts";

const sandboxes = inject("sandboxes");
const VENDORS = resolve(import.meta.dirname, "../fixtures/vendors");
const readVendor = <T>(file: string): T => JSON.parse(readFileSync(resolve(VENDORS, file), "utf8")) as T;

/** The documented differences (README, "Sandbox personas and their vendor documents"). */
const NOT_SERVED_KEYS = ["revocation_endpoint", "management_endpoint", "introspection_endpoint", "jwks_uri", "registration_endpoint", "token_endpoint_auth_signing_alg_values_supported", "token_endpoint_auth_methods_supported"];
const SERVED_GRANTS = ["authorization_code", "refresh_token"];
const NOT_SERVED_CAPABILITIES = ["client-confidential-symmetric", "client-confidential-asymmetric", "authorize-post", "context-style", "health-cards"];
const WRITES = ["create", "update", "patch", "delete"] as const;
const MATCHES_NOTHING = new Set(["reference", "token", "string", "uri"]);
const VALUE_BY_TYPE: Record<string, string> = { date: "ge2020-01-01", number: "1", reference: "Patient/none-such", token: "none-such", string: "none-such", uri: "http://none-such.example", quantity: "1" };

const PERSONAS = [
  { name: "epic", sandbox: sandboxes.epic, statement: "epic/capability-statement-r4.json", smart: "epic/smart-configuration.json" },
  { name: "oracle", sandbox: sandboxes.oracle, statement: "oracle-health/capability-statement-r4-secure.json", smart: "oracle-health/smart-configuration-provider.json" },
] as const;

function restOf(statement: CapabilityStatement) {
  const rest = statement.rest?.[0];
  if (!rest) throw new Error("no rest");
  return rest;
}

function lists(resource: CapabilityStatementRestResource, code: string): boolean {
  return (resource.interaction ?? []).some((i) => i.code === code);
}

/** A request for one write interaction on a type; `existing` is an id of that type on the server, if any. */
function writeProbe(sandbox: SandboxUrls, token: string, type: string, write: (typeof WRITES)[number], existing: string | undefined): Promise<Response> {
  const id = existing ?? "sbx-probe-none";
  if (write === "create") return fhirSend(sandbox, token, "POST", type, { resourceType: type });
  if (write === "update") return fhirSend(sandbox, token, "PUT", `${type}/${id}`, { resourceType: type, id });
  if (write === "patch") return fetch(`${sandbox.fhirBase}/${type}/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json-patch+json" }, body: JSON.stringify([{ op: "test", path: "/resourceType", value: type }]) });
  return fetch(`${sandbox.fhirBase}/${type}/sbx-probe-none`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
}

describe.each(PERSONAS)("$name persona against its vendor's documents", ({ sandbox, statement: statementFile, smart: smartFile }) => {
  const vendor = readVendor<CapabilityStatement>(statementFile);
  const vendorSmart = readVendor<Record<string, unknown>>(smartFile);
  const resources = restOf(vendor).resource ?? [];
  let token = "";
  const existing = new Map<string, string>();

  beforeAll(async () => {
    token = (await userTokens(sandbox, "openid fhirUser user/*.cruds user/*.read user/*.write")).access_token;
    for (const resource of resources.filter((r) => lists(r, "search-type") && (r.interaction ?? []).some((i) => i.code === "update" || i.code === "patch"))) {
      const found = (await (await fhirGet(sandbox, token, `${resource.type}?_count=1`)).json()) as { entry?: { resource: { id: string } }[] };
      const id = found.entry?.[0]?.resource.id;
      if (id) existing.set(resource.type, id);
    }
  }, 120_000);

  it("serves the vendor's CapabilityStatement, its endpoints rewritten to the sandbox", async () => {
    const served = (await (await fetch(`${sandbox.fhirBase}/metadata`)).json()) as CapabilityStatement;
    expect(restOf(served).resource).toEqual(resources);
    expect(restOf(served).interaction).toEqual(restOf(vendor).interaction);
    expect(served.software).toEqual(vendor.software);
    expect(JSON.stringify(restOf(served).security)).toContain(`${sandbox.url}/auth/token`);
  });

  it("serves the vendor's smart-configuration, less only what the sandbox does not serve", async () => {
    const served = (await (await fetch(`${sandbox.fhirBase}/.well-known/smart-configuration`)).json()) as Record<string, unknown>;
    expect(served).toMatchObject({ issuer: sandbox.fhirBase, authorization_endpoint: `${sandbox.url}/auth/authorize`, token_endpoint: `${sandbox.url}/auth/token` });
    for (const key of NOT_SERVED_KEYS) expect(served[key], key).toBeUndefined();
    expect(served["grant_types_supported"]).toEqual((vendorSmart["grant_types_supported"] as string[]).filter((g) => SERVED_GRANTS.includes(g)));
    expect(served["capabilities"]).toEqual((vendorSmart["capabilities"] as string[]).filter((c) => !NOT_SERVED_CAPABILITIES.includes(c)));
    const rest = Object.keys(vendorSmart).filter((k) => ![...NOT_SERVED_KEYS, "issuer", "authorization_endpoint", "token_endpoint", "grant_types_supported", "capabilities"].includes(k));
    for (const key of rest) expect(served[key], key).toEqual(vendorSmart[key]);
  });

  it("refuses the grant types it does not advertise and a PKCE method other than the listed ones", async () => {
    const response = await postToken(sandbox, { grant_type: "client_credentials", client_id: "coding-app" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "unsupported_grant_type" });
    expect(vendorSmart["code_challenge_methods_supported"]).toEqual(["S256"]);
  });

  it("grants only scopes its scopes_supported offers", async () => {
    const listed = (vendorSmart["scopes_supported"] as string[]).filter((s) => s.includes("/"));
    const granted = (await userTokens(sandbox, "openid fhirUser user/ChargeItem.cruds user/Claim.cruds")).scope.split(" ");
    if (listed.length === 0) expect(granted).toEqual(expect.arrayContaining(["user/ChargeItem.cruds", "user/Claim.cruds"]));
    else for (const scope of granted.filter((s) => s.includes("/"))) expect(listed.some((l) => l.split(".")[0] === scope.split(".")[0]), scope).toBe(true);
  });

  it.each(WRITES)("answers %s as listed for every type: not listed, 405; listed, accepted", async (write) => {
    const problems: string[] = [];
    for (const resource of resources) {
      const response = await writeProbe(sandbox, token, resource.type, write, existing.get(resource.type));
      const text = JSON.stringify(await response.json().catch(() => ({})));
      const refusedAsUndeclared = response.status === 405 && text.includes("is not supported by this server");
      const listed = lists(resource, write);
      const createByUpdate = write === "update" && !existing.has(resource.type) && text.includes("does not create resources by update");
      if (!listed && !refusedAsUndeclared) problems.push(`${resource.type} ${write}: ${response.status}, expected 405`);
      if (listed && response.status === 405 && !createByUpdate) problems.push(`${resource.type} ${write}: 405 ${text}`);
      if (listed && [403, 501].includes(response.status)) problems.push(`${resource.type} ${write}: ${response.status} ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it("refuses an update that would create unless the vendor lists updateCreate, and If-None-Exist unless it lists conditionalCreate", async () => {
    for (const resource of resources.filter((r) => lists(r, "update") && r.updateCreate !== true)) {
      const response = await writeProbe(sandbox, token, resource.type, "update", undefined);
      expect(response.status, resource.type).toBe(405);
    }
    for (const resource of resources.filter((r) => lists(r, "create") && r.conditionalCreate !== true)) {
      const response = await fhirSend(sandbox, token, "POST", resource.type, { resourceType: resource.type }, { "if-none-exist": "_id=none-such" });
      expect(response.status, resource.type).toBe(405);
    }
  });

  it("takes batch and transaction exactly as listed", async () => {
    const listed = (restOf(vendor).interaction ?? []).map((i) => i.code);
    for (const type of ["batch", "transaction"] as const) {
      const bundle = { resourceType: "Bundle", type, entry: [{ request: { method: "GET", url: "Patient?_id=pat-epic-1" } }] };
      const response = await fhirSend(sandbox, token, "POST", "", bundle);
      expect(response.status, type).toBe(listed.includes(type) ? 200 : 405);
    }
  });

  it("declares no operation it refuses as unknown, and refuses one it does not declare", async () => {
    for (const resource of resources.filter((r) => r.operation?.length)) {
      for (const operation of resource.operation ?? []) {
        const response = await fhirSend(sandbox, token, "POST", `${resource.type}/$${operation.name}`, { resourceType: "Parameters" });
        expect(response.status, `${resource.type}/$${operation.name}`).not.toBe(405);
      }
    }
    expect((await fhirSend(sandbox, token, "POST", "Claim/$submit", { resourceType: "Bundle" })).status).toBe(405);
  });

  it("honours every declared search parameter (or says 501 where the sandbox cannot), and refuses an undeclared one", { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const resource of resources) {
      const probe = await fhirGet(sandbox, token, `${resource.type}?_count=1`);
      if (!lists(resource, "search-type")) {
        if (probe.status !== 405) problems.push(`${resource.type} search: ${probe.status}, expected 405`);
        continue;
      }
      for (const param of resource.searchParam ?? []) {
        const value = VALUE_BY_TYPE[param.type];
        if (!value || param.name.startsWith("_")) continue;
        const response = await fhirGet(sandbox, token, `${resource.type}?${encodeURIComponent(param.name)}=${encodeURIComponent(value)}&_count=1`);
        if (![200, 501].includes(response.status)) problems.push(`${resource.type}?${param.name}: ${response.status} ${await response.text()}`);
        // A value that matches nothing finds nothing: the parameter is evaluated, not ignored.
        const found = response.status === 200 ? (((await response.json()) as { entry?: unknown[] }).entry ?? []) : [];
        if (MATCHES_NOTHING.has(param.type) && found.length > 0) problems.push(`${resource.type}?${param.name}=${value}: found ${found.length}`);
      }
      const unknown = await fhirGet(sandbox, token, `${resource.type}?no-such-param=x`);
      if (unknown.status !== 400) problems.push(`${resource.type}?no-such-param: ${unknown.status}`);
    }
    expect(problems).toEqual([]);
  });
});
