import { describe, expect, inject, it } from "vitest";
import { EHR_SCOPES, OFFICE_VISIT, authorize, codeExchange, fhirGet, launchAndGetTokens, newVerifier, postToken, redirectQuery, type TokenResponse } from "./smart-flow.ts";
import { SHORT_LIFETIMES, advanceSandboxClock } from "./sandbox-time.ts";

const { generic, shortTokens } = inject("sandboxes");

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const [, payload = ""] = jwt.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("EHR launch", () => {
  it("resolves the launch to patient, encounter and user in the token response", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, EHR_SCOPES);
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 3600, patient: "pat-epic-1", encounter: "enc-office-1", fhirUser: `${generic.fhirBase}/Practitioner/pr-rivera` });
    expect(tokens.scope.split(" ")).toEqual(expect.arrayContaining(["launch", "patient/*.cruds"]));
  });

  it("asks for a patient banner in a new window but not inside the EHR frame", async () => {
    expect((await launchAndGetTokens(generic, OFFICE_VISIT, EHR_SCOPES)).need_patient_banner).toBe(true);
    expect((await launchAndGetTokens(generic, { ...OFFICE_VISIT, embedded: true }, EHR_SCOPES)).need_patient_banner).toBe(false);
  });

  it("does not grant v2 scopes narrowed by a query it cannot enforce", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/Condition.rs?category=problem-list-item patient/Patient.r");
    expect(tokens.scope.split(" ")).toEqual(["launch", "patient/Patient.r"]);
    expect((await fhirGet(generic, tokens.access_token, "Condition?patient=pat-epic-1")).status).toBe(403);
  });

  it("echoes state with the code", async () => {
    const response = await authorize(generic, { scope: "user/*.rs", state: "abc-987" }, newVerifier());
    const query = redirectQuery(response);
    expect(query.get("state")).toBe("abc-987");
    expect(query.get("code")).toBeTruthy();
  });

  it("issues an id_token with sub, fhirUser, aud, iss, iat and exp when openid fhirUser is asked", async () => {
    const tokens = await launchAndGetTokens(generic, { ...OFFICE_VISIT, user: "pr-chen" }, EHR_SCOPES);
    const claims = decodeJwtPayload(tokens.id_token ?? "");
    expect(claims).toMatchObject({ sub: "pr-chen", aud: "coding-app", iss: generic.fhirBase, fhirUser: `${generic.fhirBase}/Practitioner/pr-chen` });
    expect(Number(claims["exp"])).toBeGreaterThan(Number(claims["iat"]));
  });

  it("issues no id_token or refresh_token when they are not asked", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/*.rs");
    expect(tokens.id_token).toBeUndefined();
    expect(tokens.refresh_token).toBeUndefined();
  });

  it("understands v1 scopes: patient/*.read allows reading but not writing", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, "launch patient/*.read");
    expect((await fhirGet(generic, tokens.access_token, "Encounter/enc-office-1")).status).toBe(200);
    const write = await fetch(`${generic.fhirBase}/Condition/cond-office-1-htn`, { method: "PUT", headers: { authorization: `Bearer ${tokens.access_token}`, "content-type": "application/fhir+json" }, body: "{}" });
    expect(write.status).toBe(403);
  });
});

describe("refresh_token", () => {
  it("gets a fresh access token after the first one expired", async () => {
    const tokens = await launchAndGetTokens(shortTokens, OFFICE_VISIT, EHR_SCOPES);
    expect(tokens.refresh_token).toBeTruthy();
    await advanceSandboxClock(shortTokens, SHORT_LIFETIMES.token + 1);
    expect((await fhirGet(shortTokens, tokens.access_token, "Encounter/enc-office-1")).status).toBe(401);
    const response = await postToken(shortTokens, { grant_type: "refresh_token", refresh_token: tokens.refresh_token ?? "", client_id: "coding-app" });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as TokenResponse;
    expect(refreshed).toMatchObject({ patient: "pat-epic-1", encounter: "enc-office-1" });
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await fhirGet(shortTokens, refreshed.access_token, "Encounter/enc-office-1")).status).toBe(200);
  });

  it("refuses an unknown refresh token", async () => {
    const response = await postToken(generic, { grant_type: "refresh_token", refresh_token: "nope", client_id: "coding-app" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });
});

describe("standalone launch", () => {
  it("asks which patient with a labelled form, then redirects with a code for that patient", async () => {
    const verifier = newVerifier();
    const page = await authorize(generic, { scope: "launch/patient openid fhirUser patient/*.rs", state: "st-1" }, verifier);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<label for="patient">Patient</label>');
    expect(html).toContain('<label for="user">User</label>');
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1] ?? "", (m[2] ?? "").replace(/&#(\d+);/g, (_x, c: string) => String.fromCharCode(Number(c)))]);
    const form = new URLSearchParams([...hidden, ["patient", "pat-oracle-1"], ["user", "pr-chen"], ["decision", "allow"]]);
    const answer = await fetch(`${generic.url}/auth/authorize/select`, { method: "POST", body: form, redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" } });
    const query = redirectQuery(answer);
    expect(query.get("state")).toBe("st-1");
    const tokens = (await (await postToken(generic, codeExchange(query.get("code") ?? "", verifier))).json()) as TokenResponse;
    expect(tokens).toMatchObject({ patient: "pat-oracle-1", fhirUser: `${generic.fhirBase}/Practitioner/pr-chen` });
  });
});
