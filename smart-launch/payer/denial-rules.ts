/**
 * Deterministic denial rules of the sandbox payer, chosen from the claim's content (and, for
 * timely filing, the day the sandbox clock says it was received) so tests are stable. Each gives
 * a CARC code as "GROUP-CODE" (e.g. "CO-16") and plain words of our own.
 */
import { isEvaluationAndManagement } from "./fee-schedule.ts";

export interface ClaimLineFacts {
  sequence: number;
  code: string;
  modifiers: string[];
  units: number;
  submitted: number;
  /** ICD-10-CM codes this line points at (dots kept). */
  diagnoses: string[];
}

export interface ClaimFacts {
  /** YYYY-MM-DD */
  created: string;
  /** YYYY-MM-DD: the day the payer received the claim, by the sandbox clock (timely filing counts to it). */
  received: string;
  /** YYYY-MM-DD: the earliest date of service. */
  serviceDate?: string;
  diagnosisCount: number;
  hasProvider: boolean;
  coverageStatus?: string;
  lines: ClaimLineFacts[];
}

export interface Denial {
  carc: string;
  text: string;
}

const DAY_MS = 86_400_000;
/** Column-2 codes an NCCI-like edit pays only with a distinct-service modifier, by column-1 code. */
const NCCI_PAIRS: Record<string, string[]> = { "93000": ["93005", "93010"], "36415": ["36416"] };
const DISTINCT_SERVICE = new Set(["59", "XE", "XS", "XP", "XU"]);
/**
 * Unspecified codes the sandbox payers refuse as a line's first diagnosis (a payer rule no
 * claim scrubber knows, so a coder meets it as a CO-16 denial and fixes it with a specific code).
 */
export const UNSPECIFIED_REFUSED = new Set(["J20.9", "J06.9", "R05.9", "M54.50", "J40"]);

/** A denial of every line, or undefined. */
export function claimLevelDenial(claim: ClaimFacts): Denial | undefined {
  if (claim.coverageStatus !== undefined && claim.coverageStatus !== "active") return { carc: "CO-27", text: "The coverage was not active on the date of service." };
  if (claim.serviceDate && Date.parse(claim.received) - Date.parse(claim.serviceDate) > 365 * DAY_MS) return { carc: "CO-29", text: "Filed more than 365 days after the date of service." };
  if (claim.diagnosisCount === 0 || !claim.hasProvider) return { carc: "CO-16", text: "The claim lacks a diagnosis or a billing provider." };
  return undefined;
}

function ncciDenial(line: ClaimLineFacts, codes: Set<string>): Denial | undefined {
  const bundledWith = Object.entries(NCCI_PAIRS).find(([column1, column2]) => codes.has(column1) && column2.includes(line.code));
  if (!bundledWith || line.modifiers.some((m) => DISTINCT_SERVICE.has(m))) return undefined;
  return { carc: "CO-236", text: `${line.code} is not paid with ${bundledWith[0]} on the same day without a distinct-service modifier.` };
}

/** The denial of one line, or undefined when it is payable. */
export function lineDenial(line: ClaimLineFacts, claim: ClaimFacts): Denial | undefined {
  if (line.diagnoses.length === 0 || line.submitted <= 0) return { carc: "CO-16", text: "The line has no diagnosis pointer or no charge." };
  const first = line.diagnoses[0] ?? "";
  if (UNSPECIFIED_REFUSED.has(first)) return { carc: "CO-16", text: `${first} is unspecified: this payer needs the specific diagnosis as the line's first.` };
  const ncci = ncciDenial(line, new Set(claim.lines.map((l) => l.code)));
  if (ncci) return ncci;
  const firstEm = claim.lines.find((l) => isEvaluationAndManagement(l.code));
  if (isEvaluationAndManagement(line.code) && firstEm && firstEm.sequence !== line.sequence) return { carc: "CO-97", text: "Only one office visit is paid per claim; this one is bundled into the other." };
  if (isEvaluationAndManagement(line.code) && line.diagnoses.every((d) => /^[V-Y]/.test(d))) return { carc: "CO-11", text: "An external-cause code cannot be the reason for a visit." };
  if (line.code === "93000" && line.diagnoses.every((d) => /^Z0[01]\./.test(d))) return { carc: "CO-50", text: "A screening ECG with only a routine-exam diagnosis is not covered." };
  return undefined;
}
