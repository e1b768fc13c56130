/** A claim's state after submission, read from a ClaimResponse or ExplanationOfBenefit. */
export type ClaimStatus =
  | ({ kind: "queued" } & Common)
  | ({ kind: "paid" } & Common & Adjudicated)
  | ({ kind: "partially-paid" } & Common & Adjudicated)
  | ({ kind: "denied" } & Common & Adjudicated)
  | ({ kind: "authorized" } & Common & Adjudicated)
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
  patientResponsibility?: Amount;
  reasons: AdjustmentReason[];
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
