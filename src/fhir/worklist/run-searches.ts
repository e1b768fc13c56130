import type { Bundle, CapabilityStatement, FhirResource } from "fhir/r4";
import { resourceCapability, supportsInteraction, supportsSearchParam, supportsSystemInteraction } from "../capabilities.ts";
import { FhirError, normalizeOutcome, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";

/** One search a worklist makes: a base-relative URL ("Type?query") and how many pages it may read. */
export interface WorklistSearch {
  url: string;
  /** 1 reads the first page only (default). */
  maxPages?: number;
}

export type SearchOutcome =
  /** resources: matches and included resources alike; truncated: a `next` page was left unread. */
  | { ok: true; resources: FhirResource[]; truncated: boolean }
  | { ok: false; error: FhirError };

/** Result parameters sent whatever the statement lists (every server knows _id and _count). */
const RESULT_PARAMS = new Set(["_id", "_count", "_sort", "_elements"]);

const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ",").replace(/%2F/g, "/").replace(/%3A/g, ":").replace(/%7C/g, "|");

export function canSearch(cs: CapabilityStatement, type: string, param?: string): boolean {
  return supportsInteraction(cs, type, "search-type") && (param === undefined || supportsSearchParam(cs, type, param));
}

/** True when the statement lets `type` include `value` ("Encounter:subject"), or any ("*"). */
export function canInclude(cs: CapabilityStatement, type: string, value: string): boolean {
  const declared = resourceCapability(cs, type)?.searchInclude ?? [];
  return declared.includes("*") || declared.includes(value);
}

/**
 * "Type?a=1&b=2" with only the parameters the statement declares for the type (a server may
 * refuse an unknown one; what is dropped the caller filters for itself) and the includes it allows.
 */
export function searchUrl(cs: CapabilityStatement, type: string, params: [string, string][]): string {
  const kept = params.filter(([name, value]) => {
    if (name === "_include") return canInclude(cs, type, value);
    return RESULT_PARAMS.has(name) || supportsSearchParam(cs, type, name);
  });
  return `${type}?${kept.map(([name, value]) => `${name}=${encodeValue(value)}`).join("&")}`;
}

/**
 * The searches of one round trip: one batch Bundle where the server offers batch, parallel GETs
 * otherwise, and always parallel GETs when a search has _include (a batch entry's includes are
 * not answered by every server, this sandbox's engine among them). A failed search is an outcome,
 * not an exception; `next` pages are followed up to each search's maxPages.
 */
export async function runSearches(gateway: FhirGateway, cs: CapabilityStatement, searches: readonly WorklistSearch[]): Promise<SearchOutcome[]> {
  if (searches.length === 0) return [];
  const batch = searches.length > 1 && supportsSystemInteraction(cs, "batch") && !searches.some((s) => /[?&]_(rev)?include=/.test(s.url));
  const firstPages = batch ? await viaBatch(gateway, searches) : await Promise.all(searches.map((s) => getPage(gateway, s.url)));
  return Promise.all(firstPages.map((page, i) => (page.ok ? withNextPages(gateway, page.bundle, searches[i]?.maxPages ?? 1) : page)));
}

type PageOutcome = { ok: true; bundle: Bundle } | { ok: false; error: FhirError };

function getPage(gateway: FhirGateway, url: string): Promise<PageOutcome> {
  return gateway.get<Bundle>(url).then(
    (bundle): PageOutcome => (bundle?.resourceType === "Bundle" ? { ok: true, bundle } : { ok: false, error: notABundle(url) }),
    (error: unknown): PageOutcome => ({ ok: false, error: normalizeOutcome(error) }),
  );
}

async function viaBatch(gateway: FhirGateway, searches: readonly WorklistSearch[]): Promise<PageOutcome[]> {
  const request: Bundle = { resourceType: "Bundle", type: "batch", entry: searches.map((s) => ({ request: { method: "GET", url: s.url } })) };
  let response: Bundle;
  try {
    response = await gateway.batch(request);
  } catch {
    return Promise.all(searches.map((s) => getPage(gateway, s.url)));
  }
  return searches.map((search, i): PageOutcome => {
    const entry = response.entry?.[i];
    const status = Number.parseInt(entry?.response?.status ?? "0", 10);
    const resource = entry?.resource as FhirResource | undefined;
    if (status >= 200 && status < 300 && resource?.resourceType === "Bundle") return { ok: true, bundle: resource };
    const outcome = (entry?.response?.outcome ?? resource) as FhirResource | undefined;
    if (outcome?.resourceType === "OperationOutcome") return { ok: false, error: new FhirError(status, outcome) };
    return { ok: false, error: notABundle(search.url) };
  });
}

async function withNextPages(gateway: FhirGateway, first: Bundle, maxPages: number): Promise<SearchOutcome> {
  const resources: FhirResource[] = [];
  let page: Bundle | undefined = first;
  for (let read = 1; page; read++) {
    for (const entry of page.entry ?? []) if (entry.resource && entry.search?.mode !== "outcome") resources.push(entry.resource as FhirResource);
    const next: string | undefined = page.link?.find((l) => l.relation === "next")?.url;
    if (!next) return { ok: true, resources, truncated: false };
    if (read >= maxPages) return { ok: true, resources, truncated: true };
    try {
      page = await gateway.get<Bundle>(next);
    } catch (error) {
      return { ok: false, error: normalizeOutcome(error) };
    }
  }
  return { ok: true, resources, truncated: false };
}

function notABundle(url: string): FhirError {
  return new FhirError(0, outcomeOf([{ severity: "error", code: "structure", diagnostics: `The server did not answer ${url.split("?")[0] ?? url} with a search Bundle.` }]));
}
