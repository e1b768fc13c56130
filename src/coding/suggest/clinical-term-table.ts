/**
 * The shipped clinical-terms table: every index-terms/*.ts module, parsed once on first use.
 * See clinical-terms.ts for the format and how a term is found.
 */
import { parseTermTable, type TermTable } from "./clinical-terms.ts";
import { BLOOD_IMMUNE_TERMS } from "./index-terms/blood-immune.ts";
import { CARDIOVASCULAR_TERMS } from "./index-terms/cardiovascular.ts";
import { DIGESTIVE_TERMS } from "./index-terms/digestive.ts";
import { ENCOUNTERS_STATUS_TERMS } from "./index-terms/encounters-status.ts";
import { ENDOCRINE_METABOLIC_TERMS } from "./index-terms/endocrine-metabolic.ts";
import { EYE_NEOPLASM_TERMS } from "./index-terms/eye-neoplasm.ts";
import { GENITOURINARY_INFECTIONS_TERMS } from "./index-terms/genitourinary-infections.ts";
import { INJURIES_TERMS } from "./index-terms/injuries.ts";
import { MENTAL_NERVOUS_TERMS } from "./index-terms/mental-nervous.ts";
import { MUSCULOSKELETAL_TERMS } from "./index-terms/musculoskeletal.ts";
import { NEWBORN_PEDIATRIC_TERMS } from "./index-terms/newborn-pediatric.ts";
import { PREGNANCY_GYNECOLOGY_TERMS } from "./index-terms/pregnancy-gynecology.ts";
import { RESPIRATORY_ENT_TERMS } from "./index-terms/respiratory-ent.ts";
import { SKIN_TERMS } from "./index-terms/skin.ts";
import { SYMPTOMS_SIGNS_TERMS } from "./index-terms/symptoms-signs.ts";

const TABLES: Readonly<Record<string, string>> = {
  "blood-immune": BLOOD_IMMUNE_TERMS,
  "cardiovascular": CARDIOVASCULAR_TERMS,
  "digestive": DIGESTIVE_TERMS,
  "encounters-status": ENCOUNTERS_STATUS_TERMS,
  "endocrine-metabolic": ENDOCRINE_METABOLIC_TERMS,
  "eye-neoplasm": EYE_NEOPLASM_TERMS,
  "genitourinary-infections": GENITOURINARY_INFECTIONS_TERMS,
  "injuries": INJURIES_TERMS,
  "mental-nervous": MENTAL_NERVOUS_TERMS,
  "musculoskeletal": MUSCULOSKELETAL_TERMS,
  "newborn-pediatric": NEWBORN_PEDIATRIC_TERMS,
  "pregnancy-gynecology": PREGNANCY_GYNECOLOGY_TERMS,
  "respiratory-ent": RESPIRATORY_ENT_TERMS,
  "skin": SKIN_TERMS,
  "symptoms-signs": SYMPTOMS_SIGNS_TERMS,
};

let table: TermTable | undefined;

export function clinicalTermTable(): TermTable {
  table ??= parseTermTable(TABLES);
  return table;
}
