import type { Bundle, FhirResource, Resource } from "fhir/r4";
import { referenceFromLocation, resolvePlaceholders } from "../../billing/write-path/placeholders.ts";
import type { PlannedRequest } from "../../billing/write-path/planned-requests.ts";
import { FhirError, normalizeOutcome, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway, RawResponse } from "../fhir-gateway.ts";
import type { FailedRequest, WrittenResource } from "./submission-outcome.ts";
import { readTransactionStep } from "./transaction-step.ts";

/** What one planned request did: the resources written and the placeholders they resolve. */
export type StepResult =
  | { ok: true; written: WrittenResource[]; resolved: Record<string, string> }
  | { ok: false; written: WrittenResource[]; failed: FailedRequest };

/** Sends one planned request with its placeholders resolved, and reads the answer. */
export async function sendPlannedRequest(
  gateway: FhirGateway, request: PlannedRequest, resolved: Readonly<Record<string, string>>, signal?: AbortSignal,
): Promise<StepResult> {
  const body = resolvePlaceholders(request.body, resolved);
  let response: RawResponse<FhirResource>;
  try {
    response = await gateway.send<FhirResource>({ method: request.method, url: request.url, headers: request.headers, body, ...(signal ? { signal } : {}) });
  } catch (error) {
    return { ok: false, written: [], failed: { label: request.label, error: normalizeOutcome(error) } };
  }
  if (isTransactionBundle(body)) return readTransactionStep(request, body, response);
  return readSingleStep(request, response);
}

function readSingleStep(request: PlannedRequest, response: RawResponse<FhirResource>): StepResult {
  const reference = referenceOf(response);
  if (request.creates && !reference) {
    const text = `The server accepted ${request.label} (HTTP ${response.status}) but did not say where it is (no Location header or resource id).`;
    return { ok: false, written: [], failed: { label: request.label, error: new FhirError(response.status, outcomeOf([{ severity: "error", code: "processing", diagnostics: text }])) } };
  }
  const result = resultOf(request, response.status);
  const written: WrittenResource = { label: request.label, created: result === "created", result, status: response.status };
  if (reference) written.reference = reference;
  return { ok: true, written: [written], resolved: request.creates && reference ? { [request.creates]: reference } : {} };
}

function resultOf(request: PlannedRequest, status: number): WrittenResource["result"] {
  if (request.method === "PUT") return "updated";
  if (request.url.includes("$")) return "accepted";
  const conditional = Object.keys(request.headers).some((name) => name.toLowerCase() === "if-none-exist");
  return conditional && status === 200 ? "already-there" : "created";
}

/** From the Location header, else from the returned resource (a matched conditional create). */
function referenceOf(response: RawResponse<FhirResource>): string | undefined {
  const fromLocation = response.location ? referenceFromLocation(response.location) : undefined;
  if (fromLocation) return fromLocation;
  const body = response.body;
  return body?.id && body.resourceType !== "OperationOutcome" ? `${body.resourceType}/${body.id}` : undefined;
}

function isTransactionBundle(body: Resource): body is Bundle {
  return body.resourceType === "Bundle" && (body as { type?: string }).type === "transaction";
}
