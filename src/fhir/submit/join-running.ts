import type { SubmissionPlan } from "../../billing/write-path/planned-requests.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import type { SubmissionOutcome } from "./submission-outcome.ts";

const running = new WeakMap<FhirGateway, Map<string, Promise<SubmissionOutcome>>>();

/** The same plan already running on this gateway (a double click) is joined, not run again. */
export function joinRunning(gateway: FhirGateway, plan: SubmissionPlan, run: () => Promise<SubmissionOutcome>): Promise<SubmissionOutcome> {
  const key = JSON.stringify(plan.requests.map((r) => [r.method, r.url, r.headers, r.body]));
  const forGateway = running.get(gateway) ?? new Map<string, Promise<SubmissionOutcome>>();
  running.set(gateway, forGateway);
  const existing = forGateway.get(key);
  if (existing) return existing;
  const promise = run().finally(() => forGateway.delete(key));
  forGateway.set(key, promise);
  return promise;
}
