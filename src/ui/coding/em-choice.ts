import type { Encounter, Patient } from "fhir/r4";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { emByMdm, type MdmElements } from "../../coding/em/index.ts";
import { emByTime } from "../../coding/em/index.ts";
import type { PatientStatus } from "../../coding/em/index.ts";
import { emForSetting, type StayDay } from "../../coding/em/index.ts";
import type { VisitSetting } from "../../coding/em/index.ts";
import { preventiveCode } from "../../coding/em/index.ts";
import { prolongedService } from "../../coding/em/index.ts";
import { formatConcept } from "../format/format-fhir.ts";

export type EmBasis = "time" | "mdm" | "preventive";

/** The coder's E/M choices: the same shape the draft saves (DraftEm). */
export interface EmInputs {
  basis: EmBasis;
  status: PatientStatus;
  minutes?: number;
  mdm: MdmElements;
  /** Day of a hospital or nursing facility stay. */
  day?: StayDay;
  /** Whose level the line bills when the provider's differs from the helper's. */
  levelFrom?: "helper" | "provider";
}

/** Settings where a preventive medicine visit code may be reported. */
const PREVENTIVE_SETTINGS: readonly VisitSetting[] = ["office", "telehealth", "home"];

/** The bases that can choose a level in a setting (the ED only by decision making; discharge only by time). */
export function basesFor(setting: VisitSetting, day: StayDay | undefined): EmBasis[] {
  if (setting === "emergency") return ["mdm"];
  if ((setting === "hospital-inpatient" || setting === "hospital-observation" || setting === "nursing-facility") && day === "discharge") return ["time"];
  return PREVENTIVE_SETTINGS.includes(setting) ? ["time", "mdm", "preventive"] : ["time", "mdm"];
}

export interface EmLineChoice {
  code?: string;
  label?: string;
  reason: string;
  prolonged?: { code: string; units: number; reason: string };
}

const CHECKUP = /check[- ]?up|well|preventive|annual|physical/i;

export function isCheckup(encounter: Encounter | undefined): boolean {
  return Boolean(encounter?.type?.some((t) => CHECKUP.test(formatConcept(t))));
}

/** The E/M code (and any prolonged-service add-on) the inputs support, with the reason. */
/** `payer`: the claim's payer kind (Coverage.type SOPT or the payer id): Medicare's prolonged-service code is G2212, others' 99417. */
export function chooseEm(inputs: EmInputs, patient: Patient | undefined, dateOfService: string, payer: PayerKind, setting: VisitSetting = "office"): EmLineChoice {
  if (!basesFor(setting, inputs.day).includes(inputs.basis)) {
    return { reason: setting === "emergency" ? "emergency department visits are chosen by decision making only (no time-based levels, no prolonged service)" : inputs.basis === "preventive" ? "preventive visit codes are for the office, telehealth or the home" : `${setting === "nursing-facility" ? "nursing facility discharge management" : "hospital discharge day management"} is chosen by time` };
  }
  if (setting !== "office" && setting !== "telehealth" && inputs.basis !== "preventive") {
    const found = emForSetting(setting, { basis: inputs.basis, status: inputs.status, mdm: inputs.mdm, day: inputs.day ?? "initial", ...(inputs.minutes !== undefined ? { minutes: inputs.minutes } : {}) });
    return found.kind === "code" ? { code: found.code, label: found.label, reason: found.reason } : { reason: found.reason };
  }
  if (inputs.basis === "preventive") {
    const visit = patient?.birthDate ? preventiveCode(patient.birthDate, dateOfService, inputs.status) : undefined;
    return visit ? { code: visit.code, label: visit.label, reason: `preventive visit, ${inputs.status} patient aged ${visit.ageYears}` } : { reason: "the patient's birth date is needed for a preventive visit code" };
  }
  const choice = inputs.basis === "time" ? emByTime(inputs.minutes ?? Number.NaN, inputs.status) : emByMdm(inputs.mdm, inputs.status);
  if (choice.kind === "none") return { reason: choice.reason };
  const top = choice.code === "99205" || choice.code === "99215";
  const extra = inputs.basis === "time" && top && inputs.minutes !== undefined ? prolongedService(inputs.minutes, inputs.status, { medicare: payer.kind === "medicare" }) : undefined;
  if (extra && payer.kind === "unknown") extra.reason += `; CPT's code, as the payer may not be Medicare (which takes G2212 from ${inputs.status === "new" ? 89 : 69} min): ${payer.reason}`;
  return { code: choice.code, label: choice.label, reason: choice.reason, ...(extra ? { prolonged: extra } : {}) };
}
