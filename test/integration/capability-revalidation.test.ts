import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { capabilityCacheKey, loadCapabilityStatement } from "../../src/fhir/capability-cache.ts";
import { loadEncounterContext } from "../../src/fhir/context/load-encounter-context.ts";
import { createFhirGateway } from "../../src/fhir/fhir-gateway.ts";

import { DEFAULT_SCOPES } from "../../src/smart/smart-config.ts";
import { launchAndGetTokens, OFFICE_VISIT } from "./smart-flow.ts";

const { generic, epic } = inject("sandboxes");

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

/** fetch that records each answer's status and ETag. */
function recordingFetch() {
  const answers: { status: number; etag: string | null; ifNoneMatch: string | null }[] = [];
  const run: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    answers.push({ status: response.status, etag: response.headers.get("etag"), ifNoneMatch: new Headers(init?.headers).get("if-none-match") });
    return response;
  };
  return { run, answers };
}

describe("CapabilityStatement revalidation against the sandbox", () => {
  it("answers 200 with a strong ETag, then 304 to a matching If-None-Match; the copy is reused", async () => {
    const storage = memoryStorage();
    const { run, answers } = recordingFetch();
    const first = await loadCapabilityStatement({ baseUrl: generic.fhirBase, storage, fetch: run });
    const again = await loadCapabilityStatement({ baseUrl: generic.fhirBase, storage, fetch: run });
    expect(again).toEqual(first);
    expect(first.resourceType).toBe("CapabilityStatement");
    expect(answers.map((a) => a.status)).toEqual([200, 304]);
    expect(answers[0]?.etag).toMatch(/^"[^"]+"$/);
    expect(answers[1]?.ifNoneMatch).toBe(answers[0]?.etag);
  });

  it("another server's statement has its own ETag and its own copy", async () => {
    const storage = memoryStorage();
    const { run, answers } = recordingFetch();
    const a = await loadCapabilityStatement({ baseUrl: generic.fhirBase, storage, fetch: run });
    const b = await loadCapabilityStatement({ baseUrl: epic.fhirBase, storage, fetch: run });
    expect(answers.map((x) => x.status)).toEqual([200, 200]);
    expect(answers[0]?.etag).not.toBe(answers[1]?.etag);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    const stale = await fetch(`${generic.fhirBase}/metadata`, { headers: { "if-none-match": answers[1]?.etag ?? "" } });
    expect(stale.status).toBe(200);
  });
});

describe("chart reads on the kept statement against the sandbox", () => {
  let token = "";
  beforeAll(async () => {
    token = (await launchAndGetTokens(generic, OFFICE_VISIT, `launch ${DEFAULT_SCOPES}`)).access_token;
  });
  afterEach(() => vi.restoreAllMocks());

  /** The gateway of a launch, logging each request as it leaves and when /metadata answers. */
  function launch(storage: ReturnType<typeof memoryStorage>) {
    const log: string[] = [];
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      const response = await realFetch(input, init);
      if (String(input instanceof Request ? input.url : input).endsWith("/metadata")) log.push(`metadata answered ${response.status}`);
      return response;
    });
    const gateway = createFhirGateway({ baseUrl: generic.fhirBase, getAccessToken: async () => token, capabilityStorage: storage, onRequest: (method, url) => void log.push(`${method} ${url.replace(generic.fhirBase, "")}`) });
    return { gateway, log };
  }

  it("a warm launch sends the chart's first batch before the revalidation (a 304) answers; nothing changed", async () => {
    const storage = memoryStorage();
    await loadCapabilityStatement({ baseUrl: generic.fhirBase, storage });
    const { gateway, log } = launch(storage);
    const context = await loadEncounterContext(gateway, { patientId: "pat-epic-1", encounterId: "enc-office-1" });
    expect(context.encounter?.id).toBe("enc-office-1");
    expect(await gateway.capabilitiesChanged()).toBe(false);
    expect(log).toContain("metadata answered 304");
    expect(log.indexOf("GET /metadata")).toBe(0);
    expect(log.indexOf("POST ")).toBeLessThan(log.indexOf("metadata answered 304"));
  });

  it("a kept copy the server no longer serves is reported as changed; the next reads use the server's statement", async () => {
    const storage = memoryStorage();
    const real = await loadCapabilityStatement({ baseUrl: generic.fhirBase, storage });
    const key = capabilityCacheKey(generic.fhirBase);
    const kept = JSON.parse(storage.getItem(key) ?? "{}") as { storedAt: number };
    storage.setItem(key, JSON.stringify({ ...kept, etag: '"an-older-version"', statement: { ...real, software: { name: "older" } } }));
    const { gateway, log } = launch(storage);
    expect((await gateway.capabilitiesForReads()).software?.name).toBe("older");
    expect(await gateway.capabilitiesChanged()).toBe(true);
    expect(log).toContain("metadata answered 200");
    expect(await gateway.capabilitiesForReads()).toEqual(real);
  });
});
