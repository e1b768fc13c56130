/**
 * ICD-10-CM suggestions for a Condition. The pipeline:
 * 1. Codes: an ICD-10-CM coding (FHIR URI or OID, with or without the dot) valid on the date of
 *    service is offered first (score 1); a header offers its billable leaves (0.6-0.95), closest
 *    to the condition's words first; a code not valid on the date is named in the other reasons.
 * 2. Readings (clinical-phrases.ts): Condition.code.text and every coding display, SNOMED
 *    semantic tags stripped, each read as written and as a coder would read it (abbreviations,
 *    Alphabetic-Index-style synonyms, "diabetes" without a type = type 2, "diabetic X" = diabetes
 *    with X); a dash-separated SNOMED name also by its parts, weighted 0.85.
 * 3. Candidates (text-candidates.ts): billable index hits of each reading and of its shorter forms,
 *    the leaves of the codes its clinical terms name (clinical-terms.ts: "water on the knee" is
 *    M25.46-, and the term is a synonym of those leaves), plus the neighbourhood (siblings and
 *    cousins) of the best first-round hits, where the unspecified-side, initial-encounter leaf
 *    usually sits.
 *    Uncertain diagnoses ("likely", "rule out" ...) are cut out first (uncertain-diagnoses.ts).
 * 4. Ranking (title-match.ts): coverage of the reading's words x specificity of the title
 *    (unasked details cost, defaults are free), times 0.9. Ties: the shorter title, then by code.
 */
import type { Coding, Condition } from "fhir/r4";
import type { CodeIndex } from "../code-index.ts";
import { ICD10CM } from "../systems.ts";
import { normalizePhrase, phraseReadings, shorthandReading } from "./clinical-phrases.ts";
import { complicatingCategory, pregnancyReading } from "./pregnancy-complications.ts";
import { inclusionTermsOf } from "./inclusion-terms.ts";
import { clinicalTermTable } from "./clinical-term-table.ts";
import { findTerms, readingsThroughTerms } from "./clinical-terms.ts";
import { withLookupCache } from "./lookup-cache.ts";
import { conditionIcd10CmCodes, conditionTexts } from "./condition-terms.ts";
import { isUncertain, withoutUncertainDiagnoses } from "./uncertain-diagnoses.ts";
import { billableLeaves, rankByTitle, textCandidates, withNeighbourhoods, type RankedCode, type Reading, type TitleSource } from "./text-candidates.ts";

export interface DiagnosisSuggestion {
  /** ICD-10-CM, code with the dot, display from the code set. */
  coding: Coding;
  /** 0..1: 1 = the condition's own valid code; text matches stay below 0.9. */
  score: number;
  /** Plain words: why this code is offered. */
  reason: string;
}

export interface SuggestOptions {
  /** YYYY-MM-DD: picks the fiscal-year code set. */
  dateOfService?: string;
  /** Injury episode from the encounter context; words of the 7th character. Default: the text decides, else initial. */
  episode?: "initial" | "subsequent" | "sequela";
  /** Default 10. */
  limit?: number;
}

const DEFAULT_LIMIT = 10;

function suggestion(code: string, display: string, score: number, reason: string): DiagnosisSuggestion {
  return { coding: { system: ICD10CM, code, display }, score: Math.round(score * 1000) / 1000, reason };
}

/** A later injury episode adds its 7th-character words to every reading. */
function withEpisode(readings: Reading[], episode: SuggestOptions["episode"]): Reading[] {
  return episode && episode !== "initial" ? readings.map((r) => ({ ...r, text: `${r.text} ${episode} encounter` })) : readings;
}

/** The code a clinical term names, or the category of an unspecified leaf ("bcc" is C44.91; "of nose" picks C44.311). */
function termRoot(index: CodeIndex, code: string, date?: string): string {
  const entry = index.lookup(ICD10CM, code, date);
  return entry && entry.children.length === 0 && /\bunspecified\b/i.test(entry.display) ? code.slice(0, 3) : code;
}

/** Billable codes ranked against the readings: index hits, then their neighbourhoods. */
function rankedFromText(index: CodeIndex, texts: string[], written: Reading[], episode: SuggestOptions["episode"], date?: string): RankedCode[] {
  // Clinical terms are found in the text as written, not in its rewrites: both as typed
  // ("posterior MI" is a term) and with the shorthand spelled out ("s/p" is "status post").
  const forms = [...new Set(texts.flatMap((text) => [normalizePhrase(text), shorthandReading(text)]))];
  const spoken = withEpisode(forms.map((text) => ({ text, weight: 1 })), episode);
  const table = clinicalTermTable();
  const readings = [...written, ...readingsThroughTerms(table, spoken, (code) => index.lookup(ICD10CM, code, date)?.display)];
  const candidates = textCandidates(index, written, date);
  const clinical = findTerms(table, spoken.map((r) => r.text));
  // A term's code offers its leaves; a leaf, its category's (the sibling at the site the text names).
  for (const code of clinical.keys()) for (const leaf of billableLeaves(index, termRoot(index, code, date), date)) candidates.set(leaf.code, leaf);
  const terms = new Map<string, string[]>();
  const source: TitleSource = {
    titles: new Map(), ranked: new Map(),
    synonymsOf: (hit) => inclusionTermsOf(index, hit.code, date, terms, clinical),
    defaultOf: (hit) => clinical.get(hit.code) ?? [],
  };
  const first = rankByTitle(candidates.values(), readings, source);
  return rankByTitle(withNeighbourhoods(index, first, candidates, date).values(), readings, source);
}

/** The "complicating pregnancy" code counts a little less than its condition's own match. */
const PREGNANCY_ROUTE_FACTOR = 0.95;
/** The condition must be said well ("normal pregnancy" names no condition outside chapter 15). */
const CONDITION_MATCH = 0.7;

/** For a text about pregnancy: the O98/O99 leaf of its condition's chapter, with the trimester. */
function fromPregnancy(index: CodeIndex, texts: string[], date?: string): DiagnosisSuggestion[] {
  const reading = texts.map(pregnancyReading).find((r) => r !== undefined);
  if (!reading) return [];
  const condition = rankedFromText(index, [reading.condition], phraseReadings(reading.condition), undefined, date)[0];
  const category = condition && condition.score >= CONDITION_MATCH && !condition.hit.code.startsWith("O") ? complicatingCategory(condition.hit) : undefined;
  if (!condition || !category) return [];
  const leaves = billableLeaves(index, category, date);
  const leaf = rankByTitle(leaves, [{ text: `complicating pregnancy ${reading.trimester}`, weight: 1 }])[0];
  if (!leaf) return [];
  const reason = `${condition.hit.display} in pregnancy: chapter 15 first (guideline I.C.15.a.1)`;
  return [suggestion(leaf.hit.code, leaf.hit.display, 0.9 * PREGNANCY_ROUTE_FACTOR * condition.score, reason)];
}

/** Guideline I.C.20: an external cause code (V00-Y99) is never listed first; it follows the injury it explains. */
const EXTERNAL_CAUSE = /^[VWXY]/;
const EXTERNAL_CAUSE_FACTOR = 0.6;

function fromText(ranked: RankedCode[], note: string): DiagnosisSuggestion[] {
  return ranked.map((r) => {
    const score = 0.9 * r.score * (EXTERNAL_CAUSE.test(r.hit.code) ? EXTERNAL_CAUSE_FACTOR : 1);
    return suggestion(r.hit.code, r.hit.display, score, `matched '${r.reading}'${note}`);
  });
}

/**
 * A header's billable leaves, closest to the condition's words first (the header's own title
 * stands in when the condition has no words), then the rest in code order.
 */
function fromHeader(index: CodeIndex, header: { code: string; display: string }, readings: Reading[], options: SuggestOptions): DiagnosisSuggestion[] {
  const leaves = billableLeaves(index, header.code, options.dateOfService);
  const own = withEpisode([{ text: header.display, weight: 1 }], options.episode);
  const ranked = rankByTitle(leaves, readings.length > 0 ? readings : own);
  const rankedCodes = new Set(ranked.map((r) => r.hit.code));
  const order = [...ranked, ...leaves.filter((hit) => !rankedCodes.has(hit.code)).map((hit) => ({ hit, score: 0 }))];
  return order.map(({ hit, score }) => suggestion(hit.code, hit.display, 0.6 + 0.35 * score, `header ${header.code}: pick a billable child`));
}

interface FromCodes {
  suggestions: DiagnosisSuggestion[];
  /** Codes on the condition that cannot be used on the date (unknown, or not in that year's code set). */
  unusable: string[];
}

/** The condition's own ICD-10-CM codes: taken when valid on the date; a header offers its leaves. */
function fromCodes(condition: Condition, index: CodeIndex, readings: Reading[], options: SuggestOptions): FromCodes {
  const result: FromCodes = { suggestions: [], unusable: [] };
  for (const code of conditionIcd10CmCodes(condition)) {
    const entry = index.lookup(ICD10CM, code, options.dateOfService);
    if (entry && entry.children.length > 0) result.suggestions.push(...fromHeader(index, entry, readings, options));
    else if (entry?.validOnDate) result.suggestions.push(suggestion(entry.code, entry.display, 1, "ICD-10-CM code on the condition"));
    else result.unusable.push(code);
  }
  return result;
}

function unusableNote(codes: string[], date?: string): string {
  if (codes.length === 0) return "";
  return `; the condition's ${codes.join(", ")} is not a valid code${date ? ` on ${date}` : ""}`;
}

/**
 * The condition's texts with uncertain diagnoses cut out (guideline IV.H). When Condition.code.text
 * calls the diagnosis uncertain, its codings name that uncertain diagnosis: their displays (and,
 * in suggestDiagnoses, their codes) are not offered; the symptoms the text names still are.
 */
function certainTexts(condition: Condition): string[] {
  const texts = conditionTexts(condition);
  const uncertain = isUncertain(condition.code?.text ?? "");
  const kept = uncertain ? texts.slice(0, condition.code?.text ? 1 : 0) : texts;
  return kept.map(withoutUncertainDiagnoses).filter((text) => text !== "");
}

/**
 * Ranked ICD-10-CM suggestions for one Condition, best first, without repeats: its own valid
 * ICD-10-CM code(s) first, then billable codes matched from its text and coding displays.
 * Pure: the code index is handed in; no clock (the date of service comes in).
 */
export function suggestDiagnoses(condition: Condition, codeIndex: CodeIndex, options: SuggestOptions = {}): DiagnosisSuggestion[] {
  const index = withLookupCache(codeIndex);
  const date = options.dateOfService;
  const texts = certainTexts(condition);
  const readings = withEpisode(texts.flatMap(phraseReadings), options.episode);
  const coded = isUncertain(condition.code?.text ?? "") ? { suggestions: [], unusable: [] } : fromCodes(condition, index, readings, options);
  const note = unusableNote(coded.unusable, date);
  const textual = readings.length > 0 ? fromText(rankedFromText(index, texts, readings, options.episode, date), note) : [];
  textual.push(...fromPregnancy(index, texts, date));
  textual.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const merged = [...coded.suggestions, ...textual].filter((s) => {
    const code = s.coding.code ?? "";
    if (seen.has(code)) return false;
    seen.add(code);
    return true;
  });
  return merged.slice(0, options.limit ?? DEFAULT_LIMIT);
}
