/**
 * What the clearinghouse sends back for the app's 837P, read into plain values: the 999
 * (was the file accepted), the 277CA (was each claim accepted, and the payer's number) and the
 * 835 (payment and adjustments). Money is in whole cents so totals reconcile exactly.
 */

/** Where a transaction came from: one ST..SE inside one GS inside one ISA. */
export interface X12Envelope {
  fileName: string;
  /** ISA06, trimmed. */
  sender: string;
  /** ISA08, trimmed. */
  receiver: string;
  /** ISA13. */
  interchangeControlNumber: string;
  /** GS06. */
  groupControlNumber: string;
  /** ST02. */
  transactionControlNumber: string;
}

export interface PatientInFile {
  lastName?: string;
  firstName?: string;
  memberId?: string;
}

/** 999 IK3 (segment) with its IK4 (element) when there is one. */
export interface AckError {
  segmentId: string;
  segmentPosition?: string;
  loopId?: string;
  /** IK304 */
  segmentErrorCode?: string;
  /** IK401 */
  elementPosition?: string;
  /** IK403 */
  elementErrorCode?: string;
  /** IK404 */
  badValue?: string;
}

/** 999 AK2..IK5: one acknowledged 837 transaction set. */
export interface SetAcknowledgment {
  /** AK202: the ST02 of the 837 it answers. */
  setControlNumber: string;
  /** IK501: A accepted, E accepted with errors, R/M/W/X rejected. */
  code: string;
  accepted: boolean;
  /** IK502..IK506 */
  syntaxErrorCodes: string[];
  errors: AckError[];
}

export interface Acknowledgment999 {
  kind: "999";
  envelope: X12Envelope;
  /** AK102: the GS06 of the 837 file it answers. */
  groupControlNumber: string;
  sets: SetAcknowledgment[];
  /** AK901 */
  groupCode: string;
  groupAccepted: boolean;
}

/** STC01 / STC10 / STC11: category, status and entity codes. */
export interface StatusCode {
  category: string;
  status: string;
  entity?: string;
}

export interface ClaimAcknowledgment {
  /** TRN02: the CLM01 the 837P wrote. */
  claimControlNumber: string;
  /** REF*1K */
  payerClaimControlNumber?: string;
  patient: PatientInFile;
  /** DTP*472, YYYY-MM-DD (start of a range). */
  serviceDate?: string;
  statuses: StatusCode[];
  /** STC03: WQ accepted, U rejected. */
  actionCode?: string;
  /** STC04 in cents. */
  chargeCents?: number;
  /** STC02, YYYY-MM-DD */
  statusDate?: string;
  /** STC12 */
  freeText?: string;
  accepted: boolean;
}

export interface ClaimStatus277 {
  kind: "277CA";
  envelope: X12Envelope;
  payer: { name?: string; id?: string };
  claims: ClaimAcknowledgment[];
}

/** CAS: one group and reason with its amount. */
export interface Adjustment {
  group: string;
  reason: string;
  amountCents: number;
  quantity?: number;
}

export interface RemitLine {
  /** SVC01-1 */
  qualifier: string;
  /** SVC01-2 */
  code: string;
  modifiers: string[];
  /** SVC02 */
  chargeCents: number;
  /** SVC03 */
  paidCents: number;
  /** SVC05 (1 when absent) */
  units: number;
  /** DTM*472 */
  serviceDate?: string;
  /** REF*6R */
  lineControlNumber?: string;
  /** AMT*B6 */
  allowedCents?: number;
  adjustments: Adjustment[];
  /** LQ*HE */
  remarks: string[];
}

export interface RemitClaim {
  /** CLP01 */
  claimControlNumber: string;
  /** CLP02 */
  statusCode: string;
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  /** CLP06 */
  filingIndicator?: string;
  /** CLP07 */
  payerClaimControlNumber?: string;
  adjustments: Adjustment[];
  patient: PatientInFile;
  /** DTM*232 (or the first line's DTM*472) */
  serviceDate?: string;
  /** DTM*050 */
  receivedDate?: string;
  lines: RemitLine[];
}

/** PLB: one provider-level adjustment (a positive amount reduces the payment). */
export interface ProviderAdjustment {
  providerId: string;
  /** PLB02, YYYY-MM-DD */
  fiscalPeriodDate?: string;
  /** PLB03-1, e.g. WO (overpayment recovery), L6 (interest), FB (forwarding balance) */
  reason: string;
  /** PLB03-2 */
  reference?: string;
  amountCents: number;
}

export interface Remittance835 {
  kind: "835";
  envelope: X12Envelope;
  payment: {
    /** BPR01: I remittance and payment, H notification only ... */
    handlingCode: string;
    /** BPR02 */
    amountCents: number;
    /** BPR03: C credit, D debit */
    creditDebit: string;
    /** BPR04: ACH, CHK, NON ... */
    method: string;
    /** BPR16, else DTM*405 */
    date?: string;
    /** TRN02: check or EFT trace number */
    traceNumber?: string;
    /** TRN03 */
    originatorId?: string;
  };
  /** DTM*405 */
  productionDate?: string;
  payer: { name?: string; id?: string };
  payee: { name?: string; npi?: string; taxId?: string };
  claims: RemitClaim[];
  providerAdjustments: ProviderAdjustment[];
}

export type ClearinghouseTransaction = Acknowledgment999 | ClaimStatus277 | Remittance835;
