import type { EncounterContext } from "./context/encounter-context.ts";
import { loadEncounterContext, type EncounterIds } from "./context/load-encounter-context.ts";
import type { FhirGateway } from "./fhir-gateway.ts";

/** Query options (react-query shape, no React here) for the encounter in context. */
export function encounterContextQuery(gateway: FhirGateway, ids: EncounterIds) {
  return {
    queryKey: ["encounter-context", gateway.baseUrl, ids.patientId, ids.encounterId ?? null] as const,
    queryFn: (): Promise<EncounterContext> => loadEncounterContext(gateway, ids),
    staleTime: 5 * 60_000,
  };
}
