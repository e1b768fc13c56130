import type { PatientStatus } from "./em-levels.ts";

export interface ProlongedService {
  /** 99417 (CPT) or G2212 (Medicare, HCPCS Level II). */
  code: "99417" | "G2212";
  units: number;
  reason: string;
}

/**
 * Total minutes at which the first unit is due, and the base the 15-minute units count from.
 * CPT: 99417 for each full 15 min beyond the level-5 time (60 new, 40 established), so the first
 * unit at 75 / 55 min. Medicare (CY2021+ PFS): G2212 only once 15 min beyond the *maximum* time
 * of the old level-5 range are complete, so the first unit at 89 / 69 min, then each 15 min.
 */
const RULES = {
  cpt: { new: { first: 75, base: 60 }, established: { first: 55, base: 40 } },
  medicare: { new: { first: 89, base: 74 }, established: { first: 69, base: 54 } },
} as const;

/**
 * Prolonged-service add-on for a level-5 office visit chosen by time (99205 / 99215), or
 * undefined when the time does not reach the first unit. Whether the payer is Medicare comes
 * from Coverage, decided by the caller.
 */
export function prolongedService(minutes: number, status: PatientStatus, payer: { medicare: boolean }): ProlongedService | undefined {
  if (!Number.isFinite(minutes)) return undefined;
  const rule = RULES[payer.medicare ? "medicare" : "cpt"][status];
  if (minutes < rule.first) return undefined;
  const units = Math.floor((minutes - rule.base) / 15);
  const code = payer.medicare ? "G2212" : "99417";
  const visit = status === "new" ? "99205" : "99215";
  return { code, units, reason: `${minutes} min with ${visit}: ${units} x ${code} (first unit at ${rule.first} min, then each full 15 min)` };
}
