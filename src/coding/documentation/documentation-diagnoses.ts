/**
 * Diagnoses suggested from the documentation: each sentence of a note's assessment (and the
 * reason for visit) is read as the text of a condition by the diagnosis suggestions
 * (suggest-diagnoses.ts), so uncertain wording ("likely strep throat") gives the signs and
 * symptoms the sentence names, not the condition (guideline IV.H). Each suggestion keeps the
 * sentence it came from.
 */
import type { CodeableConcept } from "fhir/r4";
import { isUncertain } from "../suggest/index.ts";

/** A sentence of one source (a note, a report, the reason for visit), by offsets in that source's text. */
export interface SourceSentence {
  /** Which source: the key the Documentation region shows it under. */
  sourceKey: string;
  text: string;
  start: number;
  end: number;
  /** A coded reason (Encounter.reasonCode, a reason Condition's code): its codes are offered first. */
  code?: CodeableConcept;
}

/** The part of a suggestion this needs (DiagnosisSuggestion, or the worker's view of it). */
export interface SentenceSuggestion {
  coding: { code?: string; display?: string };
  score: number;
  reason: string;
}

export interface DocumentationDiagnosis {
  code: string;
  display: string;
  score: number;
  /** Plain words: why it is offered. */
  reason: string;
  source: SourceSentence;
  /** The sentence called the diagnosis uncertain: the code is a sign or symptom it names. */
  uncertain: boolean;
}

/** Below this a sentence's match is too weak to offer (plan lines, measurements, narrative). */
export const DOCUMENTATION_THRESHOLD = 0.5;

/** Plan and order sentences name what is done, not a diagnosis. */
const PLAN_SENTENCE =
  /^(continue[sd]?|cont\.?|start(ed)?|begin|increase[sd]?|decrease[sd]?|reduce[sd]?|stop(ped)?|discontinue[sd]?|hold|resume[sd]?|refill(ed)?|add|added|order(ed)?|check(ed)?|recheck|repeat|obtain(ed)?|refer(red)?|referral|follow[- ]?up|f\/u|return|rtc|schedule[sd]?|counsel(l?ed)?|discussed|advised|educated|reviewed|will|encourage[sd]?|prescribe[sd]?|give|given|administered|rx|monitor(ed)?|consider|labs?|plan|next|patient (was )?(given|advised|counsel(l?ed)?)|see|signed)\b/i;

/** A sentence that ends on what is done ("Diabetic eye exam referral placed.", "Low-sodium diet."). */
const PLAN_ENDING = /\b(diet|exercise|referral|ordered|pending|placed|reviewed|scheduled|drawn|sent|given|done|recommended|discussed)\W*$/i;
/** A sentence that says what is absent ("No signs of pneumonia.", "Denies chest pain."). */
const NEGATED = /^(no|not|none|denies|denied|negative|without|absent|ruled out|free of|resolved)\b/i;

/** True when the sentence should be read for a diagnosis. */
export function isDiagnosisSentence(text: string): boolean {
  const trimmed = text.trim();
  return !PLAN_SENTENCE.test(trimmed) && !PLAN_ENDING.test(trimmed) && !NEGATED.test(trimmed) && /[A-Za-z]{3}/.test(trimmed);
}

/** Below this the sentence's leading clause is read too ("Essential hypertension, above goal."). */
export const RETRY_BELOW = 0.6;

/** The sentence up to its first comma, semicolon, colon or full stop; undefined when that is the whole sentence. */
export function leadingClause(text: string): string | undefined {
  const head = text.split(/[,;:]|\.(?=\s)/)[0]?.trim().replace(/\.$/, "") ?? "";
  return head !== "" && head !== text.trim().replace(/\.$/, "") && /[A-Za-z]{3}/.test(head) ? head : undefined;
}

/** The sentence's suggestions, or its leading clause's when the sentence matched weakly and the clause better. */
export function betterReading<T extends SentenceSuggestion>(sentence: readonly T[], clause: readonly T[] | undefined): readonly T[] {
  const best = (list: readonly T[] | undefined) => list?.[0]?.score ?? 0;
  return clause && best(sentence) < RETRY_BELOW && best(clause) > best(sentence) ? clause : sentence;
}

const IV_H = "uncertain wording: the signs and symptoms it names, not the condition (guideline IV.H)";

/**
 * One suggestion per sentence (its best, when strong enough), each code once (its first
 * sentence), in the order of the sentences. `suggestions[i]` are the ranked suggestions of
 * `sentences[i]`.
 */
export function pickDocumentationDiagnoses(sentences: readonly SourceSentence[], suggestions: readonly (readonly SentenceSuggestion[])[]): DocumentationDiagnosis[] {
  const picked: DocumentationDiagnosis[] = [];
  const seen = new Set<string>();
  sentences.forEach((source, i) => {
    const best = suggestions[i]?.[0];
    const code = best?.coding.code;
    if (!best || !code || best.score < DOCUMENTATION_THRESHOLD || seen.has(code)) return;
    seen.add(code);
    const uncertain = isUncertain(source.text);
    picked.push({ code, display: best.coding.display ?? code, score: best.score, reason: uncertain ? `${best.reason}; ${IV_H}` : best.reason, source, uncertain });
  });
  return picked;
}

/** Suggestions for one sentence (its text, with a coded reason's codes). */
export type SuggestForSentence = (sentence: SourceSentence) => Promise<readonly SentenceSuggestion[]> | readonly SentenceSuggestion[];

/**
 * The diagnoses the sentences suggest: each sentence read as written and, when that matched
 * weakly, by its leading clause; then one per sentence, each code once (pickDocumentationDiagnoses).
 */
export async function documentationDiagnoses(sentences: readonly SourceSentence[], suggest: SuggestForSentence): Promise<DocumentationDiagnosis[]> {
  const read = async (sentence: SourceSentence) => {
    const full = await suggest(sentence);
    const clause = leadingClause(sentence.text);
    if (!clause || (full[0]?.score ?? 0) >= RETRY_BELOW) return full;
    return betterReading(full, await suggest({ ...sentence, text: clause }));
  };
  return pickDocumentationDiagnoses(sentences, await Promise.all(sentences.map(read)));
}
