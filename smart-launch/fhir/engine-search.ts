/**
 * Searches the engine, with one speed-up: _id or a reference parameter with many OR values
 * (ClaimResponse?request=Claim/1,...,Claim/1000) is filtered here with a Set, because the
 * in-memory engine compares every resource with every value (seconds for a thousand claims).
 */
import { evalFhirPath, getSearchParameter, parseSearchRequest } from "@medplum/core";
import type { Bundle, Reference, Resource } from "fhir/r4";
import type { FhirEngine } from "./engine.ts";

const MANY_VALUES = 10;
const ALL = "100000";

/** expression undefined: the filter is on the resource id (_id). */
interface ReferenceFilter { expression?: string; values: Set<string> }

function manyValueFilters(type: string, query: URLSearchParams): [ReferenceFilter[], URLSearchParams] {
  const filters: ReferenceFilter[] = [];
  const rest = new URLSearchParams();
  for (const [key, value] of query) {
    const definition = key.includes(":") ? undefined : getSearchParameter(type, key);
    const values = value.split(",");
    if (values.length <= MANY_VALUES) rest.append(key, value);
    else if (key === "_id") filters.push({ values: new Set(values) });
    else if (definition?.type === "reference" && definition.expression) filters.push({ expression: definition.expression, values: new Set(values) });
    else rest.append(key, value);
  }
  return [filters, rest];
}

function matches(resource: Resource, filter: ReferenceFilter): boolean {
  if (!filter.expression) return filter.values.has(resource.id ?? "");
  return evalFhirPath(filter.expression, resource).some((value) => filter.values.has((value as Reference | undefined)?.reference ?? ""));
}

export async function searchEngine(engine: FhirEngine, type: string, query: URLSearchParams): Promise<Bundle> {
  const [filters, rest] = manyValueFilters(type, query);
  if (filters.length === 0) return (await engine.repo.search(parseSearchRequest(`${type}?${query}`))) as unknown as Bundle;
  const count = Number(query.get("_count") ?? 20);
  const offset = Number(query.get("_offset") ?? 0);
  rest.set("_count", ALL);
  rest.delete("_offset");
  const everything = (await engine.repo.search(parseSearchRequest(`${type}?${rest}`))) as unknown as Bundle;
  const kept = (everything.entry ?? []).filter((e) => e.resource && filters.every((f) => matches(e.resource as Resource, f)));
  const page = kept.slice(offset, offset + count);
  return { resourceType: "Bundle", type: "searchset", total: kept.length, ...(page.length ? { entry: page } : {}) };
}
