/**
 * Resource limits and malformed input: bodies over MAX_BODY_BYTES get 413 before they are read,
 * Bundles over the entry limit 413, malformed input a 4xx OperationOutcome (never a 500), paging
 * parameters are checked. Long requests and the time budget: security-budget.test.ts.
 */
import type { Bundle } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const MAX_BODY_BYTES = 4 * 1024 * 1024;
let token = "";

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${generic.fhirBase}/${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json", ...headers }, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

async function expectOutcome(response: Response, status: number): Promise<void> {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome" });
}

describe("request size", () => {
  it("refuses a body over MAX_BODY_BYTES with 413, with or without a token", async () => {
    const big = "x".repeat(MAX_BODY_BYTES + 1);
    await expectOutcome(await post("", big), 413);
    await expectOutcome(await fetch(`${generic.fhirBase}/Patient`, { method: "POST", body: big }), 413);
    await expectOutcome(await fetch(`${generic.url}/auth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: big }), 413);
  });

  it("refuses a streamed body (no Content-Length) once it passes the limit", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await post("", stream);
    expect(response.status).toBe(413);
  });

  it("refuses a Bundle over the entry limit with 413 naming the limit", async () => {
    const entry = Array.from({ length: 1001 }, () => ({ request: { method: "GET", url: "Patient/pat-epic-1" } }));
    const response = await post("", JSON.stringify({ resourceType: "Bundle", type: "batch", entry }));
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).toContain("1000");
  });
});

describe("malformed input is a 4xx OperationOutcome", () => {
  it.each([["empty", ""], ["null", "null"], ["a number", "42"], ["a string", '"x"'], ["not a Bundle", '{"resourceType":"Patient"}'], ["a Bundle without entries", '{"resourceType":"Bundle","type":"batch"}'], ["a collection", '{"resourceType":"Bundle","type":"collection","entry":[{}]}'], ["a transaction entry without a request", '{"resourceType":"Bundle","type":"transaction","entry":[{}]}']])(
    "POST /fhir with %s",
    async (_name, body) => {
      const response = await post("", body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { resourceType?: string }).resourceType).toBe("OperationOutcome");
    },
  );

  it("a batch entry without a request gets its own 400", async () => {
    const response = await post("", JSON.stringify({ resourceType: "Bundle", type: "batch", entry: [{}] }));
    expect(((await response.json()) as Bundle).entry?.[0]?.response?.status).toBe("400");
  });

  it("a bad percent-escape in the path, in a batch entry's URL, and a bad JSON body", async () => {
    await expectOutcome(await fhirGet(generic, token, "Patient/%E0%A4%A"), 400);
    const entry = [{ request: { method: "GET", url: "Patient/%E0%A4%A" } }];
    const batch = (await (await post("", JSON.stringify({ resourceType: "Bundle", type: "batch", entry }))).json()) as Bundle;
    expect(batch.entry?.[0]?.response?.status).toBe("400");
    await expectOutcome(await post("Patient", "{"), 400);
  });

  it.each(["_count=-1", "_offset=-5", "_count=abc", "_count=1e3", "_offset=1.5"])("refuses %s", async (query) => {
    await expectOutcome(await fhirGet(generic, token, `Condition?${query}`), 400);
  });

  it("refuses bad paging in a batch entry, and accepts _count=0", async () => {
    const entry = [{ request: { method: "GET", url: "Condition?_count=-1" } }];
    const batch = (await (await post("", JSON.stringify({ resourceType: "Bundle", type: "batch", entry }))).json()) as Bundle;
    expect(batch.entry?.[0]?.response?.status).toBe("400");
    expect((await fhirGet(generic, token, "Condition?_count=0")).status).toBe(200);
  });
});
