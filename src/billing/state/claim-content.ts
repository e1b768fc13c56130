import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { contentHash } from "./billing-identifiers.ts";

/**
 * What a claim says, as one canonical string: the codes, lines, parties and amounts, without
 * displays, the local revision or the server version. Two drafts with the same content are the
 * same claim; a change of content is a change to write.
 */
export function draftContent(draft: ClaimDraft): string {
  return JSON.stringify([
    draft.encounterRef,
    draft.patientRef,
    draft.diagnoses.map((d) => d.code),
    draft.lines.map(lineContent),
    draft.renderingProviderRef ?? "",
    draft.billingProviderRef ?? "",
    draft.coverageRef ?? "",
    draft.locationRef ?? "",
    ...(draft.em ? [emContent(draft.em)] : []),
  ]);
}

/** The E/M choices in a fixed order (whatever order their object was built in). */
function emContent(em: NonNullable<ClaimDraft["em"]>): unknown[] {
  return [em.basis, em.status, em.minutes ?? null, em.mdm.problems, em.mdm.data, em.mdm.risk, em.day ?? null, em.levelFrom ?? null];
}

function lineContent(line: DraftLine): unknown[] {
  return [line.id, line.system, line.code, line.modifiers, line.units, line.diagnosisPointers, line.placeOfService, round(line.unitCharge), line.serviceDate];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function draftContentHash(draft: ClaimDraft): string {
  return contentHash(draftContent(draft));
}

/** True when two drafts say the same thing (see draftContent). */
export function sameContent(a: ClaimDraft, b: ClaimDraft): boolean {
  return draftContent(a) === draftContent(b);
}

/**
 * The content of one service as its ChargeItem bills it: code, modifiers, units, charge, date,
 * place, the diagnosis codes it points at and the performer. A line whose hash is unchanged
 * keeps its ChargeItem.
 */
export function lineContentHash(draft: ClaimDraft, line: DraftLine): string {
  const pointed = line.diagnosisPointers.map((p) => draft.diagnoses[p - 1]?.code ?? "");
  return contentHash(JSON.stringify([line.system, line.code, line.modifiers, line.units, round(line.unitCharge), line.serviceDate, line.placeOfService, pointed, draft.renderingProviderRef ?? "", draft.billingProviderRef ?? ""]));
}
