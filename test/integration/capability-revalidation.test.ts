import { describe, expect, inject, it } from "vitest";
import { loadCapabilityStatement } from "../../src/fhir/capability-cache.ts";

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
