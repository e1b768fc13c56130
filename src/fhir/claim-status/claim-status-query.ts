import type { FhirGateway } from "../fhir-gateway.ts";
import { loadClaimStatuses, type KnownClaimStatus, type LoadStatusOptions } from "./load-claim-statuses.ts";

/** Query options (react-query shape, no React here): the latest status of each claim. */
export function claimStatusQuery(gateway: FhirGateway, claimRefs: readonly string[], options: LoadStatusOptions = {}) {
  const refs = [...new Set(claimRefs)].sort();
  return {
    queryKey: ["claim-status", gateway.baseUrl, refs] as const,
    queryFn: (): Promise<Record<string, KnownClaimStatus>> => loadClaimStatuses(gateway, refs, options),
  };
}
