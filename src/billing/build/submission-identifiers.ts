import type { Identifier } from "fhir/r4";

/**
 * Deterministic submission identifiers: derived from the encounter and the draft revision, so a
 * retry of the same draft finds what the first attempt wrote (conditional create) instead of
 * writing it twice.
 */
export const SUBMISSION_ID_SYSTEM = "https://smart-coding-billing.example/submission-id";

/** The id part of a relative reference: "Encounter/123" -> "123". */
export function referenceId(reference: string): string {
  const parts = reference.split("/");
  return parts[parts.length - 1] ?? reference;
}

export function claimSubmissionValue(encounterRef: string, revision: number): string {
  return `${referenceId(encounterRef)}-r${revision}`;
}

export function chargeItemSubmissionValue(encounterRef: string, revision: number, lineId: string): string {
  return `${claimSubmissionValue(encounterRef, revision)}-l${lineId}`;
}

/** Provenance has no identifier in R4: it carries the value as a meta.tag, searchable by `_tag`. */
export function provenanceSubmissionValue(encounterRef: string, revision: number): string {
  return `${claimSubmissionValue(encounterRef, revision)}-provenance`;
}

export function submissionIdentifier(value: string): Identifier {
  return { system: SUBMISSION_ID_SYSTEM, value };
}

/** The `If-None-Exist` / `ifNoneExist` query for a resource carrying that identifier. */
export function identifierCondition(value: string): string {
  return `identifier=${encodeURIComponent(`${SUBMISSION_ID_SYSTEM}|${value}`)}`;
}

export function tagCondition(value: string): string {
  return `_tag=${encodeURIComponent(`${SUBMISSION_ID_SYSTEM}|${value}`)}`;
}
