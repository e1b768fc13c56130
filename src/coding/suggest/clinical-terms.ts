/**
 * Clinical terms: what clinicians and patients write -> an ICD-10-CM code or header, a
 * hand-written stand-in for the Alphabetic Index (the Index is not in the code set files).
 * The tables (index-terms/*.txt) hold one code a line: `I10 | high blood pressure; htn`; a line
 * that begins with "#" is a comment. scripts/build-clinical-terms.ts parses them once into the
 * artifact the app loads (clinical-terms-artifact.ts).
 * A term is found in a reading when every content word of it is there, in any order, singular
 * or plural, and no negation reaches one ("no chest pain" does not find chest pain). A header's
 * leaves are then ranked by the rest of the text (side, episode, trimester).
 */
import type { Reading } from "./text-candidates.ts";
import { prepareText, titleWords } from "./title-words.ts";
import { singular } from "./word-stems.ts";

export interface TermEntry {
  code: string;
  term: string;
  /** Content words, singular, without repeats; the first is the table's key. */
  words: readonly string[];
}

/** An entry as read from a table: where it was written. */
export interface ParsedTerm extends TermEntry {
  table: string;
  /** 1-based line of the table. */
  line: number;
}

export interface TermTable {
  /** The entries whose first content word is `word`, in table order. */
  entriesOf(word: string): readonly TermEntry[];
  /** Every first content word, in the order first written. */
  firstWords(): Iterable<string>;
  /** How many codes and terms the table holds. */
  codes: number;
  terms: number;
}

/** A line of a table that is not a code and its terms: names the table and the line. */
export class TermTableError extends Error {
  constructor(readonly table: string, readonly line: number, problem: string) {
    super(`Clinical terms ${table}: ${problem} (line ${line})`);
    this.name = "TermTableError";
  }
}

const LINE = /^([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?) \| (.+)$/;
const TERM = /^[a-z0-9][a-z0-9' -]*$/;

/** Content words, singular; a hyphen parts words as the text's normalization does ("drug-induced"). */
function contentWords(text: string): string[] {
  return [...new Set(titleWords(text.replace(/-/g, " ")).map(singular))];
}

function parseLine(text: string, table: string, line: number): ParsedTerm[] {
  const match = LINE.exec(text);
  if (!match) throw new TermTableError(table, line, `"${text}" is not "<ICD-10-CM code> | term; term"`);
  const [, code = "", list = ""] = match;
  return list.split(";").map((raw) => {
    const term = raw.trim();
    const words = contentWords(term);
    if (!TERM.test(term) || words.length === 0) throw new TermTableError(table, line, `"${term}" of ${code} is not a term (lower-case words)`);
    return { code, term, words, table, line };
  });
}

/**
 * The entries of the tables in order (table, line, term); a malformed line throws a
 * TermTableError. A term two tables give the same code (a symptom of one organ's table and of
 * the symptoms table) is kept once, where it is first written.
 */
export function parseTermEntries(tables: Readonly<Record<string, string>>): ParsedTerm[] {
  const pairs = new Set<string>();
  const entries: ParsedTerm[] = [];
  for (const [name, text] of Object.entries(tables)) {
    text.split("\n").forEach((raw, i) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      for (const entry of parseLine(line, name, i + 1)) {
        const pair = `${entry.code} ${entry.term}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        entries.push(entry);
      }
    });
  }
  return entries;
}

/** The table of entries already parsed and without repeats (parseTermEntries, or the built artifact). */
export function termTableOf(entries: Iterable<TermEntry>): TermTable {
  const byWord = new Map<string, TermEntry[]>();
  const codes = new Set<string>();
  let terms = 0;
  for (const entry of entries) {
    const key = entry.words[0] ?? "";
    const list = byWord.get(key);
    if (list) list.push(entry);
    else byWord.set(key, [entry]);
    codes.add(entry.code);
    terms++;
  }
  return { entriesOf: (word) => byWord.get(word) ?? [], firstWords: () => byWord.keys(), codes: codes.size, terms };
}

/** Parses the tables (see parseTermEntries); a malformed line throws, naming the table and the line. */
export function parseTermTable(tables: Readonly<Record<string, string>>): TermTable {
  return termTableOf(parseTermEntries(tables));
}

/** Every (code, term) of the table, for checks against the code set. */
export function tableEntries(table: TermTable): { code: string; term: string }[] {
  return [...table.firstWords()].flatMap((word) => table.entriesOf(word).map(({ code, term }) => ({ code, term })));
}

/** The entries whose every word is in the text and not negated there. */
function entriesIn(table: TermTable, text: string): TermEntry[] {
  const words = new Set(contentWords(text));
  const negated = new Set([...prepareText(text).negated].map(singular));
  const found: TermEntry[] = [];
  for (const word of words) {
    for (const entry of table.entriesOf(word)) {
      if (entry.words.every((w) => words.has(w) && !negated.has(w))) found.push(entry);
    }
  }
  return found;
}

/** The table's terms found in the texts: code -> the terms of it found. */
export function findTerms(table: TermTable, texts: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entry of texts.flatMap((text) => entriesIn(table, text))) {
    const terms = found.get(entry.code) ?? [];
    if (!terms.includes(entry.term)) found.set(entry.code, [...terms, entry.term]);
  }
  return found;
}

/** A reading through a term counts a little less than the reading itself. */
const TERM_READING_FACTOR = 0.9;
const TERM_READINGS = 4;
/** A title's defaults, which the rest of the text may contradict: "unspecified", "without complications". */
const DEFAULT_WORDS = /\bunspecified\b|\bwithout [^,]*/g;

/**
 * Each reading with a term found in it read again with the term's code title in its place,
 * the title's defaults ("unspecified", "without ...") dropped: "bcc of nose" is also "basal cell
 * carcinoma of skin ... nose", so the site the text names picks the sibling of the term's
 * unspecified-site code. At most TERM_READINGS; none when the reading already says the title.
 */
export function readingsThroughTerms(table: TermTable, readings: readonly Reading[], titleOf: (code: string) => string | undefined): Reading[] {
  const out: Reading[] = [];
  for (const reading of readings) {
    const said = new Set(contentWords(reading.text));
    for (const entry of entriesIn(table, reading.text)) {
      const title = titleOf(entry.code)?.toLowerCase().replace(DEFAULT_WORDS, " ");
      if (title === undefined || out.length >= TERM_READINGS) continue;
      // A title the reading already says adds nothing ("neck fracture" in "fracture of neck of femur").
      if (contentWords(title).every((w) => said.has(w))) continue;
      const rest = reading.text.split(/\s+/).filter((w) => !entry.words.includes(singular(w.replace(/['\u2019]/g, ""))));
      const text = `${title} ${rest.join(" ")}`.replace(/\s+/g, " ").trim();
      if (!out.some((r) => r.text === text)) out.push({ text, weight: TERM_READING_FACTOR * reading.weight });
    }
  }
  return out;
}
