import type { Coverage } from "fhir/r4";
import table from "./claim-filing-indicators.json" with { type: "json" };

/** Source of Payment Typology (PHDSC/NAHDO): its canonical URI (HL7 THO) and its OID form; both are read. */
export const SOPT_URI = "https://nahdo.org/sopt";
export const SOPT_SYSTEM = "urn:oid:2.16.840.1.113883.3.221.5";
const SOPT_SYSTEMS = new Set([SOPT_URI, SOPT_SYSTEM]);
/** X12 claim filing indicator codes (SBR09) written directly in Coverage.type. */
export const CLAIM_FILING_INDICATOR_SYSTEM = "https://x12.org/codes/claim-filing-indicator";
const ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

const X12_CODES = new Set(table.x12Codes);
const FROM_SOPT = new Map(Object.entries(table.fromSopt));
const FROM_ACT_CODE = new Map(Object.entries(table.fromActCode));
const SOPT_CODE = /^[1-9][0-9]{0,5}$/;

/** SBR09, or why it cannot be chosen (a value Coverage.type carries that no table here knows), or nothing said. */
export type FilingIndicatorResult = { indicator: string; from: string } | { problem: string } | { absent: true };

function fromSopt(code: string): string | undefined {
  if (!SOPT_CODE.test(code)) return undefined;
  for (let length = code.length; length > 0; length -= 1) {
    const indicator = FROM_SOPT.get(code.slice(0, length));
    if (indicator) return indicator;
  }
  return undefined;
}

/**
 * SBR09 from Coverage.type: an X12 claim filing indicator code; else a Source of Payment
 * Typology code (by https://nahdo.org/sopt or its OID), mapped by its longest known prefix; else a
 * v3-ActCode coverage type that names one plainly. A value in one of these systems that is no
 * such code, or a type in no known system, is a problem: never sent as commercial (CI).
 */
export function claimFilingIndicatorOf(coverage: Coverage): FilingIndicatorResult {
  const codings = (coverage.type?.coding ?? []).filter((c) => c.code?.trim());
  for (const coding of codings) {
    const code = coding.code?.trim() ?? "";
    if (coding.system === CLAIM_FILING_INDICATOR_SYSTEM) {
      if (X12_CODES.has(code.toUpperCase())) return { indicator: code.toUpperCase(), from: `claim filing indicator ${code.toUpperCase()}` };
      return { problem: `Coverage.type has "${code}" as an X12 claim filing indicator, which is no SBR09 code.` };
    }
    if (SOPT_SYSTEMS.has(coding.system ?? "")) {
      const indicator = fromSopt(code);
      if (indicator) return { indicator, from: `Source of Payment Typology ${code}` };
      return { problem: `Coverage.type has "${code}" in the Source of Payment Typology, which is no SOPT code (a number whose first digit names the category: 1 Medicare, 2 Medicaid, 5 private ...).` };
    }
  }
  const act = codings.find((c) => c.system === ACT_CODE && FROM_ACT_CODE.has(c.code?.trim() ?? ""));
  const actIndicator = act ? FROM_ACT_CODE.get(act.code?.trim() ?? "") : undefined;
  if (actIndicator) return { indicator: actIndicator, from: `coverage type ${act?.code?.trim() ?? ""}` };
  if (codings.length === 0) return { absent: true };
  const said = codings.map((c) => `${c.system ?? "no system"}#${c.code ?? ""}`).join(", ");
  return { problem: `Coverage.type (${said}) names no claim filing indicator: code it in the Source of Payment Typology (${SOPT_URI}) or as an X12 claim filing indicator.` };
}

/** SBR09 when Coverage.type says it (undefined when it carries an unknown value); CI when it says nothing. */
export function toClaimFilingIndicator(coverage: Coverage): string | undefined {
  const result = claimFilingIndicatorOf(coverage);
  if ("indicator" in result) return result.indicator;
  return "absent" in result ? "CI" : undefined;
}
