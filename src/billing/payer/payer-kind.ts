import type { Coverage, Organization } from "fhir/r4";
import table from "./data/sopt-categories.json" with { type: "json" };
import { payerIdOf } from "../worklist/worklist-resources.ts";

/** What kind of payer a claim goes to: the rules that differ by payer (E/M add-ons, MUE, filing limits) read it. */
export type PayerKindName = "medicare" | "medicaid" | "government" | "commercial" | "self-pay" | "other";

export type PayerKind =
  /** `source` says where the kind comes from, in words ("Coverage.type SOPT 121", "payer id SBXMCR in billing-config"). */
  | { kind: PayerKindName; source: string; soptCode?: string }
  /** Nothing says what the payer is, or Coverage.type carries a value no table here knows: never silently commercial. */
  | { kind: "unknown"; reason: string };

/** The canonical URI of the Source of Payment Typology (HL7 THO) and its OID form. */
export const SOPT_SYSTEMS: readonly string[] = ["https://nahdo.org/sopt", "urn:oid:2.16.840.1.113883.3.221.5"];
export const X12_FILING_INDICATOR_SYSTEM = "https://x12.org/codes/claim-filing-indicator";

/** billing-config.json `payerKinds`: the kind of each payer by its payer id (e.g. { "SBXMCR": "medicare" }). */
export type PayerKindsConfig = Readonly<Record<string, PayerKindName>>;

export const PAYER_KIND_NAMES: readonly PayerKindName[] = ["medicare", "medicaid", "government", "commercial", "self-pay", "other"];

const categories = new Map(Object.entries(table.categories).map(([digit, c]) => [digit, c as { kind: PayerKindName; name: string }]));
const x12Kinds = new Map(Object.entries(table.x12ClaimFilingIndicators) as [string, PayerKindName][]);
const SOPT_CODE = /^[1-9]\d{0,5}$/;

/** The payer kind of a SOPT code (by its category, the first digit), or undefined for a value that is no SOPT code. */
export function soptKind(code: string): PayerKindName | undefined {
  return SOPT_CODE.test(code) ? categories.get(code.charAt(0))?.kind : undefined;
}

function fromType(coverage: Coverage): PayerKind | undefined {
  const codings = coverage.type?.coding ?? [];
  for (const coding of codings) {
    const code = coding.code?.trim() ?? "";
    if (SOPT_SYSTEMS.includes(coding.system ?? "")) {
      const kind = soptKind(code);
      if (!kind) return { kind: "unknown", reason: `Coverage.type has "${code}" in the Source of Payment Typology, which is no SOPT code (a number whose first digit 1-9 names the category: 1 Medicare, 2 Medicaid, 5 private ...): correct the coverage's type.` };
      return { kind, source: `Coverage.type SOPT ${code} (${categories.get(code.charAt(0))?.name ?? ""})`, soptCode: code };
    }
    if (coding.system === X12_FILING_INDICATOR_SYSTEM) {
      const kind = x12Kinds.get(code.toUpperCase());
      if (!kind) return { kind: "unknown", reason: `Coverage.type has "${code}" as an X12 claim filing indicator, which is no such code: correct the coverage's type.` };
      return { kind, source: `Coverage.type claim filing indicator ${code.toUpperCase()}` };
    }
  }
  return undefined;
}

/**
 * The kind of payer of a coverage: from Coverage.type (Source of Payment Typology by its canonical
 * URI or OID, or an X12 claim filing indicator), else from the payer's id in the practice's
 * `payerKinds`. Words in names or texts ("Medicare" in a display) never decide.
 */
export function payerKind(coverage: Coverage | undefined, payer: Organization | undefined, config: PayerKindsConfig | undefined): PayerKind {
  if (!coverage) return { kind: "unknown", reason: "The encounter has no coverage, so the payer's kind is unknown." };
  const typed = fromType(coverage);
  if (typed) return typed;
  const payerId = payerIdOf(payer);
  const configured = payerId !== undefined && config && Object.hasOwn(config, payerId) ? config[payerId] : undefined;
  if (configured) return { kind: configured, source: `payer id ${payerId} in billing-config payerKinds` };
  const where = payerId ? `its payer id ${payerId} is not in billing-config payerKinds` : "the payer has no payer id";
  return { kind: "unknown", reason: `Coverage.type carries no Source of Payment Typology code (https://nahdo.org/sopt) and ${where}, so the payer's kind is unknown.` };
}


/** The kind of the payer the claim goes to: the first coverage (the one the draft bills), its payer among the organizations read. */
export function claimPayerKind(coverages: readonly Coverage[], organizations: readonly Organization[], config: PayerKindsConfig | undefined): PayerKind {
  const coverage = coverages[0];
  const payerRef = coverage?.payor?.[0]?.reference;
  const payer = organizations.find((o) => o.id !== undefined && payerRef !== undefined && (payerRef === `Organization/${o.id}` || payerRef.endsWith(`/Organization/${o.id}`)));
  return payerKind(coverage, payer, config);
}
