/**
 * 277CA (005010X214): HL 20 payer (NM1*PR, or the clearinghouse NM1*AY when it answers), 21 receiver, 19 provider, PT patient with NM1*QC,
 * TRN*2 (the CLM01), STC (category:status:entity, STC10/STC11 more statuses), REF*1K (payer
 * claim control number), DTP*472 (service date). Line-level SVC/STC are not read.
 */
import type { ClaimAcknowledgment, ClaimStatus277, StatusCode } from "./x12-in-model.ts";
import { elementOf, toCents, toIsoDate } from "./x12-values.ts";
import type { Segment, TransactionSegments } from "./x12-segments.ts";

const REJECTED_CATEGORIES = new Set(["A3", "A4", "A6", "A7", "A8"]);

function statusOf(value: string | undefined, separator: string): StatusCode | undefined {
  if (!value) return undefined;
  const [category = "", status = "", entity] = value.split(separator);
  return { category, status, ...(entity ? { entity } : {}) };
}

function claimFrom(trn: string[]): ClaimAcknowledgment {
  return { claimControlNumber: elementOf(trn, 2) ?? "", patient: {}, statuses: [], accepted: false };
}

function applyStc(claim: ClaimAcknowledgment, values: string[], separator: string): void {
  for (const n of [1, 10, 11]) {
    const status = statusOf(elementOf(values, n), separator);
    if (status) claim.statuses.push(status);
  }
  const date = toIsoDate(elementOf(values, 2));
  if (date) claim.statusDate = date;
  const action = elementOf(values, 3);
  if (action) claim.actionCode = action;
  if (elementOf(values, 4)) claim.chargeCents = toCents(elementOf(values, 4));
  const text = elementOf(values, 12);
  if (text) claim.freeText = text;
  claim.accepted = action ? action === "WQ" : !claim.statuses.some((s) => REJECTED_CATEGORIES.has(s.category));
}

export function read277CA(transaction: TransactionSegments): ClaimStatus277 {
  const separator = transaction.componentSeparator;
  const result: ClaimStatus277 = { kind: "277CA", envelope: transaction.envelope, payer: {}, claims: [] };
  let patient: ClaimAcknowledgment["patient"] = {};
  let claim: ClaimAcknowledgment | undefined;
  let inClaim = false;
  const read = ({ tag, values }: Segment): void => {
    if (tag === "HL") {
      inClaim = elementOf(values, 3) === "PT";
      claim = undefined;
      if (inClaim) patient = {};
    } else if (tag === "NM1" && (elementOf(values, 1) === "PR" || (elementOf(values, 1) === "AY" && !result.payer.name))) result.payer = { name: elementOf(values, 3), id: elementOf(values, 9) };
    else if (tag === "NM1" && elementOf(values, 1) === "QC") patient = { lastName: elementOf(values, 3), firstName: elementOf(values, 4), memberId: elementOf(values, 9) };
    else if (tag === "TRN" && inClaim) {
      claim = { ...claimFrom(values), patient };
      result.claims.push(claim);
    } else if (tag === "SVC") claim = undefined; // line level: not read
    else if (tag === "STC" && claim) applyStc(claim, values, separator);
    else if (tag === "REF" && claim && elementOf(values, 1) === "1K") claim.payerClaimControlNumber = elementOf(values, 2);
    else if (tag === "DTP" && claim && elementOf(values, 1) === "472") claim.serviceDate = toIsoDate(elementOf(values, 3));
  };
  transaction.segments.forEach(read);
  return result;
}
