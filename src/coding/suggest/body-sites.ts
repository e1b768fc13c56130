/**
 * Words that say where, not what: sides, directions, body regions and parts, organs. A title
 * that shares only such words with the text ("Pain in left hand" for "wart on left hand",
 * "Pre-eclampsia, third trimester" for "breech presentation, third trimester") names another
 * condition at the same place; the title matcher discounts it.
 */
import { organOf } from "./organ-words.ts";

const SITE_WORDS: ReadonlySet<string> = new Set([
  // Sides and directions.
  "right", "left", "bilateral", "unilateral", "upper", "lower", "anterior", "posterior", "medial", "lateral",
  "distal", "proximal", "superior", "inferior", "front", "side", "sides", "level", "part", "region", "site", "lobe",
  "acquired", "community", "first", "second", "third", "fourth", "fifth",
  // Head and neck, trunk.
  "head", "scalp", "jaw", "neck", "throat", "chest", "abdomen", "abdominal", "belly", "back", "spine", "spinal",
  "lumbar", "thoracic", "cervical", "sacral", "sacrum", "coccyx", "pelvis", "pelvic", "hip", "hips", "groin",
  "buttock", "buttocks", "trunk", "wall", "body",
  // Limbs.
  "limb", "limbs", "extremity", "extremities", "arm", "arms", "shoulder", "shoulders", "elbow", "elbows",
  "forearm", "wrist", "wrists", "hand", "hands", "finger", "fingers", "thumb", "index", "middle", "ring",
  "little", "leg", "legs", "thigh", "knee", "knees", "calf", "shin", "ankle", "ankles", "foot", "feet",
  "heel", "toe", "toes", "great", "big",
]);

/** A word that names a place on or in the body (side, region, part, organ). */
export function isSiteWord(word: string): boolean {
  return SITE_WORDS.has(word) || organOf(word) !== undefined;
}
