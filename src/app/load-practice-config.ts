import { feeFor } from "../coding/fee-schedule/fee-schedule.ts";
import { parseFeeSchedule } from "../coding/fee-schedule/parse-fee-schedule.ts";
import { parseBillingConfig, type BillingConfig } from "../ui/claim/billing-config.ts";

export interface PracticeConfig {
  billing?: BillingConfig;
  chargeFor(code: string, modifiers: string[]): number;
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
  try {
    const parsed = parseBillingConfig(await fetchJson("billing-config.json"));
    if ("problems" in parsed) problems.push(...parsed.problems.map((p) => `billing-config.json: ${p}`));
    else billing = parsed.config;
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  const feeFile = billing?.feeSchedule ?? "fee-schedule.sample.json";
  try {
    const parsed = parseFeeSchedule(await fetchJson(feeFile));
    if ("problems" in parsed) problems.push(...parsed.problems.map((p) => `${feeFile}: ${p}`));
    else chargeFor = (code, modifiers) => feeFor(parsed.schedule, code, modifiers)?.amount ?? 0;
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  return { ...(billing ? { billing } : {}), chargeFor, problems };
}
