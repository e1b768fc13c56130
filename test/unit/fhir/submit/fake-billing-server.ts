import type { Bundle, BundleEntry, Resource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";
import { entryStatus, refusal, refuseBundle, type Answer } from "../../../msw/fhir-refusals.ts";

/**
 * An in-memory FHIR server for executePlan tests. Each request and each transaction entry is taken
 * by its method and URL: POST Type is a create, conditional with If-None-Exist (`identifier=` or
 * `_tag=`; one match answers 200 with it, several 412, any other parameter 400); PUT Type/id is an
 * update that needs If-Match with the current version (412 on a mismatch, 428 without it) and
 * cannot create (405). A transaction is all or nothing: a refused entry refuses the whole (no
 * write kept). Other methods and URLs are refused (405/400). It can be told to fail the next
 * request for a type.
 */
export const BILLING_BASE = "https://billing.test/fhir";

export type Fault = "500-before-commit" | "lost-after-commit" | "422";

export interface FakeBillingServer {
  handlers: HttpHandler[];
  stored: Resource[];
  faults: Map<string, Fault>;
  requests: string[];
  count(type: string): number;
}

type Json = Record<string, unknown>;
type Written = { status: number; resource: Resource; created: boolean };
type WriteResult = Written | Answer;
const isWritten = (r: WriteResult): r is Written => "resource" in r;

const CONDITION_PARAMS = new Set(["identifier", "_tag"]);

function conditionRefusal(condition: string): Answer | undefined {
  const params = new URLSearchParams(condition);
  const names = [...params.keys()];
  if (names.length !== 1 || !CONDITION_PARAMS.has(names[0] ?? "")) return refusal(400, "not-supported", `If-None-Exist "${condition}": only one identifier= or _tag= is supported here`);
  return undefined;
}

function matchesCondition(resource: Resource, condition: string): boolean {
  const params = new URLSearchParams(condition);
  // A token is "system|value": only the first bar separates them (a value may contain bars).
  const token = params.get("identifier") ?? params.get("_tag") ?? "";
  const bar = token.indexOf("|");
  const [system, value] = bar < 0 ? ["", token] : [token.slice(0, bar), token.slice(bar + 1)];
  const record = resource as unknown as Json;
  const meta = record["meta"] as { tag?: Json[] } | undefined;
  const candidates = (params.has("_tag") ? meta?.tag : (record["identifier"] as Json[] | undefined)) ?? [];
  const wanted = params.has("_tag") ? "code" : "value";
  return candidates.some((c) => c["system"] === system && c[wanted] === value);
}

const versionOf = (etag: string | null | undefined) => etag?.match(/^(?:W\/)?"([^"]*)"$/)?.[1];

function outcome({ status, body }: Answer) {
  return HttpResponse.json(body as Json, { status });
}

/** The store and its writes; `commit` false plans a transaction's writes without keeping them. */
class Store {
  stored: Resource[] = [];
  private nextId = 1;

  create(resource: Resource, condition: string | null | undefined): WriteResult {
    const type = resource.resourceType;
    if (condition) {
      const refused = conditionRefusal(condition);
      if (refused) return refused;
      const matches = this.stored.filter((r) => r.resourceType === type && matchesCondition(r, condition));
      if (matches.length > 1) return refusal(412, "duplicate", `If-None-Exist "${condition}" matches ${matches.length} ${type} resources`);
      if (matches[0]) return { status: 200, resource: matches[0], created: false };
    }
    const created = { ...resource, id: String(this.nextId++), meta: { ...resource.meta, versionId: "1" } };
    this.stored.push(created);
    return { status: 201, resource: created, created: true };
  }

  update(type: string, id: string, resource: Resource, ifMatch: string | null | undefined): WriteResult {
    if (resource.resourceType !== type || resource.id !== id) return refusal(400, "invalid", `PUT ${type}/${id} with a body that is ${resource.resourceType}/${resource.id ?? "(no id)"}`);
    const index = this.stored.findIndex((r) => r.resourceType === type && r.id === id);
    const current = this.stored[index];
    if (!current) return refusal(405, "not-supported", `${type}/${id} does not exist and this server does not create on update`);
    if (!ifMatch) return refusal(428, "required", `PUT ${type}/${id} needs If-Match`);
    const version = current.meta?.versionId ?? "1";
    if (versionOf(ifMatch) !== version) return refusal(412, "conflict", `If-Match ${ifMatch}: ${type}/${id} is at version ${version}`);
    const updated = { ...resource, meta: { ...resource.meta, versionId: String(Number(version) + 1) } };
    this.stored[index] = updated;
    return { status: 200, resource: updated, created: false };
  }

  snapshot(): { stored: Resource[]; nextId: number } {
    return { stored: [...this.stored], nextId: this.nextId };
  }

  restore(saved: { stored: Resource[]; nextId: number }): void {
    this.stored.splice(0, this.stored.length, ...saved.stored);
    this.nextId = saved.nextId;
  }
}

const location = (resource: Resource) => `${resource.resourceType}/${resource.id ?? ""}/_history/${resource.meta?.versionId ?? "1"}`;

export function createFakeBillingServer(): FakeBillingServer {
  const store = new Store();
  const server: FakeBillingServer = { handlers: [], stored: store.stored, faults: new Map(), requests: [], count: (type) => store.stored.filter((r) => r.resourceType === type).length };
  const faultFor = (key: string): Fault | undefined => {
    const fault = server.faults.get(key);
    server.faults.delete(key);
    return fault;
  };
  const transaction = async ({ request }: { request: Request }) => {
    server.requests.push("transaction");
    const bundle = (await request.json().catch(() => undefined)) as Bundle | undefined;
    const refused = refuseBundle(bundle, ["transaction"]);
    if (refused || !bundle) return outcome(refused ?? refusal(400, "structure", "No Bundle"));
    const fault = faultFor("transaction");
    if (fault === "500-before-commit") return outcome(refusal(500, "exception", "Database unavailable"));
    const saved = store.snapshot();
    const result = runTransaction(bundle, store);
    if (!Array.isArray(result)) {
      store.restore(saved);
      return outcome(result);
    }
    if (fault === "lost-after-commit") return HttpResponse.error();
    return HttpResponse.json({ resourceType: "Bundle", type: "transaction-response", entry: result });
  };
  const single = (write: (type: string, id: string | undefined, request: Request, body: Resource) => WriteResult) => async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const type = String(params["type"]);
    server.requests.push(type);
    const fault = faultFor(type);
    if (fault === "500-before-commit") return outcome(refusal(500, "exception", "Database unavailable"));
    if (fault === "422") return outcome(refusal(422, "processing", `${type} rejected: Claim.insurance is required`));
    const body = (await request.json().catch(() => undefined)) as Resource | undefined;
    if (!body || body.resourceType !== type) return outcome(refusal(400, "invalid", `The body of this ${request.method} is not a ${type}`));
    const result = write(type, params["id"] === undefined ? undefined : String(params["id"]), request, body);
    if (!isWritten(result)) return outcome(result);
    if (fault === "lost-after-commit") return HttpResponse.error();
    const headers: Record<string, string> = { etag: `W/"${result.resource.meta?.versionId ?? "1"}"` };
    if (result.created) headers["location"] = `${BILLING_BASE}/${location(result.resource)}`;
    return HttpResponse.json(result.resource, { status: result.status, headers });
  };
  const refuseMethod = ({ request }: { request: Request }) => outcome(refusal(405, "not-supported", `${request.method} ${new URL(request.url).pathname} is not allowed here`));
  server.handlers = [
    http.post(`${BILLING_BASE}/`, transaction),
    http.post(BILLING_BASE, transaction),
    http.post(`${BILLING_BASE}/:type`, single((_type, _id, request, body) => store.create(body, request.headers.get("if-none-exist")))),
    http.put(`${BILLING_BASE}/:type/:id`, single((type, id, request, body) => store.update(type, id ?? "", body, request.headers.get("if-match")))),
    http.all(`${BILLING_BASE}/*`, refuseMethod),
  ];
  return server;
}

/**
 * Runs each entry by its own method and URL, resolving urn:uuid references the way a server does.
 * Returns the response entries, or the refusal of the whole transaction.
 */
function runTransaction(bundle: Bundle, store: Store): BundleEntry[] | Answer {
  const ids: Record<string, string> = {};
  const results: Written[] = [];
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const body = JSON.parse(JSON.stringify(entry.resource), (key, value: unknown) => (key === "reference" && typeof value === "string" && ids[value] ? ids[value] : value)) as Resource;
    const { method, url } = entry.request ?? {};
    const [type = "", id, more] = (url ?? "").split("?")[0]?.split("/") ?? [];
    let result: WriteResult;
    if (more !== undefined || (url ?? "").includes("?")) result = refusal(400, "not-supported", `Entry ${index}: ${method} ${url} is not supported here`);
    else if (body.resourceType !== type) result = refusal(400, "invalid", `Entry ${index}: ${method} ${url} with a ${body.resourceType}`);
    else if (method === "POST" && id === undefined) result = store.create(body, entry.request?.ifNoneExist);
    else if (method === "PUT" && id) result = store.update(type, id, body, entry.request?.ifMatch);
    else result = refusal(405, "not-supported", `Entry ${index}: ${method} ${url} is not allowed here`);
    if (!isWritten(result)) {
      const issue = (result.body as { issue: { diagnostics?: string }[] }).issue[0];
      if (issue) issue.diagnostics = `Transaction refused at entry ${index}: ${issue.diagnostics ?? ""}`;
      return result;
    }
    if (entry.fullUrl) ids[entry.fullUrl] = `${result.resource.resourceType}/${result.resource.id ?? ""}`;
    results.push(result);
  }
  return results.map((r) => ({ response: { status: entryStatus(r.status), location: location(r.resource), etag: `W/"${r.resource.meta?.versionId ?? "1"}"` } }));
}
