/**
 * The clinical-terms artifact (data/clinical-terms.json): the index-terms/*.txt tables parsed
 * and checked once by scripts/build-clinical-terms.ts, in the form the suggestions read. Loading
 * it is JSON and one pass over the entries; no table text is parsed at run time.
 * Bump CLINICAL_TERMS_FORMAT when the shape changes.
 */
import type { TermEntry } from "./clinical-terms.ts";

export const CLINICAL_TERMS_FORMAT = 1;

/**
 * One code and its terms, in table order: `[code, term, term, ...]`. A term is its text when its
 * content words are the text's words as written ("high blood pressure"), else `[text, words]`
 * with the words space-joined ("water on the knee" -> "water knee").
 */
export type ClinicalTermGroup = readonly (string | readonly string[])[];

export interface ClinicalTermsArtifact {
  format: number;
  kind: "clinical-terms";
  /** The tables, by file name without ".txt", in the order they were read. */
  tables: readonly string[];
  /** Every entry once, in the order of the tables, their lines and terms; consecutive terms of one code in one group. */
  groups: readonly ClinicalTermGroup[];
}

/** The artifact of parsed entries (parseTermEntries: in order, without repeats). */
export function clinicalTermsArtifact(tables: readonly string[], entries: readonly TermEntry[]): ClinicalTermsArtifact {
  const groups: (string | string[])[][] = [];
  let group: (string | string[])[] | undefined;
  for (const { code, term, words } of entries) {
    if (group?.[0] !== code) groups.push((group = [code]));
    const spoken = words.join(" ");
    group.push(spoken === term ? term : [term, spoken]);
  }
  return { format: CLINICAL_TERMS_FORMAT, kind: "clinical-terms", tables: [...tables], groups };
}

/** The artifact's file text: one group a line, so a change to a table is a readable diff. */
export function formatClinicalTermsArtifact(artifact: ClinicalTermsArtifact): string {
  const { groups, ...head } = artifact;
  const lines = groups.map((g) => JSON.stringify(g));
  return `${JSON.stringify(head).slice(0, -1)},"groups":[\n${lines.join(",\n")}\n]}\n`;
}

function invalid(problem: string): Error {
  return new Error(`clinical-terms artifact: ${problem}; rebuild it with npm run build:clinical-terms`);
}

/** The entries of the artifact, in its order; throws when it is not a clinical-terms artifact of this format. */
export function clinicalTermEntries(value: unknown): TermEntry[] {
  const artifact = value as Partial<ClinicalTermsArtifact> | null;
  if (artifact?.kind !== "clinical-terms" || artifact.format !== CLINICAL_TERMS_FORMAT || !Array.isArray(artifact.groups)) {
    throw invalid(`expected kind clinical-terms format ${CLINICAL_TERMS_FORMAT}`);
  }
  const entries: TermEntry[] = [];
  for (const group of artifact.groups) {
    const code = group[0];
    if (typeof code !== "string" || group.length < 2) throw invalid(`group ${JSON.stringify(group).slice(0, 80)} is not [code, term, ...]`);
    for (let i = 1; i < group.length; i++) {
      const t = group[i];
      const [term, spoken] = typeof t === "string" ? [t, t] : [t?.[0], t?.[1]];
      if (typeof term !== "string" || typeof spoken !== "string") throw invalid(`a term of ${code} is not text`);
      entries.push({ code, term, words: spoken.split(" ") });
    }
  }
  return entries;
}
