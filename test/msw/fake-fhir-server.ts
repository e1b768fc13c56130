import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Bundle, CapabilityStatement, FhirResource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";
import { entryStatus, refusal, refuseBundle, refuseUnknownParams, wrongMethod, type Answer } from "./fhir-refusals.ts";

/**
 * A tiny in-memory FHIR server for unit tests: read by id, search by type with the reference
 * parameters its CapabilityStatement declares (every parameter applied, comma = OR), `_id`,
 * `_count`, and batch reads. It refuses what a server refuses: an unknown type (404), an undeclared search
 * parameter or an unhandled `_` parameter (400), a method other than GET on a read or search and
 * anything but a batch on the base (405/400), a batch entry that is not a GET (its own 405).
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

type Reference = { reference?: string };
type Values = (resource: Record<string, unknown>) => (string | undefined)[];
const ref = (...fields: string[]): Values => (r) => fields.map((f) => (r[f] as Reference | undefined)?.reference);

/** The search parameters this server declares and applies, per type. */
const PARAMS: Record<string, Record<string, Values>> = {
  Patient: {}, Practitioner: {}, Organization: {}, Location: {},
  Encounter: { patient: ref("subject") },
  Condition: { patient: ref("subject"), encounter: ref("encounter") },
  Procedure: { patient: ref("subject"), encounter: ref("encounter") },
  Coverage: { patient: ref("beneficiary") },
  Claim: { patient: ref("patient") },
  ClaimResponse: { patient: ref("patient"), request: ref("request") },
  Immunization: { patient: ref("patient") },
  MedicationAdministration: { patient: ref("subject"), context: ref("context") },
};

/** The `_` parameters this server applies; any other is refused. */
const HANDLED = new Set(["_id", "_count"]);

function search(options: FakeServerOptions, type: string, params: URLSearchParams): Answer {
  const own = PARAMS[type] ?? {};
  const refused = refuseUnknownParams(type, params, Object.keys(own), HANDLED);
  if (refused) return refused;
  let hits = options.resources.filter((r) => r.resourceType === type);
  for (const [key, value] of params) {
    if (key === "_id") hits = hits.filter((r) => value.split(",").includes(r.id ?? ""));
    const values = own[key];
    if (!values) continue;
    const wanted = value.split(",");
    hits = hits.filter((r) => values(r as unknown as Record<string, unknown>).some((v) => v !== undefined && wanted.includes(v)));
  }
  const count = params.get("_count");
  const page = count === null ? hits : hits.slice(0, Number(count));
  return { status: 200, body: { resourceType: "Bundle", type: "searchset", total: hits.length, entry: page.map((resource) => ({ resource, search: { mode: "match" } })) } };
}

function answer(options: FakeServerOptions, relative: string): Answer {
  const [path = "", query = ""] = relative.split("?");
  const [type = "", id, more] = path.split("/").map(decodeURIComponent);
  if (!PARAMS[type]) return refusal(404, "not-supported", `${type || "(no type)"} is not served here`);
  if (more !== undefined || id === "") return refusal(400, "not-supported", `${relative} is not a read or a search`);
  if (options.forbidden?.includes(type)) return refusal(403, "forbidden", `Scope does not allow ${type}`);
  if (id) {
    if (query) return refusal(400, "invalid", `A read takes no parameters: ${relative}`);
    const found = options.resources.find((r) => r.resourceType === type && r.id === id);
    return found ? { status: 200, body: found } : refusal(404, "not-found", `${type}/${id} not found`);
  }
  return search(options, type, new URLSearchParams(query));
}

function capability(options: FakeServerOptions): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement", status: "active", date: "2026-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
    rest: [{
      mode: "server",
      interaction: options.batch ? [{ code: "batch" }] : [],
      resource: Object.entries(PARAMS).map(([type, params]) => ({
        type: type as "Patient",
        interaction: [{ code: "read" as const }, { code: "search-type" as const }],
        searchParam: Object.keys(params).map((name) => ({ name, type: "reference" as const })),
      })),
    }],
  };
}

async function batch(options: FakeServerOptions, request: Request): Promise<Answer> {
  if (!options.batch) return refusal(405, "not-supported", "This server offers no batch");
  const bundle = (await request.json().catch(() => undefined)) as Bundle | undefined;
  const refused = refuseBundle(bundle, ["batch"]);
  if (refused || !bundle) return refused ?? refusal(400, "structure", "No Bundle");
  const entry = (bundle.entry ?? []).map((e) => {
    const { status, body } = e.request?.method === "GET" ? answer(options, e.request.url) : wrongMethod(e.request?.method ?? "", "a batch entry of this server");
    return status < 300 ? { resource: body, response: { status: entryStatus(status) } } : { response: { status: entryStatus(status), outcome: body } };
  });
  return { status: 200, body: { resourceType: "Bundle", type: "batch-response", entry } };
}

export function fakeFhirServer(options: FakeServerOptions): HttpHandler[] {
  const base = options.base ?? FAKE_BASE;
  const respond = ({ status, body }: Answer) => HttpResponse.json(body as Record<string, unknown>, { status });
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const relative = request.url.slice(base.length + 1);
      options.onRequest?.(request.method, relative);
      if (relative === "") return respond(request.method === "POST" ? await batch(options, request) : wrongMethod(request.method, "the base"));
      if (request.method !== "GET") return respond(wrongMethod(request.method, relative.split("?")[0] ?? relative));
      if (relative === "metadata") return HttpResponse.json(capability(options));
      return respond(answer(options, relative));
    }),
  ];
}
