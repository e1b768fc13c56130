import type { Bundle, BundleEntry, ChargeItem, Claim, Provenance, Resource } from "fhir/r4";
import type { ReadyDraft } from "../build/build-context.ts";
import { buildSubmissionBundle, submissionEntries, type Submission } from "../build/build-submission.ts";
import { claimSubmissionValue } from "../build/submission-identifiers.ts";
import type { WritePathKind } from "./choose-write-path.ts";
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

const FHIR_JSON = { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" };

/** A write-back of a resource read from the server (cancel a claim, retire a charge). */
export interface ResourceUpdate {
  resource: ChargeItem | Claim;
}

/** The transaction Bundle of a submission, with PUTs of updated resources after its creates. */
export function bundleWithUpdates(submission: Submission, updates: ResourceUpdate[]): Bundle {
  const bundle = buildSubmissionBundle(submission);
  bundle.entry = [...(bundle.entry ?? []), ...updates.map(updateEntry)];
  return bundle;
}

export function transactionRequest(url: string, submission: Submission, updates: ResourceUpdate[] = []): PlannedRequest {
  const body = bundleWithUpdates(submission, updates);
  return { label: "Transaction: ChargeItems, Claim, Provenance", method: "POST", url, headers: { ...FHIR_JSON }, body, needs: [] };
}

export function perResourceRequests(submission: Submission): PlannedRequest[] {
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

/** PUT of a changed resource, guarded by If-Match when its version is known. */
export function updateRequest({ resource }: ResourceUpdate): PlannedRequest {
  const headers: Record<string, string> = { ...FHIR_JSON };
  const version = resource.meta?.versionId;
  if (version) headers["If-Match"] = `W/"${version}"`;
  const label = resource.resourceType === "Claim" ? `Cancel Claim/${resource.id}` : `Retire ChargeItem/${resource.id}`;
  return { label, method: "PUT", url: `${resource.resourceType}/${resource.id}`, headers, body: resource, needs: [] };
}

export function operationRequest(label: string, url: string, body: Resource): PlannedRequest {
  return { label, method: "POST", url, headers: { ...FHIR_JSON }, body, needs: [] };
}

function updateEntry({ resource }: ResourceUpdate): BundleEntry {
  const request: NonNullable<BundleEntry["request"]> = { method: "PUT", url: `${resource.resourceType}/${resource.id}` };
  if (resource.meta?.versionId) request.ifMatch = `W/"${resource.meta.versionId}"`;
  return { resource, request };
}

export function exportDownload(draft: ReadyDraft, bundle: Bundle): Download {
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
