import type { CapabilityStatement } from "fhir/r4";
import { supportsInteraction, supportsSearchParam } from "../capabilities.ts";

/** Where a server keeps the payer's answers to claims, and the search parameter naming the Claim. */
export type StatusSource =
  | { type: "ClaimResponse"; claimParam: "request" }
  | { type: "ExplanationOfBenefit"; claimParam: "claim" };

/** ClaimResponse?request= when offered, else ExplanationOfBenefit?claim= (Epic); undefined when neither. */
export function statusSourceOf(capability: CapabilityStatement): StatusSource | undefined {
  if (canSearch(capability, "ClaimResponse", "request")) return { type: "ClaimResponse", claimParam: "request" };
  if (canSearch(capability, "ExplanationOfBenefit", "claim")) return { type: "ExplanationOfBenefit", claimParam: "claim" };
  return undefined;
}

function canSearch(capability: CapabilityStatement, type: string, param: string): boolean {
  return supportsInteraction(capability, type, "search-type") && supportsSearchParam(capability, type, param);
}
