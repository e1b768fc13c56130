/**
 * What an 837P needs, read from the FHIR Bundle: every string here is already checked or
 * cleaned for X12 (no delimiters), dates are CCYYMMDD, money is integer cents.
 */
export type X12Name =
  | { kind: "person"; last: string; first?: string; middle?: string; suffix?: string }
  | { kind: "organization"; name: string };

export interface X12Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface X12Provider {
  name: X12Name;
  npi: string;
  /** NUCC provider taxonomy code (PRV*PE in 2310B), when the claim carries one. */
  taxonomy?: string;
}

export interface X12BillingProvider extends X12Provider {
  address: X12Address;
  taxId: string;
}

export interface X12Facility {
  name: string;
  npi?: string;
  address: X12Address;
}

export interface X12Demographics {
  name: X12Name;
  address: X12Address;
  /** CCYYMMDD. */
  birthDate: string;
  sex: "M" | "F" | "U";
}

/** 2000C/2010CA: the patient, when the patient is not the subscriber. */
export interface X12Patient extends X12Demographics {
  /** PAT01 individual relationship code (01 spouse, 19 child, 53 life partner, G8 other). */
  relationship: string;
}

export interface X12Subscriber {
  name: X12Name;
  address?: X12Address;
  memberId: string;
  /** SBR01: P primary, S secondary, T tertiary. */
  responsibility: "P" | "S" | "T";
  groupNumber?: string;
  /** SBR09 claim filing indicator (CI commercial, MB Medicare Part B, MC Medicaid ...). */
  filingIndicator: string;
  /** Who the subscriber is: the patient (SBR02 18, DMG in 2010BA) or someone else (2000C loop). */
  role: { kind: "patient"; birthDate: string; sex: X12Demographics["sex"] } | { kind: "other"; patient: X12Patient };
}

export interface X12Payer {
  name: string;
  payerId: string;
}

export interface X12ServiceLine {
  /** CPT or HCPCS code. */
  code: string;
  modifiers: string[];
  chargeCents: number;
  units: number;
  /** 1-based positions in the HI segment, up to 4. */
  pointers: number[];
  /** CCYYMMDD, or [from, to] for a period over several days. */
  serviceDate: string | readonly [string, string];
  /** Only when it differs from the claim's place of service (SV105). */
  placeOfService?: string;
}

export interface X12ClaimInfo {
  /** CLM01 patient control number (up to 20 characters). */
  id: string;
  totalCents: number;
  placeOfService: string;
  frequency: "1" | "7";
  /** REF*G1 prior authorization number (Claim.insurance.preAuthRef). */
  priorAuthorization?: string;
  /** REF*F8 payer claim control number of the claim replaced (frequency 7). */
  originalReference?: string;
  /** REF*X4 the lab's CLIA certificate number, when a line is a CLIA-waived test (QW). */
  cliaNumber?: string;
  /** ICD-10-CM codes without dots, principal first, at most 12. */
  diagnoses: string[];
}

/** One CAS adjustment: group (CO, PR, OA, PI, CR), CARC and amount. */
export interface X12Adjustment {
  group: "CO" | "PR" | "OA" | "PI" | "CR";
  reason: string;
  amountCents: number;
}

/** 2430: how the other payer adjudicated one service line (SVD, CAS, DTP*573). */
export interface X12LineAdjudication {
  /** 0-based index of the service line in Claim837.lines. */
  lineIndex: number;
  paidCents: number;
  adjustments: X12Adjustment[];
  /** CCYYMMDD: the other payer's adjudication (or payment) date. */
  date: string;
}

/** 2320/2330A/2330B: a payer that adjudicated the claim before this one (the primary, for a secondary claim). */
export interface X12OtherPayer {
  /** SBR01 of that payer: P primary, S secondary, T tertiary. */
  responsibility: "P" | "S" | "T";
  /** SBR02 individual relationship code of the patient to that payer's subscriber (18 self). */
  relationship: string;
  groupNumber?: string;
  filingIndicator: string;
  /** Claim-level adjustments (CAS in 2320). */
  adjustments: X12Adjustment[];
  /** AMT*D: what that payer paid on the claim. */
  paidCents: number;
  /** AMT*EAF: what the patient still owes after that payer (deductible, coinsurance, copay). */
  patientResponsibilityCents: number;
  subscriber: { name: X12Name; memberId: string; address?: X12Address };
  payer: X12Payer;
  /** CCYYMMDD: DTP*573 in 2330B. */
  date: string;
  lines: X12LineAdjudication[];
}

export interface Claim837 {
  billingProvider: X12BillingProvider;
  subscriber: X12Subscriber;
  payer: X12Payer;
  claim: X12ClaimInfo;
  /** 2310B: written when the rendering provider is not the billing provider. */
  renderingProvider?: X12Provider;
  serviceFacility?: X12Facility;
  /** 2320 loops: the payers that adjudicated the claim before the one it goes to now. */
  otherPayers?: X12OtherPayer[];
  lines: X12ServiceLine[];
}
