/**
 * A long request does not starve others: batches and transactions yield to the event loop, so
 * /metadata answers while they run; past REQUEST_TIME_BUDGET_MS a batch's remaining entries each
 * answer 504 and a transaction is rolled back whole (504). The budget cases run against a sandbox
 * of their own whose request clock the test moves (each Condition search advances it 1 ms), so
 * where the budget runs out is the same on any machine, however fast or loaded.
 */
import { request } from "node:http";
import type { Bundle, BundleEntry, OperationOutcome } from "fhir/r4";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { JournalRepository } from "../../smart-launch/fhir/journal-repository.ts";
import { startSandbox, type RunningSandbox } from "../../smart-launch/server.ts";
import { REFERENCE_DATE } from "../reference-date.ts";
import type { SandboxUrls } from "./global-setup.ts";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const BUDGET_MS = 250;
const SEARCH_MS = 1;

const conditionSearches = (count: number): BundleEntry[] => Array.from({ length: count }, (_, i) => ({ request: { method: "GET", url: `Condition?code=no-such-code-${i}` } }));

async function postBundle(sandbox: SandboxUrls, token: string, bundle: Bundle): Promise<Response> {
  return fetch(sandbox.fhirBase, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json" }, body: JSON.stringify(bundle) });
}

/**
 * Sends a Bundle; resolves `sent` once its whole body has been handed to the connection (the
 * event a second request waits for, instead of a fixed pause) and `answer` with the response.
 */
function sendBundle(sandbox: SandboxUrls, token: string, bundle: Bundle): { sent: Promise<void>; answer: Promise<{ status: number; json(): Promise<unknown> }> } {
  const body = JSON.stringify(bundle);
  let sentDone: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => { sentDone = resolve; });
  const answer = new Promise<{ status: number; json(): Promise<unknown> }>((resolve, reject) => {
    const req = request(sandbox.fhirBase, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: async () => JSON.parse(Buffer.concat(chunks).toString("utf8")) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.on("finish", sentDone);
    req.end(body);
  });
  return { sent, answer };
}

/** Which of the two answers came first: a long Bundle, or /metadata asked for once the Bundle was sent. */
async function firstAnswer(sandbox: SandboxUrls, token: string, bundle: Bundle): Promise<{ order: string[]; bundle: { status: number; json(): Promise<unknown> } }> {
  const order: string[] = [];
  const { sent, answer } = sendBundle(sandbox, token, bundle);
  const long = answer.then((response) => (order.push("bundle"), response));
  await sent;
  const metadata = await fetch(`${sandbox.fhirBase}/metadata`);
  order.push(`metadata ${metadata.status}`);
  return { order, bundle: await long };
}

describe("a long request does not starve others", () => {
  let token = "";
  beforeAll(async () => {
    token = (await userTokens(generic)).access_token;
  });

  it("/metadata answers before a 1000-search batch does", { timeout: 120_000 }, async () => {
    const { order, bundle } = await firstAnswer(generic, token, { resourceType: "Bundle", type: "batch", entry: conditionSearches(1000) });
    expect(order).toEqual(["metadata 200", "bundle"]);
    expect(bundle.status).toBe(200);
    const entries = ((await bundle.json()) as Bundle).entry ?? [];
    expect(entries.map((e) => e.response?.status?.slice(0, 3))).toEqual(Array(1000).fill("200"));
  });

  it("/metadata answers before a 1000-search transaction does", { timeout: 120_000 }, async () => {
    const { order, bundle } = await firstAnswer(generic, token, { resourceType: "Bundle", type: "transaction", entry: conditionSearches(1000) });
    expect(order).toEqual(["metadata 200", "bundle"]);
    expect(bundle.status).toBe(200);
  });
});

describe(`past REQUEST_TIME_BUDGET_MS (${BUDGET_MS} ms), on a request clock the test moves`, () => {
  let sandbox: RunningSandbox;
  let token = "";
  /** The sandbox's request clock: it moves only when a Condition search runs, by SEARCH_MS each. */
  let now = 0;
  let searches = 0;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, requestTimeBudgetMs: BUDGET_MS, requestClock: () => now });
    token = (await userTokens(sandbox)).access_token;
    const search = JournalRepository.prototype.search;
    vi.spyOn(JournalRepository.prototype, "search").mockImplementation(async function (this: JournalRepository, request) {
      const answer = await search.call(this, request);
      if (request.resourceType === "Condition") {
        searches++;
        now += SEARCH_MS;
      }
      return answer as never;
    });
  }, 120_000);

  afterAll(async () => {
    vi.restoreAllMocks();
    await sandbox?.close();
  });

  beforeEach(() => {
    searches = 0;
  });

  // Each search brings the clock SEARCH_MS nearer the budget: the search that starts with the clock
  // exactly at the budget still runs; the next one starts past it and is the first stopped.
  const WITHIN = BUDGET_MS / SEARCH_MS;

  it(`a batch whose ${WITHIN} searches end exactly at the budget runs them all`, async () => {
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "batch", entry: conditionSearches(WITHIN) });
    expect(response.status).toBe(200);
    const entries = ((await response.json()) as Bundle).entry ?? [];
    expect(entries.map((e) => e.response?.status?.slice(0, 3))).toEqual(Array(WITHIN).fill("200"));
    expect(searches).toBe(WITHIN);
  });

  it("a batch stops at the first search started past the budget: it and every entry after it answer 504, each naming the budget", async () => {
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "batch", entry: conditionSearches(1000) });
    expect(response.status).toBe(200);
    const entries = ((await response.json()) as Bundle).entry ?? [];
    expect(entries.map((e) => e.response?.status?.slice(0, 3))).toEqual([...Array(WITHIN + 1).fill("200"), ...Array(1000 - WITHIN - 1).fill("504")]);
    expect(searches).toBe(WITHIN + 1);
    for (const entry of [entries[WITHIN + 1], entries.at(-1)]) {
      const outcome = entry?.response?.outcome as OperationOutcome;
      expect(outcome.issue[0]).toMatchObject({ code: "timeout" });
      expect(outcome.issue[0]?.details?.text).toContain(`REQUEST_TIME_BUDGET_MS = ${BUDGET_MS} ms`);
    }
  });

  const tasks = (tag: string): BundleEntry[] => Array.from({ length: 20 }, () => ({
    resource: { resourceType: "Task", status: "draft", intent: "order", identifier: [{ system: "urn:test:budget", value: tag }] },
    request: { method: "POST", url: "Task" },
  }));
  const written = async (tag: string) => ((await (await fhirGet(sandbox, token, `Task?identifier=urn:test:budget|${tag}`)).json()) as Bundle).entry ?? [];

  it(`a transaction whose ${WITHIN} searches end exactly at the budget is written whole`, async () => {
    const tag = `within-${now}`;
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "transaction", entry: [...tasks(tag), ...conditionSearches(WITHIN)] });
    expect(response.status).toBe(200);
    expect(await written(tag)).toHaveLength(20);
  });

  it("a transaction with a search started past the budget is rolled back whole and answers 504 naming the budget", async () => {
    const tag = `past-${now}`;
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "transaction", entry: [...tasks(tag), ...conditionSearches(900)] });
    expect(response.status).toBe(504);
    expect(searches).toBe(WITHIN + 1);
    const text = ((await response.json()) as OperationOutcome).issue[0]?.details?.text ?? "";
    expect(text).toBe(`Transaction rolled back, nothing written. Stopped: the request used up this server's time budget per request (REQUEST_TIME_BUDGET_MS = ${BUDGET_MS} ms).`);
    expect(await written(tag)).toEqual([]);
  });
});
