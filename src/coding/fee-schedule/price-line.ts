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

/** The charge per unit of a code on a line (0 when nothing prices it), and why a line has no price. */
export interface ChargeFor {
  (code: string, modifiers: string[], placeOfService?: string): number;
  /** Why the code has no price (undefined when it has one). */
  why?(code: string, modifiers: string[], placeOfService?: string): string | undefined;
}

/** The practice's pricing: its fee schedule, then the MPFS default (see priceLine). */
export function chargeForPractice(schedule: FeeSchedule | undefined, fees: DefaultFees | undefined, unavailable?: string): ChargeFor {
  const price = (code: string, modifiers: string[], placeOfService?: string) => priceLine(schedule, fees, code, modifiers, placeOfService);
  return Object.assign((code: string, modifiers: string[], placeOfService?: string) => price(code, modifiers, placeOfService).amount, {
    why: (code: string, modifiers: string[], placeOfService?: string) => {
      const line = price(code, modifiers, placeOfService);
      if (line.basis !== "none") return undefined;
      return unavailable && !fees ? `No price: ${code} is not in the practice fee schedule, and ${unavailable}. Enter the charge.` : line.missing;
    },
  });
}
