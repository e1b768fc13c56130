import type { Claim } from "fhir/r4";
import type { ClaimStatus } from "../../billing/status/claim-status.ts";
import { toClaimStatus } from "../../billing/status/to-claim-status.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { latestResponseByClaim } from "./latest-response.ts";
import { searchResources } from "./search-resources.ts";
import { statusSourceOf, type StatusSource } from "./status-source.ts";

/** A claim's status, or "submitted" while the payer has not answered at all. */
export type KnownClaimStatus = ClaimStatus | { kind: "submitted" };

/** References per search request: N claims cost ceil(N / CLAIM_REFS_PER_REQUEST) searches. */
export const CLAIM_REFS_PER_REQUEST = 50;

export interface LoadStatusOptions {
  /** The Claims themselves, by reference, to name the billed codes per line. */
  claims?: ReadonlyMap<string, Claim>;
  chunkSize?: number;
}

/**
 * The latest status of each Claim ("Claim/id"), reading ClaimResponse?request=a,b,... (or
 * ExplanationOfBenefit?claim=... where the server has no ClaimResponse), many claims per request.
 */
export async function loadClaimStatuses(gateway: FhirGateway, claimRefs: readonly string[], options: LoadStatusOptions = {}): Promise<Record<string, KnownClaimStatus>> {
  const refs = [...new Set(claimRefs)];
  if (refs.length === 0) return {};
  const source = statusSourceOf(await gateway.capabilities());
  if (!source) throw noStatusSource();
  const size = Math.max(1, options.chunkSize ?? CLAIM_REFS_PER_REQUEST);
  const chunks = Array.from({ length: Math.ceil(refs.length / size) }, (_, i) => refs.slice(i * size, (i + 1) * size));
  const pages = await Promise.all(chunks.map((chunk) => searchAnswers(gateway, source, chunk)));
  const latest = latestResponseByClaim(pages.flat(), source);
  const statuses: Record<string, KnownClaimStatus> = {};
  for (const ref of refs) {
    const response = latest.get(ref);
    statuses[ref] = response ? toClaimStatus(response, options.claims?.get(ref)) : { kind: "submitted" };
  }
  return statuses;
}

function searchAnswers(gateway: FhirGateway, source: StatusSource, refs: string[]): Promise<unknown[]> {
  return searchResources(gateway, source.type, { [source.claimParam]: refs.join(","), _count: refs.length * 4 });
}

function noStatusSource(): FhirError {
  return new FhirError(0, outcomeOf([{
    severity: "error", code: "not-supported",
    diagnostics: "This EHR offers no way to read claim status: its CapabilityStatement has no ClaimResponse search by request and no ExplanationOfBenefit search by claim.",
  }]));
}
