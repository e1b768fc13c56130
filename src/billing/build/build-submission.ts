import type { Bundle, ChargeItem, Claim, Provenance } from "fhir/r4";
import type { BuildContext, ReadyDraft } from "./build-context.ts";
import { buildChargeItems } from "./build-charge-items.ts";
import { buildClaim } from "./build-claim.ts";
import { buildProvenance } from "./build-provenance.ts";
import { deterministicUrnUuid } from "./deterministic-uuid.ts";
import {
  chargeItemSubmissionValue,
  claimSubmissionValue,
  identifierCondition,
  provenanceSubmissionValue,
  tagCondition,
} from "./submission-identifiers.ts";

/** One resource to write: its placeholder fullUrl and the condition that makes a retry safe. */
export interface SubmissionEntry<R> {
  fullUrl: string;
  resource: R;
  /** Search query (no leading "?") for the conditional create. */
  ifNoneExist: string;
}

/** Everything one submission writes, in dependency order: charges, claim, provenance. */
export interface Submission {
  chargeItems: SubmissionEntry<ChargeItem>[];
  claim: SubmissionEntry<Claim>;
  /** Targets the claim and the charge items by their urn:uuid fullUrls. */
  provenance: SubmissionEntry<Provenance>;
}

export function buildSubmission(draft: ReadyDraft, context: BuildContext): Submission {
  const chargeItems = buildChargeItems(draft, context).map((resource, index) => {
    const value = chargeItemSubmissionValue(draft.encounterRef, draft.revision, draft.lines[index]?.id ?? `${index}`);
    return { fullUrl: deterministicUrnUuid(value), resource, ifNoneExist: identifierCondition(value) };
  });
  const claimValue = claimSubmissionValue(draft.encounterRef, draft.revision);
  const claim = {
    fullUrl: deterministicUrnUuid(claimValue),
    resource: buildClaim(draft, context),
    ifNoneExist: identifierCondition(claimValue),
  };
  const provenanceValue = provenanceSubmissionValue(draft.encounterRef, draft.revision);
  const targets = [claim.fullUrl, ...chargeItems.map((entry) => entry.fullUrl)];
  const provenance = {
    fullUrl: deterministicUrnUuid(provenanceValue),
    resource: buildProvenance(draft, { targets, activity: "CREATE" }, context),
    ifNoneExist: tagCondition(provenanceValue),
  };
  return { chargeItems, claim, provenance };
}

export function submissionEntries(submission: Submission): SubmissionEntry<ChargeItem | Claim | Provenance>[] {
  return [...submission.chargeItems, submission.claim, submission.provenance];
}

/** A transaction Bundle of conditional creates: one round trip, all or nothing, safe to repeat. */
export function buildSubmissionBundle(submission: Submission): Bundle {
  return {
    resourceType: "Bundle",
    type: "transaction",
    entry: submissionEntries(submission).map((entry) => ({
      fullUrl: entry.fullUrl,
      resource: entry.resource,
      request: { method: "POST", url: entry.resource.resourceType, ifNoneExist: entry.ifNoneExist },
    })),
  };
}
