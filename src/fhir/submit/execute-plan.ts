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
    const deadline = options.signal ? requestDeadline(options.signal, options.timeoutMs ?? 30_000) : undefined;
    let step: Awaited<ReturnType<typeof sendPlannedRequest>>;
    try {
      step = await sendPlannedRequest(gateway, request, resolved, deadline?.signal);
    } finally {
      deadline?.clear();
    }
    written.push(...step.written);
    if (!step.ok) return { kind: "partial", done: written, failed: step.failed, notSent };
    resolved = { ...resolved, ...step.resolved };
  }
  options.onProgress?.(total, total, plan.requests[total - 1]?.label ?? "");
  return { kind: "done", written, ...(plan.download ? { download: plan.download } : {}) };
}

/**
 * A signal that aborts when the caller's does or when the time is up. Built on a timer this code
 * holds (and clears), not AbortSignal.any over AbortSignal.timeout: Node 20 may collect the timeout
 * signal while the request waits, and the request then never ends.
 */
function requestDeadline(outer: AbortSignal, timeoutMs: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${timeoutMs} ms.`, "TimeoutError")), timeoutMs);
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      outer.removeEventListener("abort", onAbort);
    },
  };
}

function cancelled(): FhirError {
  return new FhirError(0, outcomeOf([{ severity: "information", code: "transient", diagnostics: "The submission was cancelled before this request was sent." }]));
}
