/**
 * Clinician shorthand (w/, s/p, laterality, quadrants, episode of care) and the clinical
 * abbreviations read as the words of ICD-10-CM titles, before any synonym rule.
 */
import { ABBREVIATIONS } from "../search/index.ts";
import type { Rule } from "./lay-terms.ts";
import { ownValue } from "../own-value.ts";

/** Words that make a text about an eye, where OD and OS are its sides (OD is also an overdose). */
const EYE_WORDS = "eyes?|cataracts?|glaucoma|poag|amd|armd|macular|retin\\w*|vision|visual|conjunctiv\\w*|blephar\\w*|chalazion|stye|keratitis|uveitis|iritis|pterygium|drusen|myopia|hyperopia|astigmatism|presbyopia|amblyopia|npdr|pdr|dme|iop";

/** The side abbreviation in a text about an eye; $2 is the text before it. */
function eyeSide(abbreviation: string): RegExp {
  return new RegExp(`^(?=.*\\b(${EYE_WORDS})\\b)(.*)\\b${abbreviation}\\b`, "g");
}

/** Shorthand first: it feeds the synonym rules below. */
export const SHORTHAND: readonly Rule[] = [
  [/\b(pt|patient|c\/o|complains of|complaining of|my|her|his|their)\b/g, " "],
  [/\bw\/o\b/g, " without "],
  [/\bw\//g, " with "],
  [/\b(with )?no\b/g, "without"],
  [/\btype (ii|two)\b/g, "type 2"],
  [/\btype (i|one)\b/g, "type 1"],
  [/\b(t2dm|dm2|dm ii|niddm)\b/g, "type 2 diabetes mellitus"],
  [/\b(t1dm|dm1|dm i|iddm)\b/g, "type 1 diabetes mellitus"],
  [/\bdm\b/g, "diabetes mellitus"],
  [/\b(l|lt)\b/g, "left"],
  [/\b(r|rt)\b/g, "right"],
  [/\bbilat\b/g, "bilateral"],
  [/\bbilaterally\b/g, "bilateral"],
  [/\bn\/v\/d\b/g, "nausea with vomiting diarrhea"],
  [/\bn\/v\b/g, "nausea with vomiting"],
  [/\bbig toe\b/g, "great toe"],
  // Narrative words with no code axis: the presentation, the certainty, the duration.
  [/\b(presents? with|presenting with|complains? of|complaining of|likely|probable|suspected|possible|new onset|worsening|ongoing|acute onset( of)?)\b/g, " "],
  [/\b(x|for) ?\d+ ?(days?|d|weeks?|wks?|months?|mos?|years?|yrs?)\b|\b\d+ (days?|weeks?) ago\b|\b(after|from|due to) (a )?fall\b/g, " "],
  [/\bs\/p\b/g, "status post"],
  [/\ba ?fib\b/g, "atrial fibrillation"],
  [/\b(with |w\/ )?(rvr|rapid ventricular response)\b/g, " "],
  [/\bfx\b/g, "fracture"],
  [/\b(fam(ily)? (hx|history)|fhx)\b/g, "family history"],
  [/\bhx\b/g, "history"],
  [/\bh\/o\b/g, "history of"],
  [/\bb\/l\b/g, "bilateral"],
  [/\b1st\b/g, "first"],
  [/\b2nd\b/g, "second"],
  [/\b3rd\b/g, "third"],
  [/\bdef\b/g, "deficiency"],
  [/\bhep\b/g, "hepatitis"],
  [/\b(subsequent|follow ?up|f\/u|followup|recheck) (visit|encounter|care|appointment)\b|\bsubsequent\b/g, "subsequent encounter"],
  [/\b(initial|first) (visit|encounter)\b/g, "initial encounter"],
  [/\b(late effects?|sequelae)\b/g, "sequela"],
  [/\bruq\b/g, "right upper quadrant"],
  [/\brlq\b/g, "right lower quadrant"],
  [/\bluq\b/g, "left upper quadrant"],
  [/\bllq\b/g, "left lower quadrant"],
  // Eyes: OD, OS, OU (only where the text is about an eye; OD is also an overdose).
  [eyeSide("od"), "$2right eye"],
  [eyeSide("os"), "$2left eye"],
  [/\bou\b/g, "bilateral"],
  // Lung lobes.
  [/\brul\b/g, "right upper lobe"],
  [/\brml\b/g, "right middle lobe"],
  [/\brll\b/g, "right lower lobe"],
  [/\blul\b/g, "left upper lobe"],
  [/\blll\b/g, "left lower lobe"],
  // A visit word closing an injury's text ("fractured wrist, follow up") is its 7th character.
  [/^(?=.*\b(fracture[ds]?|fx|broken|sprain(ed)?|strain(ed)?|lacerations?|contusions?|burns?|injury|dislocat\w*|wound|bite|concussion)\b)(.*\S)\s+(follow ?up|f\/u|followup|recheck)\s*$/g, "$4 subsequent encounter"],
  [/\bhtn\b/g, "hypertension"],
  [/\bbmi\b/g, "body mass index"],
];

/** Abbreviations the shared list (../abbreviations.ts) does not have. */
const MORE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  rls: "restless legs syndrome", pyelo: "pyelonephritis", pac: "atrial premature depolarization", aom: "acute otitis media", ome: "otitis media with effusion", tm: "tympanic membrane",
  oab: "overactive bladder", uc: "ulcerative colitis", pud: "peptic ulcer disease", ptx: "pneumothorax",
  sah: "subarachnoid hemorrhage", sdh: "subdural hemorrhage", loc: "loss of consciousness", abd: "abdominal",
  cll: "chronic lymphocytic leukemia of b-cell type", aml: "acute myeloblastic leukemia", cml: "chronic myeloid leukemia",
  nhl: "non-hodgkin lymphoma", amd: "age-related macular degeneration", armd: "age-related macular degeneration",
  lbbb: "left bundle branch block", rbbb: "right bundle branch block", hld: "hyperlipidemia", tfts: "thyroid function studies",
};

function expandWord(word: string): string {
  const known = ownValue(MORE_ABBREVIATIONS, word) ?? ownValue(ABBREVIATIONS, word)?.[0];
  if (known !== undefined || !word.endsWith("s") || word.length < 4) return known ?? word;
  // A plural abbreviation ("UTIs") is the abbreviation.
  const singular = word.slice(0, -1);
  return ownValue(MORE_ABBREVIATIONS, singular) ?? ownValue(ABBREVIATIONS, singular)?.[0] ?? word;
}

/** Clinical abbreviations, word by word (the first expansion of the shared list). */
export function expandAbbreviations(text: string): string {
  return text.split(" ").map(expandWord).join(" ");
}
