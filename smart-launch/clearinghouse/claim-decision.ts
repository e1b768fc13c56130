/**
 * What the sandbox payer decides for one claim of an 837P, by the payer simulator's own rules:
 * rejected at the front door when it knows no such member (as PayerSimulator answers a claim
 * without coverage), otherwise adjudicated by `adjudicate`.
 */
import type { ClaimResponse } from "fhir/r4";
import { adjudicate } from "../payer/adjudicate.ts";
import type { SentClaim } from "./read-837p.ts";

/** What the sandbox found for the claim's member id; undefined when it found no coverage. */
export interface MemberCoverage {
  coverageStatus: string;
  /** The payer Organization id (its patient-share rules). */
  payerOrganizationId: string;
}

export type ClaimDecision =
  | { kind: "rejected"; claim: SentClaim }
  | { kind: "adjudicated"; claim: SentClaim; payerClaimNumber: string; decision: Pick<ClaimResponse, "outcome" | "item" | "total" | "payment"> };

/** `received` and `paymentDate` are YYYY-MM-DD (the sandbox clock). */
export function decideClaim(claim: SentClaim, coverage: MemberCoverage | undefined, received: string, paymentDate: string, payerClaimNumber: string): ClaimDecision {
  if (!coverage) return { kind: "rejected", claim };
  const facts = { ...claim.facts, received, coverageStatus: coverage.coverageStatus, member: claim.memberId ? { id: claim.memberId } : {} };
  return { kind: "adjudicated", claim, payerClaimNumber, decision: adjudicate(facts, coverage.payerOrganizationId, paymentDate) };
}
