/** Everything a sandbox route needs, built once by startSandbox. */
import type { RegisteredClient } from "./auth/clients.ts";
import type { SessionStore } from "./auth/session-store.ts";
import type { SandboxClock } from "./clock/sandbox-clock.ts";
import type { FhirEngine } from "./fhir/engine.ts";
import type { Persona } from "./fhir/personas.ts";
import type { PayerSimulator } from "./payer/payer-simulator.ts";

export interface SandboxContext {
  /** Origin of the sandbox, e.g. http://localhost:4000 */
  url: string;
  /** e.g. http://localhost:4000/fhir */
  fhirBase: string;
  authorizeUrl: string;
  tokenUrl: string;
  persona: Persona;
  engine: FhirEngine;
  store: SessionStore;
  clients: RegisteredClient[];
  appLaunchUrl: string;
  idTokenSecret: Buffer;
  /** The practitioner a standalone launch logs in as when none is picked. */
  defaultUser: string;
  /** Adjudicates created Claims into ClaimResponses. */
  payer: PayerSimulator;
  /** The sandbox's one clock: every date rule reads "now" from it. */
  clock: SandboxClock;
  /** The clock a FHIR request's time budget is measured on, in milliseconds (performance.now). */
  requestClock: () => number;
  limits: SandboxLimits;
}

export interface SandboxLimits {
  /** Larger request bodies get 413 before they are read (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Larger batch/transaction Bundles get 413 (MAX_BUNDLE_ENTRIES). */
  maxBundleEntries: number;
  /**
   * Time budget of one FHIR request (REQUEST_TIME_BUDGET_MS): past it the request is stopped with
   * a 504 OperationOutcome (a transaction rolled back whole; a batch's remaining entries each get one).
   */
  requestTimeBudgetMs: number;
}
