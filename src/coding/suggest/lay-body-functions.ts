/**
 * Patients describe a symptom as a body function and what is wrong with it ("pain when I pee",
 * "can't catch my breath", "poop is hard"). The function words are read first as one word
 * each (urination, stool, swallowing, breath), then a function with its problem as the ICD-10-CM
 * symptom title (dysuria, nocturia, dysphagia, shortness of breath ...). Lay adjectives become
 * the nouns the titles use (dizzy -> dizziness, sore back -> back pain), and "<thing> is high"
 * reads as "high <thing>".
 */
import type { Rule } from "./lay-terms.ts";

const PAIN = "(?:pain(?:ful)?|burn(?:s|ing)?|hurts?|hurting|sting(?:s|ing)?)";
const TROUBLE = "(?:trouble|difficulty|difficult|hard|hard time|problems?|cant|cannot|unable to)";
const CANT_HOLD = "(?:cant hold|cannot hold|cant control|leak(?:s|ing)?|accidents?|losing control of)";
const OFTEN = "(?:a lot|often|frequent(?:ly)?|all the time|constantly|too much)";

/** Lay function words -> one word each. */
const FUNCTION_WORDS: readonly Rule[] = [
  [/\b(pee|peeing|pees|peed|urinate|urinating|urinates|wee|weeing|piss|pissing)\b/g, "urination"],
  [/\b(poop|pooping|poops|poo|bowel movements?|bms?)\b/g, "stool"],
  [/\b(swallow|swallows)\b/g, "swallowing"],
  [/\b(breathe|breathing)\b/g, "breath"],
];

/** A function and its problem -> the symptom title (Index: Dysuria, Nocturia, Dysphagia ...). */
const FUNCTION_PROBLEMS: readonly Rule[] = [
  [new RegExp(`\\b${PAIN} (when|with|while|on|during|after)( i| you| he| she)? urination\\b|\\b(painful|burning) urination\\b`, "g"), "dysuria"],
  [new RegExp(`\\burination ${OFTEN}? ?(at|during the|in the) night\\b|\\b(night ?time|nightly) urination\\b`, "g"), "nocturia"],
  [new RegExp(`\\b${CANT_HOLD} (my |the )?urination\\b|\\burination ${CANT_HOLD}\\b`, "g"), "unspecified urinary incontinence"],
  [new RegExp(`\\burination ${OFTEN}\\b|\\b${OFTEN} urination\\b`, "g"), "frequency of micturition"],
  [new RegExp(`\\b${TROUBLE} (starting |with )?urination\\b`, "g"), "other difficulties with micturition"],
  [new RegExp(`\\b${CANT_HOLD} (my |the )?stool\\b`, "g"), "fecal incontinence"],
  [new RegExp(`\\b(hard|dry) stools?\\b|\\b${TROUBLE} (with )?stool\\b|\\bstool (is |are )?hard\\b`, "g"), "constipation"],
  [/\b(loose|watery|runny) stools?\b|\bstools? (is |are )?(loose|watery|runny)\b/g, "diarrhea"],
  [new RegExp(`\\b(${TROUBLE}|${PAIN}) (with |when )?swallowing\\b`, "g"), "dysphagia"],
  [new RegExp(`\\b(cant catch|catch|short of|out of|${TROUBLE}( catching)?)( my| his| her)? breath\\b`, "g"), "shortness of breath"],
  [new RegExp(`\\b${PAIN} (when|with|on) (taking a deep |deep )?breath\\b`, "g"), "chest pain on breathing"],
];

/** Lay adjectives and word order -> title nouns. */
const LAY_FORMS: readonly Rule[] = [
  [/\b(feel(s|ing)? )?dizzy\b/g, "dizziness"],
  [/\b(feel(s|ing)? )?(nauseous|nauseated|queasy)\b/g, "nausea"],
  [/\b(feel(s|ing)? )?feverish\b/g, "fever"],
  [/\b(feel(s|ing)? )?bloated\b/g, "bloating"],
  [/\b(feel(s|ing)? )?(shaky|trembling)\b/g, "tremor"],
  [/\bconstipated\b/g, "constipation"],
  [/\b(feel(s|ing)? )?weak\b(?! (stream|pulse))/g, "weakness"],
  [/\bsore (back|neck|shoulders?|knees?|legs?|arms?|feet|foot|hips?|muscles?|joints?|wrists?|elbows?|ankles?|ribs?|jaw)\b/g, "$1 pain"],
  [/\bstiff (neck|back|joints?|knees?|shoulders?)\b/g, "$1 stiffness"],
  // Index: Swelling, joint -> Effusion, joint (M25.4-); Tightness, chest -> R07.89.
  [/\b(knee|elbow|wrist|shoulder|hip|joint)s? (swelling|swollen)\b|\bswollen (knee|elbow|wrist|shoulder|hip|joint)s?\b/g, "effusion $1$3"],
  [/\b(chest tightness|tight(ness)? (in )?(the )?chest|chest pressure)\b/g, "other chest pain"],
  [/\b(blood )?(sugars?|glucose|cholesterol|blood pressure|bp|potassium|sodium|calcium) (is |are |has been |have been |was |running |been )?(high|elevated|up)\b/g, "high $1$2"],
  [/\b(blood )?(sugars?|glucose|blood pressure|bp|potassium|sodium|calcium) (is |are |has been |have been |was |running |been )?(low|down)\b/g, "low $1$2"],
  [/\b(high|elevated) (blood )?(sugars?|glucose)\b/g, "hyperglycemia"],
  [/\b(bruis(es|ing) easily|easy bruising|bruising easily)\b/g, "spontaneous ecchymoses"],
  [/\bburning (feet|hands|skin|sensation)\b/g, "other disturbances of skin sensation"],
  [/\b(caregiver|carer) (stress|strain|burden|burnout)\b/g, "dependent relative needing care at home"],
  // Imaging words (Index: Abnormal, diagnostic imaging -> Findings, abnormal, on diagnostic imaging).
  [/\b(mammograms?|mammography)\b/g, "diagnostic imaging of breast"],
  [/\b(x ?rays?|cxr|ct( scan)?|cat scan|mri|ultrasound|sonogram|imaging|scan)\b(?! of breast)/g, "diagnostic imaging"],
  [/\b(sports?|school|camp|pre ?employment|employment|dot|insurance) (physical|exam)\b/g, "encounter for examination for $1"],
  // The circumstance a patient adds ("when I stand up", "after I eat") is no axis of the symptom code.
  [/\b(when|whenever|after|if|every time) (i|he|she|they|you) [a-z ]*$/g, ""],
  [/\b(hair (is )?(falling out|coming out|thinning|loss)|losing (my |his |her )?hair|thinning hair|balding)\b/g, "hair loss"],
];

export const LAY_BODY_FUNCTIONS: readonly Rule[] = [...FUNCTION_WORDS, ...FUNCTION_PROBLEMS, ...LAY_FORMS];
