/**
 * Search parameters checked against the served CapabilityStatement (unknown ones are refused,
 * not ignored) and reference values normalised for the engine: bare ids ("encounter=123") and
 * absolute URLs become "Type/id".
 */
import { getSearchParameter } from "@medplum/core";
import type { CapabilityStatementRestResource } from "fhir/r4";

/** Result parameters every persona accepts (the search parameters proper come from the statement). */
export const COMMON_PARAMS = new Set(["_count", "_sort", "_offset", "_id", "_lastUpdated", "_include", "_revinclude", "_summary", "_elements", "_format", "_total"]);

function baseName(key: string): string {
  return key.split(":")[0]?.split(".")[0] ?? key;
}

function includeAllowed(declared: string[] | undefined, value: string): boolean {
  const list = declared ?? [];
  return list.includes("*") || list.includes(value) || list.includes(value.split(":").slice(0, 2).join(":"));
}

export interface SearchParamProblem { status: number; text: string }

/**
 * The first parameter the statement does not declare (400), or that it declares but this
 * sandbox's engine cannot evaluate (501: vendor parameters such as Oracle's "-encounter" or
 * Epic's "onlyscannable", which an engine would otherwise ignore and answer with everything).
 */
export function searchParamProblem(resource: CapabilityStatementRestResource, params: URLSearchParams): SearchParamProblem | undefined {
  const declared = new Set((resource.searchParam ?? []).map((p) => p.name));
  for (const [key, value] of params) {
    const base = baseName(key);
    if (base === "_include" && !includeAllowed(resource.searchInclude, value)) return { status: 400, text: `_include=${value} is not supported for ${resource.type}` };
    if (base === "_revinclude" && !includeAllowed(resource.searchRevInclude, value)) return { status: 400, text: `_revinclude=${value} is not supported for ${resource.type}` };
    if (COMMON_PARAMS.has(base)) continue;
    const chain = key.split(":")[0] ?? key;
    if (chain.includes(".") && declared.has(chain)) return { status: 501, text: `Chained search parameter "${chain}" for ${resource.type} is declared by this server's vendor but not implemented by this sandbox.` };
    if (!declared.has(base)) return { status: 400, text: `Unknown search parameter "${key}" for ${resource.type}` };
    if (!getSearchParameter(resource.type, base)) return { status: 501, text: `Search parameter "${base}" for ${resource.type} is declared by this server's vendor but not implemented by this sandbox.` };
  }
  return undefined;
}

function normaliseReference(value: string, targets: string[], fhirBase: string): string {
  const relative = value.startsWith(`${fhirBase}/`) ? value.slice(fhirBase.length + 1) : value;
  if (relative.includes("/") || relative.includes("|")) return relative;
  return targets.map((t) => `${t}/${relative}`).join(",");
}

/**
 * "patient" is defined as `X.subject.where(resolve() is Patient)` for many types; the in-memory
 * engine evaluates resolve() per resource (seconds per search). The values are already "Patient/id",
 * so searching `subject` gives the same matches.
 */
export function fastEquivalent(type: string, code: string): string {
  const expression = getSearchParameter(type, code)?.expression ?? "";
  return code === "patient" && expression.includes("resolve() is Patient") && getSearchParameter(type, "subject") ? "subject" : code;
}

/** The engine's form of the query: reference values as "Type/id" (bare ids expanded to every target type). */
export function normaliseSearchParams(type: string, params: URLSearchParams, fhirBase: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    const [code = key, modifier] = key.split(":");
    const definition = getSearchParameter(type, code);
    if (definition?.type !== "reference" || (modifier && !/^[A-Z]/.test(modifier))) {
      out.append(key, value);
      continue;
    }
    const targets = modifier ? [modifier] : definition.target ?? [];
    out.append(fastEquivalent(type, code), value.split(",").map((v) => normaliseReference(v, targets, fhirBase)).join(","));
  }
  return out;
}

/** _count and _offset must be whole numbers of 0 or more (a larger _count is cut to the largest page); a description of the first bad one. */
export function pagingProblem(params: URLSearchParams): string | undefined {
  for (const key of ["_count", "_offset"]) {
    for (const value of params.getAll(key)) {
      if (!/^\d{1,9}$/.test(value)) return `${key}=${value} is not a whole number of 0 or more.`;
    }
  }
  return undefined;
}
