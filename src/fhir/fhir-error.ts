import type { OperationOutcome, OperationOutcomeIssue } from "fhir/r4";

/**
 * The one error type of the app: an HTTP status (0 when the request never got an
 * answer) and an OperationOutcome kept as data, whatever failed.
 */
export class FhirError extends Error {
  readonly status: number;
  readonly outcome: OperationOutcome;

  constructor(status: number, outcome: OperationOutcome) {
    super(describeOutcome(outcome) || `Request failed with status ${status}`);
    this.name = "FhirError";
    this.status = status;
    this.outcome = outcome;
  }
}

export function isFhirError(value: unknown): value is FhirError {
  return value instanceof FhirError;
}

export function outcomeOf(issue: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: "OperationOutcome", issue };
}

/** Plain sentence(s) for people from an OperationOutcome. */
export function describeOutcome(outcome: OperationOutcome): string {
  return (outcome.issue ?? [])
    .map((i) => i.details?.text ?? i.diagnostics ?? i.code)
    .filter((t): t is string => Boolean(t))
    .join(" ");
}

interface ResponseLike {
  status?: unknown;
  data?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isOperationOutcome(value: unknown): value is OperationOutcome {
  return isRecord(value) && value["resourceType"] === "OperationOutcome" && Array.isArray(value["issue"]);
}

function fromBody(status: number, body: unknown): FhirError {
  if (isOperationOutcome(body)) return new FhirError(status, body);
  if (isRecord(body) && typeof body["error"] === "string") {
    // OAuth-style error body: {error, error_description}
    const text = [body["error"], body["error_description"]].filter((t) => typeof t === "string").join(": ");
    return new FhirError(status, outcomeOf([{ severity: "error", code: status === 401 ? "login" : "processing", diagnostics: text }]));
  }
  const text = typeof body === "string" && body.trim() ? body.trim().slice(0, 300) : `The server answered with HTTP ${status}.`;
  return new FhirError(status, outcomeOf([{ severity: "error", code: codeForStatus(status), diagnostics: text }]));
}

function codeForStatus(status: number): OperationOutcomeIssue["code"] {
  if (status === 401) return "login";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409 || status === 412) return "conflict";
  if (status === 0) return "transient";
  return status >= 500 ? "exception" : "processing";
}

/** Parses "HTTP 404: GET url" style messages and fhirclient HttpError bodies. */
function fromMessage(error: Error & { status?: unknown; statusCode?: unknown; response?: unknown }): FhirError {
  const status = typeof error.status === "number" ? error.status : typeof error.statusCode === "number" ? error.statusCode : 0;
  const isNetwork = status === 0 && /fetch|network|abort|timeout/i.test(error.message);
  const text = isNetwork ? `The server could not be reached (${error.message}).` : error.message;
  return new FhirError(status, outcomeOf([{ severity: "error", code: codeForStatus(status), diagnostics: text }]));
}

/**
 * Turns whatever a request threw (fhir-kit-client's `{response: {status, data}}`,
 * fhirclient's HttpError, a fetch TypeError, an OperationOutcome, a string) into a FhirError.
 */
export function normalizeOutcome(error: unknown): FhirError {
  if (error instanceof FhirError) return error;
  if (isOperationOutcome(error)) return new FhirError(0, error);
  if (isRecord(error) && isRecord(error["response"])) {
    const response = error["response"] as ResponseLike;
    const status = typeof response.status === "number" ? response.status : 0;
    return fromBody(status, response.data);
  }
  if (error instanceof Error) return fromMessage(error);
  return new FhirError(0, outcomeOf([{ severity: "error", code: "exception", diagnostics: String(error) }]));
}
