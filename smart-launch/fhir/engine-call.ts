/** Calls the medplum router and writes its answer as HTTP (status, Location, ETag, body). */
import type { IncomingMessage, ServerResponse } from "node:http";
import { getStatus } from "@medplum/core";
import { makeSimpleRequest, type HttpMethod } from "@medplum/fhir-router";
import type { OperationOutcome, Resource } from "fhir/r4";
import { FHIR_JSON, sendJson } from "../http/respond.ts";
import type { FhirEngine } from "./engine.ts";

export interface EngineAnswer {
  status: number;
  outcome: OperationOutcome;
  resource?: Resource;
}

export async function callEngine(engine: FhirEngine, req: IncomingMessage, method: string, relativeUrl: string, body: unknown, headers: IncomingMessage["headers"] = req.headers): Promise<EngineAnswer> {
  const request = { ...makeSimpleRequest(method as HttpMethod, relativeUrl, body), headers };
  const [outcome, resource] = await engine.router.handleRequest(request, engine.repo);
  return { status: getStatus(outcome), outcome: outcome as OperationOutcome, ...(resource ? { resource: resource as unknown as Resource } : {}) };
}

export function resourceHeaders(fhirBase: string, resource: Resource, status: number): Record<string, string> {
  const headers: Record<string, string> = {};
  const version = resource.meta?.versionId;
  if (version) headers["etag"] = `W/"${version}"`;
  if (resource.meta?.lastUpdated) headers["last-modified"] = new Date(resource.meta.lastUpdated).toUTCString();
  if (status === 201 && resource.id) headers["location"] = `${fhirBase}/${resource.resourceType}/${resource.id}${version ? `/_history/${version}` : ""}`;
  return headers;
}

export function sendEngineAnswer(res: ServerResponse, fhirBase: string, answer: EngineAnswer): void {
  if (answer.resource) sendJson(res, answer.status, answer.resource, resourceHeaders(fhirBase, answer.resource, answer.status), FHIR_JSON);
  else sendJson(res, answer.status, answer.outcome, {}, FHIR_JSON);
}
