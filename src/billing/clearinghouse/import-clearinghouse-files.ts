/**
 * Clearinghouse files in, FHIR out: reads every file (duplicates skipped), matches each claim
 * answer to the app's Claims, and maps 999 / 277CA answers and 835 claims to ClaimResponses,
 * 835 payments to PaymentReconciliations with a posting summary and a balance check. Answers
 * come out in lifecycle order (999, 277CA, 835 by payment date), whatever the files' order.
 * Nothing is dropped: an answer without a Claim is listed in `unmatched` (with its ClaimResponse).
 */
import type { ClaimResponse, OperationOutcome, OperationOutcomeIssue, PaymentReconciliation } from "fhir/r4";
import { checkRemittanceBalance } from "./check-remittance-balance.ts";
import { claimAcknowledgmentToClaimResponse } from "./map-277ca.ts";
import { findSubmission, setAcknowledgmentToClaimResponse } from "./map-999.ts";
import { remitClaimToClaimResponse } from "./map-835-claim.ts";
import { remittanceToPaymentReconciliation } from "./map-835-payment.ts";
import { matchClaim, type ClaimCandidate, type ClaimMatch } from "./match-claim.ts";
import { summarizePosting, type PostingSummary } from "./posting-summary.ts";
import { readClearinghouseFiles, type ClearinghouseFile } from "./read-clearinghouse-files.ts";
import type { Submitted837 } from "./read-submitted-837.ts";
import type { Acknowledgment999, ClearinghouseTransaction, Remittance835, X12Envelope } from "./x12-in-model.ts";

export interface ClearinghouseImportInput {
  files: readonly ClearinghouseFile[];
  /** The app's Claims the answers may be about. */
  candidates: readonly ClaimCandidate[];
  /** The 837P files as sent (readSubmitted837): a 999 names only the 837 transaction. */
  submitted?: readonly Submitted837[];
  /** Instant the answers are recorded. */
  now: string;
}

export interface ClaimAnswer {
  kind: "999" | "277CA" | "835";
  envelope: X12Envelope;
  claimControlNumber: string;
  match: ClaimMatch;
  claimResponse: ClaimResponse;
}

export interface UnmatchedAnswer extends ClaimAnswer {
  match: Extract<ClaimMatch, { kind: "unmatched" }>;
}

export interface ClearinghouseImport {
  answers: ClaimAnswer[];
  unmatched: UnmatchedAnswer[];
  payments: { reconciliation: PaymentReconciliation; posting: PostingSummary; balance: OperationOutcome }[];
  duplicates: X12Envelope[];
  /** Files that could not be read, a 999 set for no 837 that was sent, unbalanced 835s. */
  outcome: OperationOutcome;
}

const ORDER = { "999": 0, "277CA": 1, "835": 2 } as const;
const candidateOf = (match: ClaimMatch): ClaimCandidate | undefined => (match.kind === "matched" ? match.candidate : undefined);

function byLifecycle(a: ClearinghouseTransaction, b: ClearinghouseTransaction): number {
  const dateOf = (t: ClearinghouseTransaction): string => (t.kind === "835" ? (t.payment.date ?? t.productionDate ?? "") : "");
  return ORDER[a.kind] - ORDER[b.kind] || dateOf(a).localeCompare(dateOf(b));
}

function answers999(ack: Acknowledgment999, input: ClearinghouseImportInput, issues: OperationOutcomeIssue[]): ClaimAnswer[] {
  return ack.sets.flatMap((set) => {
    const sent = findSubmission(ack, set, input.submitted ?? []);
    if (!sent) {
      issues.push({ severity: "warning", code: "not-found", diagnostics: `${ack.envelope.fileName}: the 999 answers 837 group ${ack.groupControlNumber} transaction ${set.setControlNumber} (${set.accepted ? "accepted" : "rejected"}), which is not among the files sent.` });
      return [];
    }
    return sent.claims.map((claim) => {
      const match = matchClaim(claim, input.candidates);
      return { kind: "999" as const, envelope: ack.envelope, claimControlNumber: claim.claimControlNumber, match, claimResponse: setAcknowledgmentToClaimResponse(ack, set, claim, input.now, candidateOf(match)) };
    });
  });
}

function answers835(remit: Remittance835, input: ClearinghouseImportInput): { answers: ClaimAnswer[]; payment: ClearinghouseImport["payments"][number] } {
  const matches = remit.claims.map((claim) => matchClaim(claim, input.candidates));
  const answers = remit.claims.map((claim, i) => {
    const match = matches[i] ?? { kind: "unmatched" as const, reason: "" };
    return { kind: "835" as const, envelope: remit.envelope, claimControlNumber: claim.claimControlNumber, match, claimResponse: remitClaimToClaimResponse(remit, claim, input.now, candidateOf(match)) };
  });
  const reconciliation = remittanceToPaymentReconciliation(remit, input.now, matches.map(candidateOf));
  return { answers, payment: { reconciliation, posting: summarizePosting(remit), balance: checkRemittanceBalance(remit) } };
}

export function importClearinghouseFiles(input: ClearinghouseImportInput): ClearinghouseImport {
  const read = readClearinghouseFiles(input.files);
  const issues = [...read.issues];
  const result: ClearinghouseImport = { answers: [], unmatched: [], payments: [], duplicates: read.duplicates, outcome: { resourceType: "OperationOutcome", issue: [] } };
  for (const transaction of [...read.transactions].sort(byLifecycle)) {
    if (transaction.kind === "999") result.answers.push(...answers999(transaction, input, issues));
    else if (transaction.kind === "277CA") {
      for (const ack of transaction.claims) {
        const match = matchClaim(ack, input.candidates);
        result.answers.push({ kind: "277CA", envelope: transaction.envelope, claimControlNumber: ack.claimControlNumber, match, claimResponse: claimAcknowledgmentToClaimResponse(transaction, ack, input.now, candidateOf(match)) });
      }
    } else {
      const { answers, payment } = answers835(transaction, input);
      result.answers.push(...answers);
      result.payments.push(payment);
      issues.push(...payment.balance.issue.filter((i) => i.severity !== "information"));
    }
  }
  result.unmatched = result.answers.filter((a): a is UnmatchedAnswer => a.match.kind === "unmatched");
  result.outcome.issue = issues.length ? issues : [{ severity: "information", code: "informational", diagnostics: "Every file was read." }];
  return result;
}
