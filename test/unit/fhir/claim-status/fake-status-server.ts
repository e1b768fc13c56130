import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";

/** A FHIR server for the claim-status tests: searches by a reference parameter, OR-ing comma values. */
export const STATUS_BASE = "https://payer.test/fhir";

export interface StatusServerOptions {
  /** Resource types that can be searched, with their searchable reference parameters. */
  searchable: Record<string, string[]>;
  resources: unknown[];
  /** Replaces the answer to every search of this type (malformed-response tests). */
  override?: Record<string, unknown>;
}

export interface StatusServer {
  handlers: HttpHandler[];
  searches: URL[];
}

function capability(searchable: StatusServerOptions["searchable"]): CapabilityStatement {
  const resource = Object.entries(searchable).map(([type, params]): CapabilityStatementRestResource => ({
    type: type as CapabilityStatementRestResource["type"], interaction: [{ code: "read" }, { code: "search-type" }], searchParam: params.map((name) => ({ name, type: "reference" })),
  }));
  return { resourceType: "CapabilityStatement", status: "active", date: "2026-11-26", kind: "instance", fhirVersion: "4.0.1", format: ["json"], rest: [{ mode: "server", resource }] };
}

function referenceAt(resource: unknown, param: string): string | undefined {
  const field = param === "patient" ? "patient" : param === "care-team" ? "careTeam" : param;
  const value = (resource as Record<string, unknown>)[field];
  if (Array.isArray(value)) return (value[0] as { provider?: { reference?: string } } | undefined)?.provider?.reference;
  return (value as { reference?: string } | undefined)?.reference;
}

export function createStatusServer(options: StatusServerOptions): StatusServer {
  const server: StatusServer = { handlers: [], searches: [] };
  server.handlers = [
    http.get(`${STATUS_BASE}/metadata`, () => HttpResponse.json(capability(options.searchable))),
    http.get(`${STATUS_BASE}/:type`, ({ request, params }) => {
      const url = new URL(request.url);
      server.searches.push(url);
      const type = String(params["type"]);
      if (options.override?.[type] !== undefined) return HttpResponse.json(options.override[type]);
      const [param, value = ""] = [...url.searchParams].find(([key]) => !key.startsWith("_")) ?? [];
      const wanted = new Set(value.split(","));
      const hits = options.resources.filter((r) => (r as { resourceType?: string }).resourceType === type && param && wanted.has(referenceAt(r, param) ?? ""));
      return HttpResponse.json({ resourceType: "Bundle", type: "searchset", entry: hits.map((resource) => ({ resource, search: { mode: "match" } })) });
    }),
  ];
  return server;
}
