import type { Bundle, CapabilityStatement, CodeableConcept, FhirResource, Reference } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";

/**
 * An in-memory FHIR server for worklist tests: reads, searches by the parameters below (comma =
 * OR; an undeclared parameter is refused with 400, as the sandbox does), _include, and batch. Its
 * CapabilityStatement declares what it does, so the app's capability checks can be exercised.
 */
export const WORKLIST_BASE = "https://worklist.test/fhir";

type Values = (resource: Record<string, unknown>) => (string | undefined)[];
const ref = (field: string): Values => (r) => [(r[field] as Reference | undefined)?.reference];
const refs = (field: string, inner: string): Values => (r) => ((r[field] as Record<string, Reference>[] | undefined) ?? []).map((x) => x[inner]?.reference);
const token = (field: string): Values => (r) => {
  const value = r[field];
  if (typeof value === "string") return [value];
  const concepts = (Array.isArray(value) ? value : [value]) as (CodeableConcept | undefined)[];
  return concepts.flatMap((c) => c?.coding?.flatMap((x) => [x.code, `${x.system ?? ""}|${x.code ?? ""}`]) ?? []);
};
const identifier: Values = (r) => ((r["identifier"] as { system?: string; value?: string }[] | undefined) ?? []).map((i) => `${i.system ?? ""}|${i.value ?? ""}`);

export const PARAMS: Record<string, Record<string, Values>> = {
  Patient: {}, Practitioner: {}, Organization: {}, Location: {},
  Encounter: { patient: ref("subject"), subject: ref("subject"), participant: refs("participant", "individual"), "service-provider": ref("serviceProvider"), location: refs("location", "location"), status: token("status") },
  Condition: { patient: ref("subject"), encounter: ref("encounter"), category: token("category"), "clinical-status": token("clinicalStatus") },
  Procedure: { patient: ref("subject"), encounter: ref("encounter") },
  Coverage: { patient: ref("beneficiary"), beneficiary: ref("beneficiary"), status: token("status"), payor: (r) => ((r["payor"] as Reference[] | undefined) ?? []).map((p) => p.reference) },
  Claim: { patient: ref("patient"), status: token("status"), enterer: ref("enterer"), identifier, "care-team": refs("careTeam", "provider"), provider: ref("provider") },
  ClaimResponse: { request: ref("request") },
  Task: { code: token("code"), status: token("status"), encounter: ref("encounter"), owner: ref("owner"), requester: ref("requester"), focus: ref("focus"), patient: ref("for"), identifier },
  Provenance: { agent: refs("agent", "who"), target: (r) => ((r["target"] as Reference[] | undefined) ?? []).map((t) => t.reference) },
};

export interface WorklistServerOptions {
  resources: FhirResource[];
  batch?: boolean;
  /** Declares searchInclude "*" on every type (answered for the parameters above). */
  includes?: boolean;
  /** Replaces the declared search parameters of a type ([] = the type can only be read). */
  searchable?: Record<string, string[]>;
  /** Types whose reads and searches answer 403. */
  forbidden?: string[];
}

export interface WorklistServer {
  handlers: HttpHandler[];
  /** "GET Encounter?…", "POST (batch)": every request, for counting. */
  requests: string[];
}

const refKey = (value: string | undefined) => value?.match(/([A-Z][A-Za-z]+\/[^/]+?)(\/_history\/.*)?$/)?.[1];

function declared(options: WorklistServerOptions, type: string): string[] {
  return options.searchable?.[type] ?? Object.keys(PARAMS[type] ?? {});
}

function capability(options: WorklistServerOptions): CapabilityStatement {
  const resource = Object.keys(PARAMS).map((type) => ({
    type: type as "Patient",
    interaction: [{ code: "read" as const }, ...(declared(options, type).length || !options.searchable?.[type] ? [{ code: "search-type" as const }] : [])],
    searchParam: declared(options, type).map((name) => ({ name, type: "token" as const })),
    ...(options.includes ? { searchInclude: ["*"] } : {}),
  }));
  return { resourceType: "CapabilityStatement", status: "active", date: "2026-11-26", kind: "instance", fhirVersion: "4.0.1", format: ["json"], rest: [{ mode: "server", resource, interaction: options.batch ? [{ code: "batch" }] : [] }] };
}

function valueMatches(wanted: string, candidate: string | undefined): boolean {
  if (!candidate) return false;
  return candidate === wanted || (refKey(candidate) !== undefined && refKey(candidate) === refKey(wanted));
}

function outcome(status: number, code: string, diagnostics: string) {
  return { status, body: { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] } as unknown };
}

function search(options: WorklistServerOptions, type: string, params: URLSearchParams): { status: number; body: unknown } {
  const own = PARAMS[type] ?? {};
  let hits = options.resources.filter((r) => r.resourceType === type);
  for (const [key, value] of params) {
    const wanted = value.split(",");
    if (key === "_id") hits = hits.filter((r) => wanted.includes(r.id ?? ""));
    else if (key.startsWith("_")) continue;
    else if (!declared(options, type).includes(key) || !own[key]) return outcome(400, "not-supported", `Unknown search parameter "${key}" for ${type}`);
    else hits = hits.filter((r) => (own[key] as Values)(r as unknown as Record<string, unknown>).some((c) => wanted.some((w) => valueMatches(w, c))));
  }
  const included = params.getAll("_include").flatMap((value) => {
    const [, code = ""] = value.split(":");
    const targets = new Set(hits.flatMap((h) => own[code]?.(h as unknown as Record<string, unknown>) ?? []).map(refKey));
    return options.resources.filter((r) => targets.has(`${r.resourceType}/${r.id ?? ""}`));
  });
  const entry = [...hits.map((resource) => ({ resource, search: { mode: "match" } })), ...included.map((resource) => ({ resource, search: { mode: "include" } }))];
  return { status: 200, body: { resourceType: "Bundle", type: "searchset", total: hits.length, entry } };
}

function answer(options: WorklistServerOptions, relative: string): { status: number; body: unknown } {
  const [path = "", query = ""] = relative.split("?");
  const [type = "", id] = path.split("/");
  if (options.forbidden?.includes(type)) return outcome(403, "forbidden", `Scope does not allow ${type}`);
  if (!PARAMS[type]) return outcome(404, "not-supported", `${type} is not served here`);
  if (!id) return search(options, type, new URLSearchParams(query));
  const found = options.resources.find((r) => r.resourceType === type && r.id === id);
  return found ? { status: 200, body: found } : outcome(404, "not-found", `${type}/${id} not found`);
}

export function worklistFhirServer(options: WorklistServerOptions): WorklistServer {
  const server: WorklistServer = { handlers: [], requests: [] };
  server.handlers = [
    http.all(`${WORKLIST_BASE}/*`, async ({ request }) => {
      const relative = decodeURI(request.url.slice(WORKLIST_BASE.length + 1));
      if (relative === "metadata") return HttpResponse.json(capability(options));
      if (request.method === "POST" && relative === "") {
        server.requests.push("POST (batch)");
        const bundle = (await request.json()) as Bundle;
        const entry = (bundle.entry ?? []).map((e) => {
          const { status, body } = answer(options, decodeURI(e.request?.url ?? ""));
          return { resource: body, response: { status: String(status) } };
        });
        return HttpResponse.json({ resourceType: "Bundle", type: "batch-response", entry });
      }
      server.requests.push(`${request.method} ${relative}`);
      const { status, body } = answer(options, relative);
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  ];
  return server;
}
