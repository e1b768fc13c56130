import type { ResourceWrite, WriteCapability } from "./capability-facts.ts";

type Kind = "transaction" | "per-resource" | "oracle-operations" | "billing-endpoint" | "export";

const DOWNLOAD =
  "a FHIR R4 Bundle file to download: hand it to your billing system or clearinghouse (a FHIR server accepts it as is, and sending it twice creates nothing twice)";

/** The sentences shown before submitting: why this path, and what goes where. */
export function writePathExplanation(kind: Kind, facts: WriteCapability, billingEndpoint?: string): { explanation: string; writes: string[] } {
  const server = facts.serverName;
  switch (kind) {
    case "transaction":
      return {
        explanation: `${server} accepts transactions and conditional creates of ChargeItem, Claim and Provenance, so the submission is written in one all-or-nothing request that is safe to retry.`,
        writes: [`The ChargeItems (one per service line), the Claim and a Provenance go to ${server} in one transaction.`],
      };
    case "per-resource":
      return {
        explanation: `${server} accepts conditional creates of ChargeItem, Claim and Provenance but no transaction, so they are written one at a time; if one fails, a retry skips what was already written.`,
        writes: [`The ChargeItems, then the Claim, then a Provenance go to ${server}, one request each.`],
      };
    case "billing-endpoint":
      return {
        explanation: `${server} does not accept the claim (${missingWrites(facts)}), and a billing FHIR server is configured, so the whole submission goes there.`,
        writes: [
          `The ChargeItems, the Claim and a Provenance go to the billing server at ${billingEndpoint ?? "(not configured)"}.`,
          `Nothing is written to ${server}, so its own billing cannot bill this visit a second time.`,
        ],
      };
    case "oracle-operations":
      return {
        explanation: `${server} offers no plain ChargeItem create but offers the ChargeItem $create operation, and it accepts no Claim.`,
        writes: [
          `The charges go to ${server} through ChargeItem/$create, one per service line, each with a fixed transactionId so a retry is not billed twice.`,
          `The Claim and its Provenance become ${DOWNLOAD}.`,
        ],
      };
    case "export":
      return {
        explanation: `${server} accepts none of the writes a claim needs (${missingWrites(facts)}), so nothing is written to it.`,
        writes: [`The ChargeItems, the Claim and a Provenance become ${DOWNLOAD}.`],
      };
  }
}

/** e.g. "no ChargeItem create; Claim create without conditional create". */
export function missingWrites(facts: WriteCapability): string {
  const parts = ([["ChargeItem", facts.chargeItem], ["Claim", facts.claim], ["Provenance", facts.provenance]] as const)
    .flatMap(([type, write]) => missingWrite(type, write));
  if (!facts.transaction) parts.push("no transaction");
  return parts.join("; ");
}

function missingWrite(type: string, write: ResourceWrite): string[] {
  if (!write.create) return [`no ${type} create`];
  if (!write.conditionalCreate) return [`${type} create without conditional create`];
  return [];
}
