/**
 * Body-part nouns and their adjectives, the two ways clinicians and ICD-10-CM titles name one
 * organ: "hepatic cirrhosis" is coded at "Unspecified cirrhosis of liver", "liver failure" at
 * "Hepatic failure". The title matcher treats the forms as one word (sameWord); the candidate
 * search also queries each reading with its organ words in the other form.
 * Pairs whose shared beginning already matches (pancreas/pancreatic, ovary/ovarian) need no entry.
 */
import { ownValue } from "../own-value.ts";

/** Noun as ICD-10-CM titles write it -> its adjectives, by body system. */
const ORGAN_FORMS: Readonly<Record<string, readonly string[]>> = {
  // Circulation and breathing.
  heart: ["cardiac"], vein: ["venous"], artery: ["arterial"], lung: ["pulmonary"],
  larynx: ["laryngeal"], pharynx: ["pharyngeal"], nose: ["nasal"],
  // Digestion.
  liver: ["hepatic"], stomach: ["gastric"], mouth: ["oral"], tongue: ["lingual"],
  teeth: ["dental", "tooth"], colon: ["colonic"], ileum: ["ileal"], anus: ["anal"], spleen: ["splenic"],
  // Kidney, urinary and genital organs.
  kidney: ["renal", "nephric"], bladder: ["vesical"], uterus: ["uterine"], testis: ["testicular", "testicle"],
  breast: ["mammary"],
  // Nervous system, senses, skin, bones.
  brain: ["cerebral"], eye: ["ocular", "ophthalmic"], ear: ["otic", "aural"], eyelid: ["palpebral"],
  skin: ["cutaneous", "dermal"], bone: ["osseous"], joint: ["articular"], face: ["facial"], rib: ["costal"],
  femur: ["femoral"], humerus: ["humeral"], groin: ["inguinal"],
};

function formsTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [noun, adjectives] of Object.entries(ORGAN_FORMS)) {
    for (const form of [noun, `${noun}s`, ...adjectives]) table.set(form, noun);
  }
  table.set("tooth", "teeth");
  return table;
}

/** Any form (noun, plural, adjective) -> the noun. */
const NOUN_OF: ReadonlyMap<string, string> = formsTable();

/** The organ a word names ("renal", "kidneys" -> "kidney"), or undefined for other words. */
export function organOf(word: string): string | undefined {
  return NOUN_OF.get(word);
}

/** Two words naming one organ in different forms ("hepatic", "liver"). */
export function sameOrgan(a: string, b: string): boolean {
  const organ = NOUN_OF.get(a);
  return organ !== undefined && organ === NOUN_OF.get(b);
}

function swapped(text: string, pick: (noun: string, word: string) => string): string {
  return text.replace(/[a-z]+/g, (word) => {
    const noun = NOUN_OF.get(word);
    return noun === undefined ? word : pick(noun, word);
  });
}

/**
 * The text with its organ words in the other form: adjectives as nouns ("renal cyst" ->
 * "kidney cyst") and nouns as their first adjective ("liver failure" -> "hepatic failure").
 * Empty when the text has no organ word.
 */
export function organVariants(text: string): string[] {
  const asNouns = swapped(text, (noun) => noun);
  const asAdjectives = swapped(text, (noun, word) => (word === noun || word === `${noun}s` ? ownValue(ORGAN_FORMS, noun)?.[0] ?? word : word));
  return [...new Set([asNouns, asAdjectives])].filter((t) => t !== text);
}
