/**
 * The clinical-terms artifact (data/clinical-terms.json): the index-terms/*.txt tables parsed
 * and checked once by scripts/build-clinical-terms.ts, in the form the suggestions read: the
 * entries grouped by their first content word, the key a text's words look them up by, one string
 * a key (a string compiles far faster in a bundle than as many arrays). Loading it maps the keys;
 * a key's entries are split out on its first lookup. No table text is parsed at run time.
 * Bump CLINICAL_TERMS_FORMAT when the shape changes.
 */
import type { TermEntry, TermTable } from "./clinical-terms.ts";

export const CLINICAL_TERMS_FORMAT = 3;

/**
 * One first content word and its entries, in table order, "|"-joined (no term or code holds one):
 * `word|code|term|words|code|term|words...`. `words` are the term's content words space-joined
 * ("water on the knee" -> "water knee"), or empty when they are the term's own words as written
 * ("high blood pressure").
 */
export type ClinicalTermKey = string;

const SEPARATOR = "|";

export interface ClinicalTermsArtifact {
  format: number;
  kind: "clinical-terms";
  /** The tables, by file name without ".txt", in the order they were read. */
  tables: readonly string[];
  /** Distinct codes and (code, term) entries. */
  codes: number;
  terms: number;
  /** Every entry once, under its first content word; keys in the order first written. */
  byWord: readonly ClinicalTermKey[];
}

/** The artifact of parsed entries (parseTermEntries: in order, without repeats). */
export function clinicalTermsArtifact(tables: readonly string[], entries: readonly TermEntry[]): ClinicalTermsArtifact {
  const keys = new Map<string, string[]>();
  for (const { code, term, words } of entries) {
    const word = words[0] ?? "";
    const key = keys.get(word) ?? keys.set(word, [word]).get(word) ?? [];
    if ([word, code, term, ...words].some((part) => part.includes(SEPARATOR))) throw new Error(`clinical terms: "${term}" of ${code} holds "${SEPARATOR}"`);
    const spoken = words.join(" ");
    key.push(code, term, spoken === term ? "" : spoken);
  }
  const codes = new Set(entries.map((e) => e.code)).size;
  return { format: CLINICAL_TERMS_FORMAT, kind: "clinical-terms", tables: [...tables], codes, terms: entries.length, byWord: [...keys.values()].map((key) => key.join(SEPARATOR)) };
}

/** The artifact's file text: one key a line, so a change to a table is a readable diff. */
export function formatClinicalTermsArtifact(artifact: ClinicalTermsArtifact): string {
  const { byWord, ...head } = artifact;
  return `${JSON.stringify(head).slice(0, -1)},"byWord":[\n${byWord.map((k) => JSON.stringify(k)).join(",\n")}\n]}\n`;
}

function invalid(problem: string): Error {
  return new Error(`clinical-terms artifact: ${problem}; rebuild it with npm run build:clinical-terms`);
}

function keyEntries(key: ClinicalTermKey): TermEntry[] {
  const parts = key.split(SEPARATOR);
  const entries: TermEntry[] = [];
  for (let i = 1; i < parts.length; i += 3) {
    const [code, term, spoken] = [parts[i], parts[i + 1], parts[i + 2]];
    if (typeof code !== "string" || typeof term !== "string" || typeof spoken !== "string") throw invalid(`the entries of "${parts[0]}" are not code|term|words triples`);
    entries.push({ code, term, words: (spoken === "" ? term : spoken).split(" ") });
  }
  return entries;
}

/**
 * The table of the artifact; throws when it is not a clinical-terms artifact of this format. A
 * key's entries are made on its first lookup and kept.
 */
export function clinicalTermTableOf(value: unknown): TermTable {
  const artifact = value as Partial<ClinicalTermsArtifact> | null;
  if (artifact?.kind !== "clinical-terms" || artifact.format !== CLINICAL_TERMS_FORMAT || !Array.isArray(artifact.byWord)) {
    throw invalid(`expected kind clinical-terms format ${CLINICAL_TERMS_FORMAT}`);
  }
  const raw = new Map<string, ClinicalTermKey>();
  for (const key of artifact.byWord) {
    const end = typeof key === "string" ? key.indexOf(SEPARATOR) : -1;
    if (end <= 0) throw invalid(`a key is not "word|code|term|words..."`);
    raw.set(key.slice(0, end), key);
  }
  const made = new Map<string, readonly TermEntry[]>();
  const entriesOf = (word: string): readonly TermEntry[] => {
    const known = made.get(word);
    if (known) return known;
    const key = raw.get(word);
    const entries = key ? keyEntries(key) : [];
    if (key) made.set(word, entries);
    return entries;
  };
  return { entriesOf, firstWords: () => raw.keys(), codes: Number(artifact.codes), terms: Number(artifact.terms) };
}
