/**
 * The sandbox EHR: FHIR R4 at /fhir (medplum engine, persona rules, SMART scopes), the SMART
 * authorization server at /auth, and the launcher at /. One log line per request unless quiet.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAuthorize } from "./auth/authorize.ts";
import { readClients, withLaunchedApp } from "./auth/clients.ts";
import { handlePatientSelection } from "./auth/patient-picker.ts";
import { SessionStore } from "./auth/session-store.ts";
import { createSandboxClock, type SandboxClock } from "./clock/sandbox-clock.ts";
import { shiftSeedDates } from "./clock/shift-seed-dates.ts";
import { handOffStates } from "./seed-build/hand-off-states.ts";
import { handleToken } from "./auth/token.ts";
import { createEngine, readSeed, type MedplumResource } from "./fhir/engine.ts";
import { handleFhir } from "./fhir/fhir-route.ts";
import { loadPersona, type Profile } from "./fhir/personas.ts";
import { answerPreflight, applyCors } from "./http/cors.ts";
import { BodyTooLarge, limitBody, sendOutcome } from "./http/respond.ts";
import { handleClearinghouse } from "./clearinghouse/clearinghouse-routes.ts";
import { handleLauncher } from "./launcher/launcher-routes.ts";
import { PayerSimulator } from "./payer/payer-simulator.ts";
import type { SandboxContext } from "./sandbox-context.ts";

export interface SandboxOptions {
  /** 0 picks a free port. Default 4000. */
  port?: number;
  profile?: Profile;
  appLaunchUrl?: string;
  tokenTtlSeconds?: number;
  /**
   * Time from the queued ClaimResponse to the payer's decision, on the sandbox clock (moving the
   * clock with `clockControl` brings the decision forward). Default 3000 ms.
   */
  payerDelayMs?: number;
  /**
   * YYYY-MM-DD. The seed's dates move so its newest encounter is 3 days before this date, and the
   * sandbox clock starts at this date (12:00 UTC) and runs from there. Default: today, on the real clock.
   */
  referenceDate?: string;
  quiet?: boolean;
  /** Request bodies larger than this get 413 before they are read. Default 4 MiB. */
  maxBodyBytes?: number;
  /** Batch/transaction Bundles with more entries get 413. Default 1000. */
  maxBundleEntries?: number;
  /** Time budget of one FHIR request; past it the request is stopped (504). Default 30000 ms. */
  requestTimeBudgetMs?: number;
  /** Refresh-token lifetime; each use rotates it. Default 86400. */
  refreshTtlSeconds?: number;
  /** Launch-id lifetime; each launch id is used once. Default 300. */
  launchTtlSeconds?: number;
  /**
   * Tests only: `POST /_test/clock?advanceSeconds=N` moves the sandbox clock forward, so expiry is
   * reached, and the payer's answers now due are given, without waiting. Never set by `npm run sandbox` or `npm start`.
   */
  clockControl?: boolean;
  /**
   * Tests only: the clock (milliseconds) each FHIR request's time budget is measured on, so a test
   * decides when the budget is spent. Default performance.now.
   */
  requestClock?: () => number;
}

export interface RunningSandbox {
  url: string;
  fhirBase: string;
  /** The sandbox's one clock (its referenceDate is the day the seed was moved to). */
  clock: SandboxClock;
  close(): Promise<void>;
}

async function route(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  applyCors(req, res);
  if (answerPreflight(req, res)) return;
  const declaredLength = Number(req.headers["content-length"] ?? 0);
  if (declaredLength > ctx.limits.maxBodyBytes) return refuseLargeBody(req, res, ctx.limits.maxBodyBytes);
  limitBody(req, ctx.limits.maxBodyBytes);
  const url = new URL(req.url ?? "/", ctx.url);
  const method = req.method ?? "GET";
  if (url.pathname === "/fhir" || url.pathname.startsWith("/fhir/")) return handleFhir(ctx, req, res, url);
  if (url.pathname === "/auth/authorize" && method === "GET") return handleAuthorize(ctx, req, res, url);
  if (url.pathname === "/auth/authorize/select" && method === "POST") return handlePatientSelection(ctx, req, res);
  if (url.pathname === "/auth/token" && method === "POST") return handleToken(ctx, req, res);
  if (url.pathname.startsWith("/clearinghouse") && (await handleClearinghouse(ctx, req, res, url))) return;
  if (method === "GET" && (await handleLauncher(ctx, res, url))) return;
  sendOutcome(res, 404, "not-found", `No route for ${method} ${url.pathname}`);
}

/** 413 at once; the rest of the body is discarded as it arrives, never kept, so the client can read the answer. */
function refuseLargeBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  sendOutcome(res, 413, "too-costly", new BodyTooLarge(limit).message);
  req.resume();
}

function logLine(req: IncomingMessage, res: ServerResponse, started: number): void {
  const path = (req.url ?? "").split("?")[0];
  console.log(`${req.method ?? "?"} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const realClock = createSandboxClock(options.referenceDate);
  let skewMs = 0;
  const clock: SandboxClock = { referenceDate: realClock.referenceDate, now: () => new Date(realClock.now().getTime() + skewMs) };
  const profile = options.profile ?? "generic";
  // A billing server holds no chart: only what the app writes to it.
  const chart = profile === "billing" ? [] : [...readSeed(), ...(handOffStates(profile) as MedplumResource[])];
  const seed = shiftSeedDates(chart, clock.referenceDate).resources;
  const engine = await createEngine(seed);
  const seededTypes = [...new Set(seed.map((r) => r.resourceType))];
  const ctxRef: { ctx?: SandboxContext } = {};
  const appLaunchUrl = options.appLaunchUrl ?? "http://localhost:5173/launch.html";
  const payer = new PayerSimulator(engine, options.payerDelayMs ?? 3000, clock.now, profile === "billing");
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    const started = performance.now();
    if (!options.quiet) res.on("finish", () => logLine(req, res, started));
    if (options.clockControl && req.method === "POST" && req.url?.startsWith("/_test/clock?")) {
      const seconds = Number(new URL(req.url, "http://sandbox").searchParams.get("advanceSeconds"));
      const valid = Number.isFinite(seconds) && seconds > 0;
      if (valid) skewMs += seconds * 1000;
      req.resume();
      // Answers once the payer's decisions now due are written: the test reads them next.
      void (valid ? payer.catchUp() : Promise.resolve()).then(() => {
        res.writeHead(valid ? 200 : 400, { "content-type": "application/json" }).end(JSON.stringify({ now: clock.now().toISOString() }));
      });
      return;
    }
    route(ctxRef.ctx as SandboxContext, req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        if (!res.headersSent) refuseLargeBody(req, res, error.limit);
        return;
      }
      if (!options.quiet) console.error(error);
      if (!res.headersSent) sendOutcome(res, 500, "exception", `Internal error: ${(error as Error).message}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4000, resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  const fhirBase = `${url}/fhir`;
  const urls = { fhirBase, authorize: `${url}/auth/authorize`, token: `${url}/auth/token` };
  ctxRef.ctx = {
    url, fhirBase, authorizeUrl: urls.authorize, tokenUrl: urls.token,
    persona: loadPersona(options.profile ?? "generic", urls, seededTypes),
    engine, store: new SessionStore(options.tokenTtlSeconds ?? 3600, () => clock.now().getTime(), { refreshTtlSeconds: options.refreshTtlSeconds ?? 86_400, launchTtlSeconds: options.launchTtlSeconds ?? 300 }), clients: withLaunchedApp(readClients(), appLaunchUrl),
    appLaunchUrl,
    idTokenSecret: randomBytes(32), defaultUser: "pr-rivera", payer, clock, requestClock: options.requestClock ?? (() => performance.now()),
    limits: { maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024, maxBundleEntries: options.maxBundleEntries ?? 1000, requestTimeBudgetMs: options.requestTimeBudgetMs ?? 30_000 },
  };
  return {
    url,
    fhirBase,
    clock,
    close: () => new Promise<void>((resolve, reject) => {
      payer.close();
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
