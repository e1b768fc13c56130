/**
 * Does an 835 add up, to the cent? BPR02 = sum of CLP04 - sum of PLB amounts; each claim's CLP04
 * = sum of its SVC03; each line's SVC02 - its CAS amounts = SVC03. Every difference is an issue.
 */
import type { OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { summarizePosting } from "./posting-summary.ts";
import type { Remittance835 } from "./x12-in-model.ts";

export const REMITTANCE_RULE_SYSTEM = "https://smart-coding-billing.example/CodeSystem/remittance-rule";

const amount = (cents: number): string => (cents / 100).toFixed(2);

function issue(severity: OperationOutcomeIssue["severity"], code: string, text: string, expression: string): OperationOutcomeIssue {
  return { severity, code: "invariant", details: { coding: [{ system: REMITTANCE_RULE_SYSTEM, code }], text }, expression: [expression] };
}

function claimIssues(remit: Remittance835): OperationOutcomeIssue[] {
  return remit.claims.flatMap((claim, c) => {
    const where = `${remit.envelope.fileName} CLP ${claim.claimControlNumber}`;
    const found: OperationOutcomeIssue[] = [];
    const linesPaid = claim.lines.reduce((total, l) => total + l.paidCents, 0);
    if (claim.lines.length && linesPaid !== claim.paidCents) {
      found.push(issue("warning", "claim-unbalanced", `${where}: CLP04 ${amount(claim.paidCents)} is not the sum of its lines' SVC03 ${amount(linesPaid)}.`, `claims[${c}]`));
    }
    claim.lines.forEach((line, l) => {
      const adjusted = line.adjustments.reduce((total, a) => total + a.amountCents, 0);
      if (line.chargeCents - adjusted !== line.paidCents) {
        found.push(issue("warning", "line-unbalanced", `${where} line ${l + 1}: charge ${amount(line.chargeCents)} less adjustments ${amount(adjusted)} is not the paid ${amount(line.paidCents)}.`, `claims[${c}].lines[${l}]`));
      }
    });
    return found;
  });
}

export function checkRemittanceBalance(remit: Remittance835): OperationOutcome {
  const summary = summarizePosting(remit);
  const difference = summary.paymentCents - summary.expectedPaymentCents;
  const total = difference === 0
    ? issue("information", "balanced", `${remit.envelope.fileName}: claim payments ${amount(summary.claimPaymentsCents)} less provider adjustments ${amount(summary.providerAdjustmentsCents)} equal the payment ${amount(summary.paymentCents)}.`, "BPR02")
    : issue("error", "payment-unbalanced", `${remit.envelope.fileName}: claim payments ${amount(summary.claimPaymentsCents)} less provider adjustments ${amount(summary.providerAdjustmentsCents)} make ${amount(summary.expectedPaymentCents)}, but BPR02 says ${amount(summary.paymentCents)} (difference ${amount(difference)}).`, "BPR02");
  return { resourceType: "OperationOutcome", issue: [total, ...claimIssues(remit)] };
}
