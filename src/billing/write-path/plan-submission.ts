import type { ReadyDraft } from "../build/build-context.ts";
import { buildSubmissionBundle, type Submission } from "../build/build-submission.ts";
import type { WritePath } from "./choose-write-path.ts";
import type { OracleBillCodes } from "./oracle-bill-codes.ts";
import { buildOracleChargeItemCreate } from "./oracle-charge-operations.ts";
import {
  exportDownload,
  operationRequest,
  perResourceRequests,
  transactionRequest,
  type SubmissionPlan,
} from "./planned-requests.ts";

export interface PlanInput {
  draft: ReadyDraft;
  submission: Submission;
  /** Needed on the oracle-operations path. */
  oracleBillCodes?: OracleBillCodes;
}

/** The ordered requests (and any file to download) that carry out a submission on a path. */
export function planSubmission(path: WritePath, input: PlanInput): SubmissionPlan {
  switch (path.kind) {
    case "transaction":
      return { kind: path.kind, requests: [transactionRequest("", input.submission)] };
    case "billing-endpoint":
      return { kind: path.kind, requests: [transactionRequest(path.url, input.submission)] };
    case "per-resource":
      return { kind: path.kind, requests: perResourceRequests(input.submission) };
    case "oracle-operations":
      return planOracle(input);
    case "export":
      return { kind: path.kind, requests: [], download: exportDownload(input.draft, buildSubmissionBundle(input.submission)) };
  }
}

function planOracle(input: PlanInput): SubmissionPlan {
  const { draft, submission, oracleBillCodes } = input;
  if (!oracleBillCodes) {
    return { kind: "export", requests: [], download: exportDownload(draft, buildSubmissionBundle(submission)) };
  }
  const requests = draft.lines.map((line) => {
    const operation = buildOracleChargeItemCreate(draft, line, oracleBillCodes);
    return operationRequest(`ChargeItem/$create ${line.code}`, operation.url, operation.body);
  });
  return { kind: "oracle-operations", requests, download: exportDownload(draft, buildSubmissionBundle(claimOnly(submission))) };
}

/** The Claim and a Provenance that targets only it: what Oracle-style EHRs leave to export. */
export function claimOnly(submission: Submission): Submission {
  const target = [{ reference: submission.claim.fullUrl }];
  return {
    chargeItems: [],
    claim: submission.claim,
    provenance: { ...submission.provenance, resource: { ...submission.provenance.resource, target } },
  };
}
