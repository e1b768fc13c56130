import type { Fee, FeeSchedule } from "./fee-schedule.ts";

export type FeeScheduleParse = { schedule: FeeSchedule } | { problems: string[] };

/** CPT (5 digits, or 4 digits + F/T/U) and HCPCS Level II (letter + 4 digits) code numbers. */
const CODE = /^(\d{4}[0-9FTU]|[A-V]\d{4})$/;
const MODIFIER = /^[0-9A-Z]{2}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const KNOWN_KEYS = new Set(["name", "effective", "currency", "fees", "default", "about"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A money amount: a finite number >= 0 with at most 2 decimals. */
function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

function checkFee(code: string, value: unknown, problems: string[]): Fee | undefined {
  if (!CODE.test(code)) problems.push(`fees: "${code}" is not a CPT or HCPCS code number`);
  if (!isRecord(value)) { problems.push(`fees.${code}: must be an object like { "amount": 100 }`); return undefined; }
  if (!isAmount(value.amount)) problems.push(`fees.${code}.amount: must be a number of dollars >= 0 with at most 2 decimals`);
  const modifiers: Record<string, number> = {};
  if (value.modifiers !== undefined) {
    if (!isRecord(value.modifiers)) problems.push(`fees.${code}.modifiers: must be an object like { "26": 40 }`);
    else for (const [mod, amount] of Object.entries(value.modifiers)) {
      if (!MODIFIER.test(mod)) problems.push(`fees.${code}.modifiers: "${mod}" is not a two-character modifier`);
      if (!isAmount(amount)) problems.push(`fees.${code}.modifiers.${mod}: must be a number of dollars >= 0 with at most 2 decimals`);
      else modifiers[mod] = amount;
    }
  }
  const amount = isAmount(value.amount) ? value.amount : 0;
  return value.modifiers === undefined ? { amount } : { amount, modifiers };
}

function checkHeader(json: Record<string, unknown>, problems: string[]): void {
  for (const key of Object.keys(json)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown field "${key}" (expected ${[...KNOWN_KEYS].join(", ")})`);
  if (typeof json.name !== "string" || json.name.trim() === "") problems.push("name: must be a non-empty text");
  if (typeof json.effective !== "string" || !DATE.test(json.effective)) problems.push("effective: must be a date YYYY-MM-DD");
  if (json.currency !== "USD") problems.push(`currency: must be "USD"`);
  if (json.about !== undefined && typeof json.about !== "string") problems.push("about: must be text");
  if (json.default !== undefined && !(isRecord(json.default) && isAmount(json.default.amount))) {
    problems.push(`default: must be { "amount": <dollars >= 0> }`);
  }
}

/** Checks a fee schedule read from JSON; every problem is listed in plain words. Never throws. */
export function parseFeeSchedule(json: unknown): FeeScheduleParse {
  if (!isRecord(json)) return { problems: ["a fee schedule must be a JSON object"] };
  const problems: string[] = [];
  checkHeader(json, problems);
  const fees: Record<string, Fee> = {};
  if (!isRecord(json.fees)) problems.push(`fees: must be an object of code -> { "amount": ... }`);
  else for (const [code, value] of Object.entries(json.fees)) {
    const fee = checkFee(code, value, problems);
    if (fee) fees[code] = fee;
  }
  if (problems.length > 0) return { problems };
  const schedule: FeeSchedule = { name: String(json.name), effective: String(json.effective), currency: "USD", fees };
  if (isRecord(json.default) && isAmount(json.default.amount)) schedule.default = { amount: json.default.amount };
  if (typeof json.about === "string") schedule.about = json.about;
  return { schedule };
}
