import type { Encounter, Patient } from "fhir/r4";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { emByMdm, type MdmElements } from "../../coding/em/em-by-mdm.ts";
import { emByTime } from "../../coding/em/em-by-time.ts";
import type { PatientStatus } from "../../coding/em/em-levels.ts";
import { preventiveCode } from "../../coding/em/preventive-code.ts";
import { prolongedService } from "../../coding/em/prolonged-service.ts";
import { formatConcept } from "../format/format-fhir.ts";

export type EmBasis = "time" | "mdm" | "preventive";

export interface EmInputs {
  basis: EmBasis;
  status: PatientStatus;
  minutes?: number;
  mdm: MdmElements;
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
export function chooseEm(inputs: EmInputs, patient: Patient | undefined, dateOfService: string, payer: PayerKind): EmLineChoice {
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
