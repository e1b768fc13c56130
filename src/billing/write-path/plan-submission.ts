import type { Bundle, ChargeItem, Claim, Provenance, Resource } from "fhir/r4";
import type { ReadyDraft } from "../build/build-context.ts";
import { buildSubmissionBundle, submissionEntries, type Submission } from "../build/build-submission.ts";
import { claimSubmissionValue } from "../build/submission-identifiers.ts";
import type { WritePath, WritePathKind } from "./choose-write-path.ts";
import type { OracleBillCodes } from "./oracle-bill-codes.ts";
import { buildOracleChargeItemCreate } from "./oracle-charge-operations.ts";
import { placeholdersIn } from "./placeholders.ts";

export interface PlannedRequest {
  /** What it writes, for progress and per-resource failure reports ("ChargeItem 99214"). */
  label: string;
  method: "POST" | "PUT";
  /** Relative to the EHR's FHIR base ("" = the base itself), or absolute for a billing endpoint. */
  url: string;
  headers: Record<string, string>;
  body: Resource;
  /** The urn:uuid this request creates: map it to the reference from the Location header. */
  creates?: string;
  /** urn:uuid references in the body to resolve (resolvePlaceholders) before sending. */
  needs: string[];
}

export interface Download {
  fileName: string;
  bundle: Bundle;
  instructions: string;
}

export interface SubmissionPlan {
  kind: WritePathKind;
  /** In order; stop at the first failure, and retry from the start (every write is conditional). */
  requests: PlannedRequest[];
  download?: Download;
}

export interface PlanInput {
  draft: ReadyDraft;
  submission: Submission;
  /** Needed on the oracle-operations path. */
  oracleBillCodes?: OracleBillCodes;
}

const FHIR_JSON = { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" };

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

function transactionRequest(url: string, submission: Submission): PlannedRequest {
  const body = buildSubmissionBundle(submission);
  return { label: "Transaction: ChargeItems, Claim, Provenance", method: "POST", url, headers: { ...FHIR_JSON }, body, needs: [] };
}

function perResourceRequests(submission: Submission): PlannedRequest[] {
  return submissionEntries(submission).map((entry) => ({
    label: describe(entry.resource),
    method: "POST",
    url: entry.resource.resourceType,
    headers: { ...FHIR_JSON, "If-None-Exist": entry.ifNoneExist },
    body: entry.resource,
    creates: entry.fullUrl,
    needs: placeholdersIn(entry.resource),
  }));
}

function planOracle(input: PlanInput): SubmissionPlan {
  const { draft, submission, oracleBillCodes } = input;
  if (!oracleBillCodes) {
    return { kind: "export", requests: [], download: exportDownload(draft, buildSubmissionBundle(submission)) };
  }
  const requests = draft.lines.map((line): PlannedRequest => {
    const operation = buildOracleChargeItemCreate(draft, line, oracleBillCodes);
    return { label: `ChargeItem/$create ${line.code}`, method: "POST", url: operation.url, headers: { ...FHIR_JSON }, body: operation.body, needs: [] };
  });
  const claimOnly: Submission = {
    chargeItems: [],
    claim: submission.claim,
    provenance: {
      ...submission.provenance,
      resource: { ...submission.provenance.resource, target: [{ reference: submission.claim.fullUrl }] },
    },
  };
  return { kind: "oracle-operations", requests, download: exportDownload(draft, buildSubmissionBundle(claimOnly)) };
}

function exportDownload(draft: ReadyDraft, bundle: Bundle): Download {
  return {
    fileName: `claim-${claimSubmissionValue(draft.encounterRef, draft.revision)}.fhir.json`,
    bundle,
    instructions:
      "Send this file to your billing system or clearinghouse. It is a FHIR R4 transaction Bundle: a FHIR billing server accepts it as is (POST it to the server's base URL), and because every entry is a conditional create, sending it twice creates nothing twice.",
  };
}

function describe(resource: ChargeItem | Claim | Provenance): string {
  if (resource.resourceType === "ChargeItem") return `ChargeItem ${resource.code.coding?.[0]?.code ?? ""}`.trim();
  return resource.resourceType;
}
