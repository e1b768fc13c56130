/**
 * A service line the chart suggests: the coder accepts it with one press ("Add 90700 DTaP
 * vaccine"). Codes are CPT or HCPCS numbers with our own words, never AMA descriptors.
 */
export interface ServiceSuggestion {
  /** Stable within the encounter: the same chart gives the same keys. */
  key: string;
  kind: "cpt" | "hcpcs";
  code: string;
  /** Our own words for the line ("DTaP vaccine"). */
  label: string;
  units: number;
  /** Why the chart suggests it, in words. */
  reason: string;
  /** The chart resources it comes from ("Immunization/imm-1"). */
  sources: string[];
  /** A diagnosis the line points at (Z23 for vaccines), added with it when missing. */
  diagnosis?: { code: string; display: string };
  /** Something the coder must check before billing (a missing dose, another possible code). */
  warning?: string;
}

export const Z23 = { code: "Z23", display: "Encounter for immunization" } as const;
