/**
 * The practice fee schedule: parsing it, the Medicare (MPFS) defaults, and the charge of a line.
 * Other folders and packages import from here.
 */
export { type Fee, feeFor, type FeeLookup, type FeeSchedule } from "./fee-schedule.ts";
export { type MpfsArtifact, parseMpfsArtifact } from "./mpfs-artifact.ts";
export type { DefaultFees } from "./mpfs-fees.ts";
export { type FeeScheduleParse, parseFeeSchedule } from "./parse-fee-schedule.ts";
export { type ChargeFor, chargeForPractice } from "./price-line.ts";
