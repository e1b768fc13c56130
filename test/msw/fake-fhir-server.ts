import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Bundle, CapabilityStatement, FhirResource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";

/**
 * A tiny in-memory FHIR server for unit tests: read by id, search by type with
 * reference parameters, batch, and a CapabilityStatement saying what it supports.
 */
export interface FakeServerOptions {
  base?: string;
  resources: FhirResource[];
  batch?: boolean;
  /** Resource types whose reads/searches answer 403. */
  forbidden?: string[];
  /** Called for every request, to count round trips. */
  onRequest?: (method: string, url: string) => void;
}

export const FAKE_BASE = "https://ehr.example/fhir";

export function loadFixtureResources(path: string): FhirResource[] {
  const bundle = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures", path), "utf8")) as Bundle<FhirResource>;
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

function forbiddenOutcome(type: string) {
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "forbidden", diagnostics: `Scope does not allow ${type}` }] };
}

function matches(resource: FhirResource, params: URLSearchParams): boolean {
  const record = resource as unknown as Record<string, unknown>;
  for (const [key, value] of params) {
    if (key.startsWith("_") || key === "category" || key === "clinical-status" || key === "status") continue;
    const field = record[key] ?? (key === "patient" ? (record["subject"] ?? record["beneficiary"]) : undefined);
    const ref = (field as { reference?: string } | undefined)?.reference;
    if (!ref || !value.split(",").includes(ref)) return false;
  }
  return true;
}

function answer(options: FakeServerOptions, relative: string): { status: number; body: unknown } {
  const [path = "", query = ""] = relative.split("?");
  const [type = "", id] = path.split("/");
  if (options.forbidden?.includes(type)) return { status: 403, body: forbiddenOutcome(type) };
  if (id) {
    const found = options.resources.find((r) => r.resourceType === type && r.id === id);
    return found ? { status: 200, body: found } : { status: 404, body: { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "not-found", diagnostics: `${type}/${id} not found` }] } };
  }
  const params = new URLSearchParams(query);
  const hits = options.resources.filter((r) => r.resourceType === type && matches(r, params));
  return { status: 200, body: { resourceType: "Bundle", type: "searchset", total: hits.length, entry: hits.map((resource) => ({ resource, search: { mode: "match" } })) } };
}

function capability(options: FakeServerOptions): CapabilityStatement {
  const types = ["Patient", "Encounter", "Condition", "Procedure", "Coverage", "Practitioner", "Organization", "Location", "Claim", "ClaimResponse"] as const;
  return {
    resourceType: "CapabilityStatement", status: "active", date: "2026-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
    rest: [{ mode: "server", interaction: options.batch ? [{ code: "batch" }] : [], resource: types.map((type) => ({ type, interaction: [{ code: "read" }, { code: "search-type" }], searchParam: [{ name: "patient", type: "reference" }, { name: "encounter", type: "reference" }, { name: "request", type: "reference" }] })) }],
  };
}

export function fakeFhirServer(options: FakeServerOptions): HttpHandler[] {
  const base = options.base ?? FAKE_BASE;
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const relative = request.url.slice(base.length + 1);
      options.onRequest?.(request.method, relative);
      if (relative === "metadata") return HttpResponse.json(capability(options));
      if (request.method === "POST" && relative === "") {
        const bundle = (await request.json()) as Bundle;
        const entry = (bundle.entry ?? []).map((e) => {
          const { status, body } = answer(options, e.request?.url ?? "");
          return { resource: body, response: { status: String(status) } };
        });
        return HttpResponse.json({ resourceType: "Bundle", type: "batch-response", entry });
      }
      const { status, body } = answer(options, relative);
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  ];
}
