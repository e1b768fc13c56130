/**
 * The sandbox payer's decision on one claim, as the parts of a final ClaimResponse: per line
 * submitted, eligible, deductible, copay, coinsurance and benefit, CARC reasons on denied lines
 * and patient shares, totals and the payment. Pure: facts and dates come in as values.
 */
import type { ClaimResponse, ClaimResponseItem, ClaimResponseItemAdjudication } from "fhir/r4";
import { PATIENT_SHARE, allowedAmount, isEvaluationAndManagement, round2 } from "./fee-schedule.ts";
import { claimLevelDenial, lineDenial, type ClaimFacts, type Denial } from "./denial-rules.ts";

const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const CARIN_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
const CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
const RARC = "https://x12.org/codes/remittance-advice-remark-codes";

type Decision = Pick<ClaimResponse, "outcome" | "disposition" | "item" | "total" | "payment" | "processNote">;

function entry(category: string, value: number, carc?: string, system = ADJUDICATION, rarc?: string): ClaimResponseItemAdjudication {
  const reason = carc ? [{ system: CARC, code: carc }, ...(rarc ? [{ system: RARC, code: rarc }] : [])] : [];
  return {
    category: { coding: [{ system, code: category }] },
    amount: { value: round2(value), currency: "USD" },
    ...(reason.length ? { reason: { coding: reason } } : {}),
  };
}

interface Share { deductible: number; copay: number; coinsurance: number }

function patientShare(code: string, eligible: number, state: { deductibleLeft: number; copayTaken: boolean }, payerId: string): Share {
  const rule = PATIENT_SHARE[payerId] ?? PATIENT_SHARE["payer-sandbox-ppo"] ?? { deductible: 0, emCopay: 0, coinsurance: 0 };
  const deductible = Math.min(eligible, state.deductibleLeft);
  state.deductibleLeft -= deductible;
  const copay = !state.copayTaken && isEvaluationAndManagement(code) ? Math.min(eligible - deductible, rule.emCopay) : 0;
  if (copay > 0) state.copayTaken = true;
  return { deductible, copay, coinsurance: round2((eligible - deductible - copay) * rule.coinsurance) };
}

function deniedItem(sequence: number, submitted: number, denial: Denial): ClaimResponseItem {
  return { itemSequence: sequence, adjudication: [entry("submitted", submitted), entry("eligible", 0, denial.carc, ADJUDICATION, denial.rarc), entry("benefit", 0)] };
}

function paidItem(sequence: number, submitted: number, eligible: number, share: Share): ClaimResponseItem {
  const benefit = eligible - share.deductible - share.copay - share.coinsurance;
  const adjudication = [entry("submitted", submitted), entry("eligible", eligible)];
  if (share.deductible > 0) adjudication.push(entry("deductible", share.deductible, "PR-1"));
  if (share.copay > 0) adjudication.push(entry("copay", share.copay, "PR-3"));
  if (share.coinsurance > 0) adjudication.push(entry("coinsurance", share.coinsurance, "PR-2", CARIN_ADJUDICATION));
  adjudication.push(entry("benefit", benefit));
  return { itemSequence: sequence, adjudication };
}

function amountOf(item: ClaimResponseItem, category: string): number {
  return item.adjudication.find((a) => a.category.coding?.[0]?.code === category)?.amount?.value ?? 0;
}

export function adjudicate(claim: ClaimFacts, payerId: string, paymentDate: string): Decision {
  const claimDenial = claimLevelDenial(claim, payerId);
  const state = { deductibleLeft: (PATIENT_SHARE[payerId] ?? { deductible: 0 }).deductible, copayTaken: false };
  const label = (d: Denial): string => (d.rarc ? `${d.carc} (${d.rarc})` : d.carc);
  const notes: string[] = claimDenial ? [`${label(claimDenial)}: ${claimDenial.text}`] : [];
  const items = claim.lines.map((line) => {
    const denial = claimDenial ?? lineDenial(line, claim);
    if (denial) {
      if (!claimDenial) notes.push(`Line ${line.sequence} ${label(denial)}: ${denial.text}`);
      return deniedItem(line.sequence, line.submitted, denial);
    }
    const eligible = allowedAmount(line.code, line.units, line.submitted);
    return paidItem(line.sequence, line.submitted, eligible, patientShare(line.code, eligible, state, payerId));
  });
  const sum = (category: string): number => round2(items.reduce((total, item) => total + amountOf(item, category), 0));
  const paid = sum("benefit");
  const deniedCount = items.filter((i) => amountOf(i, "eligible") === 0).length;
  // Every line is decided: "complete" (R4 "partial" would mean adjudication still under way).
  return {
    outcome: "complete",
    disposition: deniedCount === items.length ? "Claim denied" : deniedCount > 0 ? "Claim partially paid" : "Claim paid",
    item: items,
    total: ["submitted", "eligible", "benefit"].map((category) => ({ category: { coding: [{ system: ADJUDICATION, code: category }] }, amount: { value: sum(category), currency: "USD" } })),
    ...(paid > 0 ? { payment: { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete" }] }, amount: { value: paid, currency: "USD" }, date: paymentDate } } : {}),
    ...(notes.length ? { processNote: notes.map((text, i) => ({ number: i + 1, type: "display" as const, text })) } : {}),
  };
}
