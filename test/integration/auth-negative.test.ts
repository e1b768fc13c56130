import { beforeAll, describe, expect, inject, it } from "vitest";
import { EHR_SCOPES, OFFICE_VISIT, authorize, codeExchange, createLaunch, fhirGet, launchAndGetTokens, newVerifier, postToken, redirectQuery } from "./smart-flow.ts";
import { SHORT_LIFETIMES, advanceSandboxClock } from "./sandbox-time.ts";

const { generic, shortTokens } = inject("sandboxes");

async function codeFor(verifier: string): Promise<string> {
  const launch = await createLaunch(generic, OFFICE_VISIT);
  return redirectQuery(await authorize(generic, { scope: EHR_SCOPES, launch }, verifier)).get("code") ?? "";
}

describe("authorize refuses bad requests", () => {
  it("shows an error page, not a redirect, for an unregistered redirect URI", async () => {
    const response = await authorize(generic, { scope: EHR_SCOPES, redirectUri: "http://evil.example/cb" }, newVerifier());
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("is not registered");
  });

  it("shows an error page for an unknown client", async () => {
    const response = await authorize(generic, { scope: EHR_SCOPES, clientId: "nobody" }, newVerifier());
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
  });

  it.each([
    ["no PKCE", { pkce: false }, "invalid_request"],
    ["plain PKCE", { codeChallengeMethod: "plain" }, "invalid_request"],
    ["a wrong aud", { aud: "http://localhost:1/fhir" }, "invalid_request"],
    ["no understood scope", { scope: "banana" }, "invalid_scope"],
  ])("redirects back with an error for %s, echoing state", async (_name, change, error) => {
    const response = await authorize(generic, { scope: EHR_SCOPES, state: "s-42", ...change }, newVerifier());
    expect(response.status).toBe(302);
    const query = redirectQuery(response);
    expect(query.get("error")).toBe(error);
    expect(query.get("state")).toBe("s-42");
    expect(query.get("code")).toBeNull();
  });

  it("answers access_denied when the user refuses the launch", async () => {
    const launch = await createLaunch(generic, { ...OFFICE_VISIT, deny: true });
    const query = redirectQuery(await authorize(generic, { scope: EHR_SCOPES, launch }, newVerifier()));
    expect(query.get("error")).toBe("access_denied");
  });

  it("refuses an unknown launch token", async () => {
    const query = redirectQuery(await authorize(generic, { scope: EHR_SCOPES, launch: "made-up" }, newVerifier()));
    expect(query.get("error")).toBe("invalid_request");
  });
});

describe("token refuses bad exchanges", () => {
  it("refuses a wrong code_verifier", async () => {
    const code = await codeFor(newVerifier());
    const response = await postToken(generic, codeExchange(code, newVerifier()));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a code used twice", async () => {
    const verifier = newVerifier();
    const code = await codeFor(verifier);
    expect((await postToken(generic, codeExchange(code, verifier))).status).toBe(200);
    const second = await postToken(generic, codeExchange(code, verifier));
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a redirect_uri other than the one authorized", async () => {
    const verifier = newVerifier();
    const code = await codeFor(verifier);
    const response = await postToken(generic, { ...codeExchange(code, verifier), redirect_uri: "http://localhost:5173/" });
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a missing client_id with 401 invalid_client", async () => {
    const verifier = newVerifier();
    const { client_id: _dropped, ...form } = codeExchange(await codeFor(verifier), verifier);
    const response = await postToken(generic, form);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
  });

  it("refuses an unsupported grant type", async () => {
    const response = await postToken(generic, { grant_type: "password", client_id: "coding-app" });
    expect(await response.json()).toMatchObject({ error: "unsupported_grant_type" });
  });
});

describe("the FHIR API refuses bad tokens and scopes", () => {
  let tokenForOfficeVisit = "";
  beforeAll(async () => {
    tokenForOfficeVisit = (await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/Condition.rs patient/Patient.r")).access_token;
  });

  it("answers 401 with WWW-Authenticate and an OperationOutcome without a token", async () => {
    const response = await fetch(`${generic.fhirBase}/Patient/pat-epic-1`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome" });
  });

  it("answers 401 for an expired token", async () => {
    const tokens = await launchAndGetTokens(shortTokens, OFFICE_VISIT, EHR_SCOPES);
    expect((await fhirGet(shortTokens, tokens.access_token, "Patient/pat-epic-1")).status).toBe(200);
    await advanceSandboxClock(shortTokens, SHORT_LIFETIMES.token + 1);
    const response = await fhirGet(shortTokens, tokens.access_token, "Patient/pat-epic-1");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("answers 403 for a resource type outside the granted scopes", async () => {
    const response = await fhirGet(generic, tokenForOfficeVisit, "Encounter/enc-office-1");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "forbidden" }] });
  });

  it("answers 403 for an interaction outside the granted letters (read but not search)", async () => {
    expect((await fhirGet(generic, tokenForOfficeVisit, "Patient/pat-epic-1")).status).toBe(200);
    expect((await fhirGet(generic, tokenForOfficeVisit, "Patient?_id=pat-epic-1")).status).toBe(403);
  });

  it("answers 403 for another patient's record under patient/ scopes", async () => {
    expect((await fhirGet(generic, tokenForOfficeVisit, "Patient/pat-oracle-1")).status).toBe(403);
    expect((await fhirGet(generic, tokenForOfficeVisit, "Condition/cond-office-4-dm")).status).toBe(403);
  });

  it("lets patient/ scopes write the launch patient's data only", async () => {
    const writer = (await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/Condition.cru")).access_token;
    const condition = (patient: string, id: string) => ({ resourceType: "Condition", id, code: { text: "Cough" }, subject: { reference: `Patient/${patient}` } });
    const put = (body: { id: string }) => fetch(`${generic.fhirBase}/Condition/${body.id}`, { method: "PUT", headers: { authorization: `Bearer ${writer}`, "content-type": "application/fhir+json" }, body: JSON.stringify(body) });
    expect((await put(condition("pat-epic-1", "cond-written-by-app"))).status).toBe(201);
    expect((await put(condition("pat-oracle-1", "cond-other-patient"))).status).toBe(403);
    expect((await put({ ...condition("pat-epic-1", "cond-office-4-dm") })).status).toBe(403);
  });

  it("narrows patient/ searches to the launch patient", async () => {
    const bundle = await (await fhirGet(generic, tokenForOfficeVisit, "Condition?_count=100")).json();
    const subjects = new Set(bundle.entry.map((e: { resource: { subject: { reference: string } } }) => e.resource.subject.reference));
    expect([...subjects]).toEqual(["Patient/pat-epic-1"]);
  });
});
