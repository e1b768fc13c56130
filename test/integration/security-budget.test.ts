/**
 * A long request does not starve others: batches and transactions yield to the event loop, so
 * /metadata answers while they run; past REQUEST_TIME_BUDGET_MS a batch's remaining entries each
 * answer 504 and a transaction is rolled back whole (504). The budget cases run against a sandbox
 * of their own, started as `npm run sandbox` is, with the budget set in its environment.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { resolve } from "node:path";
import type { Bundle, BundleEntry, OperationOutcome } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REFERENCE_DATE } from "../reference-date.ts";
import type { SandboxUrls } from "./global-setup.ts";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const BUDGET_MS = 250;
const ROOT = resolve(import.meta.dirname, "../..");

const searches = (count: number): BundleEntry[] => Array.from({ length: count }, (_, i) => ({ request: { method: "GET", url: `Condition?code=no-such-code-${i}` } }));

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
    const { order, bundle } = await firstAnswer(generic, token, { resourceType: "Bundle", type: "batch", entry: searches(1000) });
    expect(order).toEqual(["metadata 200", "bundle"]);
    expect(bundle.status).toBe(200);
    const entries = ((await bundle.json()) as Bundle).entry ?? [];
    expect(entries.map((e) => e.response?.status?.slice(0, 3))).toEqual(Array(1000).fill("200"));
  });

  it("/metadata answers before a 1000-search transaction does", { timeout: 120_000 }, async () => {
    const { order, bundle } = await firstAnswer(generic, token, { resourceType: "Bundle", type: "transaction", entry: searches(1000) });
    expect(order).toEqual(["metadata 200", "bundle"]);
    expect(bundle.status).toBe(200);
  });
});

describe(`past REQUEST_TIME_BUDGET_MS (${BUDGET_MS} ms)`, () => {
  let child: ChildProcess;
  let sandbox: SandboxUrls;
  let token = "";

  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", "tsx", "smart-launch/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0", QUIET: "1", SANDBOX_REFERENCE_DATE: REFERENCE_DATE, REQUEST_TIME_BUDGET_MS: String(BUDGET_MS) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    sandbox = await new Promise<SandboxUrls>((done, fail) => {
      let out = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const base = /FHIR base:\s+(\S+)/.exec(out)?.[1];
        if (base) done({ url: base.replace(/\/fhir$/, ""), fhirBase: base });
      });
      child.on("exit", (code) => fail(new Error(`sandbox exited with ${code}: ${out}`)));
    });
    token = (await userTokens(sandbox)).access_token;
  }, 120_000);

  afterAll(() => {
    child?.kill();
  });

  it("a batch answers its remaining entries 504, each naming the budget; the entries before the stop ran", { timeout: 120_000 }, async () => {
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "batch", entry: searches(1000) });
    expect(response.status).toBe(200);
    const entries = ((await response.json()) as Bundle).entry ?? [];
    expect(entries).toHaveLength(1000);
    const statuses = entries.map((e) => e.response?.status?.slice(0, 3));
    const firstStopped = statuses.indexOf("504");
    expect(firstStopped).toBeGreaterThanOrEqual(0);
    expect(statuses.slice(0, firstStopped).every((s) => s === "200")).toBe(true);
    expect(statuses.slice(firstStopped).every((s) => s === "504")).toBe(true);
    const outcome = entries.at(-1)?.response?.outcome as OperationOutcome;
    expect(outcome.issue[0]).toMatchObject({ code: "timeout" });
    expect(outcome.issue[0]?.details?.text).toContain(`REQUEST_TIME_BUDGET_MS = ${BUDGET_MS} ms`);
  });

  it("a transaction is rolled back whole and answers 504 naming the budget", { timeout: 120_000 }, async () => {
    const tag = `budget-${Date.now()}`;
    const creates: BundleEntry[] = Array.from({ length: 20 }, () => ({
      resource: { resourceType: "Task", status: "draft", intent: "order", identifier: [{ system: "urn:test:budget", value: tag }] },
      request: { method: "POST", url: "Task" },
    }));
    const response = await postBundle(sandbox, token, { resourceType: "Bundle", type: "transaction", entry: [...creates, ...searches(900)] });
    expect(response.status).toBe(504);
    const text = ((await response.json()) as OperationOutcome).issue[0]?.details?.text ?? "";
    // Stopped while its entries were checked ("refused") or while they ran ("rolled back"): nothing written either way.
    expect(text).toMatch(/^Transaction (rolled back|refused), nothing written/);
    expect(text).toContain(`REQUEST_TIME_BUDGET_MS = ${BUDGET_MS} ms`);
    const found = (await (await fhirGet(sandbox, token, `Task?identifier=urn:test:budget|${tag}`)).json()) as Bundle;
    expect(found.resourceType).toBe("Bundle");
    expect(found.entry ?? []).toHaveLength(0);
  });
});
