import type { ChargeItem, Claim } from "fhir/r4";
import type { BuildContext, ReadyDraft } from "./build-context.ts";
import { buildSubmission, type Submission } from "./build-submission.ts";
import { DATA_OPERATION } from "./build-provenance.ts";
import { SUBMISSION_ID_SYSTEM } from "./submission-identifiers.ts";

/** R4 ChargeItem has no `replaces`: a corrected charge points at the charge it replaces here. */
export const REPLACES_CHARGE_EXTENSION = "https://smart-coding-billing.example/StructureDefinition/replaces-charge";

export interface ClaimReplacement {
  /** The new submission; its Claim has related.claim -> the old claim ("prior"). */
  submission: Submission;
  /**
   * The old Claim as it must be written back (PUT): status cancelled. Undefined when the Claim
   * read back is already cancelled (a retry after the cancel went through): nothing to write.
   */
  cancelled?: Claim;
}

/**
 * A corrected claim: a new Claim linked to the one it replaces, and the old one cancelled.
 * The draft must carry a newer revision than the submitted one, so the identifiers differ.
 */
export function buildReplacementClaim(draft: ReadyDraft, previous: Claim, context: BuildContext): ClaimReplacement {
  const previousRef = previous.id ? `Claim/${previous.id}` : draft.replacesClaimRef;
  const linked: ReadyDraft = previousRef ? { ...draft, replacesClaimRef: previousRef } : draft;
  const submission = buildSubmission(linked, context);
  submission.provenance.resource.activity = {
    coding: [{ system: DATA_OPERATION, code: "UPDATE" }],
  };
  if (previous.status === "cancelled") return { submission };
  return { submission, cancelled: { ...previous, status: "cancelled" } };
}

export interface ChargeCorrection {
  /** New charges (new revision identifiers), each `replaces` the previous charge of its line. */
  create: ChargeItem[];
  /** Previous charges to write back as entered-in-error. */
  retire: ChargeItem[];
}

/** Charge corrections on servers with plain create: new ChargeItems replacing the old ones. */
export function buildChargeCorrection(submission: Submission, previous: ChargeItem[]): ChargeCorrection {
  const byLine = new Map(previous.map((item) => [lineIdOf(item), item]));
  const create = submission.chargeItems.map(({ resource }): ChargeItem => {
    const old = byLine.get(lineIdOf(resource));
    if (!old?.id) return resource;
    const replaces = { url: REPLACES_CHARGE_EXTENSION, valueReference: { reference: `ChargeItem/${old.id}` } };
    return { ...resource, extension: [...(resource.extension ?? []), replaces] };
  });
  const retire = previous
    .filter((item) => item.status !== "entered-in-error")
    .map((item): ChargeItem => ({ ...item, status: "entered-in-error" }));
  return { create, retire };
}

/** The line id from a submission identifier "<encounter>-r<revision>-l<lineId>". */
export function lineIdOf(item: ChargeItem): string | undefined {
  const value = item.identifier?.find((id) => id.system === SUBMISSION_ID_SYSTEM)?.value;
  const match = value ? /-r\d+-l(.+)$/.exec(value) : null;
  return match?.[1];
}
