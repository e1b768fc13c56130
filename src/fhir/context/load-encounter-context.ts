import type { Bundle, CapabilityStatement, FhirResource } from "fhir/r4";
import { supportsSystemInteraction } from "../capabilities.ts";
import { FhirError, normalizeOutcome, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { noteDocumentationSupport } from "./documentation-reads.ts";
import { emptyContext, type EncounterContext } from "./encounter-context.ts";
import { firstRoundReads, resourcesOf, secondRoundReads, type PlannedRead } from "./read-plan.ts";

type ReadResult = { ok: FhirResource } | { error: FhirError };

export interface EncounterIds {
  patientId: string;
  encounterId?: string;
}

/**
 * Reads the encounter context in two round trips (the second follows references the first
 * returned): a batch where the server offers one, parallel reads otherwise. They are planned with
 * the CapabilityStatement kept from an earlier launch, so they start while it is revalidated
 * (gateway.capabilitiesChanged says when they must be planned again); without a kept copy, after
 * the statement. A read that is refused or fails is recorded in `missing`; the rest is kept.
 */
export async function loadEncounterContext(gateway: FhirGateway, ids: EncounterIds): Promise<EncounterContext> {
  const cs = await gateway.capabilitiesForReads();
  const context = emptyContext();
  noteDocumentationSupport(context, cs);
  await runReads(gateway, cs, firstRoundReads(cs, ids.patientId, ids.encounterId), context);
  await runReads(gateway, cs, secondRoundReads(context, cs), context);
  return context;
}

export async function runReads(gateway: FhirGateway, cs: CapabilityStatement, reads: PlannedRead[], context: EncounterContext) {
  if (reads.length === 0) return;
  const results = supportsSystemInteraction(cs, "batch") ? await viaBatch(gateway, reads) : await viaParallel(gateway, reads);
  const pages = await Promise.all(results.map((r) => ("ok" in r ? withNextPages(gateway, r.ok) : Promise.resolve([]))));
  results.forEach((result, i) => {
    const read = reads[i];
    if (!read) return;
    if ("error" in result) context.missing.push({ what: read.what, error: result.error });
    else read.store(context, [...resourcesOf(result.ok), ...(pages[i] ?? [])]);
  });
}

function viaParallel(gateway: FhirGateway, reads: PlannedRead[]): Promise<ReadResult[]> {
  return Promise.all(
    reads.map((read) =>
      gateway.get<FhirResource>(read.url).then(
        (ok): ReadResult => ({ ok }),
        (error: unknown): ReadResult => ({ error: normalizeOutcome(error) }),
      ),
    ),
  );
}

async function viaBatch(gateway: FhirGateway, reads: PlannedRead[]): Promise<ReadResult[]> {
  const bundle: Bundle = {
    resourceType: "Bundle",
    type: "batch",
    entry: reads.map((read) => ({ request: { method: "GET", url: read.url } })),
  };
  let response: Bundle<FhirResource>;
  try {
    response = (await gateway.batch(bundle)) as Bundle<FhirResource>;
  } catch {
    return viaParallel(gateway, reads);
  }
  return reads.map((_, i) => batchEntryResult(response.entry?.[i]));
}

function batchEntryResult(entry: NonNullable<Bundle<FhirResource>["entry"]>[number] | undefined): ReadResult {
  const status = Number.parseInt(entry?.response?.status ?? "0", 10);
  if (entry?.resource && status >= 200 && status < 300) return { ok: entry.resource };
  const outcome = (entry?.response?.outcome ?? entry?.resource) as FhirResource | undefined;
  if (outcome?.resourceType === "OperationOutcome") return { error: new FhirError(status, outcome) };
  return { error: new FhirError(status, outcomeOf([{ severity: "error", code: "exception", diagnostics: `No answer for this read (status ${status || "none"}).` }])) };
}

/** The resources of the `next` pages of a searchset, fetched one after another. */
async function withNextPages(gateway: FhirGateway, first: FhirResource, maxPages = 10): Promise<FhirResource[]> {
  const found: FhirResource[] = [];
  let page: FhirResource = first;
  for (let i = 0; i < maxPages && page.resourceType === "Bundle"; i++) {
    const next = (page as Bundle).link?.find((l) => l.relation === "next")?.url;
    if (!next) break;
    page = await gateway.get<Bundle>(next);
    found.push(...resourcesOf(page));
  }
  return found;
}
