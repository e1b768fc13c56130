/**
 * E/M code families outside the office (CPT 2023+ rules): each level's CPT number, the decision
 * making it needs and, where time may choose the level, the total minutes on the date (met or
 * exceeded). CPT numbers only; the labels are our own words.
 */
import type { MdmLevel } from "./em-levels.ts";

export interface SettingLevel {
  code: string;
  /** The MDM levels that select this code (99221 serves both straightforward and low). */
  mdm: readonly MdmLevel[];
  /** Minutes that support the level by time; absent where time does not count. */
  minutes?: number;
}

export type FamilyKey =
  | "emergency"
  | "hospital-initial"
  | "hospital-subsequent"
  | "nursing-initial"
  | "nursing-subsequent"
  | "home-new"
  | "home-established";

const SF_LOW: readonly MdmLevel[] = ["straightforward", "low"];

export const SETTING_FAMILIES: Readonly<Record<FamilyKey, { words: string; levels: readonly SettingLevel[] }>> = {
  // 99281 is a visit that may not need a physician: no MDM level selects it.
  emergency: { words: "Emergency department visit", levels: [
    { code: "99282", mdm: ["straightforward"] }, { code: "99283", mdm: ["low"] }, { code: "99284", mdm: ["moderate"] }, { code: "99285", mdm: ["high"] },
  ] },
  "hospital-initial": { words: "Initial hospital inpatient or observation care", levels: [
    { code: "99221", mdm: SF_LOW, minutes: 40 }, { code: "99222", mdm: ["moderate"], minutes: 55 }, { code: "99223", mdm: ["high"], minutes: 75 },
  ] },
  "hospital-subsequent": { words: "Subsequent hospital inpatient or observation care", levels: [
    { code: "99231", mdm: SF_LOW, minutes: 25 }, { code: "99232", mdm: ["moderate"], minutes: 35 }, { code: "99233", mdm: ["high"], minutes: 50 },
  ] },
  "nursing-initial": { words: "Initial nursing facility care", levels: [
    { code: "99304", mdm: SF_LOW, minutes: 25 }, { code: "99305", mdm: ["moderate"], minutes: 35 }, { code: "99306", mdm: ["high"], minutes: 45 },
  ] },
  "nursing-subsequent": { words: "Subsequent nursing facility care", levels: [
    { code: "99307", mdm: ["straightforward"], minutes: 10 }, { code: "99308", mdm: ["low"], minutes: 15 }, { code: "99309", mdm: ["moderate"], minutes: 30 }, { code: "99310", mdm: ["high"], minutes: 45 },
  ] },
  "home-new": { words: "Home or residence visit, new patient", levels: [
    { code: "99341", mdm: ["straightforward"], minutes: 15 }, { code: "99342", mdm: ["low"], minutes: 30 }, { code: "99344", mdm: ["moderate"], minutes: 60 }, { code: "99345", mdm: ["high"], minutes: 75 },
  ] },
  "home-established": { words: "Home or residence visit, established patient", levels: [
    { code: "99347", mdm: ["straightforward"], minutes: 20 }, { code: "99348", mdm: ["low"], minutes: 30 }, { code: "99349", mdm: ["moderate"], minutes: 40 }, { code: "99350", mdm: ["high"], minutes: 60 },
  ] },
};

/** Hospital discharge day management, by time only: 30 minutes or less, or more. */
export const DISCHARGE = { upTo30: "99238", over30: "99239" } as const;
/** Nursing facility discharge management, by time only: 30 minutes or less, or more. */
export const NURSING_DISCHARGE = { upTo30: "99315", over30: "99316" } as const;
