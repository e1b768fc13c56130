import { useQuery } from "@tanstack/react-query";
import { chooseWritePath, type WritePath } from "../../billing/write-path/choose-write-path.ts";
import { useSession } from "../shell/session-context.tsx";
import { billingEndpointFor, type BillingConfig } from "./billing-config.ts";

/** The write path chosen from the EHR's (cached) CapabilityStatement; undefined while it loads. */
export function useWritePath(config: BillingConfig): WritePath | undefined {
  const { gateway } = useSession();
  const capability = useQuery({ queryKey: ["capabilities", gateway.baseUrl], queryFn: () => gateway.capabilities(), staleTime: Infinity });
  if (capability.status !== "success") return undefined;
  const endpoint = billingEndpointFor(config, gateway.baseUrl);
  return chooseWritePath(capability.data, endpoint ? { billingEndpoint: endpoint.fhirBase } : {});
}

/** Whether the path keeps the claim on a FHIR store the next person reads (drafts, hand-off, status). */
export function storeMode(path: WritePath | undefined): "transaction" | "per-resource" | undefined {
  if (path?.kind === "transaction" || path?.kind === "billing-endpoint") return "transaction";
  if (path?.kind === "per-resource") return "per-resource";
  return undefined;
}
