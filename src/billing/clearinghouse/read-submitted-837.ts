/**
 * The claims inside 837P files as sent (GS06, ST02 and each CLM01 with its patient and date), so a
 * 999, which names only the 837 group and transaction, can be answered per claim.
 */
import type { PatientInFile } from "./x12-in-model.ts";
import { elementOf, toIsoDate } from "./x12-values.ts";
import { readTransactions, type Segment } from "./x12-segments.ts";

export interface SubmittedClaim {
  claimControlNumber: string;
  patient: PatientInFile;
  serviceDate?: string;
}

export interface Submitted837 {
  groupControlNumber: string;
  transactionControlNumber: string;
  claims: SubmittedClaim[];
}

function claimsOf(segments: Segment[]): SubmittedClaim[] {
  const claims: SubmittedClaim[] = [];
  let patient: PatientInFile = {};
  for (const { tag, values } of segments) {
    const qualifier = elementOf(values, 1);
    if (tag === "NM1" && (qualifier === "IL" || qualifier === "QC")) patient = { lastName: elementOf(values, 3), firstName: elementOf(values, 4), ...(elementOf(values, 9) ? { memberId: elementOf(values, 9) } : { memberId: patient.memberId }) };
    else if (tag === "CLM") claims.push({ claimControlNumber: elementOf(values, 1) ?? "", patient: { ...patient } });
    else if (tag === "DTP" && qualifier === "472") {
      const last = claims[claims.length - 1];
      if (last && !last.serviceDate) last.serviceDate = toIsoDate(elementOf(values, 3));
    }
  }
  return claims;
}

export function readSubmitted837(text: string, fileName = "837P"): Submitted837[] {
  return readTransactions(text, fileName)
    .filter((t) => t.setId === "837")
    .map((t) => ({ groupControlNumber: t.envelope.groupControlNumber, transactionControlNumber: t.envelope.transactionControlNumber, claims: claimsOf(t.segments) }));
}
