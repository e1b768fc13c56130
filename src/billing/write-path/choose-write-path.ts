import type { CapabilityStatement } from "fhir/r4";
import { hasSafeCreate, readWriteCapability, type WriteCapability } from "./capability-facts.ts";
import { writePathExplanation } from "./write-path-explanation.ts";

interface Explained {
  /** Why this path: one or two sentences shown to the user before submitting. */
  explanation: string;
  /** What will be written where, one sentence per destination. */
  writes: string[];
  serverName: string;
}

export type WritePath =
  | ({ kind: "transaction" } & Explained)
  | ({ kind: "per-resource" } & Explained)
  | ({ kind: "oracle-operations" } & Explained)
  | ({ kind: "billing-endpoint"; url: string } & Explained)
  | ({ kind: "export" } & Explained);

export type WritePathKind = WritePath["kind"];

export interface WritePathOptions {
  /** A separately configured billing FHIR server, for EMRs that accept no claims. */
  billingEndpoint?: string;
}

/**
 * Picks how a submission is written, from what the EHR declares. Only paths a retry cannot
 * duplicate qualify: plain creates must be conditional, Oracle's $create carries a transactionId.
 */
export function chooseWritePath(capability: CapabilityStatement, options: WritePathOptions = {}): WritePath {
  const facts = readWriteCapability(capability);
  const kind = chooseKind(facts, options);
  const text = writePathExplanation(kind, facts, options.billingEndpoint);
  const explained = { ...text, serverName: facts.serverName };
  if (kind === "billing-endpoint" && options.billingEndpoint) {
    return { kind, url: options.billingEndpoint, ...explained };
  }
  return { kind: kind === "billing-endpoint" ? "export" : kind, ...explained };
}

function chooseKind(facts: WriteCapability, options: WritePathOptions): WritePathKind {
  const all = [facts.chargeItem, facts.claim, facts.provenance];
  if (all.every(hasSafeCreate)) return facts.transaction ? "transaction" : "per-resource";
  if (options.billingEndpoint) return "billing-endpoint";
  if (hasOracleCreate(facts)) return "oracle-operations";
  return "export";
}

/** ChargeItem/$create offered where plain create is not (Oracle Health). */
export function hasOracleCreate(facts: WriteCapability): boolean {
  return !facts.chargeItem.create && facts.chargeItem.operations.includes("create");
}
