/**
 * Launch ids and refresh tokens: a launch id is used once and expires; /launch refuses ids that are
 * not FHIR ids or not on the server; a refresh token is rotated on use, bound to its client and expires.
 */
import { describe, expect, inject, it } from "vitest";
import { EHR_SCOPES, OFFICE_VISIT, authorize, createLaunch, launchAndGetTokens, newVerifier, postToken, redirectQuery, type TokenResponse } from "./smart-flow.ts";
import { SHORT_LIFETIMES, advanceSandboxClock } from "./sandbox-time.ts";

const { generic, shortTokens } = inject("sandboxes");

async function launchStatus(query: string): Promise<number> {
  return (await fetch(`${generic.url}/launch?${query}`, { redirect: "manual" })).status;
}

describe("/launch", () => {
  it("refuses unknown patient, encounter and user ids", async () => {
    expect(await launchStatus("patient=nobody&encounter=enc-office-1&user=pr-rivera")).toBe(400);
    expect(await launchStatus("patient=pat-epic-1&encounter=no-such-visit&user=pr-rivera")).toBe(400);
    expect(await launchStatus("patient=pat-epic-1&encounter=enc-office-1&user=no-such-user")).toBe(400);
    expect(await launchStatus("patient=pat-epic-1&encounter=enc-office-1&user=pr-rivera")).toBe(302);
  });

  it("refuses ids that are not FHIR ids, a repeated id, and another patient's encounter", async () => {
    expect(await launchStatus(`patient=${encodeURIComponent("pat-epic-1,Patient/pat-oracle-1")}`)).toBe(400);
    expect(await launchStatus(`patient=${encodeURIComponent("../Patient/pat-oracle-1")}`)).toBe(400);
    expect(await launchStatus("patient=pat-epic-1&patient=pat-oracle-1")).toBe(400);
    expect(await launchStatus("patient=pat-epic-1&encounter=enc-office-4")).toBe(400);
  });

  it("a launch id is used once", async () => {
    const launch = await createLaunch(generic, OFFICE_VISIT);
    const first = redirectQuery(await authorize(generic, { scope: EHR_SCOPES, launch }, newVerifier()));
    expect(first.get("code")).toBeTruthy();
    const second = redirectQuery(await authorize(generic, { scope: EHR_SCOPES, launch }, newVerifier()));
    expect(second.get("error")).toBe("invalid_request");
    expect(second.get("code")).toBeNull();
  });

  it("a launch id expires (LAUNCH_TTL_SECONDS)", async () => {
    const launch = await createLaunch(shortTokens, OFFICE_VISIT);
    await advanceSandboxClock(shortTokens, SHORT_LIFETIMES.launch + 1);
    expect(redirectQuery(await authorize(shortTokens, { scope: EHR_SCOPES, launch }, newVerifier())).get("error")).toBe("invalid_request");
  });
});

describe("refresh tokens", () => {
  const refresh = (sandbox: typeof generic, token: string, clientId?: string) =>
    postToken(sandbox, { grant_type: "refresh_token", refresh_token: token, ...(clientId ? { client_id: clientId } : {}) });

  it("are rotated: the answer carries a new one and the used one is refused afterwards", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, EHR_SCOPES);
    const first = await refresh(generic, tokens.refresh_token ?? "", "coding-app");
    expect(first.status).toBe(200);
    const rotated = (await first.json()) as TokenResponse;
    expect(rotated.refresh_token).toBeTruthy();
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    expect((await refresh(generic, tokens.refresh_token ?? "", "coding-app")).status).toBe(400);
    expect((await refresh(generic, rotated.refresh_token ?? "", "coding-app")).status).toBe(200);
  });

  it("need the client to name itself: a refresh without client_id is refused and the token stays usable", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, EHR_SCOPES);
    const response = await refresh(generic, tokens.refresh_token ?? "");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
    expect((await refresh(generic, tokens.refresh_token ?? "", "coding-app")).status).toBe(200);
  });

  it("are bound to their client: another client_id is refused and the token stays usable by its own", async () => {
    const tokens = await launchAndGetTokens(generic, OFFICE_VISIT, EHR_SCOPES);
    expect((await refresh(generic, tokens.refresh_token ?? "", "someone-else")).status).toBe(401);
    expect((await refresh(generic, tokens.refresh_token ?? "", "coding-app")).status).toBe(200);
  });

  it("expire (REFRESH_TTL_SECONDS)", async () => {
    const tokens = await launchAndGetTokens(shortTokens, OFFICE_VISIT, EHR_SCOPES);
    await advanceSandboxClock(shortTokens, SHORT_LIFETIMES.refresh + 1);
    const response = await refresh(shortTokens, tokens.refresh_token ?? "", "coding-app");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });
});
