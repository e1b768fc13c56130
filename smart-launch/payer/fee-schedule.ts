/**
 * The sandbox payers' fee schedule and patient-share rules. Amounts are round, made-up sandbox
 * figures in USD (not Medicare's), per unit; codes are numbers only.
 */
export const FEES: Record<string, number> = {
  "99202": 75, "99203": 115, "99204": 170, "99205": 225,
  "99211": 25, "99212": 58, "99213": 92, "99214": 130, "99215": 185,
  "36415": 3, "93000": 17, "93005": 9, "93010": 8, "83036": 13, "80053": 11, "85025": 8,
  "81002": 3, "87880": 16, "90471": 18, "96127": 5, "G0438": 175, "G0439": 118,
};

/** Codes without a listed fee are allowed at this share of the charge. */
export const UNLISTED_SHARE = 0.6;

export interface PatientShareRule {
  /** Deductible left to meet, applied to the claim's first eligible dollars. */
  deductible: number;
  /** Fixed copay on the first E/M line. */
  emCopay: number;
  /** Coinsurance share of what remains after deductible and copay. */
  coinsurance: number;
}

/** By payer Organization id (see the seed's payers); unknown payers are treated like a PPO. */
export const PATIENT_SHARE: Record<string, PatientShareRule> = {
  "payer-sandbox-ppo": { deductible: 0, emCopay: 25, coinsurance: 0 },
  "payer-lakeside-hmo": { deductible: 100, emCopay: 20, coinsurance: 0 },
  "payer-medicare": { deductible: 0, emCopay: 0, coinsurance: 0.2 },
  "payer-medicaid": { deductible: 0, emCopay: 0, coinsurance: 0 },
};

export function isEvaluationAndManagement(code: string): boolean {
  return /^992(0[2-5]|1[1-5])$/.test(code);
}

/** The allowed amount of a line: the fee per unit times units, never more than the charge. */
export function allowedAmount(code: string, units: number, submitted: number): number {
  const fee = FEES[code];
  const allowed = fee === undefined ? submitted * UNLISTED_SHARE : fee * units;
  return round2(Math.min(submitted, allowed));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
