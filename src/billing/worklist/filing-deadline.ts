/**
 * Timely filing: a payer pays only claims it receives within its limit, counted in days from the
 * date of service (Medicare: 365 days, 42 CFR 424.44). Today comes in as a value.
 */
export interface FilingLimits {
  /** Days allowed when the payer has no entry of its own; 365 when absent. */
  default?: number;
  /** Days by payer id (the payer Organization's payer-id identifier, e.g. "SBXMCR"). */
  byPayerId?: Record<string, number>;
}

export const DEFAULT_FILING_LIMIT_DAYS = 365;

export type FilingDeadline =
  /** daysLeft 0 is the last day the payer accepts the claim. */
  | { kind: "open"; daysLeft: number; limitDays: number }
  | { kind: "past-limit"; daysPast: number; limitDays: number }
  /** No readable date of service. */
  | { kind: "unknown"; limitDays: number };

const DAY_MS = 86_400_000;

/** Whole days from one date to another (YYYY-MM-DD or dateTime: the date as written counts); undefined when unreadable. */
export function daysBetween(from: string | undefined, to: string): number | undefined {
  const start = from ? Date.parse(from.slice(0, 10)) : Number.NaN;
  const end = Date.parse(to.slice(0, 10));
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.round((end - start) / DAY_MS);
}

/**
 * The payer's limit in days: its own entry, else Medicare's 12 months when the payer is known to be
 * Medicare (`kind` from payerKind), else the practice default, else 365.
 */
export function filingLimitFor(payerId: string | undefined, limits: FilingLimits | undefined, kind?: string): number {
  const own = payerId === undefined || !limits?.byPayerId || !Object.hasOwn(limits.byPayerId, payerId) ? undefined : limits.byPayerId[payerId];
  if (own === undefined && kind === "medicare") return MEDICARE_FILING_LIMIT_DAYS;
  return own ?? limits?.default ?? DEFAULT_FILING_LIMIT_DAYS;
}

/** Medicare: 12 months from the date of service (42 CFR 424.44). */
export const MEDICARE_FILING_LIMIT_DAYS = 365;

/** Days left = limit - (today - date of service); below zero the claim is past the payer's limit. `kind`: the payer's kind (payerKind). */
export function filingDeadline(dateOfService: string | undefined, payerId: string | undefined, limits: FilingLimits | undefined, today: string, kind?: string): FilingDeadline {
  const limitDays = filingLimitFor(payerId, limits, kind);
  const elapsed = daysBetween(dateOfService, today);
  if (elapsed === undefined) return { kind: "unknown", limitDays };
  const daysLeft = limitDays - elapsed;
  return daysLeft < 0 ? { kind: "past-limit", daysPast: -daysLeft, limitDays } : { kind: "open", daysLeft, limitDays };
}
