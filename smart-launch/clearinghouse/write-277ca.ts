/**
 * The 277CA: payer (HL 20), the submitter (HL 21) with the batch totals, the billing provider
 * (HL 19) and per claim the patient (HL PT) with TRN*2 = CLM01, STC (A2:20 accepted, or
 * A3:33:IL when the payer knows no such member), REF*1K and DTP*472.
 */
import { segment, type X12Segment } from "../../src/billing/x12/segment.ts";
import type { ClaimDecision } from "./claim-decision.ts";
import type { Sent837 } from "./read-837p.ts";

const d8 = (iso: string | undefined): string => (iso ?? "").replaceAll("-", "");

function claimLoop(decision: ClaimDecision, hl: number, parent: number, date: string): X12Segment[] {
  const { claim } = decision;
  const accepted = decision.kind === "adjudicated";
  return [
    segment("HL", String(hl), String(parent), "PT"),
    segment("NM1", "QC", "1", claim.patient.lastName ?? "", claim.patient.firstName ?? "", "", "", "", claim.memberId ? "MI" : "", claim.memberId ?? ""),
    segment("TRN", "2", claim.claimControlNumber),
    segment("STC", accepted ? ["A2", "20", "PR"] : ["A3", "33", "IL"], date, accepted ? "WQ" : "U", claim.charge),
    ...(accepted ? [segment("REF", "1K", decision.payerClaimNumber)] : []),
    segment("DTP", "472", "D8", d8(claim.facts.serviceDate)),
  ];
}

export function body277CA(sent: Sent837, decisions: readonly ClaimDecision[], date: string, reference: string): X12Segment[] {
  const first = sent.claims[0];
  const accepted = decisions.filter((d) => d.kind === "adjudicated");
  const sum = (list: readonly ClaimDecision[]): string => list.reduce((total, d) => total + Number(d.claim.charge), 0).toFixed(2);
  const claims = decisions.flatMap((decision, i) => claimLoop(decision, 4 + i, 3, date));
  return [
    segment("BHT", "0085", "08", reference, date, "1200", "TH"),
    segment("HL", "1", "", "20", "1"),
    segment("NM1", "PR", "2", first?.payer.name ?? "SANDBOX PAYER", "", "", "", "", "PI", first?.payer.id ?? "SANDBOX"),
    segment("TRN", "1", reference),
    segment("DTP", "050", "D8", date),
    segment("DTP", "009", "D8", date),
    segment("HL", "2", "1", "21", "1"),
    segment("NM1", "41", "2", sent.submitterName ?? sent.submitter, "", "", "", "", "46", sent.submitter),
    segment("TRN", "2", sent.groupControlNumber),
    segment("STC", ["A1", "19", "PR"], date, "WQ", sum(decisions)),
    segment("QTY", "90", String(accepted.length)),
    segment("QTY", "AA", String(decisions.length - accepted.length)),
    segment("AMT", "YU", sum(accepted)),
    segment("AMT", "YY", sum(decisions.filter((d) => d.kind === "rejected"))),
    segment("HL", "3", "2", "19", "1"),
    segment("NM1", "85", "2", first?.billingProvider.name ?? "", "", "", "", "", "XX", first?.billingProvider.npi ?? ""),
    ...claims,
  ];
}
