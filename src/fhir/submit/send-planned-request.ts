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
  const foreign = foreignServer(gateway, request.url);
  if (foreign) return { ok: false, written: [], failed: { label: request.label, error: foreign } };
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

/**
 * An absolute URL on another server (a billing endpoint) must go through a gateway made for that
 * server: this gateway would send it the EHR's access token.
 */
function foreignServer(gateway: FhirGateway, url: string): FhirError | undefined {
  if (!/^https?:\/\//i.test(url) || url === gateway.baseUrl || url.startsWith(`${gateway.baseUrl}/`)) return undefined;
  const text = `${url} is not this EHR (${gateway.baseUrl}): send it through a gateway for that server, so the EHR's access token is not sent there.`;
  return new FhirError(0, outcomeOf([{ severity: "error", code: "security", diagnostics: text }]));
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
