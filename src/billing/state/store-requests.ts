import type { Bundle, BundleEntry } from "fhir/r4";
import { placeholdersIn } from "../write-path/placeholders.ts";
import type { PlannedRequest } from "../write-path/planned-requests.ts";
import type { StoreWrite } from "./store-writes.ts";

const FHIR_JSON = { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" };

/** The writes as one transaction Bundle: all or nothing, every create conditional, every update versioned. */
export function storeTransaction(writes: StoreWrite[], url = ""): PlannedRequest {
  const bundle: Bundle = { resourceType: "Bundle", type: "transaction", entry: writes.map(entryOf) };
  const label = `Transaction: ${writes.map((w) => w.label).join(", ")}`;
  return { label, method: "POST", url, headers: { ...FHIR_JSON }, body: bundle, needs: [] };
}

function entryOf(write: StoreWrite): BundleEntry {
  if (write.kind === "create") {
    return { fullUrl: write.fullUrl, resource: write.resource, request: { method: "POST", url: write.resource.resourceType, ifNoneExist: write.ifNoneExist } };
  }
  const url = `${write.resource.resourceType}/${write.resource.id}`;
  return { fullUrl: url, resource: write.resource, request: { method: "PUT", url, ifMatch: `W/"${write.ifMatch}"` } };
}

/**
 * The writes one request each, in an order that keeps every failure safe: the versioned Claim
 * update first (a conflict writes nothing), then the creates, the other updates, and the
 * Provenance last (it points at what the others made).
 */
export function storeRequestsInOrder(writes: StoreWrite[]): PlannedRequest[] {
  const rank = (w: StoreWrite) => (w.kind === "update" && w.gate ? 0 : w.resource.resourceType === "Provenance" ? 3 : w.kind === "create" ? 1 : 2);
  return [...writes].sort((a, b) => rank(a) - rank(b)).map(requestOf);
}

function requestOf(write: StoreWrite): PlannedRequest {
  if (write.kind === "create") {
    return {
      label: write.label, method: "POST", url: write.resource.resourceType,
      headers: { ...FHIR_JSON, "If-None-Exist": write.ifNoneExist }, body: write.resource,
      creates: write.fullUrl, needs: placeholdersIn(write.resource),
    };
  }
  return {
    label: write.label, method: "PUT", url: `${write.resource.resourceType}/${write.resource.id}`,
    headers: { ...FHIR_JSON, "If-Match": `W/"${write.ifMatch}"` }, body: write.resource, needs: [],
  };
}
