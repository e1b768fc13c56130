/**
 * Identifier systems and deterministic identifier values for the sandbox seed.
 * NPIs pass the CMS check-digit rule (Luhn over "80840" + the first nine digits).
 */
import { npiCheckDigit } from "../../src/billing/x12/npi.ts";

export const NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
export const TAX_ID_SYSTEM = "urn:oid:2.16.840.1.113883.4.4";
/** Sandbox payer ids (the X12 2010BB NM109 value); identifier.type is v2-0203 NIIP. */
export const PAYER_ID_SYSTEM = "urn:smart-coding-billing:payer-id";
/** Sandbox member ids on Coverage.identifier (type v2-0203 MB); the same value is Coverage.subscriberId. */
export const MEMBER_ID_SYSTEM = "urn:smart-coding-billing:member-id";
/** Source of Payment Typology (PHDSC), used for Coverage.type. */
export const SOPT_SYSTEM = "urn:oid:2.16.840.1.113883.3.221.5";
export const V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

/** A valid NPI for the n-th provider (n >= 0): first digit 1 (individual) or 2 (organization). */
export function makeNpi(n: number, kind: "individual" | "organization"): string {
  const base = `${kind === "individual" ? 1 : 2}${String(23456789 + n * 7919).padStart(8, "0").slice(-8)}`;
  return `${base}${npiCheckDigit(base)}`;
}

/** A nine-digit EIN-shaped tax id for the n-th organization. */
export function makeTaxId(n: number): string {
  return `${String(41 + (n % 50)).padStart(2, "0")}${String(1000003 + n * 104729).slice(-7)}`;
}

/** A small stable hash of a string (FNV-1a, 32 bit). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
