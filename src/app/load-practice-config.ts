import type { FeeSchedule } from "../coding/fee-schedule/index.ts";
import { chargeForPractice, type ChargeFor } from "../coding/fee-schedule/index.ts";
import { defaultFeesOf, readMpfsArtifact, type ArtifactNames } from "./default-fees.ts";
import { parseFeeSchedule } from "../coding/fee-schedule/index.ts";
import { parseBillingConfig, type BillingConfig } from "../ui/claim/billing-config.ts";

export interface PracticeConfig {
  billing?: BillingConfig;
  /** The charge per unit of a code (practice fee schedule, then the MPFS default), with why a code has none. */
  chargeFor: ChargeFor;
  /** What is wrong with the practice's files; the app still works (charges are typed by hand). */
  problems: string[];
}

export const DEFAULT_FEE_SCHEDULE = "fee-schedule.sample.json";
/** The fee schedule file billing-config.json named last time (this browser), fetched at once next time. */
export const FEE_SCHEDULE_NAME_KEY = "practice-config:fee-schedule:v1";

async function fetchJson(name: string, fetcher: typeof fetch, base: string): Promise<unknown> {
  const response = await fetcher(new URL(name, base));
  if (!response.ok) throw new Error(`${name} could not be read (HTTP ${response.status}).`);
  return response.json();
}

/** Set while billing-config.json asks for the MPFS default fees (defaultFees): next time the MPFS artifact is fetched with it. */
export const DEFAULT_FEES_KEY = "practice-config:default-fees:v1";

function rememberedName(storage: Storage | undefined): string {
  try {
    return storage?.getItem(FEE_SCHEDULE_NAME_KEY) || DEFAULT_FEE_SCHEDULE;
  } catch {
    return DEFAULT_FEE_SCHEDULE;
  }
}

function remember(storage: Storage | undefined, name: string, key = FEE_SCHEDULE_NAME_KEY) {
  try {
    storage?.setItem(key, name);
  } catch {
    // Storage disabled: the next launch reads the two files one after the other.
  }
}

export interface LoadPracticeConfigOptions {
  fetch?: typeof fetch;
  /** Where the files are (the page's URL). */
  base?: string;
  storage?: Storage;
  /** The served names of the content-addressed artifacts (default: the build's `__APP_ARTIFACTS__`); the MPFS artifact is fetched by its name there. */
  artifacts?: ArtifactNames;
}

/**
 * Reads public/billing-config.json and the fee schedule it names, in parallel: the fee schedule
 * named last time (or the sample's name) is fetched together with billing-config.json; only when
 * the config now names another file is that one read afterwards. The MPFS default fees are fetched
 * with them too when the config asked for them last time. Never throws.
 */
export async function loadPracticeConfig(options: LoadPracticeConfigOptions = {}): Promise<PracticeConfig> {
  const fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.base ?? window.location.href;
  const storage = options.storage ?? (typeof window !== "undefined" ? window.localStorage : undefined);
  const guess = rememberedName(storage);
  const configRead = fetchJson("billing-config.json", fetcher, base);
  const guessRead = fetchJson(guess, fetcher, base);
  guessRead.catch(() => undefined); // reported below if it is the file the config names
  let mpfsEarly: ReturnType<typeof readMpfsArtifact> | undefined;
  try {
    if (storage?.getItem(DEFAULT_FEES_KEY) === "yes") mpfsEarly = readMpfsArtifact(fetcher, base, options.artifacts);
  } catch {
    // Storage disabled: the MPFS artifact is read once the config asks for it.
  }
  const problems: string[] = [];
  let billing: BillingConfig | undefined;
  let chargeFor: PracticeConfig["chargeFor"] = () => 0;
  let schedule: FeeSchedule | undefined;
  try {
    const parsed = parseBillingConfig(await configRead);
    if ("problems" in parsed) problems.push(...parsed.problems.map((p) => `billing-config.json: ${p}`));
    else billing = parsed.config;
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  }
  // The MPFS default fees are read only when billing-config asks for them (defaultFees).
  // Fetched with billing-config.json when the config asked for them last time.
  const mpfsRead = billing?.defaultFees ? (mpfsEarly ?? readMpfsArtifact(fetcher, base, options.artifacts)) : Promise.resolve("no default fees are configured (billing-config.json defaultFees)");
  if (Boolean(billing?.defaultFees) !== Boolean(mpfsEarly)) remember(storage, billing?.defaultFees ? "yes" : "no", DEFAULT_FEES_KEY);
  const feeFile = billing?.feeSchedule ?? DEFAULT_FEE_SCHEDULE;
  if (feeFile !== guess) remember(storage, feeFile);
  try {
    const parsed = parseFeeSchedule(await (feeFile === guess ? guessRead : fetchJson(feeFile, fetcher, base)));
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
