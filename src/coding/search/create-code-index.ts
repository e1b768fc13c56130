import type { Coding } from "fhir/r4";
import type { CuratedModifier, EditionChoice, EditionInfo, EmCode, Icd10CmShortArtifact, IndexArtifacts, NoteSet, SimpleCode, TabularNotesArtifact } from "../artifacts/index.ts";
import type { CodeIndex } from "../code-index.ts";
import { addedCodeKey, buildCodeStore, builtParts, cptNumberStore, DynamicCodes, findCode, IcdTable, shippedCodes, type AddedCode, type BuiltCodeStore, type CodeStore, type IcdTableParts } from "../store/index.ts";
import { canonicalSystem, editionOf, type IndexState } from "./index-state.ts";
import { lookupCode, type IndexedCodeEntry } from "./lookup-code.ts";
import { searchIndex } from "./search-index.ts";
import { notesReader } from "../conventions/index.ts";

export { canonicalSystem } from "./index-state.ts";
export { DEFAULT_LIMIT, DEFAULT_SYSTEMS } from "./search-index.ts";

/** The code index with what the app adds at run time and the facts the UI shows. */
export interface LoadedCodeIndex extends CodeIndex {
  lookup(system: string, code: string, dateOfService?: string): IndexedCodeEntry | undefined;
  /** Codings seen in the EMR (CPT keeps the EMR's display); returns how many were new or changed. */
  addCodings(codings: readonly Coding[]): number;
  /** Descriptors a licensed practice imported, or entries from a terminology server. */
  addEntries(entries: readonly AddedCode[], origin: "licensed" | "terminology-server"): number;
  editionFor(dateOfService?: string): EditionChoice;
  /** `notesEdition` is "" until the notes artifact is given. */
  readonly info: { icd10cmEditions: EditionInfo[]; notesEdition: string; hcpcsRelease: string; placeOfServiceVersion: string };
  /** Whether the notes / the ICD-10-CM short titles are in (an index built without them gets them later). */
  readonly has: { readonly notes: boolean; readonly shortTitles: boolean };
  /** The Tabular notes, when the index was built without them (lookups then show them, suggestions read their inclusion terms). */
  useNotes(notes: TabularNotesArtifact): void;
  /** The ICD-10-CM short titles, when the index was built without them. */
  useShortTitles(shortTitles: Icd10CmShortArtifact): void;
  readonly placesOfService: readonly SimpleCode[];
  readonly modifiers: readonly CuratedModifier[];
  readonly evaluationAndManagement: readonly EmCode[];
}

/** `table`: the ICD-10-CM table of artifacts.icd10cm, when already built. */
export function createCodeIndex(artifacts: IndexArtifacts, table?: IcdTable): LoadedCodeIndex {
  return createCodeIndexWithParts(artifacts, table ? { table } : {}).index;
}

/**
 * What building the index computes from the artifacts (the ICD-10-CM table's hierarchy and
 * title offsets, the store's key order, ranking facts and word postings): plain typed arrays and
 * strings, so the browser can keep them beside the artifacts and a later launch reads them.
 */
export interface BuiltIndexParts {
  icd: IcdTableParts;
  store: BuiltCodeStore;
}

/**
 * The index and what building it computed. `built`: the parts an earlier build of the same
 * artifacts computed; each part that does not fit these artifacts is built again.
 */
export function createCodeIndexWithParts(artifacts: IndexArtifacts, options: { table?: IcdTable; built?: BuiltIndexParts }): { index: LoadedCodeIndex; built: BuiltIndexParts } {
  const { icd10cm, icd10cmShort, notes, hcpcs, other, search } = artifacts;
  const table = options.table ?? new IcdTable(icd10cm, undefined, options.built?.icd);
  const { entries, icd } = shippedCodes(icd10cm, icd10cmShort, hcpcs, other, table);
  let readNotes: () => Record<string, NoteSet> = notes ? notesReader(notes) : () => ({});
  let cptStore: CodeStore | undefined;
  // A built word index (shipped, or kept) never reads the notes; only a rebuilt one would.
  const store = buildCodeStore(entries, { notes: () => readNotes(), icd, shipped: search, ...(options.built ? { built: options.built.store } : {}) });
  const state: IndexState = {
    artifacts,
    store,
    dynamic: new DynamicCodes(),
    olderTitles: new Map(icd10cm.older.map((o) => [`${o.code}|${o.edition}`, { long: o.long, short: o.short }])),
    notesEdition: notes ? `${notes.fiscalYear} Tabular` : "",
    notes: () => readNotes(),
    cptNumbers: () => (cptStore ??= cptNumberStore()),
  };
  const shipped = (system: string, key: string): boolean => {
    const id = findCode(state.store, system, key);
    return id >= 0 && state.store.entries.at(id)?.origin !== "label";
  };
  const index: LoadedCodeIndex = {
    search: (text, searchOptions) => searchIndex(state, text, searchOptions),
    lookup: (system, code, dateOfService) => lookupCode(state, system, code, dateOfService),
    addCodings: (codings) => state.dynamic.addCodings(codings, shipped),
    // A server's entry never shadows a shipped code (its edition flags say header or billable); our CPT labels it may.
    addEntries: (added, origin) => state.dynamic.add(origin === "terminology-server" ? added.filter((e) => !shipped(canonicalSystem(e.system), addedCodeKey(canonicalSystem(e.system), e.code))) : added, origin),
    editionFor: (date) => editionOf(state, date),
    info: { icd10cmEditions: icd10cm.editions, get notesEdition() { return state.notesEdition; }, hcpcsRelease: hcpcs.release, placeOfServiceVersion: other.placeOfService.version },
    placesOfService: other.placeOfService.codes,
    modifiers: other.modifiers,
    evaluationAndManagement: other.evaluationAndManagement,
    has: { get notes() { return state.artifacts.notes !== undefined; }, get shortTitles() { return state.artifacts.icd10cmShort !== undefined; } },
    useNotes: (artifact) => {
      state.artifacts = { ...state.artifacts, notes: artifact };
      readNotes = notesReader(artifact);
      state.notesEdition = `${artifact.fiscalYear} Tabular`;
    },
    useShortTitles: (artifact) => {
      state.artifacts = { ...state.artifacts, icd10cmShort: artifact };
      table.titles.useShortTitles(artifact);
    },
  };
  return { index, built: { icd: table.parts(), store: builtParts(store) } };
}
