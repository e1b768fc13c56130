/**
 * Starts one sandbox per persona (and one with short-lived tokens, launch ids and refresh tokens)
 * on free ports, once for the whole integration project, all at the tests' reference date, and
 * hands their URLs to the tests with `provide`. The lifetimes are long enough for a loaded machine;
 * tests that are about expiry move the clock of the short-lived and billing sandboxes forward
 * (sandbox-time.ts) instead of waiting.
 */
import type { TestProject } from "vitest/node";
import { startSandbox, type RunningSandbox } from "../../smart-launch/server.ts";
import { REFERENCE_DATE } from "../reference-date.ts";
import { SHORT_LIFETIMES } from "./sandbox-time.ts";

export interface SandboxUrls {
  url: string;
  fhirBase: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sandboxes: { generic: SandboxUrls; epic: SandboxUrls; oracle: SandboxUrls; shortTokens: SandboxUrls; billing: SandboxUrls };
  }
}

const urlsOf = (s: RunningSandbox): SandboxUrls => ({ url: s.url, fhirBase: s.fhirBase });

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [generic, epic, oracle, shortTokens, billing] = await Promise.all([
    startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, payerDelayMs: 200 }),
    startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, profile: "epic" }),
    startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, profile: "oracle" }),
    startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, tokenTtlSeconds: SHORT_LIFETIMES.token, launchTtlSeconds: SHORT_LIFETIMES.launch, refreshTtlSeconds: SHORT_LIFETIMES.refresh, clockControl: true }),
    startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, profile: "billing", payerDelayMs: 200, tokenTtlSeconds: SHORT_LIFETIMES.billingToken, clockControl: true }),
  ]);
  project.provide("sandboxes", { generic: urlsOf(generic), epic: urlsOf(epic), oracle: urlsOf(oracle), shortTokens: urlsOf(shortTokens), billing: urlsOf(billing) });
  return async () => {
    await Promise.all([generic.close(), epic.close(), oracle.close(), shortTokens.close(), billing.close()]);
  };
}
