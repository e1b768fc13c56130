import type { Bundle, BundleEntry } from "fhir/r4";

/**
 * What a FHIR server refuses, shared by the msw fakes: each refusal is an OperationOutcome with the
 * status a server answers (400 unknown parameter or malformed request, 404 unknown type, 405 wrong
 * method, 412 failed precondition), so a test that sends what a server would refuse fails.
 */
export interface Answer {
  status: number;
  body: unknown;
}

export function refusal(status: number, code: string, diagnostics: string): Answer {
  return { status, body: { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] } };
}

/** The `_` parameters a fake answers; any other `_` parameter is refused, never ignored. */
export const HANDLED_RESULT_PARAMS = new Set(["_count"]);

/**
 * Checks every parameter of a search against the type's declared ones and the handled `_` ones.
 * Returns the refusal, or undefined when every parameter will be applied.
 */
export function refuseUnknownParams(type: string, params: URLSearchParams, declared: readonly string[], handled: ReadonlySet<string> = HANDLED_RESULT_PARAMS): Answer | undefined {
  for (const [key, value] of params) {
    const name = key.split(":")[0] ?? key;
    if (name.startsWith("_")) {
      if (!handled.has(name)) return refusal(400, "not-supported", `Search result parameter "${key}" is not supported for ${type}`);
      if (name === "_count" && !/^\d+$/.test(value)) return refusal(400, "invalid", `_count must be a whole number, not "${value}"`);
      continue;
    }
    if (key.includes(":")) return refusal(400, "not-supported", `Modifier in "${key}" is not supported for ${type}`);
    if (!declared.includes(name)) return refusal(400, "not-supported", `Unknown search parameter "${key}" for ${type}`);
    if (value === "") return refusal(400, "invalid", `Search parameter "${key}" has no value`);
  }
  return undefined;
}

/** A method the fake's route does not answer: 405, as a FHIR server answers it. */
export function wrongMethod(method: string, what: string): Answer {
  return refusal(405, "not-supported", `${method} is not allowed on ${what}`);
}

/**
 * A Bundle posted to the base must be a batch (when batch is offered) and its entries reads:
 * a server that offers only batch refuses a transaction, and entries without a method or URL.
 */
export function refuseBundle(bundle: unknown, accepted: readonly ("batch" | "transaction")[]): Answer | undefined {
  const b = bundle as Partial<Bundle> | undefined;
  if (!b || b.resourceType !== "Bundle") return refusal(400, "structure", "The body posted to the base is not a Bundle");
  if (!accepted.includes(b.type as "batch")) return refusal(400, "not-supported", `Bundle.type "${String(b.type)}" is not accepted here (${accepted.join(", ") || "no Bundle"})`);
  const bad = (b.entry ?? []).findIndex((e: BundleEntry) => !e.request?.method || !e.request.url);
  if (bad >= 0) return refusal(400, "structure", `Bundle.entry[${bad}] has no request.method or request.url`);
  return undefined;
}

/** Bundle entry status as servers write it: "201 Created". */
export function entryStatus(status: number): string {
  const text: Record<number, string> = { 200: "OK", 201: "Created", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 412: "Precondition Failed" };
  return `${status} ${text[status] ?? ""}`.trim();
}
