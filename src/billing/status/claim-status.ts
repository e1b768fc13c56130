/** A claim's state after submission, read from a ClaimResponse or ExplanationOfBenefit. */
export type ClaimStatus =
  | ({ kind: "queued" } & Common)
  /** R4 outcome "partial": some adjudication is done and the rest is still under way (not final). */
  | ({ kind: "in-process" } & Common & Adjudicated)
  | ({ kind: "paid" } & Common & Adjudicated)
  | ({ kind: "partially-paid" } & Common & Adjudicated)
  | ({ kind: "denied" } & Common & Adjudicated)
  /**
   * Allowed, but nothing was paid to the provider because it all went to the patient's share
   * (deductible, copay, coinsurance) or the payer paid the patient: the patient owes it, not a denial.
   */
  | ({ kind: "patient-responsibility"; owed: PatientOwed } & Common & Adjudicated)
  | ({ kind: "authorized" } & Common & Adjudicated)
  /** Prior authorization certified for part of what was asked (X12 306 A2, A6, or some lines only). */
  | ({ kind: "partially-authorized" } & Common & Adjudicated)
  | ({ kind: "error"; errors: ProcessingError[] } & Common)
  | { kind: "invalid"; message: string };

export type ClaimStatusKind = ClaimStatus["kind"];

export interface Common {
  source: "ClaimResponse" | "ExplanationOfBenefit";
  /** The payer's own words, when given. */
  disposition?: string;
  /** The payer's process notes (ClaimResponse/EOB.processNote text), in its words. */
  notes?: string[];
  /** The Claim the response answers ("Claim/123"). */
  claimRef?: string;
  created?: string;
}

export interface Amount {
  value: number;
  currency: string;
}

export interface Adjudicated {
  payment: { amount?: Amount; date?: string };
  patientResponsibility?: Amount;
  /** What the payer paid to the patient (CARIN paidtopatient): the provider collects it from the patient. */
  paidToPatient?: Amount;
  /** What the patient already paid (CARIN paidbypatient, e.g. at the visit). */
  paidByPatient?: Amount;
  lines: LineAdjudication[];
  /** Every adjustment or denial reason, claim-level and per line. */
  reasons: AdjustmentReason[];
}

export interface LineAdjudication {
  sequence: number;
  /** The billed code, from the response or from the Claim passed in. */
  code?: string;
  submitted?: Amount;
  eligible?: Amount;
  deductible?: Amount;
  copay?: Amount;
  coinsurance?: Amount;
  benefit?: Amount;
  paidToPatient?: Amount;
  patientResponsibility?: Amount;
  reasons: AdjustmentReason[];
}

/** Why the patient owes what they owe when the payer paid the provider nothing. */
export interface PatientOwed {
  total: Amount;
  deductible?: Amount;
  copay?: Amount;
  coinsurance?: Amount;
  /** The payer's payment that went to the patient instead of the provider. */
  paidToPatient?: Amount;
}

/** CARC group: contractual, patient responsibility, other, payer-initiated, correction. */
export type GroupCode = "CO" | "PR" | "OA" | "PI" | "CR";

export interface AdjustmentReason {
  kind: "carc" | "rarc" | "other";
  code: string;
  group?: GroupCode;
  /** Plain-language meaning; the code itself when unknown. */
  explanation: string;
  /** What to do about it, when the app knows. */
  fix?: string;
  amount?: Amount;
  lineSequence?: number;
}

export interface ProcessingError {
  code: string;
  system?: string;
  text: string;
  lineSequence?: number;
}
