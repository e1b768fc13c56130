import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";

function serverRest(cs: CapabilityStatement) {
  return cs.rest?.find((r) => r.mode === "server") ?? cs.rest?.[0];
}

export function resourceCapability(cs: CapabilityStatement, type: string): CapabilityStatementRestResource | undefined {
  return serverRest(cs)?.resource?.find((r) => r.type === type);
}

/** Whole-system interactions: batch, transaction, search-system, history-system. */
export function supportsSystemInteraction(cs: CapabilityStatement, code: "batch" | "transaction"): boolean {
  return serverRest(cs)?.interaction?.some((i) => i.code === code) ?? false;
}

export function supportsInteraction(cs: CapabilityStatement, type: string, code: string): boolean {
  return resourceCapability(cs, type)?.interaction?.some((i) => i.code === code) ?? false;
}

export function supportsSearchParam(cs: CapabilityStatement, type: string, name: string): boolean {
  return resourceCapability(cs, type)?.searchParam?.some((p) => p.name === name) ?? false;
}
