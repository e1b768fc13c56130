/**
 * A practice fee schedule: what the practice charges per unit of a CPT/HCPCS code, optionally
 * different with a modifier. Configurable JSON (see public/fee-schedule.sample.json), checked by
 * parseFeeSchedule before use.
 */
export interface Fee {
  /** USD per unit. */
  amount: number;
  /** Amount per unit when the line carries this modifier ("26", "TC", "50" ...). */
  modifiers?: Record<string, number>;
}

export interface FeeSchedule {
  name: string;
  /** YYYY-MM-DD from which the amounts apply. */
  effective: string;
  currency: "USD";
  /** CPT/HCPCS code number -> fee. */
  fees: Record<string, Fee>;
  /** Charge for a code the schedule does not list; without it such a line has no charge. */
  default?: { amount: number };
  /** Free text: where the amounts come from. */
  about?: string;
}

export interface FeeLookup {
  amount: number;
  /** Which entry gave the amount. */
  basis: "modifier" | "code" | "default";
  reason: string;
}

/**
 * The charge per unit for a code and its modifiers: the first of the line's modifiers that has
 * its own amount for the code, else the code's amount, else the schedule's default; undefined
 * when the schedule has none of these (the user types the charge).
 */
export function feeFor(schedule: FeeSchedule, code: string, modifiers: readonly string[] = []): FeeLookup | undefined {
  const fee = Object.hasOwn(schedule.fees, code) ? schedule.fees[code] : undefined;
  if (fee) {
    const modifier = modifiers.find((m) => fee.modifiers !== undefined && Object.hasOwn(fee.modifiers, m));
    const byModifier = modifier === undefined ? undefined : fee.modifiers?.[modifier];
    if (modifier !== undefined && byModifier !== undefined) {
      return { amount: byModifier, basis: "modifier", reason: `${schedule.name}: ${code} with modifier ${modifier}` };
    }
    return { amount: fee.amount, basis: "code", reason: `${schedule.name}: ${code}` };
  }
  if (schedule.default) return { amount: schedule.default.amount, basis: "default", reason: `${schedule.name}: ${code} not listed, default charge` };
  return undefined;
}
