import { useCallback, useMemo, useState } from "react";
import type { ChargeItem } from "fhir/r4";
import { visitMinutes } from "../../coding/em/index.ts";
import { classifyPatientStatus, type PatientStatusResult } from "../../coding/em/index.ts";
import { routinePrenatalVisit, type PrenatalVisit } from "../../coding/em/index.ts";
import { compareLevels, providerLevel, type LevelComparison, type ProviderLevel } from "../../coding/em/index.ts";
import { visitSetting, type SettingFound } from "../../coding/em/index.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { CHARGE_SERVICE_SYSTEM } from "../../billing/state/billing-identifiers.ts";
import { basesFor, chooseEm, isCheckup, type EmInputs, type EmLineChoice } from "./em-choice.ts";

export interface EmState {
  inputs: EmInputs;
  setInputs(inputs: EmInputs): void;
  detected: PatientStatusResult;
  /** The helper's own level for the inputs. */
  choice: EmLineChoice;
  setting: SettingFound;
  /** Set for a routine prenatal visit: no E/M, the tracking code instead. */
  prenatal?: PrenatalVisit;
  /** The provider's own E/M on the chart, and how it compares with the helper's. */
  provider?: ProviderLevel & { comparison: LevelComparison };
}

/** Where the inputs are saved: the draft (shared with the next person). */
export interface EmSaved {
  em?: EmInputs;
  onChange(inputs: EmInputs): void;
}

/** The EMR's own ChargeItems (not the app's, which carry its service identifier). */
const emrCharges = (context: EncounterContext): ChargeItem[] =>
  context.billingResources.filter((r): r is ChargeItem => r.resourceType === "ChargeItem" && !(r.identifier ?? []).some((i) => i.system === CHARGE_SERVICE_SYSTEM));

/** E/M inputs prefilled from the chart (status from earlier visits, minutes from the encounter), or the draft's saved choices. */
export function useEmInputs(context: EncounterContext, dateOfService: string, payer: PayerKind, saved?: EmSaved): EmState {
  const encounter = context.encounter;
  const detected = useMemo(() => {
    const practitionerRefs = (encounter?.participant ?? []).flatMap((p) => (p.individual?.reference ? [p.individual.reference] : []));
    const org = encounter?.serviceProvider?.reference;
    return classifyPatientStatus(context.priorEncounters, { practitionerRefs, ...(org ? { organizationRef: org } : {}), dateOfService });
  }, [context.priorEncounters, encounter, dateOfService]);
  const setting = useMemo(() => visitSetting(encounter, context.locations[0]), [encounter, context.locations]);
  const [local, setLocal] = useState<EmInputs>(() => {
    const minutes = encounter ? visitMinutes(encounter) : undefined;
    const facility = setting.setting === "hospital-inpatient" || setting.setting === "hospital-observation" || setting.setting === "nursing-facility";
    const preferred = isCheckup(encounter) ? "preventive" : minutes !== undefined ? "time" : "mdm";
    const bases = basesFor(setting.setting, "initial");
    return {
      basis: bases.includes(preferred) ? preferred : "mdm",
      status: detected.status,
      ...(minutes !== undefined ? { minutes } : {}),
      mdm: { problems: "low", data: "low", risk: "low" },
      ...(facility ? { day: "initial" as const } : {}),
    };
  });
  const inputs = saved?.em ?? local;
  const onSave = saved?.onChange;
  const setInputs = useCallback((next: EmInputs) => {
    setLocal(next);
    onSave?.(next);
  }, [onSave]);
  const choice = useMemo(() => chooseEm(inputs, context.patient, dateOfService, payer, setting.setting), [inputs, context.patient, dateOfService, payer, setting]);
  const prenatal = useMemo(() => routinePrenatalVisit(encounter, context.encounterConditions, context.priorEncounters), [encounter, context.encounterConditions, context.priorEncounters]);
  const provider = useMemo(() => {
    const found = providerLevel(encounter, emrCharges(context));
    return found ? { ...found, comparison: compareLevels(found.code, choice.code, choice.reason) } : undefined;
  }, [encounter, context, choice]);
  return { inputs, setInputs, detected, choice, setting, ...(prenatal ? { prenatal } : {}), ...(provider ? { provider } : {}) };
}
