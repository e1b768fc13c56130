import type { FeeSchedule } from "../coding/fee-schedule/fee-schedule.ts";
import { chargeForPractice, type ChargeFor } from "../coding/fee-schedule/price-line.ts";
import { defaultFeesOf, readMpfsArtifact } from "./default-fees.ts";
import { parseFeeSchedule } from "../coding/fee-schedule/parse-fee-schedule.ts";
import { parseBillingConfig, type BillingConfig } from "../ui/claim/billing-config.ts";

export interface PracticeConfig {
  billing?: BillingConfig;
  /** The charge per unit of a code (practice fee schedule, then the MPFS default), with why a code has none. */
  chargeFor: ChargeFor;
  /** What is wrong with the practice's files; the app still works (charges are typed by hand). */
  problems: string[];
}

async function fetchJson(name: string): Promise<unknown> {
  const response = await fetch(new URL(name, window.location.href));
  if (!response.ok) throw new Error(`${name} could not be read (HTTP ${response.status}).`);
  return response.json();
}

/** Reads public/billing-config.json and the fee schedule it names. Never throws. */
export async function loadPracticeConfig(): Promise<PracticeConfig> {
  const problems: string[] = [];
  let billing: BillingConfig | undefined;
  let chargeFor: PracticeConfig["chargeFor"] = () => 0;
  let schedule: FeeSchedule | undefined;
  try {
    const parsed = parseBillingConfig(await fetchJson("billing-config.json"));
    if ("problems" in parsed) problems.push(...parsed.problems.map((p) => `billing-config.json: ${p}`));
    else billing = parsed.config;
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  // The MPFS default fees are read only when billing-config asks for them (defaultFees).
  const mpfsRead = billing?.defaultFees ? readMpfsArtifact() : Promise.resolve("no default fees are configured (billing-config.json defaultFees)");
  const feeFile = billing?.feeSchedule ?? "fee-schedule.sample.json";
  try {
    const parsed = parseFeeSchedule(await fetchJson(feeFile));
    if ("problems" in parsed) problems.push(...parsed.problems.map((p) => `${feeFile}: ${p}`));
    else schedule = parsed.schedule;
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  // Codes the practice schedule does not list are priced from the MPFS (locality, multiplier from billing-config).
  const mpfs = await mpfsRead;
  chargeFor = typeof mpfs === "string" ? chargeForPractice(schedule, undefined, mpfs) : chargeForPractice(schedule, defaultFeesOf(mpfs, billing, problems));
  return { ...(billing ? { billing } : {}), chargeFor, problems };
}
