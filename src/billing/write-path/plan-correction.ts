import type { ChargeItem } from "fhir/r4";
import type { ReadyDraft } from "../build/build-context.ts";
import { buildChargeCorrection, type ClaimReplacement } from "../build/build-corrections.ts";
import { buildSubmissionBundle, type Submission } from "../build/build-submission.ts";
import type { WritePath } from "./choose-write-path.ts";
import type { OracleBillCodes } from "./oracle-bill-codes.ts";
import {
  buildOracleChargeItemCreate,
  buildOracleChargeItemCredit,
  buildOracleChargeItemModify,
  type OracleChargeVersion,
} from "./oracle-charge-operations.ts";
import { claimOnly } from "./plan-submission.ts";
import {
  bundleWithUpdates,
  exportDownload,
  operationRequest,
  perResourceRequests,
  transactionRequest,
  updateRequest,
  type PlannedRequest,
  type ResourceUpdate,
  type SubmissionPlan,
} from "./planned-requests.ts";

export interface CorrectionInput {
  /** The corrected draft: a newer revision than the submitted one. */
  draft: ReadyDraft;
  /** From buildReplacementClaim: the new submission and the old Claim cancelled. */
  replacement: ClaimReplacement;
  /** The charges written by the earlier submission, as read back (with ids and meta.versionId). */
  previousCharges: ChargeItem[];
  /** Oracle: the charges $create made, by draft line id, with the version Oracle reported. */
  oracleCharges?: (OracleChargeVersion & { lineId: string })[];
  oracleBillCodes?: OracleBillCodes;
}

/**
 * A correction: new charges and a replacement Claim written first, then the old Claim cancelled
 * and the old charges retired, so a failure half-way never leaves a cancelled claim unreplaced.
 * Retry protocol: after any failure, read the old Claim and charges again and plan again: the
 * creates are conditional, and what is already cancelled or retired is not written twice (the
 * PUTs carry If-Match, so a stale plan fails with 412 instead of overwriting someone's change).
 */
export function planCorrection(path: WritePath, input: CorrectionInput): SubmissionPlan {
  const { submission, updates } = correctedSubmission(input);
  switch (path.kind) {
    case "transaction":
      return { kind: path.kind, requests: [transactionRequest("", submission, updates)] };
    case "billing-endpoint":
      return { kind: path.kind, requests: [transactionRequest(path.url, submission, updates)] };
    case "per-resource":
      return { kind: path.kind, requests: [...perResourceRequests(submission), ...updates.map(updateRequest)] };
    case "oracle-operations":
      if (input.oracleBillCodes) return planOracleCorrection(input, input.oracleBillCodes);
      return exportPlan(input.draft, submission, updates);
    case "export":
      return exportPlan(input.draft, submission, updates);
  }
}

function correctedSubmission(input: CorrectionInput): { submission: Submission; updates: ResourceUpdate[] } {
  const base = input.replacement.submission;
  const charges = buildChargeCorrection(base, input.previousCharges);
  const chargeItems = base.chargeItems.map((entry, i) => ({ ...entry, resource: charges.create[i] ?? entry.resource }));
  const cancelled = input.replacement.cancelled ? [input.replacement.cancelled] : [];
  const oldRefs = [...cancelled, ...charges.retire].flatMap((r) => (r.id ? [{ reference: `${r.resourceType}/${r.id}` }] : []));
  const provenance = { ...base.provenance, resource: { ...base.provenance.resource, target: [...base.provenance.resource.target, ...oldRefs] } };
  const updates = [...cancelled, ...charges.retire].filter((r) => r.id).map((resource) => ({ resource }));
  return { submission: { ...base, chargeItems, provenance }, updates };
}

/** Oracle: $modify the lines that had a charge, $create new lines, $credit charges of removed lines. */
function planOracleCorrection(input: CorrectionInput, codes: OracleBillCodes): SubmissionPlan {
  const { draft } = input;
  const previous = new Map((input.oracleCharges ?? []).map((charge) => [charge.lineId, charge]));
  const requests: PlannedRequest[] = draft.lines.map((line) => {
    const old = previous.get(line.id);
    const op = old ? buildOracleChargeItemModify(draft, line, codes, old) : buildOracleChargeItemCreate(draft, line, codes);
    return operationRequest(`${old ? "ChargeItem/$modify" : "ChargeItem/$create"} ${line.code}`, op.url, op.body);
  });
  const kept = new Set(draft.lines.map((line) => line.id));
  for (const charge of input.oracleCharges ?? []) {
    if (kept.has(charge.lineId)) continue;
    const op = buildOracleChargeItemCredit(draft, charge);
    requests.push(operationRequest(`ChargeItem/${charge.id}/$credit`, op.url, op.body));
  }
  const claim = claimOnly(input.replacement.submission);
  const bundle = buildSubmissionBundle(claim);
  return { kind: "oracle-operations", requests, download: exportDownload(draft, bundle) };
}

function exportPlan(draft: ReadyDraft, submission: Submission, updates: ResourceUpdate[]): SubmissionPlan {
  return { kind: "export", requests: [], download: exportDownload(draft, bundleWithUpdates(submission, updates)) };
}
