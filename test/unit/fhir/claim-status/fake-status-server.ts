import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";
import { refusal, refuseUnknownParams, wrongMethod, type Answer } from "../../../msw/fhir-refusals.ts";

const answer = ({ status, body }: Answer) => HttpResponse.json(body as Record<string, unknown>, { status });

/**
 * A FHIR server for the claim-status tests: searches by the reference parameters declared for a
 * type (every parameter applied, comma = OR) and `_count`; an undeclared type (404), parameter or
 * other `_` parameter (400) and any method but GET (405) are refused.
 */
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
      const declared = options.searchable[type];
      if (!declared) return answer(refusal(404, "not-supported", `${type} is not served here`));
      const refused = refuseUnknownParams(type, url.searchParams, declared);
      if (refused) return answer(refused);
      if (options.override?.[type] !== undefined) return HttpResponse.json(options.override[type]);
      let hits = options.resources.filter((r) => (r as { resourceType?: string }).resourceType === type);
      for (const [param, value] of url.searchParams) {
        if (param.startsWith("_")) continue;
        const wanted = new Set(value.split(","));
        hits = hits.filter((r) => wanted.has(referenceAt(r, param) ?? ""));
      }
      const count = url.searchParams.get("_count");
      const page = count === null ? hits : hits.slice(0, Number(count));
      return HttpResponse.json({ resourceType: "Bundle", type: "searchset", total: hits.length, entry: page.map((resource) => ({ resource, search: { mode: "match" } })) });
    }),
    http.all(`${STATUS_BASE}/*`, ({ request }) => {
      const path = new URL(request.url).pathname;
      return answer(request.method === "GET" ? refusal(400, "not-supported", `${path}: only type searches are served here`) : wrongMethod(request.method, path));
    }),
  ];
  return server;
}
