import type { HcpcsArtifact, Icd10CmArtifact, Icd10CmShortArtifact, OtherCodesArtifact, SearchIndexArtifact, TabularNotesArtifact } from "./artifact-format.ts";
import { ARTIFACT_FORMAT } from "./artifact-format.ts";

/** The parsed artifacts a code index is built from. */
export interface CodeArtifacts {
  icd10cm: Icd10CmArtifact;
  icd10cmShort: Icd10CmShortArtifact;
  notes: TabularNotesArtifact;
  hcpcs: HcpcsArtifact;
  other: OtherCodesArtifact;
  search: SearchIndexArtifact;
}

/** Loaded when first needed (lookups, suggestions, the scrub's notes rules), never before a search. */
export const LAZY_ARTIFACTS = ["notes", "icd10cmShort"] as const;
export type LazyArtifactName = (typeof LAZY_ARTIFACTS)[number];
/** What the index is built from: every artifact but the lazy ones, which may come later. */
export type EagerArtifacts = Omit<CodeArtifacts, LazyArtifactName>;
/** The artifacts an index is built from, with the lazy ones when they are already there. */
export type IndexArtifacts = EagerArtifacts & Partial<Pick<CodeArtifacts, LazyArtifactName>>;

const KINDS: Record<keyof CodeArtifacts, string> = { icd10cm: "icd10cm", icd10cmShort: "icd10cm-short", notes: "icd10cm-notes", hcpcs: "hcpcs", other: "other", search: "search-index" };

/** Checks one decoded artifact against the expected kind and format version. */
export function checkArtifact<K extends keyof CodeArtifacts>(name: K, value: unknown): CodeArtifacts[K] {
  const v = value as { kind?: unknown; format?: unknown } | null;
  if (typeof v !== "object" || v === null || v.kind !== KINDS[name] || v.format !== ARTIFACT_FORMAT) {
    throw new Error(`code-set artifact ${name}: expected kind ${KINDS[name]} format ${ARTIFACT_FORMAT}`);
  }
  return value as CodeArtifacts[K];
}

/** Checks every decoded artifact against the expected kind and format version. */
export function checkArtifacts(parsed: Record<keyof CodeArtifacts, unknown>): CodeArtifacts {
  for (const name of Object.keys(KINDS) as (keyof CodeArtifacts)[]) checkArtifact(name, parsed[name]);
  return parsed as unknown as CodeArtifacts;
}
