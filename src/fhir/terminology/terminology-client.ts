import type { CodeHit } from "../../coding/code-index.ts";
import type { AddedCode } from "../../coding/store/index.ts";
import { buildExpandUrl, buildLookupUrl, parseExpandResponse, parseLookupResponse } from "../../coding/search/index.ts";
import { FhirError, normalizeOutcome } from "../fhir-error.ts";

export interface TerminologyClient {
  /** Codes of `systems` whose display matches `text` ($expand?filter=), as CodeHits. */
  expand(text: string, systems: readonly string[], options?: { date?: string; signal?: AbortSignal }): Promise<CodeHit[]>;
  /** The display of one code (CodeSystem/$lookup). */
  lookup(system: string, code: string): Promise<AddedCode>;
}

/**
 * A practice-configured FHIR terminology server (e.g. one licensed for CPT). It is another server:
 * no EHR token goes there. Each system is expanded in parallel; a failing system is left out
 * when another answered, so one refusal does not hide the rest.
 */
export function createTerminologyClient(baseUrl: string, fetcher: typeof fetch = fetch): TerminologyClient {
  async function expandOne(text: string, system: string, date: string | undefined, signal: AbortSignal | undefined): Promise<CodeHit[]> {
    const url = buildExpandUrl(baseUrl, { filter: text, system, count: 10, ...(date ? { date } : {}) });
    const response = await fetcher(url, { headers: { accept: "application/fhir+json" }, ...(signal ? { signal } : {}) });
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = parseExpandResponse(body);
    if (!parsed.ok) throw new FhirError(response.status, parsed.outcome);
    return parsed.value;
  }
  return {
    async lookup(system, code) {
      const response = await fetcher(buildLookupUrl(baseUrl, system, code), { headers: { accept: "application/fhir+json" } });
      const parsed = parseLookupResponse(await response.json().catch(() => undefined), system, code);
      if (!parsed.ok) throw new FhirError(response.status, parsed.outcome);
      return parsed.value;
    },
    async expand(text, systems, options = {}) {
      const results = await Promise.allSettled(systems.map((s) => expandOne(text, s, options.date, options.signal)));
      const hits = results.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
      const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (hits.length === 0 && failure) throw normalizeOutcome(failure.reason);
      return hits;
    },
  };
}
