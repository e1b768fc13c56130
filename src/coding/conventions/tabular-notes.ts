import type { NoteSet, TabularNotesArtifact } from "../artifacts/index.ts";
import type { TabularNotes } from "../code-index.ts";

function parseNotes(json: string): Record<string, NoteSet> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`code-set artifact notes: notesJson is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("code-set artifact notes: notesJson is not an object of notes by code");
  return value as Record<string, NoteSet>;
}

/** The notes record of the artifact, parsed once on first use (loading does not parse it); throws, naming the artifact, on bad JSON. */
export function notesReader(artifact: TabularNotesArtifact): () => Record<string, NoteSet> {
  let parsed: Record<string, NoteSet> | undefined;
  return () => {
    parsed ??= parseNotes(artifact.notesJson);
    return parsed;
  };
}

type InheritedKey = "includes" | "excludes1" | "excludes2" | "codeFirst" | "useAdditionalCode" | "codeAlso";

const INHERITED: readonly InheritedKey[] = ["includes", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso"];

/**
 * Notes in force for a code: its own, plus those of its subcategory and category (notes at a
 * category apply to every code under it). `chain` is the code's own notes first, then each
 * ancestor's up to the category. Inclusion terms are the code's own; the 7th characters come
 * from the nearest level that defines them.
 */
export function inheritNotes(chain: readonly (NoteSet | undefined)[]): TabularNotes {
  const notes: TabularNotes = {};
  const own = chain[0];
  if (own?.inclusionTerms) notes.inclusionTerms = [...own.inclusionTerms];
  for (const key of INHERITED) {
    const merged = chain.flatMap((set) => set?.[key] ?? []);
    if (merged.length > 0) notes[key] = merged;
  }
  const seventh = chain.find((set) => set?.sevenChrDef !== undefined)?.sevenChrDef;
  if (seventh) notes.seventhCharacters = seventh.map((s) => ({ ...s }));
  return notes;
}

/** A code reference in a note, e.g. "E10.-" -> { code: "E10", wholeCategory: true }. */
export interface NoteCodeRef {
  code: string;
  /** "-" in the note: the code and everything under it. */
  wholeCategory: boolean;
}

/** The ICD-10-CM codes a note points to, e.g. "type 1 diabetes mellitus (E10.-)" or "(I10-I16)". */
export function noteCodeRefs(note: string): NoteCodeRef[] {
  const refs: NoteCodeRef[] = [];
  for (const m of note.matchAll(/\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(\.?-)?/g)) {
    const code = m[1] ?? "";
    refs.push({ code, wholeCategory: m[2] !== undefined || !code.includes(".") });
  }
  return refs;
}
