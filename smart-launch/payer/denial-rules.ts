/**
 * Deterministic denial rules of the sandbox payer, each one a reason real payers deny for, chosen
 * from the claim's content (and, for timely filing, the day the sandbox clock says it was
 * received) so tests are stable. Each gives a CARC as "GROUP-CODE" (e.g. "CO-16"), a RARC where
 * the payer would send one, and plain words of our own. The payer's tables are data
 * (payer-policies.json). Unspecified diagnosis codes are never a reason: they are correct when the
 * record lacks detail (ICD-10-CM guideline I.B.18).
 */
import globalDays from "../../src/billing/scrub/data/global-days.json" with { type: "json" };
import { isEvaluationAndManagement } from "./fee-schedule.ts";
import policies from "./payer-policies.json" with { type: "json" };

export interface ClaimLineFacts {
  sequence: number;
  code: string;
  modifiers: string[];
  units: number;
  submitted: number;
  /** ICD-10-CM codes this line points at (dots kept). */
  diagnoses: string[];
  /** Set when this payer already adjudicated the same service on another original claim. */
  duplicateOf?: string;
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
  /** Present when the payer holds the member's coverage: the member id it carries (undefined: none). */
  member?: { id?: string };
  lines: ClaimLineFacts[];
}

export interface Denial {
  carc: string;
  /** Remittance advice remark code, when the payer sends one. */
  rarc?: string;
  text: string;
}

const DAY_MS = 86_400_000;
const FILING_LIMIT_DAYS = 365;
const DISTINCT_SERVICE = new Set(["59", "XE", "XS", "XP", "XU"]);
const MINOR_PROCEDURES = new Set([...globalDays["000"], ...globalDays["010"]]);
const NCCI_PAIRS = new Map(Object.entries(policies.ncciPairs).filter((e): e is [string, string[]] => Array.isArray(e[1])));
const COVERED = new Map(Object.entries(policies.coveredDiagnoses).filter((e): e is [string, string[]] => Array.isArray(e[1])));
const ANATOMIC_CODES = new Set(policies.anatomicModifierRequired.codes);
const ANATOMIC_MODIFIERS = new Set(policies.anatomicModifierRequired.modifiers);
const MEMBER_ID_FORMATS = new Map(Object.entries(policies.memberIdFormats).filter(([key]) => key !== "about"));

function memberIdDenial(member: ClaimFacts["member"], payerId: string): Denial | undefined {
  if (!member) return undefined;
  if (!member.id) return { carc: "CO-16", rarc: "N382", text: "The claim carries no member id: the payer cannot tell which member the services were for." };
  const format = MEMBER_ID_FORMATS.get(payerId) ?? MEMBER_ID_FORMATS.get("default") ?? ".*";
  if (new RegExp(format).test(member.id)) return undefined;
  return { carc: "CO-16", rarc: "N382", text: `Member id ${member.id} is not one this payer issues: check it against the insurance card.` };
}

/** A denial of every line, or undefined. */
export function claimLevelDenial(claim: ClaimFacts, payerId = "default"): Denial | undefined {
  if (claim.coverageStatus !== undefined && claim.coverageStatus !== "active") return { carc: "CO-27", text: "The coverage was not active on the date of service." };
  if (claim.serviceDate && Date.parse(claim.received) - Date.parse(claim.serviceDate) > FILING_LIMIT_DAYS * DAY_MS) return { carc: "CO-29", text: `Filed more than ${FILING_LIMIT_DAYS} days after the date of service.` };
  if (claim.diagnosisCount === 0 || !claim.hasProvider) return { carc: "CO-16", text: "The claim lacks a diagnosis or a billing provider." };
  return memberIdDenial(claim.member, payerId);
}

function ncciDenial(line: ClaimLineFacts, codes: Set<string>): Denial | undefined {
  const bundledWith = [...NCCI_PAIRS].find(([column1, column2]) => codes.has(column1) && column2.includes(line.code));
  if (!bundledWith || line.modifiers.some((m) => DISTINCT_SERVICE.has(m))) return undefined;
  return { carc: "CO-236", text: `${line.code} is not paid with ${bundledWith[0]} on the same day without a distinct-service modifier (NCCI).` };
}

/** E/M the same day as a 0- or 10-day global procedure: included in the procedure unless modifier 25 says it was separate. */
function emBundledDenial(line: ClaimLineFacts, claim: ClaimFacts): Denial | undefined {
  if (!isEvaluationAndManagement(line.code) || line.modifiers.includes("25")) return undefined;
  const minor = claim.lines.find((l) => MINOR_PROCEDURES.has(l.code));
  if (!minor) return undefined;
  return { carc: "CO-97", rarc: "M15", text: `The visit is included in ${minor.code}'s global surgery payment: bill it with modifier 25 only when it was significant and separately identifiable.` };
}

function medicalNecessityDenial(line: ClaimLineFacts): Denial | undefined {
  const covered = COVERED.get(line.code);
  if (!covered || line.diagnoses.some((d) => covered.some((prefix) => d.startsWith(prefix)))) return undefined;
  return { carc: "CO-50", rarc: "N115", text: `${line.code} is not covered for ${line.diagnoses.join(", ")} under the payer's coverage policy for the test.` };
}

function anatomicModifierDenial(line: ClaimLineFacts): Denial | undefined {
  if (!ANATOMIC_CODES.has(line.code) || line.modifiers.some((m) => ANATOMIC_MODIFIERS.has(m))) return undefined;
  return { carc: "CO-4", rarc: "N822", text: `${line.code} is done on one side of a pair: the payer needs RT or LT (or 50 for both sides) on the line.` };
}

/** The denial of one line, or undefined when it is payable. */
export function lineDenial(line: ClaimLineFacts, claim: ClaimFacts): Denial | undefined {
  if (line.diagnoses.length === 0 || line.submitted <= 0) return { carc: "CO-16", rarc: "M76", text: "The line has no diagnosis pointer or no charge." };
  if (line.duplicateOf) return { carc: "CO-18", text: `Duplicate of ${line.duplicateOf}, already adjudicated: a change goes on a replacement claim.` };
  const firstEm = claim.lines.find((l) => isEvaluationAndManagement(l.code));
  if (isEvaluationAndManagement(line.code) && firstEm && firstEm.sequence !== line.sequence) return { carc: "CO-97", text: "Only one office visit is paid per claim; this one is bundled into the other." };
  if (isEvaluationAndManagement(line.code) && line.diagnoses.every((d) => /^[V-Y]/.test(d))) return { carc: "CO-11", text: "An external-cause code cannot be the reason for a visit." };
  return ncciDenial(line, new Set(claim.lines.map((l) => l.code))) ?? emBundledDenial(line, claim) ?? anatomicModifierDenial(line) ?? medicalNecessityDenial(line);
}
