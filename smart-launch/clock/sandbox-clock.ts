/**
 * The sandbox's one clock. With a reference date (SANDBOX_REFERENCE_DATE, YYYY-MM-DD) it reads
 * that date at 12:00 UTC when it is made and runs at real speed from there, so tests get the same
 * dates on any day they run; without one it is the real clock and the reference date is today's
 * local date. Everything in the sandbox that asks for "now" asks this clock.
 */
export interface SandboxClock {
  /** YYYY-MM-DD: the day the seed's dates are arranged around. */
  readonly referenceDate: string;
  now(): Date;
}

const REFERENCE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string that names a real calendar day. */
export function isReferenceDate(text: string): boolean {
  const match = REFERENCE_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The instant a clock made for this reference date starts at: the date at 12:00 UTC (the same calendar day from UTC-11 to UTC+11). */
export function referenceInstant(referenceDate: string): Date {
  if (!isReferenceDate(referenceDate)) throw new Error(`A reference date is YYYY-MM-DD (got "${referenceDate}")`);
  return new Date(`${referenceDate}T12:00:00Z`);
}

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(instant: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** A clock at the reference date plus the real time elapsed since this call, or the real clock when no date is given. */
export function createSandboxClock(referenceDate?: string, realNow: () => number = Date.now): SandboxClock {
  if (referenceDate === undefined) return { referenceDate: localDate(new Date(realNow())), now: () => new Date(realNow()) };
  const offset = referenceInstant(referenceDate).getTime() - realNow();
  return { referenceDate, now: () => new Date(realNow() + offset) };
}
