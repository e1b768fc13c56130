import { useMemo, useState } from "react";
import { visitMinutes } from "../../coding/em/em-by-time.ts";
import { classifyPatientStatus, type PatientStatusResult } from "../../coding/em/patient-status.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { chooseEm, isCheckup, type EmInputs, type EmLineChoice } from "./em-choice.ts";

export interface EmState {
  inputs: EmInputs;
  setInputs(inputs: EmInputs): void;
  detected: PatientStatusResult;
  choice: EmLineChoice;
}

/** E/M inputs prefilled from the chart: status from earlier visits, minutes from the encounter. */
export function useEmInputs(context: EncounterContext, dateOfService: string, payer: PayerKind): EmState {
  const encounter = context.encounter;
  const detected = useMemo(() => {
    const practitionerRefs = (encounter?.participant ?? []).flatMap((p) => (p.individual?.reference ? [p.individual.reference] : []));
    const org = encounter?.serviceProvider?.reference;
    return classifyPatientStatus(context.priorEncounters, { practitionerRefs, ...(org ? { organizationRef: org } : {}), dateOfService });
  }, [context.priorEncounters, encounter, dateOfService]);
  const [inputs, setInputs] = useState<EmInputs>(() => {
    const minutes = encounter ? visitMinutes(encounter) : undefined;
    return {
      basis: isCheckup(encounter) ? "preventive" : minutes !== undefined ? "time" : "mdm",
      status: detected.status,
      ...(minutes !== undefined ? { minutes } : {}),
      mdm: { problems: "low", data: "low", risk: "low" },
    };
  });
  const choice = useMemo(() => chooseEm(inputs, context.patient, dateOfService, payer), [inputs, context.patient, dateOfService, payer]);
  return { inputs, setInputs, detected, choice };
}
