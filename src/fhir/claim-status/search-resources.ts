import type { Bundle, FhirResource } from "fhir/r4";
import { isJsonObject, objectsAt, stringAt } from "../../billing/status/json-shape.ts";
import { FhirError, isFhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway, SearchParams } from "../fhir-gateway.ts";

/**
 * A search read defensively, following `next` links up to maxPages: the matched resources as
 * unknown values (the caller checks their shape); a body that is not a searchset Bundle becomes
 * a FhirError saying so, never a TypeError.
 */
export async function searchResources(gateway: FhirGateway, type: string, params: SearchParams, maxPages = 20): Promise<unknown[]> {
  const found: unknown[] = [];
  let page: unknown = await guarded(type, () => gateway.search(type as FhirResource["resourceType"], params));
  for (let i = 0; i < maxPages && page !== undefined; i++) {
    if (!isJsonObject(page) || page["resourceType"] !== "Bundle") throw notABundle(type, page);
    for (const entry of objectsAt(page, "entry")) {
      const mode = isJsonObject(entry["search"]) ? entry["search"]["mode"] : undefined;
      if (mode !== "include" && mode !== "outcome" && entry["resource"] !== undefined) found.push(entry["resource"]);
    }
    const next = objectsAt(page, "link").find((link) => link["relation"] === "next");
    const url = next ? stringAt(next, "url") : undefined;
    page = url ? await guarded(type, () => gateway.get<Bundle>(url)) : undefined;
  }
  return found;
}

async function guarded(type: string, run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (isFhirError(error)) throw error;
    throw new FhirError(0, outcomeOf([{ severity: "error", code: "exception", diagnostics: `The ${type} search failed: ${String(error)}` }]));
  }
}

function notABundle(type: string, body: unknown): FhirError {
  const got = isJsonObject(body) && typeof body["resourceType"] === "string" ? `a ${body["resourceType"]}` : "something that is not FHIR JSON";
  return new FhirError(0, outcomeOf([{ severity: "error", code: "structure", diagnostics: `The server answered the ${type} search with ${got} instead of a search Bundle.` }]));
}
