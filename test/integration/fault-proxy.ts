/**
 * A small HTTP proxy in front of a sandbox that injects one fault into the next matching request:
 * - "lost-after-commit": forwards, lets the server commit, then destroys the client's socket
 *   (the client sees a network error and cannot know the write happened);
 * - "502-after-commit": forwards, then answers 502 without the server's body;
 * - "500-before-commit": answers 500 with an OperationOutcome and forwards nothing;
 * - "timeout": forwards (the server commits) and never answers: the client gives up;
 * - "late-commit": holds the request until the client has given up, then forwards it: it reaches
 *   the server after the client stopped waiting, typically while the client retries.
 * Both wait for the client to close its connection (its own timeout), not for a fixed time, so a
 * slow machine cannot turn a normal request into a fault or a fault into an answer.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "lost-after-commit" | "502-after-commit" | "500-before-commit" | "timeout" | "late-commit";

export interface FaultRule {
  fault: Fault;
  /** Which request: method and path after /fhir/ ("" for a transaction, "Claim", "ChargeItem/$create"). */
  method?: string;
  path?: string;
  /** Only a Bundle of this type (a transaction, not the batch of reads that goes to the same URL). */
  bundleType?: "transaction" | "batch";
}

export interface FaultProxy {
  fhirBase: string;
  /** Arms a one-shot fault for the next request that matches. */
  inject(rule: FaultRule): void;
  /** Requests seen and faults fired, for the report. */
  stats: { requests: number; forwarded: number; faultsFired: number };
  /** Resolves once every request the proxy has seen has been answered or dropped (late commits included). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

interface Upstream { status: number; headers: IncomingMessage["headers"]; body: Buffer }

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks))).on("error", reject);
  });
}

function send(target: URL, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: target.host, "content-length": String(body.length) };
    const upstream = forward({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (res) => {
      readAll(res).then((data) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data }), reject);
    });
    upstream.on("error", reject);
    upstream.end(body);
  });
}

function matches(rule: FaultRule, req: IncomingMessage, body: Buffer): boolean {
  const path = new URL(req.url ?? "/", "http://proxy").pathname.replace(/^\/fhir\/?/, "");
  const type = rule.bundleType ? /"type"\s*:\s*"(transaction|batch)"/.exec(body.toString("utf8"))?.[1] : undefined;
  return (!rule.method || rule.method === req.method) && (rule.path === undefined || rule.path === path) && (!rule.bundleType || type === rule.bundleType);
}

function reply(res: ServerResponse, upstream: Upstream): void {
  const { "transfer-encoding": _te, connection: _c, ...headers } = upstream.headers;
  res.writeHead(upstream.status, { ...headers, "content-length": String(upstream.body.length) });
  res.end(upstream.body);
}

const OUTCOME_500 = JSON.stringify({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: "Injected fault: the server failed before writing anything." }] });

interface ProxyState { target: URL; maxHoldMs: number; stats: FaultProxy["stats"] }

/** Resolves when the client has closed the connection (it gave up), or after maxMs at most. */
function clientGone(res: ServerResponse, maxMs: number): Promise<void> {
  if (res.destroyed || res.socket?.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    res.once("close", () => (clearTimeout(timer), resolve()));
  });
}

/** Forwards one request, bent by its fault. */
async function answer(state: ProxyState, fault: Fault | undefined, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
  if (fault === "500-before-commit") {
    res.writeHead(500, { "content-type": "application/fhir+json" }).end(OUTCOME_500);
    return;
  }
  if (fault === "late-commit") await clientGone(res, state.maxHoldMs);
  state.stats.forwarded++;
  const upstream = await send(state.target, req, body);
  if (fault === "lost-after-commit") return void req.socket.destroy();
  if (fault === "502-after-commit") return void res.writeHead(502, { "content-type": "text/plain" }).end("Bad gateway");
  if (fault !== "timeout") return void (res.destroyed || reply(res, upstream));
  await clientGone(res, state.maxHoldMs);
  if (!res.destroyed) res.destroy();
}

/** `maxHoldMs`: how long a held request waits at most for its client to give up (a safety net, not a timing). */
export async function startFaultProxy(targetUrl: string, maxHoldMs = 60_000): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const rules: FaultRule[] = [];
  const stats = { requests: 0, forwarded: 0, faultsFired: 0 };
  const pending = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    stats.requests++;
    const work = readAll(req).then((body) => {
      const index = rules.findIndex((rule) => matches(rule, req, body));
      const rule = index >= 0 ? rules.splice(index, 1)[0] : undefined;
      if (rule) stats.faultsFired++;
      return answer({ target, maxHoldMs, stats }, rule?.fault, req, body, res);
    }).catch(() => void res.destroy());
    pending.add(work);
    void work.finally(() => pending.delete(work));
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    fhirBase: `${url}/fhir`,
    inject: (rule) => void rules.push(rule),
    stats,
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
