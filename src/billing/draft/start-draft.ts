import type { Encounter, Location, Procedure } from "fhir/r4";
import { CPT, HCPCS, HCPCS_OID } from "../../coding/systems.ts";
import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { defaultPlaceOfService } from "./place-of-service.ts";

export interface StartDraftInput {
  patientId: string;
  encounter: Encounter;
  procedures: Procedure[];
  location?: Location;
  practitionerRef?: string;
  organizationRef?: string;
  coverageRef?: string;
  /** Unit charge for a code and modifiers (from the practice fee schedule); 0 when unknown. */
  chargeFor?: (code: string, modifiers: string[]) => number;
}

const BILLING_SYSTEMS = new Set([CPT, HCPCS, HCPCS_OID]);

function dateOf(value: string | undefined): string | undefined {
  return value ? value.slice(0, 10) : undefined;
}

/** Service lines pre-filled from the encounter's Procedures that carry CPT or HCPCS codings. */
function linesFromProcedures(input: StartDraftInput, placeOfService: string, serviceDate: string): DraftLine[] {
  return input.procedures.flatMap((procedure) => {
    const coding = procedure.code?.coding?.find((c) => c.system && BILLING_SYSTEMS.has(c.system) && c.code);
    if (!coding?.code) return [];
    const system = coding.system === CPT ? CPT : HCPCS;
    return [{
      id: `proc-${procedure.id ?? coding.code}`,
      system,
      code: coding.code,
      ...(coding.display ?? procedure.code?.text ? { display: coding.display ?? procedure.code?.text } : {}),
      modifiers: [],
      units: 1,
      diagnosisPointers: [],
      placeOfService,
      unitCharge: input.chargeFor?.(coding.code, []) ?? 0,
      serviceDate: dateOf(procedure.performedDateTime ?? procedure.performedPeriod?.start) ?? serviceDate,
      ...(procedure.id ? { procedureRef: `Procedure/${procedure.id}` } : {}),
    }];
  });
}

/** A first draft for an encounter: no diagnoses yet (the coder accepts them), lines from Procedures. */
export function startDraft(input: StartDraftInput): ClaimDraft {
  const serviceDate = dateOf(input.encounter.period?.start) ?? "";
  const placeOfService = defaultPlaceOfService(input.encounter, input.location) ?? "";
  return {
    encounterRef: `Encounter/${input.encounter.id}`,
    patientRef: `Patient/${input.patientId}`,
    revision: 0,
    diagnoses: [],
    lines: linesFromProcedures(input, placeOfService, serviceDate),
    ...(input.practitionerRef ? { renderingProviderRef: input.practitionerRef } : {}),
    ...(input.organizationRef ? { billingProviderRef: input.organizationRef } : {}),
    ...(input.coverageRef ? { coverageRef: input.coverageRef } : {}),
    ...(input.location?.id ? { locationRef: `Location/${input.location.id}` } : {}),
    ...(input.encounter.period?.start ? { periodStart: input.encounter.period.start } : {}),
    ...(input.encounter.period?.end ? { periodEnd: input.encounter.period.end } : {}),
  };
}
