import type { Coverage } from "fhir/r4";

/** Source of Payment Typology (PHDSC): what payer type Coverage.type usually carries. */
export const SOPT_SYSTEM = "urn:oid:2.16.840.1.113883.3.221.5";
/** X12 claim filing indicator codes (SBR09) written directly in Coverage.type. */
export const CLAIM_FILING_INDICATOR_SYSTEM = "https://x12.org/codes/claim-filing-indicator";

const X12_CODES = new Set(["09", "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"]);

/** SOPT code prefixes, most specific first, and the SBR09 value for a professional claim. */
const FROM_SOPT: [prefix: string, indicator: string][] = [
  ["11", "16"], // Medicare managed care (Medicare Advantage): HMO Medicare risk
  ["1", "MB"], // Medicare: Part B
  ["2", "MC"], // Medicaid
  ["311", "CH"], // TRICARE (CHAMPUS)
  ["32", "VA"], // Veterans' Affairs
  ["51", "HM"], // private managed care: HMO
  ["6", "BL"], // Blue Cross / Blue Shield
  ["95", "WC"], // workers' compensation
  ["81", "09"], // self-pay
];

function fromSopt(code: string): string | undefined {
  return FROM_SOPT.find(([prefix]) => code.startsWith(prefix))?.[1];
}

/**
 * SBR09 from Coverage.type: an X12 claim filing indicator code (system above), else mapped from
 * a Source of Payment Typology code, else CI (commercial insurance).
 */
export function toClaimFilingIndicator(coverage: Coverage): string {
  const codings = coverage.type?.coding ?? [];
  const direct = codings.find((coding) => coding.system === CLAIM_FILING_INDICATOR_SYSTEM && X12_CODES.has(coding.code ?? ""));
  if (direct?.code) return direct.code;
  const sopt = codings.find((coding) => coding.system === SOPT_SYSTEM && coding.code)?.code;
  return (sopt && fromSopt(sopt)) ?? "CI";
}
