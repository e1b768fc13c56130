/**
 * One 835 SVC as ClaimResponse.item: submitted (SVC02), eligible (AMT*B6), benefit (SVC03),
 * deductible / coinsurance / copay (CAS PR-1 / PR-2 / PR-3) and every other CAS as "noncovered"
 * with its CARC as the reason (group code kept in the extension and the text, "CO-45"); LQ*HE
 * remark codes go with the line's first reason and in a note.
 */
import type { ClaimResponseItem, ClaimResponseItemAdjudication, CodeableConcept, Coding } from "fhir/r4";
import { ADJUDICATION, CARC, RARC } from "../../coding/systems.ts";
import { CARC_GROUP_EXTENSION } from "../status/adjustment-reasons.ts";
import type { Adjustment, RemitLine } from "./x12-in-model.ts";
import { fromCents } from "./x12-values.ts";

export const CARIN_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";

const PATIENT_SHARE: Readonly<Record<string, readonly [string, string]>> = {
  "1": [ADJUDICATION, "deductible"],
  "2": [CARIN_ADJUDICATION, "coinsurance"],
  "3": [ADJUDICATION, "copay"],
};

export function money(cents: number): { value: number; currency: string } {
  return { value: fromCents(cents), currency: "USD" };
}

function category(system: string, code: string): CodeableConcept {
  return { coding: [{ system, code }] };
}

/** A CARC as a reason with its group: code "45", extension valueCode "CO", text "CO-45"; RARCs follow. */
export function carcReason(adjustment: Adjustment, remarks: readonly string[] = []): CodeableConcept {
  const carc: Coding = { extension: [{ url: CARC_GROUP_EXTENSION, valueCode: adjustment.group }], system: CARC, code: adjustment.reason };
  return { coding: [carc, ...remarks.map((code) => ({ system: RARC, code }))], text: `${adjustment.group}-${adjustment.reason}` };
}

export function adjustmentEntry(adjustment: Adjustment, remarks: readonly string[] = []): ClaimResponseItemAdjudication {
  const share = adjustment.group === "PR" ? PATIENT_SHARE[adjustment.reason] : undefined;
  const [system, code] = share ?? (adjustment.group === "PR" ? [CARIN_ADJUDICATION, "memberliability"] : [CARIN_ADJUDICATION, "noncovered"]);
  return { category: category(system, code), reason: carcReason(adjustment, remarks), amount: money(adjustment.amountCents) };
}

/** Allowed when AMT*B6 is absent: the charge less what is not the patient's nor the payer's to pay. */
function eligibleCents(line: RemitLine): number {
  if (line.allowedCents !== undefined) return line.allowedCents;
  return line.chargeCents - line.adjustments.filter((a) => a.group !== "PR").reduce((sum, a) => sum + a.amountCents, 0);
}

export function remitLineToItem(line: RemitLine, index: number): ClaimResponseItem {
  const sequence = /^\d+$/.test(line.lineControlNumber ?? "") ? Number(line.lineControlNumber) : index + 1;
  const adjustments = line.adjustments.map((a, i) => adjustmentEntry(a, i === 0 ? line.remarks : []));
  const remarksOnly = line.adjustments.length === 0 && line.remarks.length > 0
    ? [{ category: category(CARIN_ADJUDICATION, "noncovered"), reason: { coding: line.remarks.map((code) => ({ system: RARC, code })) }, amount: money(0) }]
    : [];
  return {
    itemSequence: sequence,
    adjudication: [
      { category: category(ADJUDICATION, "submitted"), amount: money(line.chargeCents) },
      { category: category(ADJUDICATION, "eligible"), amount: money(eligibleCents(line)) },
      ...adjustments,
      ...remarksOnly,
      { category: category(ADJUDICATION, "benefit"), amount: money(line.paidCents) },
    ],
  };
}
