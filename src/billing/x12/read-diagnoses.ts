import type { Claim, ClaimDiagnosis, CodeableConcept } from "fhir/r4";
import { ICD10CM } from "../../coding/systems.ts";
import { report, type ReadContext } from "./read-context.ts";

/** The 837P (and CMS-1500) carries at most 12 diagnoses. */
export const MAX_DIAGNOSES = 12;

const ICD10CM_CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export interface ReadDiagnoses {
  /** ICD-10-CM codes without dots, in Claim.diagnosis.sequence order. */
  codes: string[];
  /** Claim.diagnosis.sequence -> 1-based position in HI (the pointer SV107 writes). */
  positionOf: Map<number, number>;
}

function icd10Code(ctx: ReadContext, diagnosis: ClaimDiagnosis): string | undefined {
  const concept: CodeableConcept | undefined =
    diagnosis.diagnosisCodeableConcept ?? ctx.index.resolve(diagnosis.diagnosisReference, "Condition")?.code;
  return concept?.coding?.find((coding) => coding.system === ICD10CM)?.code?.trim().toUpperCase();
}

/** HI: principal first (ABK), others (ABF), dots removed; more than 12 is refused. */
export function readDiagnoses(ctx: ReadContext, claim: Claim): ReadDiagnoses | undefined {
  const diagnoses = [...(claim.diagnosis ?? [])].sort((a, b) => a.sequence - b.sequence);
  if (diagnoses.length === 0) return report(ctx, "x12-missing-data", "Claim.diagnosis is empty; the 837P needs at least one ICD-10-CM code.", "Claim.diagnosis");
  if (diagnoses.length > MAX_DIAGNOSES) {
    const text = `The claim has ${diagnoses.length} diagnoses; an 837P carries at most ${MAX_DIAGNOSES}. Remove diagnoses no line points at, or split the claim.`;
    return report(ctx, "x12-invalid-data", text, "Claim.diagnosis");
  }
  const codes: string[] = [];
  const positionOf = new Map<number, number>();
  diagnoses.forEach((diagnosis, i) => {
    const expression = `Claim.diagnosis[${(claim.diagnosis ?? []).indexOf(diagnosis)}]`;
    const code = icd10Code(ctx, diagnosis);
    if (!code) return report(ctx, "x12-missing-data", `${expression} has no ICD-10-CM code (system ${ICD10CM}).`, expression);
    if (!ICD10CM_CODE.test(code)) return report(ctx, "x12-invalid-data", `${expression}: "${code}" is not an ICD-10-CM code.`, expression);
    codes.push(code.replace(".", ""));
    positionOf.set(diagnosis.sequence, i + 1);
    return undefined;
  });
  return codes.length === diagnoses.length ? { codes, positionOf } : undefined;
}
