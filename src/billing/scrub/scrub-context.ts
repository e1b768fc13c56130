import type { Encounter, Patient } from "fhir/r4";
import type { CodeIndex } from "../../coding/code-index.ts";
import type { MueTable } from "../ncci/mue-table.ts";
import type { PtpTable } from "../ncci/ptp-table.ts";

/** A professional service the patient had before this claim (for new vs established patient). */
export interface PriorService {
  /** Date of service, YYYY-MM-DD (or a full dateTime). */
  date: string;
  /** "Practitioner/123" who rendered it, when known. */
  practitioner?: string;
  /** "Organization/123" (the group) that billed it, when known. */
  organization?: string;
  /**
   * The rendering practitioner's specialties (PractitionerRole.specialty codes, e.g. NUCC
   * taxonomy), when known: a group colleague's service makes the patient established only in
   * the same specialty.
   */
  specialties?: string[];
}

/**
 * Everything the scrubber may consult besides the Claim. Only `index` is required; each
 * optional field switches on the rules that need it, and leaving it out never raises an error.
 */
export interface ScrubContext {
  /** The ICD-10-CM/HCPCS code index (`await loadCodeIndex()`), used with each line's date of service. */
  index: CodeIndex;
  /** For icd-age (birthDate) and icd-sex (gender "male"/"female"; other values skip the rule). */
  patient?: Patient;
  /** For dos-outside-encounter: every line's date must fall inside `period`. */
  encounter?: Encounter;
  /**
   * NCCI tables (`loadNcciEdits`). A missing table makes ncci-ptp / mue report one
   * information finding naming the missing edition instead of checking.
   */
  edits?: { ptp?: PtpTable; mue?: MueTable };
  /**
   * Earlier professional services of this patient (any date; the rule keeps the 3 years before
   * the date of service). Undefined = unknown, so em-new-established stays silent.
   */
  priorServices?: PriorService[];
  /** The rendering practitioner's specialties (PractitionerRole.specialty codes), for em-new-established. */
  specialties?: string[];
  /** Known modifier codes; default: CPT modifier numbers plus active HCPCS Level II modifiers. */
  modifiers?: ReadonlySet<string>;
  /**
   * Whom the claim goes to (from payerKind: Coverage.type SOPT or the payer id). NCCI tables are
   * Medicare's: a code with MUE 0 (not payable by Medicare, e.g. routine preventive visits) is a
   * warning for "medicare", a warning that names the doubt when absent (payer kind unknown), and
   * not shown for "other" (a known non-Medicare payer).
   */
  payerType?: "medicare" | "other";
  /**
   * The caller's date, YYYY-MM-DD: used as date of service when neither a line nor
   * Claim.billablePeriod has one, and by dos-future and timely-filing (both silent without it).
   */
  today?: string;
  /** The payer's filing limit in days from the date of service, for timely-filing; default 365 (Medicare's 12 months). */
  filingLimitDays?: number;
}
