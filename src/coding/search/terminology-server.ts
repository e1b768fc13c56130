/**
 * FHIR terminology server boundary (pure): URLs for ValueSet/$expand?filter= and
 * CodeSystem/$lookup, parsers of their answers, and merging remote hits into local ones.
 * The fetch itself lives in src/fhir.
 */
import type { OperationOutcome, Parameters, ValueSet, ValueSetExpansionContains } from "fhir/r4";
import type { CodeHit } from "../code-index.ts";
import type { AddedCode } from "../store/index.ts";
import { HCPCS, HCPCS_OID, ICD10CM } from "../systems.ts";

export type TerminologyResult<T> = { ok: true; value: T } | { ok: false; outcome: OperationOutcome };

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/** `valueSet` defaults to the implicit value set of all codes of `system` ("<system>?fhir_vs"). */
export function buildExpandUrl(baseUrl: string, request: { filter: string; system?: string; valueSet?: string; count?: number; date?: string }): string {
  const url = request.valueSet ?? (request.system ? `${request.system}?fhir_vs` : undefined);
  if (url === undefined) throw new Error("buildExpandUrl: give a valueSet or a system");
  const params = new URLSearchParams({ url, filter: request.filter, count: String(request.count ?? 20) });
  if (request.date !== undefined) params.set("date", request.date);
  return `${trimBase(baseUrl)}/ValueSet/$expand?${params.toString()}`;
}

export function buildLookupUrl(baseUrl: string, system: string, code: string, date?: string): string {
  const params = new URLSearchParams({ system, code });
  if (date !== undefined) params.set("date", date);
  return `${trimBase(baseUrl)}/CodeSystem/$lookup?${params.toString()}`;
}

function asOutcome(body: unknown): OperationOutcome | undefined {
  const r = body as { resourceType?: unknown } | null;
  return typeof r === "object" && r !== null && r.resourceType === "OperationOutcome" ? (r as OperationOutcome) : undefined;
}

function invalid(diagnostics: string): { ok: false; outcome: OperationOutcome } {
  return { ok: false, outcome: { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", diagnostics }] } };
}

function flatten(contains: readonly ValueSetExpansionContains[], system: string | undefined, out: CodeHit[]): void {
  for (const c of contains) {
    const sys = c.system ?? system;
    if (sys && c.code && !c.abstract && c.inactive !== true) {
      out.push({ system: sys === HCPCS_OID ? HCPCS : sys, code: c.code, display: c.display ?? c.code, billable: true });
    }
    if (c.contains) flatten(c.contains, sys, out);
  }
}

/** The codes of a $expand answer (nested `contains` flattened; abstract and inactive left out). */
export function parseExpandResponse(body: unknown): TerminologyResult<CodeHit[]> {
  const outcome = asOutcome(body);
  if (outcome) return { ok: false, outcome };
  const vs = body as ValueSet | null;
  if (typeof vs !== "object" || vs === null || vs.resourceType !== "ValueSet") return invalid("$expand did not answer a ValueSet");
  const hits: CodeHit[] = [];
  flatten(vs.expansion?.contains ?? [], undefined, hits);
  return { ok: true, value: hits };
}

/** The display of a $lookup answer (Parameters with "display", else "name"). */
export function parseLookupResponse(body: unknown, system: string, code: string): TerminologyResult<AddedCode> {
  const outcome = asOutcome(body);
  if (outcome) return { ok: false, outcome };
  const p = body as Parameters | null;
  if (typeof p !== "object" || p === null || p.resourceType !== "Parameters") return invalid("$lookup did not answer Parameters");
  const value = (name: string): string | undefined => p.parameter?.find((x) => x.name === name)?.valueString;
  const display = value("display") ?? value("name");
  if (display === undefined) return invalid(`$lookup gave no display for ${code}`);
  return { ok: true, value: { system: system === HCPCS_OID ? HCPCS : system, code, display } };
}

/**
 * Local hits first (they are ranked and dated), then remote hits not already there; a remote
 * display replaces a local one only when the local display is empty. Remote ICD-10-CM codes are
 * never added: the shipped ICD-10-CM editions decide what is billable on the date (a server's
 * header would otherwise be offered as billable).
 */
export function mergeRemoteHits(local: readonly CodeHit[], remote: readonly CodeHit[], limit = 20): CodeHit[] {
  const key = (h: CodeHit): string => `${h.system === HCPCS_OID ? HCPCS : h.system}|${h.code.toUpperCase()}`;
  const remoteByKey = new Map(remote.map((h) => [key(h), h]));
  const merged = local.map((h) => (h.display === "" && remoteByKey.has(key(h)) ? { ...h, display: remoteByKey.get(key(h))?.display ?? "" } : h));
  const seen = new Set(merged.map(key));
  for (const h of remote) {
    if (seen.has(key(h)) || h.system === ICD10CM) continue;
    seen.add(key(h));
    merged.push(h);
  }
  return merged.slice(0, limit);
}
