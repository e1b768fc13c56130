import { CPT, HCPCS, HCPCS_OID, MODIFIER } from "../systems.ts";

/**
 * The code system of a procedure modifier on a claim: CPT modifiers (two digits, and the
 * Category II performance modifiers 1P-8P) are CPT codes; the alphabetic and alphanumeric
 * Level II modifiers (RT, LT, XS, QW, GT, F1, E1 ...) are HCPCS codes.
 */
export function modifierSystem(code: string): string {
  return /^[0-9]/.test(code) ? CPT : HCPCS;
}

/**
 * True for a coding that can carry a modifier: the CPT and HCPCS systems (and HCPCS's OID),
 * the example system earlier versions of the app wrote, or no system at all (stored claims are
 * read in all of them).
 */
export function isModifierSystem(system: string | undefined): boolean {
  return system === undefined || system === CPT || system === HCPCS || system === HCPCS_OID || system === MODIFIER;
}
