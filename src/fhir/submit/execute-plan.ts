import type { SubmissionPlan } from "../../billing/write-path/planned-requests.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { joinRunning } from "./join-running.ts";
import { sendPlannedRequest } from "./send-planned-request.ts";
import type { ExecuteOptions, SubmissionOutcome, WrittenResource } from "./submission-outcome.ts";

/**
 * Runs a submission plan in order: urn:uuid placeholders are replaced by what earlier requests
 * created, the first failure stops the run and is reported with what is on the server and what
 * was not sent. Every write is conditional, so running the same plan again after any failure
 * completes what is missing without duplicates. A second call with the same plan while the
 * first is still running (a double click) joins the first instead of sending anything.
 */
export function executePlan(gateway: FhirGateway, plan: SubmissionPlan, options: ExecuteOptions = {}): Promise<SubmissionOutcome> {
  return joinRunning(gateway, plan, () => runPlan(gateway, plan, options));
}

async function runPlan(gateway: FhirGateway, plan: SubmissionPlan, options: ExecuteOptions): Promise<SubmissionOutcome> {
  if (plan.requests.length === 0) {
    if (plan.download) return { kind: "exported", download: plan.download };
    return { kind: "done", written: [] };
  }
  const total = plan.requests.length;
  const written: WrittenResource[] = [];
  let resolved: Record<string, string> = {};
  for (const [index, request] of plan.requests.entries()) {
    options.onProgress?.(index, total, request.label);
    const notSent = plan.requests.slice(index + 1).map((r) => r.label);
    if (options.signal?.aborted) {
      return { kind: "partial", done: written, failed: { label: request.label, error: cancelled() }, notSent };
    }
    const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? 30_000)]) : undefined;
    const step = await sendPlannedRequest(gateway, request, resolved, signal);
    written.push(...step.written);
    if (!step.ok) return { kind: "partial", done: written, failed: step.failed, notSent };
    resolved = { ...resolved, ...step.resolved };
  }
  options.onProgress?.(total, total, plan.requests[total - 1]?.label ?? "");
  return { kind: "done", written, ...(plan.download ? { download: plan.download } : {}) };
}

function cancelled(): FhirError {
  return new FhirError(0, outcomeOf([{ severity: "information", code: "transient", diagnostics: "The submission was cancelled before this request was sent." }]));
}
