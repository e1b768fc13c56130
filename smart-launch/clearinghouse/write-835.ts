/**
 * The 835 for the claims the sandbox payer adjudicated: BPR (ACH, or NON when nothing is paid),
 * TRN, DTM*405, N1*PR with REF*2U and PER*BL, N1*PE with the NPI, then per claim CLP, NM1*QC,
 * DTM*232/050 and per line SVC, DTM*472, CAS (CO-45 write-off, the denial's CARC, PR-1/2/3),
 * REF*6R, AMT*B6 and LQ*HE (the denial's remark code), as the payer simulator's decision says.
 */
import type { ClaimResponseItem } from "fhir/r4";
import { segment, type X12Segment } from "../../src/billing/x12/segment.ts";
import type { ClaimDecision } from "./claim-decision.ts";
import type { SentClaim } from "./read-837p.ts";

type Adjudicated = Extract<ClaimDecision, { kind: "adjudicated" }>;
const d8 = (iso: string | undefined): string => (iso ?? "").replaceAll("-", "");
const cents = (value: number | undefined): number => Math.round((value ?? 0) * 100);
const money = (c: number): string => (c / 100).toFixed(2).replace(/\.00$/, "");

function amountOf(item: ClaimResponseItem, category: string): number {
  return cents(item.adjudication.find((a) => a.category.coding?.[0]?.code === category)?.amount?.value);
}

function denialOf(item: ClaimResponseItem): [string, string] | undefined {
  const carc = item.adjudication.find((a) => a.category.coding?.[0]?.code === "eligible")?.reason?.coding?.[0]?.code;
  const [group = "CO", reason] = (carc ?? "").split("-");
  return reason ? [group, reason] : undefined;
}

/** The denial's remark codes (RARC), sent as LQ*HE. */
function remarksOf(item: ClaimResponseItem): string[] {
  const codings = item.adjudication.find((a) => a.category.coding?.[0]?.code === "eligible")?.reason?.coding ?? [];
  return codings.slice(1).flatMap((c) => (c.system?.endsWith("remittance-advice-remark-codes") && c.code ? [c.code] : []));
}

function lineSegments(item: ClaimResponseItem, claim: SentClaim): { segments: X12Segment[]; paid: number; patient: number } {
  const line = claim.facts.lines.find((l) => l.sequence === item.itemSequence);
  const submitted = amountOf(item, "submitted");
  const eligible = amountOf(item, "eligible");
  const [deductible, coinsurance, copay] = [amountOf(item, "deductible"), amountOf(item, "coinsurance"), amountOf(item, "copay")];
  const paid = amountOf(item, "benefit");
  const denial = denialOf(item);
  const contractual = denial ? [] : submitted - eligible > 0 ? [segment("CAS", "CO", "45", money(submitted - eligible))] : [];
  const patientShare = [["1", deductible], ["2", coinsurance], ["3", copay]].filter(([, c]) => Number(c) > 0).flatMap(([reason, c]) => [String(reason), money(Number(c)), ""]);
  return {
    paid,
    patient: deductible + coinsurance + copay,
    segments: [
      segment("SVC", ["HC", line?.code ?? "", ...(line?.modifiers ?? [])], money(submitted), money(paid), "", String(line?.units ?? 1)),
      segment("DTM", "472", d8(claim.facts.serviceDate)),
      ...(denial ? [segment("CAS", denial[0], denial[1], money(submitted))] : []),
      ...contractual,
      ...(patientShare.length ? [segment("CAS", "PR", ...patientShare.slice(0, -1))] : []),
      segment("REF", "6R", String(item.itemSequence)),
      ...(denial ? [] : [segment("AMT", "B6", money(eligible))]),
      ...remarksOf(item).map((code) => segment("LQ", "HE", code)),
    ],
  };
}

function claimSegments(adjudicated: Adjudicated, received: string): { segments: X12Segment[]; paid: number } {
  const { claim, decision, payerClaimNumber } = adjudicated;
  const lines = (decision.item ?? []).map((item) => lineSegments(item, claim));
  const paid = lines.reduce((t, l) => t + l.paid, 0);
  const patient = lines.reduce((t, l) => t + l.patient, 0);
  const status = paid === 0 && patient === 0 ? "4" : "1";
  return {
    paid,
    segments: [
      segment("CLP", claim.claimControlNumber, status, claim.charge, money(paid), money(patient), claim.filingIndicator ?? "CI", payerClaimNumber),
      segment("NM1", "QC", "1", claim.patient.lastName ?? "", claim.patient.firstName ?? "", "", "", "", claim.memberId ? "MI" : "", claim.memberId ?? ""),
      segment("DTM", "232", d8(claim.facts.serviceDate)),
      segment("DTM", "050", d8(received)),
      ...lines.flatMap((l) => l.segments),
    ],
  };
}

/**
 * One 835 transaction for the adjudicated claims of one payer; `trace` is the EFT trace number.
 * Without claims (every claim rejected) it is a notification without payment, for `parties`' payer.
 */
export function body835(claims: readonly Adjudicated[], date: string, received: string, trace: string, parties?: SentClaim): X12Segment[] {
  const first = claims[0]?.claim ?? parties;
  const written = claims.map((c) => claimSegments(c, received));
  const total = written.reduce((t, c) => t + c.paid, 0);
  const bpr = total > 0
    ? segment("BPR", "I", money(total), "C", "ACH", "CCP", "01", "011000015", "DA", "000123456", "1512345678", "", "01", "021000021", "DA", "000654321", date)
    : segment("BPR", "H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", date);
  return [
    bpr,
    segment("TRN", "1", trace, "1512345678"),
    segment("DTM", "405", date),
    segment("N1", "PR", first?.payer.name ?? "SANDBOX PAYER"),
    segment("REF", "2U", first?.payer.id ?? "SANDBOX"),
    segment("PER", "BL", "SANDBOX PAYER", "TE", "8005550100"),
    segment("N1", "PE", first?.billingProvider.name ?? "", "XX", first?.billingProvider.npi ?? ""),
    ...written.flatMap((c, i) => [segment("LX", String(i + 1)), ...c.segments]),
  ];
}
