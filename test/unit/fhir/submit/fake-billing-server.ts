import type { Bundle, BundleEntry, Resource } from "fhir/r4";
import { http, HttpResponse, type HttpHandler } from "msw";

/**
 * An in-memory FHIR server for executePlan tests: honours If-None-Exist (identifier= and _tag=)
 * on POST and on transaction entries, and can be told to fail the next request for a type.
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

function outcome(status: number, text: string) {
  return HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "processing", diagnostics: text }] }, { status });
}

export function createFakeBillingServer(): FakeBillingServer {
  const stored: Resource[] = [];
  let nextId = 1;
  const write = (resource: Resource, condition: string | null): { status: number; resource: Resource } => {
    const type = resource.resourceType;
    const match = condition ? stored.find((r) => r.resourceType === type && matchesCondition(r, condition)) : undefined;
    if (match) return { status: 200, resource: match };
    const created = { ...resource, id: String(nextId++), meta: { ...resource.meta, versionId: "1" } };
    stored.push(created);
    return { status: 201, resource: created };
  };
  const server: FakeBillingServer = { handlers: [], stored, faults: new Map(), requests: [], count: (type) => stored.filter((r) => r.resourceType === type).length };
  const faultFor = (key: string): Fault | undefined => {
    const fault = server.faults.get(key);
    server.faults.delete(key);
    return fault;
  };
  const transaction = async ({ request }: { request: Request }) => {
    server.requests.push("transaction");
    const bundle = (await request.json()) as Bundle;
    const fault = faultFor("transaction");
    if (fault === "500-before-commit") return outcome(500, "Database unavailable");
    const entries = runTransaction(bundle, write);
    if (fault === "lost-after-commit") return HttpResponse.error();
    return HttpResponse.json({ resourceType: "Bundle", type: "transaction-response", entry: entries });
  };
  server.handlers = [
    http.post(`${BILLING_BASE}/`, transaction),
    http.post(BILLING_BASE, transaction),
    http.post(`${BILLING_BASE}/:type`, async ({ request, params }) => {
      const type = String(params["type"]);
      server.requests.push(type);
      const fault = faultFor(type);
      if (fault === "500-before-commit") return outcome(500, "Database unavailable");
      if (fault === "422") return outcome(422, `${type} rejected: Claim.insurance is required`);
      const result = write((await request.json()) as Resource, request.headers.get("if-none-exist"));
      if (fault === "lost-after-commit") return HttpResponse.error();
      const location = `${BILLING_BASE}/${type}/${result.resource.id ?? ""}/_history/1`;
      return HttpResponse.json(result.resource, { status: result.status, headers: result.status === 201 ? { location } : {} });
    }),
  ];
  return server;
}

/** Resolves urn:uuid references inside the transaction the way a server does. */
function runTransaction(bundle: Bundle, write: (r: Resource, c: string | null) => { status: number; resource: Resource }): BundleEntry[] {
  const ids: Record<string, string> = {};
  const results = (bundle.entry ?? []).map((entry) => {
    const body = JSON.parse(JSON.stringify(entry.resource), (key, value: unknown) => (key === "reference" && typeof value === "string" && ids[value] ? ids[value] : value)) as Resource;
    const result = write(body, entry.request?.ifNoneExist ?? null);
    if (entry.fullUrl) ids[entry.fullUrl] = `${result.resource.resourceType}/${result.resource.id ?? ""}`;
    return result;
  });
  return results.map((r) => ({ response: { status: String(r.status), location: `${r.resource.resourceType}/${r.resource.id ?? ""}/_history/1` } }));
}
