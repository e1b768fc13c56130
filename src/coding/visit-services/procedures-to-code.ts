import type { Procedure } from "fhir/r4";
import { CPT, HCPCS, HCPCS_OID, SNOMED } from "../systems.ts";

/** A procedure of the visit the chart codes in SNOMED CT (or words) only: listed, so the coder can give it a CPT number. */
export interface ProcedureToCode {
  ref: string;
  /** The chart's own words (SNOMED display, else the text). */
  display: string;
  snomed?: string;
}

const BILLING = new Set([CPT, HCPCS, HCPCS_OID]);

/** Completed procedures with no CPT or HCPCS coding (those become lines on their own). */
export function proceduresToCode(procedures: readonly Procedure[]): ProcedureToCode[] {
  return procedures.flatMap((p) => {
    if (!p.id || p.status === "entered-in-error" || p.status === "not-done") return [];
    const codings = p.code?.coding ?? [];
    if (codings.some((c) => c.system && BILLING.has(c.system) && c.code)) return [];
    const snomed = codings.find((c) => c.system === SNOMED && c.code);
    const display = snomed?.display ?? p.code?.text ?? codings.find((c) => c.display)?.display ?? "";
    if (display === "" && !snomed) return [];
    return [{ ref: `Procedure/${p.id}`, display: display || `SNOMED ${snomed?.code}`, ...(snomed?.code ? { snomed: snomed.code } : {}) }];
  });
}
