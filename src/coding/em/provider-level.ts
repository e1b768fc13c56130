import type { ChargeItem, Encounter } from "fhir/r4";
import { CPT } from "../systems.ts";

/** The E/M code family a CPT number belongs to, and its level within it. */
export interface EmFamily {
  words: string;
  /** Level within the family (99213 is level 3, 99202 level 2, 99284 level 4). */
  level: number;
}

/** First and last code of each family, its words, and the level its first code is (1 unless said). */
const FAMILIES: [from: number, to: number, words: string, first?: number][] = [
  [99202, 99205, "office visit, new patient", 2],
  [99211, 99215, "office visit, established patient"],
  [99221, 99223, "initial hospital inpatient or observation care"],
  [99231, 99233, "subsequent hospital inpatient or observation care"],
  [99238, 99239, "hospital discharge day"],
  [99281, 99285, "emergency department visit"],
  [99304, 99306, "initial nursing facility care"],
  [99307, 99310, "subsequent nursing facility care"],
  [99315, 99316, "nursing facility discharge day"],
  [99341, 99345, "home or residence visit, new patient"],
  [99347, 99350, "home or residence visit, established patient"],
  [99381, 99387, "preventive visit, new patient"],
  [99391, 99397, "preventive visit, established patient"],
];

/** The family of an E/M CPT number; undefined for any other code. */
export function emFamily(code: string): EmFamily | undefined {
  if (!/^\d{5}$/.test(code)) return undefined;
  const n = Number(code);
  const family = FAMILIES.find(([from, to]) => n >= from && n <= to);
  return family ? { words: family[2], level: n - family[0] + (family[3] ?? 1) } : undefined;
}

export const isEmCode = (code: string): boolean => emFamily(code) !== undefined;

export interface ProviderLevel {
  code: string;
  /** Where the chart carries it, in words ("Encounter.type", "ChargeItem/ci-1"). */
  source: string;
}

/**
 * The provider's own level of service: a CPT E/M code on Encounter.type, else on one of the
 * EMR's ChargeItems for the encounter (not entered-in-error; the app's own charges excluded by the caller).
 */
export function providerLevel(encounter: Encounter | undefined, chargeItems: readonly ChargeItem[]): ProviderLevel | undefined {
  for (const type of encounter?.type ?? []) {
    const coding = type.coding?.find((c) => c.system === CPT && c.code && isEmCode(c.code));
    if (coding?.code) return { code: coding.code, source: "Encounter.type" };
  }
  for (const item of chargeItems) {
    if (item.status === "entered-in-error") continue;
    const coding = item.code.coding?.find((c) => c.system === CPT && c.code && isEmCode(c.code));
    if (coding?.code) return { code: coding.code, source: `ChargeItem/${item.id ?? ""}` };
  }
  return undefined;
}

export type LevelComparison = { kind: "same" } | { kind: "differs"; reason: string };

/**
 * The provider's code beside the helper's: the same, or why they differ, in words (another
 * family: setting or new/established; or a higher or lower level than the documentation supports).
 */
export function compareLevels(provider: string, helper: string | undefined, helperReason: string): LevelComparison {
  if (helper === undefined) return { kind: "differs", reason: `The helper supports no level yet (${helperReason}); check that the documentation supports ${provider}.` };
  if (provider === helper) return { kind: "same" };
  const p = emFamily(provider);
  const h = emFamily(helper);
  if (!p || !h) return { kind: "differs", reason: `${provider} and ${helper} are not the same kind of service.` };
  if (p.words !== h.words) return { kind: "differs", reason: `The provider's ${provider} is a ${p.words} code; the chart supports a ${h.words} (${helper}: ${helperReason}).` };
  const steps = Math.abs(p.level - h.level);
  const direction = p.level > h.level ? "higher" : "lower";
  const advice = direction === "higher" ? "the documentation must support the higher level, or the claim is over-coded" : "the documentation supports more than was billed (under-coded)";
  return { kind: "differs", reason: `The provider's ${provider} is ${steps} level${steps > 1 ? "s" : ""} ${direction} than ${helper} (${helperReason}): ${advice}.` };
}
