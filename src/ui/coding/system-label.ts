import { CPT, HCPCS, HCPCS_OID, ICD10CM } from "../../coding/systems.ts";

export function systemLabel(system: string): string {
  if (system === ICD10CM) return "ICD-10-CM";
  if (system === CPT) return "CPT";
  if (system === HCPCS || system === HCPCS_OID) return "HCPCS";
  return system;
}
