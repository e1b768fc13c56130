import { keptCapabilityStatement, loadCapabilityStatement, sameCapabilityStatement } from "./capability-cache.ts";
import type { Bundle, CapabilityStatement, FhirResource, Resource } from "fhir/r4";
import { Client } from "fhir-kit-client";
import { FhirError, normalizeOutcome, outcomeOf } from "./fhir-error.ts";

export type SearchParams = Record<string, string | number | string[]>;

export interface GatewayOptions {
  baseUrl: string;
  /** Current access token (refreshed by the session when near expiry); undefined for open servers. */
  getAccessToken?: () => Promise<string | undefined>;
  /** Called once after a 401: obtain a new token (refresh grant). Returns false when it cannot. */
  refreshAccessToken?: () => Promise<boolean>;
  /** Observes every request (method, absolute URL): used to count round trips. */
  onRequest?: (method: string, url: string) => void;
  /** Abort a request after this many milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Where the CapabilityStatement is kept between launches (revalidated, see capability-cache.ts); none: read every time. */
  capabilityStorage?: Pick<Storage, "getItem" | "setItem">;
  /**
   * Identical searches share one request: one asked while the same search is on the wire, or
   * answered less than this many milliseconds ago, gets that answer (a copy). Any write through
   * this gateway ends the sharing. Undefined: every search is a request.
   */
  shareSearchesMs?: number;
}

/**
 * How long the app shares a search's answer (see GatewayOptions.shareSearchesMs): long enough for
 * two screens asking the same thing at launch (the claims worklist and the first status poll),
 * shorter than any poll interval.
 */
export const SHARED_SEARCH_MS = 1_000;

export interface CreateOptions {
  /** Conditional create: search query (without "?") that must match nothing. */
  ifNoneExist?: string;
}

/** The app's single door to a FHIR server. Every failure becomes a FhirError. */
export interface FhirGateway {
  readonly baseUrl: string;
  /** The server's statement, revalidated with the server: what writes are planned with. */
  capabilities(): Promise<CapabilityStatement>;
  /**
   * What reads are planned with: the copy kept from an earlier launch at once (the revalidation
   * starts beside the reads), else capabilities(). Never plan a write with it.
   */
  capabilitiesForReads(): Promise<CapabilityStatement>;
  /**
   * Resolves once the statement is revalidated: true when reads were planned with a kept copy
   * that the server's statement no longer matches (they should be planned again).
   */
  capabilitiesChanged(): Promise<boolean>;
  read<T extends Resource>(resourceType: T["resourceType"], id: string): Promise<T>;
  search<T extends Resource>(resourceType: T["resourceType"], params?: SearchParams): Promise<Bundle<T>>;
  /** Follows `next` links up to maxPages and returns the matched resources (not includes). */
  searchAll<T extends Resource>(resourceType: T["resourceType"], params?: SearchParams, maxPages?: number): Promise<T[]>;
  create<T extends Resource>(resource: T, options?: CreateOptions): Promise<T>;
  update<T extends Resource>(resource: T & { id: string }): Promise<T>;
  batch(bundle: Bundle): Promise<Bundle>;
  transaction(bundle: Bundle): Promise<Bundle>;
  operation<T extends FhirResource>(path: string, body?: FhirResource, method?: "GET" | "POST"): Promise<T>;
  /** GET an absolute or base-relative URL (paging links). */
  get<T extends FhirResource>(url: string): Promise<T>;
  /**
   * Any request (base-relative or absolute URL) with its own headers; resolves with the body
   * (or undefined for an empty one) and the response's Location/ETag/status.
   */
  send<T extends FhirResource>(request: RawRequest): Promise<RawResponse<T>>;
}

export interface RawRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface RawResponse<T> {
  status: number;
  location?: string;
  etag?: string;
  body?: T;
}

function toQuery(params: SearchParams = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Array.isArray(value) ? value : String(value);
  return out;
}

async function currentToken(options: GatewayOptions): Promise<string | undefined> {
  try {
    return await options.getAccessToken?.();
  } catch {
    throw new FhirError(401, outcomeOf([{ severity: "error", code: "login", diagnostics: "Your session has ended and could not be renewed." }]));
  }
}

export function createFhirGateway(options: GatewayOptions): FhirGateway {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const client = new Client({
    baseUrl,
    requestSigner: async (url: string, init: RequestInit) => {
      // fhir-kit-client sets keepalive, which makes Chromium refuse bodies over 64 KiB.
      init.keepalive = false;
      init.signal ??= AbortSignal.timeout(options.timeoutMs ?? 30_000);
      // The EHR's token goes to the EHR only, never to another server (a billing endpoint, a paging link elsewhere).
      const token = url.startsWith(`${baseUrl}/`) || url === baseUrl ? await currentToken(options) : undefined;
      if (token) (init.headers as Headers).set("authorization", `Bearer ${token}`);
      options.onRequest?.(init.method ?? "GET", url);
    },
  });

  async function call<T>(run: () => Promise<unknown>): Promise<T> {
    try {
      return (await run()) as T;
    } catch (first) {
      const error = normalizeOutcome(first);
      if (error.status !== 401 || !options.refreshAccessToken) throw error;
      if (!(await options.refreshAccessToken())) throw error;
      try {
        return (await run()) as T;
      } catch (second) {
        throw normalizeOutcome(second);
      }
    }
  }

  // Searches on the wire or answered within shareSearchesMs, by resource type and query.
  const shared = new Map<string, Promise<Bundle>>();
  const shareMs = options.shareSearchesMs;
  const search = (resourceType: string, params: SearchParams | undefined): Promise<Bundle> => {
    const run = () => call<Bundle>(() => client.search({ resourceType, searchParams: toQuery(params) }));
    if (shareMs === undefined) return run();
    const key = `${resourceType}?${JSON.stringify(Object.entries(toQuery(params)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
    const earlier = shared.get(key);
    if (earlier) return earlier.then((bundle) => structuredClone(bundle));
    const answer = run();
    shared.set(key, answer);
    const forget = () => { if (shared.get(key) === answer) shared.delete(key); };
    answer.then(() => {
      const timer: unknown = setTimeout(forget, shareMs);
      (timer as { unref?: () => void }).unref?.();
    }, forget);
    return answer;
  };
  let capabilityPromise: Promise<CapabilityStatement> | undefined;
  // The kept copy handed to reads before the revalidation answered, and the revalidated statement.
  let readCopy: CapabilityStatement | undefined;
  let revalidated: CapabilityStatement | undefined;
  /**
   * A write may change what any search answers: nothing asked before it is shared after it. While
   * reads run on a kept copy, no write leaves before the revalidation has answered.
   */
  const written = <T,>(run: () => Promise<T>): Promise<T> => {
    shared.clear();
    const pending = readCopy && !revalidated ? capabilityPromise?.then(() => undefined, () => undefined) : undefined;
    return (pending ? pending.then(run) : run()).finally(() => shared.clear());
  };

  const gateway: FhirGateway = {
    baseUrl,
    capabilitiesForReads: () => {
      const storage = options.capabilityStorage;
      if (revalidated || !storage) return gateway.capabilities();
      readCopy ??= keptCapabilityStatement(baseUrl, storage);
      if (!readCopy) return gateway.capabilities();
      // Revalidate beside the reads; a failure shows where the statement is needed for a write.
      gateway.capabilities().catch(() => undefined);
      return Promise.resolve(readCopy);
    },
    capabilitiesChanged: async () => {
      const fresh = await gateway.capabilities();
      return readCopy !== undefined && !sameCapabilityStatement(readCopy, fresh);
    },
    capabilities: () => {
      const storage = options.capabilityStorage;
      capabilityPromise ??= call<CapabilityStatement>(storage
        ? async () => {
          const token = await currentToken(options);
          options.onRequest?.("GET", `${baseUrl}/metadata`);
          return loadCapabilityStatement({
            baseUrl, storage, headers: token ? { authorization: `Bearer ${token}` } : {},
            fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) }),
          });
        }
        : () => client.request("metadata"));
      const asked = capabilityPromise;
      asked.then((statement) => { if (capabilityPromise === asked) revalidated = statement; }, () => { if (capabilityPromise === asked) capabilityPromise = undefined; });
      return asked;
    },
    read: (resourceType, id) => call(() => client.read({ resourceType, id })),
    search: (resourceType, params) => search(resourceType, params) as never,
    searchAll: async (resourceType, params, maxPages = 20) => {
      const found: Resource[] = [];
      let page: Bundle | undefined = await gateway.search(resourceType, params);
      for (let i = 0; page && i < maxPages; i++) {
        for (const entry of page.entry ?? []) {
          if (entry.resource && entry.search?.mode !== "include" && entry.search?.mode !== "outcome") found.push(entry.resource);
        }
        const next: string | undefined = page.link?.find((l) => l.relation === "next")?.url;
        page = next ? await gateway.get<Bundle>(next) : undefined;
      }
      return found as never;
    },
    create: (resource, createOptions) =>
      written(() => call(() =>
        client.create({
          resourceType: resource.resourceType,
          body: resource as unknown as Record<string, unknown> & { resourceType: string },
          options: createOptions?.ifNoneExist ? { headers: { "If-None-Exist": createOptions.ifNoneExist } } : {},
        }),
      )),
    update: (resource) =>
      written(() => call(() => client.update({ resourceType: resource.resourceType, id: resource.id, body: resource as unknown as Record<string, unknown> & { resourceType: string } }))),
    batch: (bundle) => {
      const run = () => call<Bundle>(() => client.batch({ body: bundle as unknown as Record<string, unknown> & { resourceType: string } }));
      // A batch of reads (the chart's round trips) changes nothing.
      return (bundle.entry ?? []).every((entry) => entry.request?.method === "GET") ? run() : written(run);
    },
    transaction: (bundle) => written(() => call(() => client.transaction({ body: bundle as unknown as Record<string, unknown> & { resourceType: string } }))),
    operation: (path, body, method = "POST") => {
      const result = () => call<never>(() => client.request(path, { method, ...(body ? { body: body as unknown as Record<string, unknown> } : {}), options: { headers: { "content-type": "application/fhir+json" } } }));
      return method === "GET" ? result() : written(result);
    },
    get: (url) => call(() => client.request(url)),
    send: <T extends FhirResource>(request: RawRequest) => {
      const result = () => call<RawResponse<T>>(async () => {
        const result = await client.request(request.url, {
          method: request.method,
          ...(request.body !== undefined ? { body: request.body as Record<string, unknown> } : {}),
          options: { headers: request.headers ?? {}, ...(request.signal ? { signal: request.signal } : {}) },
        });
        const response = (result as { __response?: Response }).__response;
        const hasBody = result && Object.keys(result).length > 0;
        return {
          status: response?.status ?? 200,
          ...(response?.headers.get("location") ? { location: response.headers.get("location") as string } : {}),
          ...(response?.headers.get("etag") ? { etag: response.headers.get("etag") as string } : {}),
          ...(hasBody ? { body: result as unknown as T } : {}),
        };
      });
      return request.method === "GET" ? result() : written(result);
    },
  };
  return gateway;
}
