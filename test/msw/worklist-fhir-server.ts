import type { Bundle, CapabilityStatement, CodeableConcept, FhirResource, Reference } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";
import { entryStatus, refuseBundle, refuseUnknownParams, wrongMethod } from "./fhir-refusals.ts";

/**
 * An in-memory FHIR server for worklist tests: reads, searches by the parameters below (every
 * parameter applied, comma = OR), `_id`, `_count`, `_sort` (Encounter by date), `_elements`,
 * `_include` (where declared), and batch reads. Its CapabilityStatement declares what it does, so
 * the app's capability checks can be exercised, and it refuses what it does not declare: an
 * undeclared parameter, modifier, `_include`, `_sort` key or other `_` parameter (400), an unknown
 * type (404), a search of a read-only type, a batch where none is offered, any method but GET on
 * a read or search and a non-GET batch entry (405), a Bundle that is not a batch (400).
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

/** The `_` parameters this server applies; any other is refused (400), never ignored. */
const HANDLED = new Set(["_id", "_count", "_include", "_sort", "_elements"]);
/** `_sort` keys this server can order by, per type. */
const SORTS: Record<string, Record<string, (r: Record<string, unknown>) => string>> = {
  Encounter: { date: (r) => (r["period"] as { start?: string } | undefined)?.start ?? "" },
};

function refuseResultParams(options: WorklistServerOptions, type: string, params: URLSearchParams): { status: number; body: unknown } | undefined {
  const refused = refuseUnknownParams(type, new URLSearchParams([...params].filter(([key]) => key !== "_include")), declared(options, type).filter((name) => PARAMS[type]?.[name]), HANDLED);
  if (refused) return refused;
  for (const include of params.getAll("_include")) {
    const [source, code = ""] = include.split(":");
    if (!options.includes || source !== type || !PARAMS[type]?.[code]) return outcome(400, "not-supported", `_include=${include} is not supported for ${type}`);
  }
  for (const key of (params.get("_sort") ?? "").split(",").filter(Boolean)) {
    if (!SORTS[type]?.[key.replace(/^-/, "")]) return outcome(400, "not-supported", `_sort=${key} is not supported for ${type}`);
  }
  return undefined;
}

function sorted(type: string, hits: FhirResource[], sort: string | null): FhirResource[] {
  const [key = ""] = (sort ?? "").split(",");
  const by = SORTS[type]?.[key.replace(/^-/, "")];
  if (!by) return hits;
  const direction = key.startsWith("-") ? -1 : 1;
  return [...hits].sort((a, b) => direction * by(a as unknown as Record<string, unknown>).localeCompare(by(b as unknown as Record<string, unknown>)));
}

/** `_elements`: only the elements named, with resourceType, id and meta, tagged SUBSETTED. */
function subsetted(resource: FhirResource, elements: string | null): FhirResource {
  if (elements === null) return resource;
  const keep = new Set(["resourceType", "id", "meta", ...elements.split(",")]);
  const record = Object.fromEntries(Object.entries(resource).filter(([key]) => keep.has(key)));
  const meta = (resource.meta ?? {}) as { tag?: unknown[] };
  return { ...record, meta: { ...meta, tag: [...(meta.tag ?? []), { system: "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", code: "SUBSETTED" }] } } as unknown as FhirResource;
}

function search(options: WorklistServerOptions, type: string, params: URLSearchParams): { status: number; body: unknown } {
  const own = PARAMS[type] ?? {};
  const refused = refuseResultParams(options, type, params);
  if (refused) return refused;
  let hits = options.resources.filter((r) => r.resourceType === type);
  for (const [key, value] of params) {
    const wanted = value.split(",");
    if (key === "_id") hits = hits.filter((r) => wanted.includes(r.id ?? ""));
    else if (!key.startsWith("_")) hits = hits.filter((r) => (own[key] as Values)(r as unknown as Record<string, unknown>).some((c) => wanted.some((w) => valueMatches(w, c))));
  }
  hits = sorted(type, hits, params.get("_sort"));
  const count = params.get("_count");
  const page = count === null ? hits : hits.slice(0, Number(count));
  const included = params.getAll("_include").flatMap((value) => {
    const [, code = ""] = value.split(":");
    const targets = new Set(page.flatMap((h) => own[code]?.(h as unknown as Record<string, unknown>) ?? []).map(refKey));
    return options.resources.filter((r) => targets.has(`${r.resourceType}/${r.id ?? ""}`));
  });
  const elements = params.get("_elements");
  const entry = [...page.map((resource) => ({ resource: subsetted(resource, elements), search: { mode: "match" } })), ...included.map((resource) => ({ resource, search: { mode: "include" } }))];
  return { status: 200, body: { resourceType: "Bundle", type: "searchset", total: hits.length, entry } };
}

function answer(options: WorklistServerOptions, relative: string): { status: number; body: unknown } {
  const [path = "", query = ""] = relative.split("?");
  const [type = "", id, more] = path.split("/").map(decodeURIComponent);
  if (options.forbidden?.includes(type)) return outcome(403, "forbidden", `Scope does not allow ${type}`);
  if (!PARAMS[type]) return outcome(404, "not-supported", `${type} is not served here`);
  if (more !== undefined || id === "") return outcome(400, "not-supported", `${relative} is not a read or a search`);
  if (!id && options.searchable?.[type]?.length === 0) return outcome(405, "not-supported", `${type} cannot be searched here`);
  if (!id) return search(options, type, new URLSearchParams(query));
  if (query) return outcome(400, "invalid", `A read takes no parameters: ${relative}`);
  const found = options.resources.find((r) => r.resourceType === type && r.id === id);
  return found ? { status: 200, body: found } : outcome(404, "not-found", `${type}/${id} not found`);
}

export function worklistFhirServer(options: WorklistServerOptions): WorklistServer {
  const server: WorklistServer = { handlers: [], requests: [] };
  server.handlers = [
    http.all(`${WORKLIST_BASE}/*`, async ({ request }) => {
      const raw = request.url.slice(WORKLIST_BASE.length + 1);
      const relative = decodeURI(raw);
      const respond = ({ status, body }: { status: number; body: unknown }) => HttpResponse.json(body as Record<string, unknown>, { status });
      if (relative === "") {
        if (request.method !== "POST") return respond(wrongMethod(request.method, "the base"));
        server.requests.push("POST (batch)");
        if (!options.batch) return respond(outcome(405, "not-supported", "This server offers no batch"));
        const bundle = (await request.json().catch(() => undefined)) as Bundle | undefined;
        const refused = refuseBundle(bundle, ["batch"]);
        if (refused) return respond(refused);
        const entry = (bundle?.entry ?? []).map((e) => {
          const { status, body } = e.request?.method === "GET" ? answer(options, e.request.url) : wrongMethod(e.request?.method ?? "", "a batch entry of this server");
          return status < 300 ? { resource: body, response: { status: entryStatus(status) } } : { response: { status: entryStatus(status), outcome: body } };
        });
        return HttpResponse.json({ resourceType: "Bundle", type: "batch-response", entry });
      }
      if (request.method !== "GET") return respond(wrongMethod(request.method, relative.split("?")[0] ?? relative));
      if (relative === "metadata") return HttpResponse.json(capability(options));
      server.requests.push(`${request.method} ${relative}`);
      return respond(answer(options, raw));
    }),
  ];
  return server;
}
