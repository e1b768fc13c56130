/**
 * Clinician and SNOMED CT phrasing rewritten into the vocabulary of ICD-10-CM titles, the way a
 * coder reads a note with the Alphabetic Index at hand. Each rule is general (a synonym, an
 * abbreviation, a coding convention), never a mapping of one particular dev-set item.
 * The original text is always searched too; a rewrite only adds a second reading.
 */
import { withClinicalDetails } from "./clinical-details.ts";
import { LAY_BODY_FUNCTIONS } from "./lay-body-functions.ts";
import { LAY_TERMS_A, type Rule } from "./lay-terms.ts";
import { expandAbbreviations, SHORTHAND } from "./shorthand.ts";
import { STATUS_TERMS, LAY_TERMS_C } from "./lay-terms-body.ts";
import { LAY_TERMS_B } from "./lay-terms-organs.ts";
import { LAY_TERMS_SYMPTOMS } from "./lay-terms-symptoms.ts";
import type { Reading } from "./text-candidates.ts";

/** A match on one part of a dash-separated name counts less than a match on the whole. */
const PART_WEIGHT = 0.85;
/** A match without the text's descriptive words ("recurrent headaches" -> "headaches") counts less. */
const PLAIN_WEIGHT = 0.8;
/** Descriptive words that are often no axis of the classification. */
const DESCRIPTORS = /\b(recurrent|recurring|intermittent|diffuse|sudden|frequent|occasional|constant|sharp|dull|severe|significant|episodic|daily|nightly|mild|moderate|community acquired)\b/g;

/** The reading without its descriptive words, or "" when it has none. */
function withoutDescriptors(reading: string): string {
  const plain = reading.replace(DESCRIPTORS, " ").replace(/\s+/g, " ").trim();
  return plain === reading ? "" : plain;
}

/** A match on the head of a text with commas ("pneumonia" of "pneumonia, right lower lobe") counts less still. */
const HEAD_WEIGHT = 0.65;

/** Every lay-term table, statuses first (lay-terms*.ts). */
const LAY_TERMS: readonly Rule[] = [...STATUS_TERMS, ...LAY_BODY_FUNCTIONS, ...LAY_TERMS_SYMPTOMS, ...LAY_TERMS_A, ...LAY_TERMS_B, ...LAY_TERMS_C];


/** Lay and clinical synonyms -> ICD-10-CM title words (Alphabetic Index "see" references). */
const SYNONYMS: readonly Rule[] = [
  // Index: Screening, disease, viral (other than HIV) Z11.59.
  [/^(?=.*\bscreening\b)(?=.*\b(hepatitis|hcv|hbv)\b).*$/g, "encounter for screening for other viral diseases"],
  // Reasons for a visit -> the Z-code encounter titles (Index: Examination, Vaccination).
  [/\b((annual|routine|routine adult) (physical( exam\w*)?|exam\w*)|physical exam\w*|annual wellness( visit)?|wellness (visit|exam\w*)|check ?up)\b/g, "encounter for general adult medical examination"],
  [/\b(well (child|baby|infant)( check( ?up)?| visit| exam\w*)?|((routine|well) )?(child|baby|infant|toddler|adolescent|teen|pediatric)( routine| well)? (check( ?up)?|visit|exam\w*|physical))\b/g, "encounter for routine child health examination"],
  [/\b(well woman|annual gyn\w*|routine gyn\w*|gyn\w*|pelvic)( visit| exam\w*| check( ?up)?)\b/g, "encounter for gynecological examination"],
  [/\b((flu|influenza|covid( 19)?|tetanus|pneumococcal|hpv|shingles|tdap|dtap|td|mmr|hepatitis [ab]) )?(shot|vaccine|vaccination|immunization|booster)s?\b|\b(tdap|dtap|mmr)\b/g, "encounter for immunization"],
  // A device "in place" is its presence.
  [/\b(\w+) (in place|present|in situ)$/g, "presence of $1"],
  [/\bshingles\b/g, "zoster"],
  [/\bonychomycosis\b/g, "tinea unguium"],
  [/\bpanic attacks?\b/g, "panic disorder"],
  [/\bneck pain\b/g, "cervicalgia"],
  [/\b(tobacco|cigarette|nicotine) (dependence|use disorder)\b/g, "nicotine dependence"],
  [/\bhigh blood pressure\b/g, "hypertension"],
  [/\bhigh cholesterol\b/g, "hypercholesterolemia"],
  [/\bhypertriglyceridemia\b/g, "hyperglyceridemia"],
  [/\bstrep\b/g, "streptococcal"],
  [/\b(sore throat|throat infection)\b/g, "pharyngitis"],
  [/\bsinus infection\b/g, "sinusitis"],
  [/\bear infection\b/g, "otitis media"],
  [/\bbladder infection\b/g, "cystitis"],
  [/\bpink eye\b/g, "conjunctivitis"],
  [/\bcommon cold\b/g, "acute nasopharyngitis"],
  [/\bflu\b/g, "influenza"],
  [/\bheart attack\b/g, "myocardial infarction"],
  [/\b(stroke|cva)\b/g, "cerebral infarction"],
  [/\bcoronary (heart|artery) disease\b/g, "atherosclerotic heart disease native coronary artery"],
  [/\bcongestive heart failure\b/g, "heart failure"],
  [/\b(traumatic brain injury|tbi|brain damage traumatic|traumatic brain damage)\b/g, "intracranial injury"],
  [/\bwhiplash( injury)?\b/g, "sprain ligaments cervical spine"],
  [/\b(bullet|gunshot) wound\b/g, "injury unspecified body region"],
  [/\bbleed(ing|s)?\b/g, "hemorrhage"],
  [/\bgi\b/g, "gastrointestinal"],
  [/\byeast infection\b/g, "candidiasis"],
  [/\b(skin abscess|abscess of skin)\b/g, "cutaneous abscess"],
  [/\bfrequent urination\b/g, "frequency of micturition"],
  [/\b(head )?lice\b/g, "louse infestation"],
  [/\b(bee|wasp|hornet) stings?\b/g, "toxic effect of venom of $1s"],
  [/\b(low back pain|lbp) with sciatica\b/g, "lumbago with sciatica"],
  [/\bprehypertension\b/g, "elevated blood pressure reading without diagnosis of hypertension"],
  [/\bhypertension stage \d\b|\bstage \d hypertension\b/g, "hypertension"],
  [/\bperipheral neuropathy\b/g, "polyneuropathy"],
  [/\bpost ?(ablative|ablation|surgical|operative|procedural)\b/g, "postprocedural"],
  [/\bgall ?stones?\b/g, "calculus of gallbladder"],
  [/\b(elevated|abnormal|high) (liver enzymes|lfts?|liver function tests?|transaminases)\b/g, "elevation of levels of liver transaminase levels"],
  [/\bhives\b/g, "urticaria"],
  [/\b(molars?|tooth)\b/g, "teeth"],
  [/\bsprained\b/g, "sprain"],
  [/\bbroken\b/g, "fracture"],
  [/\bmiscarriage\b/g, "spontaneous abortion"],
  [/\bantepartum\b/g, "pregnancy"],
  [/\bobese\b/g, "obesity"],
  [/\b(severe|morbid)(ly)? obesity\b/g, "morbid obesity"],
  [/\ballergic reaction\b/g, "allergy"],
  [/\boverdose\b/g, "poisoning"],
  [/\b(first|second|third) degree burn\b/g, "burn of $1 degree"],
  [/\balcoholism\b/g, "alcohol dependence"],
  [/\b(smokes|smoker|smoking)\b/g, "nicotine dependence cigarettes"],
  [/\bmajor depression\b/g, "major depressive"],
  [/\bdepression\b/g, "depressive"],
  [/\battention deficit disorder\b/g, "attention deficit hyperactivity disorder"],
  [/\bpre ?diabet\w*/g, "prediabetes"],
  [/\bseizure disorder\b/g, "epilepsy"],
  [/\blumbago\b(?! with sciatica)/g, "low back pain"],
  [/\b(acid reflux|^reflux$)/g, "gastro-esophageal reflux disease"],
  [/\beczema\b/g, "dermatitis"],
  [/\brenal disease\b/g, "kidney disease"],
  [/(?<!(?<!secondary )malignant neoplasm of (the )?((sigmoid|transverse|ascending|descending) )?)\bcolon\b/g, "large intestine"],
  [/\b(fracture of hip|hip fracture)\b/g, "fracture of neck of femur"],
  [/\b(rupture of appendix|ruptured appendix)\b/g, "acute appendicitis with perforation"],
  [/\bhay fever\b/g, "allergic rhinitis due to pollen"],
  [/\bgouty arthritis\b/g, "gout"],
  [/\bborderline diabet\w*/g, "prediabetes"],
  [/\bchronic obstructive bronchitis\b/g, "chronic obstructive pulmonary disease"],
  [/\bcholelithiasis\b/g, "calculus of gallbladder"],
  [/\b(nephrolithiasis|kidney stones?)\b/g, "calculus of kidney"],
  [/\bhistory of myocardial infarction\b/g, "old myocardial infarction"],
  [/\bhistory of cardiac arrest\b/g, "personal history sudden cardiac arrest"],
  [/(?<!family )\bhistory of (?!personal)/g, "personal history of "],
  [/\binjury of (\w+ )?(anterior|posterior|medial|lateral) (cruciate|collateral) ligament\b/g, "sprain $2 $3 ligament"],
];

/** ICD-10-CM conventions (Official Guidelines) applied when the text is silent. */
const CONVENTIONS: readonly Rule[] = [
  // Index: Diabetes, poorly controlled / out of control -> by type, with hyperglycemia.
  [/^(?=.*\bdiabetes\b)(.*)\b(poorly controlled|uncontrolled|out of control|not controlled)\b/g, "$1 with hyperglycemia"],
  // I.C.9.a.2: hypertension with chronic kidney disease is coded as hypertensive CKD (a link is presumed).
  [/^(?=.*\bhypertension\b)(?=.*\bchronic kidney disease\b)(?!.*\bhypertensive\b).*$/g, "hypertensive chronic kidney disease"],
  // I.C.9.a.1: hypertension with heart failure or heart disease is coded as hypertensive heart disease.
  [/^(?=.*\bhypertension\b)(?=.*\bheart failure\b)(?!.*\bwithout heart failure\b)(?!.*\bhypertensive\b).*$/g, "hypertensive heart disease with heart failure"],
  [/^(?=.*\bhypertension\b)(?=.*\bheart disease\b)(?!.*\bhypertensive\b).*$/g, "hypertensive heart disease without heart failure"],
  // I.C.4.a.2: diabetes without a stated type is coded as type 2.
  // Drug-induced, gestational and secondary diabetes have their own categories (E08, E09, E13, O24).
  [/^(?!.*\btype [12]\b)(?!.*\b(induced|gestational|secondary|pregnancy|neonatal|insipidus)\b)(.*)\bdiabetes( mellitus)?\b/g, "$2type 2 diabetes mellitus"],
  // "diabetic X" is read as diabetes with X (the "with" convention, I.A.15), type 2 unless stated.
  [/^(?!.*\bdiabetes\b)(?!.*\btype [12]\b)(?!.*\b(induced|gestational|secondary)\b)(.*)\bdiabetic\b/g, "$2type 2 diabetes mellitus with diabetic"],
  [/^(?!.*\bdiabetes\b)(.*)\bdiabetic\b/g, "$1diabetes mellitus with diabetic"],
  // Index: Influenza (unidentified influenza virus) J11.1, unless the text names a virus or a manifestation.
  [/^(?!.*\b(virus|due|with|h1n1|avian|novel|haemophilus|hemophilus|immunization|vaccin\w*|exposure|screening)\b)(.*)\binfluenza\b(?! (a|b|type)\b)/g, "$2influenza due to unidentified influenza virus with other respiratory manifestations"],
];

function applyRules(text: string, rules: readonly Rule[]): string {
  return rules.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** Lower case, no accents, punctuation as spaces except "/" and "+" that shorthand uses. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9/+]+/g, " ").replace(/\s+/g, " ").trim();
}


/** The text as written with its shorthand and abbreviations spelled out, before any synonym rule. */
export function shorthandReading(text: string): string {
  return expandAbbreviations(applyRules(` ${normalizePhrase(text)} `, SHORTHAND).replace(/\s+/g, " ").trim());
}

function coderReading(normalized: string): string {
  const plain = shorthandReading(normalized);
  const lay = applyRules(plain, LAY_TERMS).replace(/\s+/g, " ").trim();
  return withClinicalDetails(applyRules(applyRules(lay, SYNONYMS).replace(/\s+/g, " ").trim(), CONVENTIONS));
}

/**
 * The original reading and, when any rule applies, the coder's reading; a SNOMED name made of
 * dash-separated parts ("Body mass index 30+ - obesity") also gives each part's readings, and a
 * text with commas its head ("pneumonia, right lower lobe" -> "pneumonia"), weighted lower. A
 * condition "on" a treatment ("chronic AF on warfarin") gives both sides as parts too.
 */
export function phraseReadings(text: string): Reading[] {
  const whole = text.split(/\s+-\s+/).map(normalizePhrase).filter((p) => p !== "").join(" ");
  // "on" before a place ("lump on my neck", "rash on the left arm") is a site, not a treatment.
  const parts = text.split(/\s+-\s+|\s+on\s+(?!(?:my|the|her|his|their|both|left|right|each|a)\b)/i).map(normalizePhrase).filter((p) => p !== "");
  const head = text.includes(",") ? normalizePhrase(text.split(",")[0] ?? "") : "";
  const split = parts.length > 1 ? parts : head !== "" ? [head] : [];
  const weight = parts.length > 1 ? PART_WEIGHT : HEAD_WEIGHT;
  const readings = [whole, coderReading(whole)].map((t) => ({ text: t, weight: 1 }));
  const plain = withoutDescriptors(coderReading(whole));
  if (plain !== "") readings.push({ text: plain, weight: PLAIN_WEIGHT });
  for (const piece of split.flatMap((p) => [p, coderReading(p)])) readings.push({ text: piece, weight });
  return readings.filter((r, i) => readings.findIndex((o) => o.text === r.text) === i);
}
