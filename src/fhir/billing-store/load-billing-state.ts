import { readBillingState, type BillingState } from "../../billing/state/billing-state.ts";
import { emptyContext } from "../context/encounter-context.ts";
import { runReads } from "../context/load-encounter-context.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { billingFollowUpReads, billingReads } from "./billing-reads.ts";

/** Reads a billing plan cannot do without: planning writes on half of these could bill twice. */
export const CRITICAL_BILLING_READS = new Set(["Claims of this encounter", "Charges of this encounter"]);

/**
 * The encounter's billing state as the store holds it now (two round trips at most). A refused
 * Claim or ChargeItem read makes the whole load fail; the hand-off note, the payer's answers and
 * the history are shown when they can be read and left out when not.
 */
export async function loadBillingState(gateway: FhirGateway, encounterRef: string): Promise<BillingState> {
  const cs = await gateway.capabilities();
  const encounterId = encounterRef.split("/").pop() ?? encounterRef;
  const context = emptyContext();
  await runReads(gateway, cs, billingReads(cs, encounterId), context);
  await runReads(gateway, cs, billingFollowUpReads(cs, context), context);
  const failed = context.missing.find((m) => CRITICAL_BILLING_READS.has(m.what));
  if (failed) throw failed.error;
  return readBillingState(context.billingResources, encounterRef);
}

/** Query options (react-query shape) for the encounter's billing state on a store. */
export function billingStateQuery(gateway: FhirGateway, encounterRef: string) {
  return {
    queryKey: ["billing-state", gateway.baseUrl, encounterRef] as const,
    queryFn: (): Promise<BillingState> => loadBillingState(gateway, encounterRef),
  };
}
