import { isSiteWord } from "./body-sites.ts";
import { annotatedTitle, prepareText, sameWord, type PreparedText, type TitleWord } from "./title-words.ts";
import { ownValue } from "../own-value.ts";

/**
 * How well an ICD-10-CM title says what the condition text says, in 0..1.
 *
 * score = coverage x specificity, where
 * - coverage: the share of the text's words found in the title (word forms match:
 *   diabetic ~ diabetes, fracture ~ fractures);
 * - specificity: 1 / (1 + 0.25 x the weight of title words the text did not ask for).
 *   A word that adds a detail the text did not give (a virus, a complication, a site) weighs 1;
 *   a side (left, right) 0.5, so that with no side given "unspecified side" wins; generic
 *   qualifiers ("other", "specified", "essential") 0.2. Words that state the default when the
 *   documentation is silent weigh almost nothing, so that the "unspecified" code ranks first
 *   (ICD-10-CM guideline I.B.18): "unspecified" and the thing it qualifies ("unspecified eye"),
 *   negated details ("not intractable", "without status epilepticus"), the default 7th-character
 *   words (initial encounter, closed fracture) and the default intent "accidental" (I.C.19.e.5.b).
 *   Words that put the condition in another setting (screening, newborn, maternal, history,
 *   family) weigh 2 unless the text says so. A detail negated on one side only ("without loss of
 *   consciousness" for "with loss of consciousness") weighs 2; a later encounter (subsequent,
 *   sequela) the text did not ask for 3.
 */
const WEIGHTS: Readonly<Record<string, number>> = {
  // Generic nouns that name no particular condition ("pain syndrome" ~ "disorders").
  disease: 0.3, diseases: 0.3, disorder: 0.3, disorders: 0.3, syndrome: 0.3, condition: 0.3,
  // I.C.19.c.1: a fracture not said to be displaced or not is coded as displaced.
  displaced: 0.05, bone: 0.2, bones: 0.2,
  unspecified: 0.03, nos: 0.03, unsp: 0.03, unidentified: 0.03, initial: 0, closed: 0.02, fracture: 0.3,
  complications: 0.05, complication: 0.05, uncomplicated: 0.05, current: 0.05, injury: 0.1,
  accidental: 0.02, unintentional: 0.02,
  other: 0.2, specified: 0.2, essential: 0.15, primary: 0.15, elsewhere: 0.1, classified: 0.1, nec: 0.1,
  part: 0.15, site: 0.1, region: 0.1, body: 0.1, type: 0.3, single: 0.2, episode: 0.2, acute: 0.3, chronic: 0.4,
  right: 0.5, left: 0.5, bilateral: 0.6, unilateral: 0.3, side: 0.2, trimester: 0.1,
  stage: 0.3, through: 0.1, subsequent: 3, sequela: 3, routine: 0.2, healing: 0.2, care: 0.4,
  encounter: 2, screening: 2, newborn: 2, neonatal: 2, perinatal: 2, maternal: 2, history: 2, family: 2,
  puerperium: 2, childbirth: 2, postprocedural: 2, aftercare: 2, examination: 2, observation: 2,
};
const DEFAULT_WEIGHT = 1;
const QUIET_WEIGHT = 0.05;
const CONTRADICTION_WEIGHT = 2;
/** A word after "and" / "or" names a companion or an alternative, not a further detail. */
const CONJUNCT_WEIGHT = 0.3;
/** A number the text did not give (a stage, a range bound): a detail, but a small one. */
const NUMBER_WEIGHT = 0.3;
/** Encounter words of a 7th character ("initial encounter") are not a setting. */
const EPISODE_WORDS: ReadonlySet<string> = new Set(["initial", "subsequent"]);

/** Words that only qualify a condition (acute, left, other ...): never searched alone. */
export function isQualifier(word: string): boolean {
  return (ownValue(WEIGHTS, word) ?? DEFAULT_WEIGHT) < DEFAULT_WEIGHT;
}

/**
 * Guideline I.B.13: a bilateral condition without a bilateral code is coded for each side, so
 * "bilateral" asks for "right" and "left" too, with a little less credit than "bilateral" itself.
 */
const SIDE_CREDIT = 0.9;
const SIDES: ReadonlySet<string> = new Set(["right", "left"]);

function asks(text: PreparedText, t: TitleWord): string | undefined {
  return text.content.find((q) => sameWord(q, t.word) || (t.parts?.some((p) => sameWord(q, p)) ?? false))
    ?? (SIDES.has(t.word) && !t.negated && text.content.includes("bilateral") ? "bilateral" : undefined);
}

/** How much of one text word the title says: 1, SIDE_CREDIT for "bilateral" said by one side, else 0. */
function credit(q: string, title: readonly TitleWord[]): number {
  if (title.some((t) => sameWord(q, t.word) || (t.parts?.some((p) => sameWord(q, p)) ?? false))) return 1;
  return q === "bilateral" && title.some((t) => SIDES.has(t.word) && !t.negated) ? SIDE_CREDIT : 0;
}

function unaskedWeight(t: TitleWord, complete = false): number {
  if (t.negated || t.unspecifiedOf || t.quiet) return QUIET_WEIGHT;
  if (t.word === "encounter" && EPISODE_WORDS.has(t.previous)) return 0;
  if (/^\d/.test(t.word)) return NUMBER_WEIGHT;
  const weight = ownValue(WEIGHTS, t.word) ?? DEFAULT_WEIGHT;
  return t.conjunct || (complete && t.categoryName) ? Math.min(weight, CONJUNCT_WEIGHT) : weight;
}

/**
 * A title word the text asks for weighs nothing (a hyphenated one: its share of parts not
 * asked for), unless one side negates it and the other does
 * not (a negated title word also said plainly elsewhere in the title is no contradiction:
 * "tubal pregnancy without intrauterine pregnancy").
 */
/** A visit reason is an encounter (Index: Screening -> Encounter for screening): the word "encounter" is asked with it. */
const ENCOUNTER_REASONS: ReadonlySet<string> = new Set(["screening", "examination", "immunization", "vaccination", "supervision", "counseling", "removal", "aftercare"]);
const REASON_ENCOUNTER_WEIGHT = 0.1;

function wordWeight(text: PreparedText, t: TitleWord, title: readonly TitleWord[], complete: boolean): number {
  const asked = asks(text, t);
  if (asked === undefined && t.word === "encounter" && text.content.some((q) => ENCOUNTER_REASONS.has(q))) return REASON_ENCOUNTER_WEIGHT;
  if (asked === undefined) return unaskedWeight(t, complete);
  if (t.parts && !text.content.some((q) => sameWord(q, t.word))) {
    const unasked = t.parts.filter((p) => !text.content.some((q) => sameWord(q, p)));
    // A prefix the text does not say makes another condition ("pre-eclampsia" is not eclampsia).
    if (unasked.some((p) => MEANING_PREFIXES.has(p))) return DEFAULT_WEIGHT;
    return (unaskedWeight(t) * unasked.length) / t.parts.length;
  }
  if (t.negated === text.negated.has(asked)) return 0;
  const plainElsewhere = t.negated && title.some((o) => !o.negated && sameWord(o.word, t.word));
  return plainElsewhere ? 0 : CONTRADICTION_WEIGHT;
}

/** Hyphenated prefixes that change what the word names. */
const MEANING_PREFIXES: ReadonlySet<string> = new Set(["pre", "post", "non", "anti", "hypo", "hyper", "para", "peri", "pseudo"]);

/** titleMatch on prepared parts (the ranking prepares each text and title once). */
export function matchPrepared(text: PreparedText, title: readonly TitleWord[]): number {
  if (text.content.length === 0 || title.length === 0) return 0;
  const credits = text.content.map((q) => credit(q, title));
  const found = credits.reduce((sum, c) => sum + c, 0);
  // "<name>, unspecified" is the default code only for a text it says in full.
  const complete = found === text.content.length;
  const unasked = title.reduce((sum, t) => sum + wordWeight(text, t, title, complete), 0);
  return (found / text.content.length) / (1 + 0.25 * unasked) * placeOnlyFactor(text.content, credits);
}

/** A title that says only where (sides, sites, details) of a text that also says what. */
const PLACE_ONLY_FACTOR = 0.35;

function placeOnlyFactor(content: readonly string[], credits: readonly number[]): number {
  let what = false;
  for (let i = 0; i < content.length; i++) {
    const q = content[i] ?? "";
    if (isQualifier(q) || isSiteWord(q) || /^\d/.test(q)) continue;
    if ((credits[i] ?? 0) > 0) return 1;
    what = true;
  }
  return what ? PLACE_ONLY_FACTOR : 1;
}

export function titleMatch(text: string, title: string): number {
  return matchPrepared(prepareText(text), annotatedTitle(title));
}
