import { isJsonObject, objectAt, stringAt, type JsonObject } from "../../billing/status/json-shape.ts";
import type { StatusSource } from "./status-source.ts";

/** The Claim a ClaimResponse (request) or ExplanationOfBenefit (claim) answers, as "Claim/id". */
export function answeredClaimRef(resource: JsonObject, source: StatusSource): string | undefined {
  const reference = stringAt(objectAt(resource, source.claimParam), "reference");
  const match = reference ? /(?:^|\/)(Claim\/[^/]+)(?:\/_history\/[^/]+)?$/.exec(reference) : null;
  return match?.[1];
}

/**
 * The latest answer per Claim (by meta.lastUpdated, then created), from whatever a search
 * returned: entries of the wrong type, without a Claim reference, entered-in-error or cancelled
 * (withdrawn, e.g. an 835 reversal) are skipped, so a withdrawn answer never decides the status.
 */
export function latestResponseByClaim(resources: unknown[], source: StatusSource): Map<string, JsonObject> {
  const latest = new Map<string, JsonObject>();
  for (const resource of resources) {
    if (!isJsonObject(resource) || resource["resourceType"] !== source.type) continue;
    const status = stringAt(resource, "status");
    if (status === "entered-in-error" || status === "cancelled") continue;
    const claimRef = answeredClaimRef(resource, source);
    if (!claimRef) continue;
    const current = latest.get(claimRef);
    if (!current || recency(resource) >= recency(current)) latest.set(claimRef, resource);
  }
  return latest;
}

/** Milliseconds since the epoch of lastUpdated, else created; -Infinity when neither parses. */
function recency(resource: JsonObject): number {
  for (const value of [stringAt(objectAt(resource, "meta"), "lastUpdated"), stringAt(resource, "created")]) {
    const time = value ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return time;
  }
  return Number.NEGATIVE_INFINITY;
}
