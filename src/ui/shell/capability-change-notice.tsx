import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";

/**
 * Whether the EHR's CapabilityStatement changed since the copy the chart was read with: the chart
 * is then read again with the revalidated statement (the write path always waits for that one).
 */
export function useCapabilityChange(gateway: FhirGateway): boolean {
  const queryClient = useQueryClient();
  const changed = useQuery({ queryKey: ["capabilities-changed", gateway.baseUrl], queryFn: () => gateway.capabilitiesChanged(), staleTime: Infinity, retry: false });
  useEffect(() => {
    if (changed.data) void queryClient.invalidateQueries({ queryKey: ["encounter-context", gateway.baseUrl] });
  }, [changed.data, gateway.baseUrl, queryClient]);
  return changed.data === true;
}

/** Says that the chart was read again because the EHR's capabilities changed. */
export function CapabilityChangeNotice() {
  return (
    <div role="status" className="notice info">
      The EHR&apos;s capabilities changed since the last launch: the chart was read again with the new ones, and the claim is
      written the way the EHR now allows.
    </div>
  );
}
