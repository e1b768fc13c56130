/**
 * The shipped clinical-terms table: every index-terms/*.ts module, parsed once on first use.
 * See clinical-terms.ts for the format and how a term is found.
 */
import { parseTermTable, type TermTable } from "./clinical-terms.ts";
import { BLOOD_EYE_MORE_TERMS } from "./index-terms/blood-eye-more.ts";
import { BLOOD_IMMUNE_TERMS } from "./index-terms/blood-immune.ts";
import { BONES_JOINTS_MORE_TERMS } from "./index-terms/bones-joints-more.ts";
import { CARDIO_RESPIRATORY_MORE_TERMS } from "./index-terms/cardio-respiratory-more.ts";
import { CARDIOVASCULAR_TERMS } from "./index-terms/cardiovascular.ts";
import { DIGESTIVE_TERMS } from "./index-terms/digestive.ts";
import { ENCOUNTERS_NEOPLASMS_MORE_TERMS } from "./index-terms/encounters-neoplasms-more.ts";
import { ENCOUNTERS_STATUS_TERMS } from "./index-terms/encounters-status.ts";
import { ENDOCRINE_DIGESTIVE_MORE_TERMS } from "./index-terms/endocrine-digestive-more.ts";
import { ENDOCRINE_METABOLIC_TERMS } from "./index-terms/endocrine-metabolic.ts";
import { EYE_NEOPLASM_TERMS } from "./index-terms/eye-neoplasm.ts";
import { GENITOURINARY_INFECTIONS_TERMS } from "./index-terms/genitourinary-infections.ts";
import { INJURIES_TERMS } from "./index-terms/injuries.ts";
import { INJURY_SKIN_MORE_TERMS } from "./index-terms/injury-skin-more.ts";
import { KIDNEY_INFECTION_MORE_TERMS } from "./index-terms/kidney-infection-more.ts";
import { MENTAL_NERVOUS_TERMS } from "./index-terms/mental-nervous.ts";
import { MIND_NERVES_MORE_TERMS } from "./index-terms/mind-nerves-more.ts";
import { MUSCULOSKELETAL_TERMS } from "./index-terms/musculoskeletal.ts";
import { NEWBORN_PEDIATRIC_TERMS } from "./index-terms/newborn-pediatric.ts";
import { PREGNANCY_CHILD_MORE_TERMS } from "./index-terms/pregnancy-child-more.ts";
import { PREGNANCY_GYNECOLOGY_TERMS } from "./index-terms/pregnancy-gynecology.ts";
import { PROBE_EYE_ENT_ONC_SYMPTOMS_Z_TERMS } from "./index-terms/probe-eye-ent-onc-symptoms-z.ts";
import { PROBE_GI_GU_OB_PEDS_TERMS } from "./index-terms/probe-gi-gu-ob-peds.ts";
import { PROBE_MSK_SKIN_NEURO_PSYCH_TERMS } from "./index-terms/probe-msk-skin-neuro-psych.ts";
import { PROBE_PRIMARY_CARDIO_ENDO_TERMS } from "./index-terms/probe-primary-cardio-endo.ts";
import { RESPIRATORY_ENT_TERMS } from "./index-terms/respiratory-ent.ts";
import { SKIN_TERMS } from "./index-terms/skin.ts";
import { SYMPTOMS_FINDINGS_MORE_TERMS } from "./index-terms/symptoms-findings-more.ts";
import { SYMPTOMS_SIGNS_TERMS } from "./index-terms/symptoms-signs.ts";

const TABLES: Readonly<Record<string, string>> = {
  "blood-eye-more": BLOOD_EYE_MORE_TERMS,
  "blood-immune": BLOOD_IMMUNE_TERMS,
  "bones-joints-more": BONES_JOINTS_MORE_TERMS,
  "cardio-respiratory-more": CARDIO_RESPIRATORY_MORE_TERMS,
  "cardiovascular": CARDIOVASCULAR_TERMS,
  "digestive": DIGESTIVE_TERMS,
  "encounters-neoplasms-more": ENCOUNTERS_NEOPLASMS_MORE_TERMS,
  "encounters-status": ENCOUNTERS_STATUS_TERMS,
  "endocrine-digestive-more": ENDOCRINE_DIGESTIVE_MORE_TERMS,
  "endocrine-metabolic": ENDOCRINE_METABOLIC_TERMS,
  "eye-neoplasm": EYE_NEOPLASM_TERMS,
  "genitourinary-infections": GENITOURINARY_INFECTIONS_TERMS,
  "injuries": INJURIES_TERMS,
  "injury-skin-more": INJURY_SKIN_MORE_TERMS,
  "kidney-infection-more": KIDNEY_INFECTION_MORE_TERMS,
  "mental-nervous": MENTAL_NERVOUS_TERMS,
  "mind-nerves-more": MIND_NERVES_MORE_TERMS,
  "musculoskeletal": MUSCULOSKELETAL_TERMS,
  "newborn-pediatric": NEWBORN_PEDIATRIC_TERMS,
  "pregnancy-child-more": PREGNANCY_CHILD_MORE_TERMS,
  "pregnancy-gynecology": PREGNANCY_GYNECOLOGY_TERMS,
  "probe-eye-ent-onc-symptoms-z": PROBE_EYE_ENT_ONC_SYMPTOMS_Z_TERMS,
  "probe-gi-gu-ob-peds": PROBE_GI_GU_OB_PEDS_TERMS,
  "probe-msk-skin-neuro-psych": PROBE_MSK_SKIN_NEURO_PSYCH_TERMS,
  "probe-primary-cardio-endo": PROBE_PRIMARY_CARDIO_ENDO_TERMS,
  "respiratory-ent": RESPIRATORY_ENT_TERMS,
  "skin": SKIN_TERMS,
  "symptoms-findings-more": SYMPTOMS_FINDINGS_MORE_TERMS,
  "symptoms-signs": SYMPTOMS_SIGNS_TERMS,
};

let table: TermTable | undefined;

/** The names of the shipped tables (their index-terms/ file names). */
export function clinicalTermTableNames(): string[] {
  return Object.keys(TABLES);
}

export function clinicalTermTable(): TermTable {
  table ??= parseTermTable(TABLES);
  return table;
}
