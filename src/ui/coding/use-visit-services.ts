import { useCallback, useMemo } from "react";
import type { ClaimDraft, DraftLine } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { ageInYears, datePart } from "../../coding/em/index.ts";
import type { ChargeFor } from "../../coding/fee-schedule/index.ts";
import { pointersForAddedLine } from "../../coding/suggest/index.ts";
import { CPT, HCPCS } from "../../coding/systems.ts";
import type { ProcedureToCode, ServiceSuggestion } from "../../coding/visit-services/index.ts";
import { proceduresToCode } from "../../coding/visit-services/procedures-to-code.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { useLoadedModule } from "../shell/use-loaded-module.ts";

/** The vaccine and drug tables are their own chunk, fetched after the first render. */
const loadVisitServices = () => import("../../coding/visit-services/index.ts");

export interface VisitServices {
  suggestions: ServiceSuggestion[];
  procedures: ProcedureToCode[];
  accept(suggestion: ServiceSuggestion): void;
  codeProcedure(procedure: ProcedureToCode, cpt: string): void;
}

export interface LineDefaults {
  placeOfService: string;
  dateOfService: string;
  chargeFor: ChargeFor;
  newLineId(): string;
}

/**
 * The visit's services from the chart (vaccines, drugs given, their administration) and the
 * SNOMED-only procedures; accepting one adds its line (and its diagnosis, Z23 for a vaccine,
 * which the line then points at).
 */
export function useVisitServices(context: EncounterContext, payer: PayerKind, draft: ClaimDraft, dispatch: (action: DraftAction) => void, defaults: LineDefaults): VisitServices {
  const encounterRef = `Encounter/${context.encounter?.id ?? ""}`;
  const { dateOfService, placeOfService, chargeFor, newLineId } = defaults;
  const services = useLoadedModule(loadVisitServices);
  const suggestions = useMemo(() => {
    if (!services) return [];
    const visitDate = datePart(context.encounter?.period?.start) ?? dateOfService;
    const age = context.patient?.birthDate ? ageInYears(context.patient.birthDate, visitDate) : undefined;
    return services.suggestVisitServices(context.services, { encounterRef, date: visitDate }, { ageYears: age ?? 99, medicare: payer.kind === "medicare" });
  }, [services, context.services, context.encounter, context.patient, encounterRef, dateOfService, payer]);
  const procedures = useMemo(() => proceduresToCode(context.procedures), [context.procedures]);
  const line = useCallback((system: string, code: string, display: string, units: number, pointers: number[], procedureRef?: string): DraftLine => ({
    id: newLineId(), system, code, display, modifiers: [], units, diagnosisPointers: pointers, placeOfService,
    unitCharge: chargeFor(code, [], placeOfService), serviceDate: dateOfService, ...(procedureRef ? { procedureRef } : {}),
  }), [newLineId, placeOfService, chargeFor, dateOfService]);
  const accept = useCallback((s: ServiceSuggestion) => {
    let pointers = pointersForAddedLine({ code: s.code }, draft.lines, draft.diagnoses);
    if (s.diagnosis) {
      const at = draft.diagnoses.findIndex((d) => d.code === s.diagnosis?.code);
      if (at < 0) dispatch({ type: "add-diagnosis", diagnosis: { code: s.diagnosis.code, display: s.diagnosis.display } });
      pointers = [at < 0 ? draft.diagnoses.length + 1 : at + 1];
    }
    dispatch({ type: "add-line", line: line(s.kind === "cpt" ? CPT : HCPCS, s.code, s.label, s.units, pointers) });
  }, [draft.diagnoses, draft.lines, dispatch, line]);
  const codeProcedure = useCallback((p: ProcedureToCode, cpt: string) => {
    // The Procedure's reasons first, else by medical necessity (pointersForAddedLine), not the first four.
    const pointers = pointersForAddedLine({ code: cpt, ...(p.ref ? { procedureRef: p.ref } : {}) }, draft.lines, draft.diagnoses, { procedures: context.procedures });
    dispatch({ type: "add-line", line: line(/^\d/.test(cpt) ? CPT : HCPCS, cpt, p.display, 1, pointers, p.ref) });
  }, [draft.diagnoses, draft.lines, context.procedures, dispatch, line]);
  return { suggestions, procedures, accept, codeProcedure };
}
