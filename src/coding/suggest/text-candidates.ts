import type { CodeHit, CodeIndex } from "../code-index.ts";
import { ICD10CM } from "../systems.ts";
import { isSiteWord } from "./body-sites.ts";
import { organVariants } from "./organ-words.ts";
import { singular } from "./word-stems.ts";
import { isQualifier, matchPrepared } from "./title-match.ts";
import { annotatedTitle, prepareText, titleWords, type TitleWord } from "./title-words.ts";

/** A text the condition is known by, and how much a match on it counts (1 = the whole name). */
export interface Reading {
  text: string;
  weight: number;
}

/** A billable ICD-10-CM code and how well it says one of the readings. */
export interface RankedCode {
  hit: CodeHit;
  score: number;
  /** The reading that matched best. */
  reading: string;
}

const LEAF_LIMIT = 200;
/** Leaves taken from a header the search names. */
const HEADER_LEAVES = 40;
/** How many of the best first-round codes have their neighbourhood (siblings, cousins) added. */
const NEIGHBOURHOODS = 8;

/** Billable descendants of a code valid on the date (depth first, code order). */
export function billableLeaves(index: CodeIndex, code: string, dateOfService?: string): CodeHit[] {
  const leaves: CodeHit[] = [];
  const stack = [code];
  while (stack.length > 0 && leaves.length < LEAF_LIMIT) {
    const entry = index.lookup(ICD10CM, stack.pop() ?? "", dateOfService);
    if (!entry) continue;
    if (entry.children.length === 0) {
      if (entry.validOnDate) leaves.push({ system: ICD10CM, code: entry.code, display: entry.display, billable: true });
    } else stack.push(...[...entry.children].reverse());
  }
  return leaves;
}

/**
 * The reading, and its shorter forms, since the index wants all words but one: each word of a
 * two-word reading, every pair of words of a longer one.
 */
function queries(reading: string): string[] {
  const words = [...new Set(titleWords(reading).map(singular))].slice(0, 6);
  if (words.length < 2) return [words[0] ?? reading];
  if (words.length === 2) return [reading, ...words.filter((w) => w.length > 3 && !isQualifier(w))];
  const pairs = words.flatMap((w, i) => words.slice(i + 1).map((v) => `${w} ${v}`));
  // The one word that says what ("wart" of "wart on left hand") is searched alone too.
  const what = words.filter((w) => w.length > 3 && !isQualifier(w) && !isSiteWord(w));
  return [reading, ...pairs, ...(what.length === 1 ? what : [])];
}

/** Billable hits of each reading and of the pairs of its words. */
export function textCandidates(index: CodeIndex, readings: readonly Reading[], dateOfService?: string): Map<string, CodeHit> {
  const found = new Map<string, CodeHit>();
  const options = { systems: [ICD10CM], dateOfService, billableOnly: true };
  const all = [...new Set(readings.flatMap((r) => [r.text, ...organVariants(r.text)].flatMap(queries)))];
  for (const query of all) {
    for (const hit of index.search(query, { ...options, limit: query.includes(" ") ? 40 : 60 })) found.set(hit.code, hit);
  }
  // Headers the readings name (often through an inclusion term, "Tennis elbow" at M77.1) give their leaves.
  for (const reading of readings) {
    for (const hit of index.search(reading.text, { ...options, billableOnly: false, limit: 8 })) {
      if (!hit.billable) for (const leaf of billableLeaves(index, hit.code, dateOfService).slice(0, HEADER_LEAVES)) found.set(leaf.code, leaf);
    }
  }
  return found;
}

/** The grandparent of a leaf (S51.812S -> S51.81), or its parent when that is the category. */
function neighbourhoodRoot(index: CodeIndex, code: string, dateOfService?: string): string | undefined {
  const parent = index.lookup(ICD10CM, code, dateOfService)?.parent;
  if (parent === undefined || parent.length <= 3) return parent;
  return index.lookup(ICD10CM, parent, dateOfService)?.parent ?? parent;
}

/**
 * Adds the neighbourhoods of the best-ranked codes: a title search finds "left forearm, sequela"
 * while the "unspecified forearm, initial encounter" leaf next to it is the one to offer.
 */
export function withNeighbourhoods(index: CodeIndex, ranked: readonly RankedCode[], candidates: Map<string, CodeHit>, dateOfService?: string): Map<string, CodeHit> {
  const roots = new Set<string>();
  for (const r of ranked) {
    if (roots.size >= NEIGHBOURHOODS) break;
    const root = neighbourhoodRoot(index, r.hit.code, dateOfService);
    if (root !== undefined) roots.add(root);
  }
  const out = new Map(candidates);
  for (const root of roots) for (const leaf of billableLeaves(index, root, dateOfService)) out.set(leaf.code, leaf);
  return out;
}

/** Inclusion terms score a little below the title itself. */
const INCLUSION_FACTOR = 0.95;

/** How a candidate's title (and any synonyms of it) is matched. */
export interface TitleSource {
  titles: Map<string, TitleWord[]>;
  /** Each code's best match, kept when the same readings rank a second round of candidates. */
  ranked?: Map<string, RankedCode | undefined>;
  /** Synonyms of a code, e.g. its inclusion terms; each is matched together with the title. */
  synonymsOf?: (hit: CodeHit) => string[];
  /**
   * Terms that name this very code as their default (a clinical term at a leaf: "osteoporosis"
   * is M81.0): matched through one, the whole title is the formal name and adds no detail.
   */
  defaultOf?: (hit: CodeHit) => readonly string[];
}

function annotated(source: TitleSource, text: string): TitleWord[] {
  let words = source.titles.get(text);
  if (!words) source.titles.set(text, (words = annotatedTitle(text)));
  return words;
}

/** The title alone, then the title with each synonym (its words found and weighed too). */
function documentsOf(hit: CodeHit, source: TitleSource): { words: TitleWord[]; factor: number }[] {
  const title = annotated(source, hit.display);
  const synonyms = source.synonymsOf?.(hit) ?? [];
  const defaults = source.defaultOf?.(hit) ?? [];
  if (synonyms.length === 0 && defaults.length === 0) return [{ words: title, factor: 1 }];
  const quiet = (words: TitleWord[]): TitleWord[] => words.map((w) => ({ ...w, quiet: true }));
  // Matched through a synonym, the title's words still tell the leaves of one header apart.
  const viaSynonyms = synonyms.map((s) => ({ words: [...quiet(annotated(source, s)), ...title], factor: INCLUSION_FACTOR }));
  const viaDefaults = defaults.map((s) => ({ words: [...quiet(annotated(source, s)), ...quiet(title)], factor: 1 }));
  return [{ words: title, factor: 1 }, ...viaSynonyms, ...viaDefaults];
}

type PreparedReading = Reading & { words: ReturnType<typeof prepareText> };

/** The candidate's best weighted match over the readings, or undefined when no word matches. */
function bestMatch(hit: CodeHit, prepared: readonly PreparedReading[], source: TitleSource): RankedCode | undefined {
  let best: RankedCode = { hit, score: 0, reading: prepared[0]?.text ?? "" };
  for (const doc of documentsOf(hit, source)) {
    for (const reading of prepared) {
      const score = doc.factor * reading.weight * matchPrepared(reading.words, doc.words);
      if (score > best.score) best = { hit, score, reading: reading.text };
    }
  }
  return best.score > 0 ? best : undefined;
}

/**
 * Candidates ranked by their best weighted match over the readings; ties: the shorter title, then
 * the code. With `source.ranked`, a code already ranked against the same readings is not matched again.
 */
export function rankByTitle(candidates: Iterable<CodeHit>, readings: readonly Reading[], source: TitleSource = { titles: new Map() }): RankedCode[] {
  const prepared = readings.map((r) => ({ ...r, words: prepareText(r.text) }));
  const ranked: RankedCode[] = [];
  for (const hit of candidates) {
    const best = source.ranked?.has(hit.code) ? source.ranked.get(hit.code) : bestMatch(hit, prepared, source);
    source.ranked?.set(hit.code, best);
    if (best) ranked.push(best);
  }
  // Equal scores: the shorter title is the more general code.
  return ranked.sort((a, b) => b.score - a.score || a.hit.display.length - b.hit.display.length || a.hit.code.localeCompare(b.hit.code));
}
