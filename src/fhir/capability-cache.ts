import type { CapabilityStatement } from "fhir/r4";
import { FhirError, outcomeOf } from "./fhir-error.ts";

/** How long a CapabilityStatement the server gave no validator for is reused without asking again. */
export const CAPABILITY_MAX_AGE_MS = 60 * 60 * 1000;

interface CachedCapability {
  statement: CapabilityStatement;
  etag?: string;
  lastModified?: string;
  storedAt: number;
}

export interface CapabilityCacheOptions {
  baseUrl: string;
  storage: Pick<Storage, "getItem" | "setItem">;
  /** Headers sent with the request (authorization). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  now?: number;
  maxAgeMs?: number;
}

export function capabilityCacheKey(baseUrl: string): string {
  return `fhir-capability:${baseUrl.replace(/\/+$/, "")}`;
}

function readCached(storage: CapabilityCacheOptions["storage"], key: string): CachedCapability | undefined {
  try {
    const value = JSON.parse(storage.getItem(key) ?? "null") as CachedCapability | null;
    return value && value.statement?.resourceType === "CapabilityStatement" && typeof value.storedAt === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

function store(storage: CapabilityCacheOptions["storage"], key: string, value: CachedCapability): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the next launch a download.
  }
}

/**
 * The copy kept for this server, whatever its age, without asking the server: what the chart's
 * reads are planned with while the copy is revalidated beside them (never what a write is planned
 * with; see FhirGateway.capabilitiesForReads).
 */
export function keptCapabilityStatement(baseUrl: string, storage: CapabilityCacheOptions["storage"]): CapabilityStatement | undefined {
  return readCached(storage, capabilityCacheKey(baseUrl))?.statement;
}

/** Whether two statements say the same thing (a 304 or an identical download). */
export function sameCapabilityStatement(a: CapabilityStatement, b: CapabilityStatement): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The server's CapabilityStatement, kept per base URL with its ETag / Last-Modified: revalidated
 * with If-None-Match / If-Modified-Since (a 304 reuses the copy); a copy without validators is
 * reused for maxAgeMs, then downloaded again.
 */
export async function loadCapabilityStatement(options: CapabilityCacheOptions): Promise<CapabilityStatement> {
  const base = options.baseUrl.replace(/\/+$/, "");
  const key = capabilityCacheKey(base);
  const now = options.now ?? Date.now();
  const cached = readCached(options.storage, key);
  const validated = Boolean(cached?.etag || cached?.lastModified);
  if (cached && !validated && now - cached.storedAt < (options.maxAgeMs ?? CAPABILITY_MAX_AGE_MS)) return cached.statement;
  const headers: Record<string, string> = { accept: "application/fhir+json", ...options.headers };
  if (cached?.etag) headers["if-none-match"] = cached.etag;
  if (cached?.lastModified) headers["if-modified-since"] = cached.lastModified;
  const response = await (options.fetch ?? fetch)(`${base}/metadata`, { headers });
  if (response.status === 304 && cached) {
    store(options.storage, key, { ...cached, storedAt: now });
    return cached.statement;
  }
  if (!response.ok) {
    throw new FhirError(response.status, outcomeOf([{ severity: "error", code: "exception", diagnostics: `The server's CapabilityStatement could not be read (HTTP ${response.status}).` }]));
  }
  const statement = (await response.json()) as CapabilityStatement;
  const fresh: CachedCapability = { statement, storedAt: now };
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (etag) fresh.etag = etag;
  if (lastModified) fresh.lastModified = lastModified;
  store(options.storage, key, fresh);
  return statement;
}
