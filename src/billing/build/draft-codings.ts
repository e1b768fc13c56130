import type { CodeableConcept, Coding } from "fhir/r4";
import type { ClaimDraft, DraftDiagnosis, DraftLine } from "../claim-draft.ts";
import { modifierSystem } from "../../coding/store/index.ts";
import { ICD10CM, PLACE_OF_SERVICE } from "../../coding/systems.ts";

/** The FHIR shapes of the draft's codes, shared by the ChargeItem and Claim builders. */
export function diagnosisConcept(diagnosis: DraftDiagnosis): CodeableConcept {
  return { coding: [{ system: ICD10CM, code: diagnosis.code, display: diagnosis.display }] };
}

export function procedureConcept(line: DraftLine): CodeableConcept {
  const coding: Coding = { system: line.system, code: line.code };
  if (line.display) coding.display = line.display;
  return { coding: [coding] };
}

/** Each modifier in its own system: CPT modifiers in CPT, Level II modifiers in HCPCS. */
export function modifierConcepts(line: DraftLine): CodeableConcept[] {
  return line.modifiers.map((code) => ({ coding: [{ system: modifierSystem(code), code }] }));
}

export function placeOfServiceConcept(line: DraftLine): CodeableConcept {
  return { coding: [{ system: PLACE_OF_SERVICE, code: line.placeOfService }] };
}

/** The diagnoses a line points at, in pointer order; pointers outside the list are dropped. */
export function pointedDiagnoses(draft: ClaimDraft, line: DraftLine): DraftDiagnosis[] {
  return line.diagnosisPointers.flatMap((pointer) => {
    const diagnosis = draft.diagnoses[pointer - 1];
    return diagnosis ? [diagnosis] : [];
  });
}
