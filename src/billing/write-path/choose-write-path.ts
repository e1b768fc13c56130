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
  const choice = choose(facts, options.billingEndpoint);
  const url = choice.kind === "billing-endpoint" ? choice.url : undefined;
  return { ...choice, ...writePathExplanation(choice.kind, facts, url), serverName: facts.serverName };
}

type Choice = { kind: Exclude<WritePathKind, "billing-endpoint"> } | { kind: "billing-endpoint"; url: string };

function choose(facts: WriteCapability, billingEndpoint: string | undefined): Choice {
  const all = [facts.chargeItem, facts.claim, facts.provenance];
  if (all.every(hasSafeCreate)) return { kind: facts.transaction ? "transaction" : "per-resource" };
  if (billingEndpoint) return { kind: "billing-endpoint", url: billingEndpoint };
  if (hasOracleCreate(facts)) return { kind: "oracle-operations" };
  return { kind: "export" };
}

/** ChargeItem/$create offered where plain create is not (Oracle Health). */
export function hasOracleCreate(facts: WriteCapability): boolean {
  return !facts.chargeItem.create && facts.chargeItem.operations.includes("create");
}
