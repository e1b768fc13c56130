import { feeFor, type FeeSchedule } from "./fee-schedule.ts";
import { mpfsFee, type DefaultFees } from "./mpfs-fees.ts";

/** A line's charge per unit and where it comes from; amount 0 with `missing` when nothing prices it. */
export type LinePrice =
  | { amount: number; basis: "practice" | "mpfs" | "practice-default"; reason: string }
  | { amount: 0; basis: "none"; missing: string };

/**
 * The charge per unit of a code: the practice fee schedule's own entry (by modifier, then code)
 * wins; else the default from the MPFS (locality, facility rate by place of service, times the
 * practice multiplier); else the practice schedule's flat default; else no price, saying why.
 */
export function priceLine(schedule: FeeSchedule | undefined, fees: DefaultFees | undefined, code: string, modifiers: readonly string[], placeOfService?: string): LinePrice {
  const own = schedule ? feeFor(schedule, code, [...modifiers]) : undefined;
  if (own && own.basis !== "default") return { amount: own.amount, basis: "practice", reason: own.reason };
  const mpfs = fees ? mpfsFee(fees, code, modifiers, placeOfService) : undefined;
  if (mpfs && "amount" in mpfs) return { amount: mpfs.amount, basis: "mpfs", reason: mpfs.reason };
  if (own) return { amount: own.amount, basis: "practice-default", reason: own.reason };
  const missing = mpfs?.missing ?? `No price: ${code} is not in the practice fee schedule and no default fee schedule is loaded. Enter the charge.`;
  return { amount: 0, basis: "none", missing };
}
