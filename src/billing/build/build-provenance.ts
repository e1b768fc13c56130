import type { Provenance, Reference } from "fhir/r4";
import type { ClaimDraft } from "../claim-draft.ts";
import { requireUser, type BuildContext } from "./build-context.ts";

export const DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
const PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

export interface ProvenanceInput {
  /** References to what was written: urn:uuid fullUrls inside a transaction, real references otherwise. */
  targets: string[];
  activity: "CREATE" | "UPDATE";
}

/**
 * Who wrote the claim and its charges, and when: agent = the launch's fhirUser. Provenance.agent.who
 * is required: without a known user this throws MissingUserError instead of naming nobody.
 */
export function buildProvenance(draft: ClaimDraft, input: ProvenanceInput, context: BuildContext): Provenance {
  const provenance: Provenance = {
    resourceType: "Provenance",
    target: input.targets.map((reference): Reference => ({ reference })),
    recorded: context.now,
    activity: { coding: [{ system: DATA_OPERATION, code: input.activity }] },
    agent: [{
      type: { coding: [{ system: PARTICIPANT_TYPE, code: "author" }] },
      who: { reference: requireUser(context) },
    }],
  };
  if (draft.billingProviderRef) {
    const agent = provenance.agent[0];
    if (agent) agent.onBehalfOf = { reference: draft.billingProviderRef };
  }
  return provenance;
}
