import type { CodeableConcept, Coding, Extension } from "fhir/r4";
import { HCPCS, HCPCS_OID } from "../../coding/systems.ts";

/** Oracle Health wants charge codes from the tenant's own bill-code systems. */
export interface OracleBillCodes {
  /** Tenant id: the last path segment of the FHIR base ("https://fhir-ehr.cerner.com/r4/<tenant>"). */
  tenant: string;
  /** The tenant's bill-code schedule per bill code type (codes of code set 14002), when known. */
  schedules?: Partial<Record<OracleBillCodeType, string>>;
}

export type OracleBillCodeType = "CPT" | "HCPCS" | "ICD" | "MODIFIER";

export const ORACLE_STRUCTURE = "https://fhir-ehr.cerner.com/r4/StructureDefinition";

/** The tenant id from an Oracle Health FHIR base URL; undefined when the URL has no path. */
export function oracleTenantFromBase(baseUrl: string): string | undefined {
  const segments = baseUrl.replace(/\/+$/, "").split("/").slice(3).filter(Boolean);
  return segments.length > 0 ? segments[segments.length - 1] : undefined;
}

export function oracleBillCoding(codes: OracleBillCodes, type: OracleBillCodeType, code: string): Coding {
  const coding: Coding = { system: `https://fhir.cerner.com/${codes.tenant}/CodeSystem/BillCodes-${type}`, code };
  const schedule = codes.schedules?.[type];
  if (schedule) {
    coding.extension = [{
      url: `${ORACLE_STRUCTURE}/bill-code-schedule`,
      valueCoding: { system: `https://fhir.cerner.com/${codes.tenant}/codeSet/14002`, code: schedule },
    }];
  }
  return coding;
}

/** CPT or HCPCS bill code type from the line's code system. */
export function procedureBillCodeType(system: string): OracleBillCodeType {
  return system === HCPCS || system === HCPCS_OID ? "HCPCS" : "CPT";
}

export function priorityExtension(priority: number): Extension {
  return { url: `${ORACLE_STRUCTURE}/priority`, valueUnsignedInt: priority };
}

/** `modifier-code` extension: the modifier as a MODIFIER bill code, with its priority. */
export function modifierCodeExtension(codes: OracleBillCodes, modifier: string, priority: number): Extension {
  const concept: CodeableConcept = { coding: [oracleBillCoding(codes, "MODIFIER", modifier)] };
  return {
    url: `${ORACLE_STRUCTURE}/modifier-code`,
    extension: [{ url: "code", valueCodeableConcept: concept }, priorityExtension(priority)],
  };
}
