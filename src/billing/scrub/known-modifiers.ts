import level2 from "./data/level2-modifiers.json" with { type: "json" };

/**
 * CPT modifier numbers (AMA codes; numbers only, no descriptors) valid on professional claims,
 * including the 33 preventive-service, 63 infant, 90-99 lab/telehealth and P1-P6 anesthesia ones.
 */
const CPT_MODIFIERS = [
  "22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
  "62", "63", "66", "73", "74", "76", "77", "78", "79", "80", "81", "82", "90", "91", "92", "93", "95", "96", "97", "99",
  "P1", "P2", "P3", "P4", "P5", "P6",
];

/** The default known modifiers: CPT numbers plus HCPCS Level II modifiers active in January 2026. */
export const KNOWN_MODIFIERS: ReadonlySet<string> = new Set([...CPT_MODIFIERS, ...level2.codes]);

/** NCCI-associated modifiers that may bypass a PTP edit with modifier indicator 1 (NCCI Policy Manual ch. I). */
export const NCCI_DISTINCT_MODIFIERS: ReadonlySet<string> = new Set([
  "59", "XE", "XS", "XP", "XU", "24", "25", "27", "57", "58", "78", "79", "91",
]);

/** NCCI-associated modifiers that bypass an edit whose column-2 code is an E/M visit (59 and X{EPSU} never go on an E/M). */
export const NCCI_EM_BYPASS_MODIFIERS: ReadonlySet<string> = new Set(["24", "25", "57"]);

/** NCCI-associated modifiers that bypass an edit whose column-2 code is a procedure (91 never bypasses a PTP edit). */
export const NCCI_PROCEDURE_BYPASS_MODIFIERS: ReadonlySet<string> = new Set(["59", "XE", "XS", "XP", "XU", "27", "58", "78", "79"]);

/** Modifiers that make a repeated line distinct for a per-line (MAI 1) MUE: repeat, distinct service, or site. */
export const MUE_DISTINCT_MODIFIERS: ReadonlySet<string> = new Set(["76", "77", "91", "59", "XE", "XS", "XP", "XU"]);

/** Anatomic NCCI-associated modifiers: they show distinct sites only when the two lines differ. */
export const NCCI_ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  "LT", "RT", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
  "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "RC", "LM", "RI",
]);

export const X_MODIFIERS: ReadonlySet<string> = new Set(["XE", "XS", "XP", "XU"]);
