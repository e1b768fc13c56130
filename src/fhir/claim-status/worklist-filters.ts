import type { ClaimSummary } from "../../billing/worklist/claim-summary.ts";
import type { KnownClaimStatus } from "./load-claim-statuses.ts";

/** One claim on the worklist with its latest status and its age. */
export interface WorklistRow extends ClaimSummary {
  claimRef: string;
  /** The claim's created date (or the response's, when only an ExplanationOfBenefit is known). */
  created?: string;
  /** Whole days from the date of service (created when there is none) to today; undefined when unreadable. */
  ageDays?: number;
  /** A draft saved on the server, not sent to the payer yet. */
  draft?: boolean;
  status: KnownClaimStatus;
}

export interface WorklistScope {
  /** The patient's claims ("123", no "Patient/"). */
  patientId?: string;
  /**
   * The user's work across patients ("Practitioner/123"): claims they entered, acted on
   * (Provenance) or were handed (Task owner or requester), where the server allows.
   */
  practitionerRef?: string;
  /** YYYY-MM-DD: ages are counted to this day (time comes in as a value). */
  today: string;
}

export type WorklistFilter = "all" | "denied" | "unpaid-over-30-days";

const DAY_MS = 86_400_000;

/** Whole days between two dates (YYYY-MM-DD or dateTime; the date part counts), never below 0. */
export function ageInDays(created: string | undefined, today: string): number | undefined {
  const start = created ? Date.parse(created.slice(0, 10)) : Number.NaN;
  const end = Date.parse(today.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.max(0, Math.round((end - start) / DAY_MS));
}

export function isDenied(row: WorklistRow): boolean {
  return row.status.kind === "denied";
}

/** No money yet (submitted, queued, denied, error or unreadable answer) and older than `days`. */
export function isUnpaidOver(row: WorklistRow, days = 30): boolean {
  // Settled by the payer: paid, authorized, or allowed with the whole amount the patient's to pay.
  const settled = ["paid", "partially-paid", "patient-responsibility", "authorized", "partially-authorized"];
  const paid = settled.includes(row.status.kind);
  return !paid && row.ageDays !== undefined && row.ageDays > days;
}

export function filterWorklist(rows: readonly WorklistRow[], filter: WorklistFilter): WorklistRow[] {
  if (filter === "denied") return rows.filter(isDenied);
  if (filter === "unpaid-over-30-days") return rows.filter((row) => isUnpaidOver(row, 30));
  return [...rows];
}

/** Oldest first: the claims that most need following up. */
export function sortByAge(rows: readonly WorklistRow[]): WorklistRow[] {
  return [...rows].sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1));
}
