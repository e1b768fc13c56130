import type { Condition } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { CodeWorkerRequest, CodeWorkerResponse } from "../../../src/ui/coding/code-worker-protocol.ts";
import { BACKGROUND, PRIORITY } from "../../../src/ui/coding/code-worker-protocol.ts";
import { createJobQueue } from "../../../src/ui/coding/code-worker-queue.ts";
import { createWorkerCodeService, type WorkerPort } from "../../../src/ui/coding/code-worker-client.ts";

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("the code worker's waiting line", () => {
  it("answers a search that waits behind the chart's suggestions first", async () => {
    const ran: string[] = [];
    const queue = createJobQueue();
    for (const name of ["suggest 1", "suggest 2", "suggest 3"]) queue.push({ priority: PRIORITY.suggest, run: () => void ran.push(name) });
    queue.push({ priority: PRIORITY.scrub, run: () => void ran.push("scrub") });
    queue.push({ priority: PRIORITY.search, run: () => void ran.push("search") });
    expect(ran).toEqual([]); // nothing runs before the code sets are loaded
    queue.start();
    await turn(); await turn(); await turn(); await turn(); await turn();
    expect(ran).toEqual(["search", "scrub", "suggest 1", "suggest 2", "suggest 3"]);
  });

  it("lets a search that arrives while suggestions run go before the suggestions still waiting", async () => {
    const ran: string[] = [];
    const queue = createJobQueue();
    queue.start();
    // The first suggestion runs at once; while it runs, a search arrives.
    queue.push({ priority: PRIORITY.suggest, run: async () => { ran.push("suggest 1"); queue.push({ priority: PRIORITY.search, run: () => void ran.push("search") }); } });
    queue.push({ priority: PRIORITY.suggest, run: () => void ran.push("suggest 2") });
    queue.push({ priority: PRIORITY.suggest, run: () => void ran.push("suggest 3") });
    for (let i = 0; i < 6; i++) await turn();
    expect(ran).toEqual(["suggest 1", "search", "suggest 2", "suggest 3"]);
    expect(queue.size).toBe(0);
  });

  it("runs background work (the code-set cache write, preloading the scrubber) only when no search, scrub or suggestion waits", async () => {
    const ran: string[] = [];
    const queue = createJobQueue();
    queue.push({ priority: BACKGROUND, run: () => void ran.push("save code sets") });
    queue.push({ priority: PRIORITY["preload-scrub"], run: async () => { ran.push("preload"); queue.push({ priority: PRIORITY.search, run: () => void ran.push("search") }); } });
    queue.push({ priority: PRIORITY.suggest, run: () => void ran.push("suggest") });
    queue.push({ priority: PRIORITY.scrub, run: () => void ran.push("scrub") });
    queue.start();
    for (let i = 0; i < 8; i++) await turn();
    expect(ran).toEqual(["scrub", "suggest", "save code sets", "preload", "search"]);
    expect(PRIORITY["preload-scrub"]).toBeGreaterThan(Math.max(PRIORITY.search, PRIORITY.lookup, PRIORITY.scrub, PRIORITY.suggest));
    expect(BACKGROUND).toBeGreaterThan(PRIORITY.suggest);
  });

  it("goes on after a job that throws", async () => {
    const ran: string[] = [];
    const queue = createJobQueue();
    queue.push({ priority: 0, run: () => { throw new Error("broken"); } });
    queue.push({ priority: 0, run: () => void ran.push("next") });
    queue.start();
    for (let i = 0; i < 3; i++) await turn();
    expect(ran).toEqual(["next"]);
  });
});

/** A worker that records what the page sent and answers when the test says so. */
function fakePort() {
  const sent: CodeWorkerRequest[] = [];
  const port: WorkerPort = { postMessage: (m) => void sent.push(m), onmessage: null, onerror: null };
  const answer = (response: CodeWorkerResponse) => port.onmessage?.({ data: response } as MessageEvent<CodeWorkerResponse>);
  return { port, sent, answer };
}

const condition = (id: string, text: string): Condition => ({ resourceType: "Condition", id, subject: { reference: "Patient/p" }, code: { text } });

describe("the code worker client", () => {
  it("sends the suggestions asked for in one turn as one message and resolves each from its own answer", async () => {
    const { port, sent, answer } = fakePort();
    const service = createWorkerCodeService(port);
    const first = service.suggestDiagnoses(condition("c1", "type 2 diabetes"), { dateOfService: "2026-11-20" });
    const second = service.suggestDiagnoses(condition("c2", "hypertension"), { dateOfService: "2026-11-20" });
    await Promise.resolve();
    expect(sent).toHaveLength(1);
    const request = sent[0] as Extract<CodeWorkerRequest, { method: "suggest" }>;
    expect(request.method).toBe("suggest");
    expect(request.conditions.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(request.dateOfService).toBe("2026-11-20");
    // The second condition's answer comes first: each promise takes its own part.
    answer({ id: request.id, part: 1, ok: true, result: [{ coding: { code: "I10" }, score: 1, reason: "r" }] });
    await expect(second).resolves.toEqual([{ coding: { code: "I10" }, score: 1, reason: "r" }]);
    answer({ id: request.id, part: 0, ok: false, error: "no index" });
    await expect(first).rejects.toThrow("no index");
  });

  it("sends a search at once, each with its own id", async () => {
    const { port, sent, answer } = fakePort();
    const service = createWorkerCodeService(port);
    const hits = service.search("chest pain");
    expect(sent).toEqual([expect.objectContaining({ method: "search", text: "chest pain" })]);
    answer({ id: sent[0]!.id, ok: true, result: [] });
    await expect(hits).resolves.toEqual([]);
  });

  it("asks the worker to preload the scrubber in one message and never fails the page when it cannot", async () => {
    const { port, sent, answer } = fakePort();
    const service = createWorkerCodeService(port);
    service.preloadScrubber?.();
    expect(sent).toEqual([expect.objectContaining({ method: "preload-scrub" })]);
    answer({ id: sent[0]!.id, ok: false, error: "The code sets are not loaded." });
    await turn();
  });
});
