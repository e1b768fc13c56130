import type { KnownClaimStatus } from "./load-claim-statuses.ts";

/** One claim on the worklist with its latest status and its age. */
export interface WorklistRow {
  claimRef: string;
  patientRef?: string;
  /** The claim's created date (or the response's, when only an ExplanationOfBenefit is known). */
  created?: string;
  /** Whole days from created to today; undefined when created is missing or unreadable. */
  ageDays?: number;
  total?: { value: number; currency: string };
  status: KnownClaimStatus;
}

export interface WorklistScope {
  /** The patient's claims ("123", no "Patient/"). */
  patientId?: string;
  /** The practitioner's claims across patients ("Practitioner/123"), where the server allows. */
  practitionerRef?: string;
  /** YYYY-MM-DD: ages are counted to this day (time comes in as a value). */
  today: string;
}

export type WorklistFilter = "all" | "denied" | "unpaid-over-30-days";

const DAY_MS = 86_400_000;

/** Whole days between two dates (YYYY-MM-DD or dateTime; the date part counts). */
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
  const paid = row.status.kind === "paid" || row.status.kind === "partially-paid" || row.status.kind === "authorized";
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
