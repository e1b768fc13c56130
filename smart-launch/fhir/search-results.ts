/**
 * What the engine leaves out of a searchset: fullUrls, paging links (self, next, previous) when
 * _count cuts the results, and _include / _revinclude resources (search.mode "include").
 */
import { DEFAULT_SEARCH_COUNT, evalFhirPath, getSearchParameter } from "@medplum/core";
import type { Bundle, BundleEntry, BundleLink, Reference, Resource } from "fhir/r4";
import type { FhirEngine } from "./engine.ts";
import { searchEngine } from "./engine-search.ts";

function pageUrl(base: string, type: string, params: URLSearchParams, offset: number): string {
  const page = new URLSearchParams(params);
  page.delete("_offset");
  if (offset > 0) page.set("_offset", String(offset));
  const query = page.toString();
  return `${base}/${type}${query ? `?${query}` : ""}`;
}

export function pageLinks(base: string, type: string, params: URLSearchParams, total: number): BundleLink[] {
  const count = Number(params.get("_count") ?? DEFAULT_SEARCH_COUNT);
  const offset = Number(params.get("_offset") ?? 0);
  const links: BundleLink[] = [{ relation: "self", url: pageUrl(base, type, params, offset) }];
  if (count > 0 && offset + count < total) {
    const next = new URLSearchParams(params);
    next.set("_count", String(count));
    links.push({ relation: "next", url: pageUrl(base, type, next, offset + count) });
  }
  if (offset > 0) links.push({ relation: "previous", url: pageUrl(base, type, params, Math.max(0, offset - count)) });
  return links;
}

function referencesAt(resource: Resource, type: string, code: string): string[] {
  const expression = getSearchParameter(type, code)?.expression;
  if (!expression) return [];
  return evalFhirPath(expression, resource).flatMap((value) => {
    const reference = (value as Reference | undefined)?.reference;
    return typeof reference === "string" ? [reference] : [];
  });
}

async function included(engine: FhirEngine, type: string, matches: Resource[], value: string): Promise<Resource[]> {
  const [source, code = "", target] = value.split(":");
  if (source !== type) return [];
  const refs = [...new Set(matches.flatMap((m) => referencesAt(m, type, code)))].filter((r) => !target || r.startsWith(`${target}/`));
  const read = await Promise.all(refs.map((reference) => engine.repo.readReference({ reference }).catch(() => undefined)));
  return read.filter((r): r is NonNullable<typeof r> => r !== undefined) as unknown as Resource[];
}

async function revIncluded(engine: FhirEngine, matches: Resource[], value: string): Promise<Resource[]> {
  const [source = "", code = ""] = value.split(":");
  if (matches.length === 0) return [];
  const refs = matches.map((m) => `${m.resourceType}/${m.id ?? ""}`).join(",");
  const bundle = await searchEngine(engine, source, new URLSearchParams({ [code]: refs, _count: "10000" }));
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

/** The searchset with fullUrls, paging links and the included resources `mayInclude` lets through. */
export async function completeSearchset(engine: FhirEngine, base: string, type: string, bundle: Bundle, params: URLSearchParams, mayInclude: (resource: Resource) => boolean): Promise<Bundle> {
  const matches = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const seen = new Set(matches.map((m) => `${m.resourceType}/${m.id ?? ""}`));
  const extra: Resource[] = [];
  for (const value of params.getAll("_include")) extra.push(...(await included(engine, type, matches, value)));
  for (const value of params.getAll("_revinclude")) extra.push(...(await revIncluded(engine, matches, value)));
  const includeEntries: BundleEntry[] = [];
  for (const resource of extra) {
    if (!mayInclude(resource)) continue;
    const key = `${resource.resourceType}/${resource.id ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    includeEntries.push({ fullUrl: `${base}/${key}`, resource, search: { mode: "include" } });
  }
  const entry = [...matches.map((resource): BundleEntry => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ""}`, resource, search: { mode: "match" } })), ...includeEntries];
  return { resourceType: "Bundle", type: "searchset", total: bundle.total ?? matches.length, link: pageLinks(base, type, params, bundle.total ?? matches.length), ...(entry.length ? { entry } : {}) };
}
