import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";

/** What a server's CapabilityStatement says about writing the billing resources. */
export interface WriteCapability {
  serverName: string;
  transaction: boolean;
  chargeItem: ResourceWrite;
  claim: ResourceWrite;
  provenance: ResourceWrite;
}

export interface ResourceWrite {
  create: boolean;
  conditionalCreate: boolean;
  update: boolean;
  /** Operation names without "$" ("create", "credit", "modify"). */
  operations: string[];
}

const NO_WRITE: ResourceWrite = { create: false, conditionalCreate: false, update: false, operations: [] };

export function readWriteCapability(capability: CapabilityStatement): WriteCapability {
  const rest = capability.rest?.find((r) => r.mode === "server") ?? capability.rest?.[0];
  const resources = rest?.resource ?? [];
  return {
    serverName: capability.software?.name ?? capability.publisher ?? capability.title ?? capability.name ?? "the EHR",
    transaction: (rest?.interaction ?? []).some((i) => i.code === "transaction"),
    chargeItem: resourceWrite(resources, "ChargeItem"),
    claim: resourceWrite(resources, "Claim"),
    provenance: resourceWrite(resources, "Provenance"),
  };
}

function resourceWrite(resources: CapabilityStatementRestResource[], type: string): ResourceWrite {
  const resource = resources.find((r) => r.type === type);
  if (!resource) return NO_WRITE;
  const codes = (resource.interaction ?? []).map((i) => i.code);
  return {
    create: codes.includes("create"),
    conditionalCreate: resource.conditionalCreate === true,
    update: codes.includes("update"),
    operations: (resource.operation ?? []).map((op) => op.name.replace(/^\$/, "")),
  };
}

/** Plain create that a retry cannot duplicate: create with conditional create. */
export function hasSafeCreate(write: ResourceWrite): boolean {
  return write.create && write.conditionalCreate;
}
