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
 *   A negated detail the text does state ("without loss of consciousness" for a text "with loss
 *   of consciousness") weighs 2; a later encounter (subsequent, sequela) the text did not ask for 3.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "the", "of", "in", "to", "on", "at", "by", "or", "for", "due", "with", "as", "from", "w", "associated", "mellitus"]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "without", "no"]);

const WEIGHTS: Readonly<Record<string, number>> = {
  unspecified: 0.03, nos: 0.03, unsp: 0.03, initial: 0, encounter: 0, closed: 0.02, fracture: 0.3,
  complications: 0.05, complication: 0.05, uncomplicated: 0.05, current: 0.05, injury: 0.1,
  accidental: 0.02, unintentional: 0.02,
  other: 0.2, specified: 0.2, essential: 0.15, primary: 0.15, elsewhere: 0.1, classified: 0.1, nec: 0.1,
  part: 0.15, site: 0.1, region: 0.1, body: 0.1, type: 0.3, single: 0.2, episode: 0.2, acute: 0.3, chronic: 0.4,
  right: 0.5, left: 0.5, bilateral: 0.6, unilateral: 0.3, side: 0.2, trimester: 0.1,
  subsequent: 3, sequela: 3, routine: 0.2, healing: 0.2, care: 0.4,
};
const DEFAULT_WEIGHT = 1;
const QUIET_WEIGHT = 0.05;
const CONTRADICTION_WEIGHT = 2;

interface TitleWord {
  word: string;
  /** Follows a negation ("not", "without") in the same clause. */
  negated: boolean;
  /** Follows "unspecified" directly ("unspecified ankle"). */
  unspecifiedOf: boolean;
}

/** Content words: lower case, hyphenated words joined, stop words dropped. */
export function titleWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/['\u2019]/g, "").replace(/(\w)-(\w)/g, "$1$2");
  return lower.split(/[^a-z0-9]+/).filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** Words that end a negation's reach: "without foreign body of forearm" negates foreign body only. */
const SCOPE_ENDS: ReadonlySet<string> = new Set(["of", "at", "in", "with", "due", "to", "on", "and"]);

/**
 * Title words with their role: a negation reaches to the next preposition, comma or
 * parenthesis; "unspecified" qualifies the next word when that word ends its phrase
 * ("unspecified ankle", "unspecified ligament of ...", not "unspecified maternal hypertension").
 */
function annotatedTitle(title: string): TitleWord[] {
  const out: TitleWord[] = [];
  const lower = title.toLowerCase().replace(/['\u2019]/g, "").replace(/(\w)-(\w)/g, "$1$2");
  for (const clause of lower.split(/[,()[\]]/)) {
    const words = clause.split(/[^a-z0-9]+/).filter((w) => w !== "");
    let negated = false;
    words.forEach((word, i) => {
      if (SCOPE_ENDS.has(word)) negated = false;
      if (NEGATIONS.has(word)) negated = true;
      else if (!STOP_WORDS.has(word)) {
        const next = words[i + 1];
        const unspecifiedOf = words[i - 1] === "unspecified" && (next === undefined || SCOPE_ENDS.has(next));
        out.push({ word, negated, unspecifiedOf });
      }
    });
  }
  return out;
}

/** Two forms of one word: a long shared beginning (diabet-ic/-es, fracture-s), or equal. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b) || Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(4, Math.min(a.length, b.length) - 2);
}

function wordWeight(t: TitleWord, asked: boolean, textNegates: boolean): number {
  if (t.negated) return asked && !textNegates ? CONTRADICTION_WEIGHT : asked ? 0 : QUIET_WEIGHT;
  if (asked) return 0;
  if (t.unspecifiedOf) return QUIET_WEIGHT;
  return WEIGHTS[t.word] ?? DEFAULT_WEIGHT;
}

export function titleMatch(text: string, title: string): number {
  const textTokens = [...new Set(titleWords(text))];
  const textNegates = textTokens.some((w) => NEGATIONS.has(w));
  const content = textTokens.filter((w) => !NEGATIONS.has(w));
  const annotated = annotatedTitle(title);
  if (content.length === 0 || annotated.length === 0) return 0;
  const found = content.filter((q) => annotated.some((t) => sameWord(q, t.word))).length;
  const unasked = annotated.reduce((sum, t) => sum + wordWeight(t, content.some((q) => sameWord(q, t.word)), textNegates), 0);
  return (found / content.length) / (1 + 0.25 * unasked);
}
