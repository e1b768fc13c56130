/**
 * The sections and sentences of a clinical note's text, with their offsets in that text, so a
 * suggestion can point at the sentence it came from. A section starts at a heading line: a known
 * note heading ("Assessment and Plan:", "A/P", "IMPRESSION", "Plan: continue …") on a line of its
 * own or followed by text. Only known headings start a section, so "Hypertension: above goal"
 * inside the assessment stays part of it.
 */

export interface NoteSection {
  /** The heading as written, without the colon ("" for text before the first heading). */
  heading: string;
  kind: SectionKind;
  /** Offsets of the section's body (after the heading) in the note's text. */
  start: number;
  end: number;
}

export type SectionKind = "assessment" | "plan" | "other";

export interface NoteSentence {
  text: string;
  /** Offsets in the note's text: text === note.slice(start, end). */
  start: number;
  end: number;
}

const ASSESSMENT = /^(assessment(\s*(and|&|\/)\s*plan)?|a\s*\/\s*p|a\s*&\s*p|impression(\s*(and|&|\/)\s*plan)?|clinical impression|(final |working |discharge )?diagnos[ie]s|problems? addressed)$/i;
const PLAN = /^(plan|plan of care|treatment plan)$/i;
const OTHER =
  /^(subjective|objective|chief complaint|cc|hpi|history( of present(ing)? illness)?|interval history|ros|review of systems|(physical )?exam(ination)?|pe|vitals?|vital signs|labs?|results|data( reviewed)?|medications?|meds|current medications|allergies|pmh|past medical history|past surgical history|psh|social history|family history|procedures?|immunizations?|orders|follow[- ]?up|disposition|(patient )?instructions|counsel(l)?ing|reason for visit|findings|technique|comparison|indication|signed|electronically signed( by)?|attestation)$/i;

/** A heading at the start of a line: "Label:" (text may follow) or the label alone on its line. */
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]*)?([A-Za-z][A-Za-z &/'-]{0,40}?)[ \t]*(:[ \t]*|$)/;

function kindOf(label: string): SectionKind | undefined {
  const words = label.trim().replace(/\s+/g, " ");
  if (ASSESSMENT.test(words)) return "assessment";
  if (PLAN.test(words)) return "plan";
  return OTHER.test(words) ? "other" : undefined;
}

interface Line { text: string; start: number }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** The note's sections in order; text before the first heading is an "other" section without a heading. */
export function noteSections(text: string): NoteSection[] {
  const sections: NoteSection[] = [{ heading: "", kind: "other", start: 0, end: text.length }];
  for (const line of linesOf(text)) {
    const match = HEADING_LINE.exec(line.text);
    const label = match?.[1];
    const kind = label ? kindOf(label) : undefined;
    if (!match || !label || !kind) continue;
    const previous = sections[sections.length - 1];
    if (previous) previous.end = line.start;
    sections.push({ heading: label.trim(), kind, start: line.start + match[0].length, end: text.length });
  }
  return sections.filter((s) => s.heading !== "" || s.end > s.start);
}

/** A list marker at the start of a line: "1.", "2)", "-", "*", "•", "#", "a.". */
const LIST_MARKER = /^[ \t]*(?:\d{1,2}[.)]|[-*•#]|[a-z][.)])[ \t]+/;
/** Words that end with a period without ending the sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:dr|mr|mrs|ms|vs|e\.g|i\.e|etc|approx|hx|pt|st|no|fig|wk|wks|mo|yr|yrs|min|hr|hrs|b\.i\.d|t\.i\.d|q\.d|p\.o|[a-z])\.$/i;

/** The sentences of one line (list marker dropped), with offsets from `offset`. */
function lineSentences(line: string, offset: number): NoteSentence[] {
  const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
  const sentences: NoteSentence[] = [];
  let from = marker;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[A-Za-z]/.test(trimmed)) sentences.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
    from = to;
  };
  // A sentence ends before a capital, a digit or a word with a capital inside ("eGFR").
  for (const end of line.matchAll(/[.!?](?=\s+(?:[A-Z0-9("']|[a-z]+[A-Z]))/g)) {
    const at = end.index + 1;
    if (ABBREVIATION.test(line.slice(from, at))) continue;
    push(at);
  }
  push(line.length);
  return sentences;
}

/** The sentences of a part of the text (one per line at least; a line may hold several). */
export function sentencesIn(text: string, start = 0, end = text.length): NoteSentence[] {
  return linesOf(text.slice(start, end)).flatMap((line) => lineSentences(line.text, start + line.start));
}

/**
 * The sentences of the note's assessment (or assessment and plan). A note with an assessment
 * and a separate plan gives its assessment only; a note whose only such section is a plan gives
 * the plan. A note without either gives nothing.
 */
export function assessmentSentences(text: string): NoteSentence[] {
  const sections = noteSections(text);
  const assessment = sections.filter((s) => s.kind === "assessment");
  const chosen = assessment.length > 0 ? assessment : sections.filter((s) => s.kind === "plan");
  return chosen.flatMap((s) => sentencesIn(text, s.start, s.end));
}
