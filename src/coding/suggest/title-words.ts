/**
 * Words of condition texts and ICD-10-CM titles as the title matcher sees them: lower case,
 * stop words dropped, each word marked when a negation ("not", "without") reaches it.
 * A negation reaches to the next preposition, comma or parenthesis: "without foreign body of
 * forearm" negates "foreign body" only. Hyphenated title words keep their parts
 * ("attention-deficit" is found by "attention deficit" and by "attentiondeficit").
 */
import { sameOrgan } from "./organ-words.ts";
import { sameStem } from "./word-stems.ts";

const STOP_WORDS: ReadonlySet<string> = new Set(["a", "an", "and", "the", "of", "in", "to", "on", "at", "by", "or", "for", "due", "with", "as", "from", "w", "associated", "mellitus"]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "without", "no", "except"]);
/** "Viral wart, unspecified", "Angina pectoris, unspecified". */
const UNSPECIFIED_CODE = /,\s*unspecified(\s*,\s*(not|without)\b[^,]*)*\s*$/i;
/** A list the title closes with "and" / "or" (", mood disturbance, and anxiety"): a negation before it reaches it all. */
const CLOSED_LIST = /,\s*(and|or)\s/i;
/**
 * "Non-" forms that are the Alphabetic Index default when the text says neither ("aortic
 * stenosis" is nonrheumatic I35.0, "goiter" nontoxic E04.9): read as negated words.
 */
const DEFAULT_NON_FORMS: ReadonlySet<string> = new Set(["nonrheumatic", "nontraumatic", "nontoxic", "noninfective", "noninfectious", "nonspecific", "nonpyogenic", "nonallergic", "nonfamilial"]);
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or"]);
/** How many content words after "and" / "or" are its conjunct. */
const CONJUNCT_SPAN = 3;
/** The 7th-character and trimester words a negation never reaches ("without foreign body subsequent encounter"). */
const EPISODE_WORDS: ReadonlySet<string> = new Set(["initial", "subsequent", "sequela", "trimester", "first", "second", "third"]);
/** Axis words a negation reaches only right after it ("not intractable"; "without aura intractable" negates aura alone). */
const DETAIL_WORDS: ReadonlySet<string> = new Set(["intractable", "right", "left", "bilateral", "unilateral"]);
const SCOPE_ENDS: ReadonlySet<string> = new Set(["of", "at", "in", "with", "due", "to", "on"]);

export interface TitleWord {
  word: string;
  /** The pieces of a hyphenated word ("gastro", "esophageal"). */
  parts?: string[];
  negated: boolean;
  /**
   * "unspecified" qualifies it and it ends its phrase ("unspecified ankle", "unspecified ligament
   * of"), or the title makes it optional ("complete or unspecified").
   */
  unspecifiedOf: boolean;
  /** The word before it in the title (stop words included): "right" in "right ear". */
  previous: string;
  /** One of the first words after "and" / "or": an alternative or a companion site ("liver and intrahepatic bile duct"). */
  conjunct?: boolean;
  /**
   * A word of "<category name>, unspecified": the title of the code for the category when the
   * documentation says no more (guideline I.B.18), so its name words are no added detail.
   */
  categoryName?: boolean;
  /** Nonessential: in ( ) or [ ] of a title, or a word of a synonym; adds no detail when not asked for. */
  quiet?: boolean;
}

/** A condition text prepared once for matching against many titles. */
export interface PreparedText {
  content: string[];
  /** Content words a negation in the text reaches ("migraine without aura" -> aura). */
  negated: Set<string>;
}

function rawWords(clause: string): string[] {
  return clause.replace(/['\u2019]/g, "").split(/[^a-z0-9-]+/).filter((w) => w !== "" && w !== "-");
}

/** Content words of a text (hyphenated words joined). */
export function titleWords(text: string): string[] {
  return rawWords(text.toLowerCase()).map((w) => w.replace(/-/g, "")).filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** Annotates one clause; returns whether a negation still reaches its end. */
function annotateClause(words: readonly string[], out: TitleWord[], carried: boolean): boolean {
  // "Unspecified dementia, ...": a title's opening "unspecified" leaves its condition a condition.
  const opening = out.length === 0 && words[0] === "unspecified" ? 1 : -1;
  let negated = carried && !SCOPE_ENDS.has(words[0] ?? "");
  let conjunctLeft = 0;
  // "unspecified as acute or chronic", "unspecified as to partial versus complete": the rest of the clause is the default.
  let unspecifiedAs = false;
  words.forEach((raw, i) => {
    const word = raw.replace(/-/g, "");
    // "not in remission", "without mention of back pain": a preposition right after the negation is inside its scope.
    if (SCOPE_ENDS.has(word) && !NEGATIONS.has(words[i - 1] ?? "") && words[i - 1] !== "mention") { negated = false; conjunctLeft = 0; }
    if (EPISODE_WORDS.has(word) || (DETAIL_WORDS.has(word) && !NEGATIONS.has(words[i - 1] ?? ""))) negated = false;
    if (word === "unspecified" && words[i + 1] === "as") unspecifiedAs = true;
    if (CONJUNCTIONS.has(word)) conjunctLeft = CONJUNCT_SPAN;
    if (NEGATIONS.has(word)) { negated = true; return; }
    if (word === "" || STOP_WORDS.has(word)) return;
    const next = words[i + 1];
    const previous = (words[i - 1] ?? "").replace(/-/g, "");
    const unspecifiedOf = unspecifiedAs || (previous === "unspecified" && i !== opening && (next === undefined || SCOPE_ENDS.has(next)))
      || (next === "or" && words[i + 2] === "unspecified");
    const parts = raw.includes("-") ? raw.split("-").filter((p) => p !== "") : undefined;
    const conjunct = conjunctLeft > 0;
    conjunctLeft = Math.max(0, conjunctLeft - 1);
    const annotated: TitleWord = { word, negated: negated || DEFAULT_NON_FORMS.has(word), unspecifiedOf, previous, ...(conjunct ? { conjunct } : {}) };
    out.push(parts ? { ...annotated, parts } : annotated);
  });
  return negated;
}

/**
 * Title words, clause by clause. A clause that is a negation ("without behavioral disturbance")
 * carries it over the list that follows (", psychotic disturbance, and anxiety").
 */
export function annotatedTitle(title: string): TitleWord[] {
  const out: TitleWord[] = [];
  let carried = false;
  let depth = 0;
  const listCloses = CLOSED_LIST.test(title);
  for (const piece of title.toLowerCase().match(/[,()[\]]|[^,()[\]]+/g) ?? []) {
    if (piece === "(" || piece === "[") depth++;
    else if (piece === ")" || piece === "]") depth = Math.max(0, depth - 1);
    if (/^[,()[\]]$/.test(piece)) continue;
    const words = rawWords(piece);
    const start = out.length;
    const endsNegated = annotateClause(words, out, carried);
    // ICD-10-CM convention I.A.7: ( ) enclose nonessential modifiers, [ ] synonyms and explanations.
    if (depth > 0) for (let i = start; i < out.length; i++) out[i] = { ...(out[i] as TitleWord), quiet: true };
    carried = listCloses && (carried || NEGATIONS.has(words[0] ?? "")) && endsNegated;
  }
  return UNSPECIFIED_CODE.test(title) ? withCategoryName(title, out) : out;
}

/**
 * Marks the name of "<name>[ of/with ...], ..., unspecified": the words of the first clause
 * before its first preposition or negation.
 */
function withCategoryName(title: string, words: TitleWord[]): TitleWord[] {
  const clause = rawWords((title.toLowerCase().split(",")[0] ?? "").replace(/[()[\]]/g, " "));
  const end = clause.findIndex((w) => SCOPE_ENDS.has(w) || NEGATIONS.has(w));
  const name: TitleWord[] = [];
  annotateClause(end < 0 ? clause : clause.slice(0, end), name, false);
  return words.map((w, i) => (i < name.length ? { ...w, categoryName: true } : w));
}

export function prepareText(text: string): PreparedText {
  const words = annotatedTitle(text);
  return { content: [...new Set(words.map((w) => w.word))], negated: new Set(words.filter((w) => w.negated).map((w) => w.word)) };
}

/** Two forms of one word: a long shared beginning (diabet-ic/-es, fracture-s), one organ (renal, kidney), or equal. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Every rule below but the organs' needs the same first two letters: the common case ends here.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(1) !== b.charCodeAt(1)) return sameOrgan(a, b);
  if (pluralOf(a, b) || pluralOf(b, a) || sameOrgan(a, b)) return true;
  if (/^\d/.test(a)) return false;
  if (Math.abs(a.length - b.length) > 2) return sameStem(a, b) || wholePrefix(a, b);
  // Two different words of one length are not forms of one word ("lives", "liver"; "heart", "hears").
  if (a.length === b.length && a.length <= 5) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(4, Math.min(a.length, b.length) - 2);
}

/** "tics" of "tic". */
function pluralOf(a: string, b: string): boolean {
  return a.length === b.length + 1 && a.endsWith("s") && a.startsWith(b);
}

/** Adjective endings that leave the noun whole: "diet-ary", "pain-ful", "vascul-ar" is not one. */
const ADJECTIVE_ENDINGS = /^(ary|ful|ous|ial|ive|ic)$/;

/** A noun of four or more letters and its adjective ("diet", "dietary"; "pain", "painful"). */
function wholePrefix(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && ADJECTIVE_ENDINGS.test(long.slice(short.length));
}
