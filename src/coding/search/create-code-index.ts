import type { Coding } from "fhir/r4";
import type { CuratedModifier, EditionInfo, EmCode, SimpleCode } from "../artifacts/index.ts";
import type { CodeArtifacts } from "../artifacts/index.ts";
import type { CodeIndex } from "../code-index.ts";
import { buildCodeStore, findCode } from "../store/index.ts";
import { shippedCodes } from "../store/index.ts";
import type { IcdTable } from "../store/index.ts";
import type { EditionChoice } from "../artifacts/index.ts";
import { addedCodeKey, DynamicCodes, type AddedCode } from "../store/index.ts";
import { canonicalSystem, editionOf, type IndexState } from "./index-state.ts";
import { lookupCode, type IndexedCodeEntry } from "./lookup-code.ts";
import { searchIndex } from "./search-index.ts";
import { notesReader } from "../conventions/index.ts";
import { cptNumberStore } from "../store/index.ts";
import type { CodeStore } from "../store/index.ts";

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
  readonly info: { icd10cmEditions: EditionInfo[]; notesEdition: string; hcpcsRelease: string; placeOfServiceVersion: string };
  readonly placesOfService: readonly SimpleCode[];
  readonly modifiers: readonly CuratedModifier[];
  readonly evaluationAndManagement: readonly EmCode[];
}

/** `table`: the ICD-10-CM table of artifacts.icd10cm, when already built. */
export function createCodeIndex(artifacts: CodeArtifacts, table?: IcdTable): LoadedCodeIndex {
  const { icd10cm, icd10cmShort, notes, hcpcs, other, search } = artifacts;
  const { entries, icd } = shippedCodes(icd10cm, icd10cmShort, hcpcs, other, table);
  const readNotes = notesReader(notes);
  let cptStore: CodeStore | undefined;
  const state: IndexState = {
    artifacts,
    store: buildCodeStore(entries, { notes: readNotes, icd, shipped: search }),
    dynamic: new DynamicCodes(),
    olderTitles: new Map(icd10cm.older.map((o) => [`${o.code}|${o.edition}`, { long: o.long, short: o.short }])),
    notesEdition: `${notes.fiscalYear} Tabular`,
    notes: readNotes,
    cptNumbers: () => (cptStore ??= cptNumberStore()),
  };
  const shipped = (system: string, key: string): boolean => {
    const id = findCode(state.store, system, key);
    return id >= 0 && state.store.entries.at(id)?.origin !== "label";
  };
  return {
    search: (text, options) => searchIndex(state, text, options),
    lookup: (system, code, dateOfService) => lookupCode(state, system, code, dateOfService),
    addCodings: (codings) => state.dynamic.addCodings(codings, shipped),
    // A server's entry never shadows a shipped code (its edition flags say header or billable); our CPT labels it may.
    addEntries: (added, origin) => state.dynamic.add(origin === "terminology-server" ? added.filter((e) => !shipped(canonicalSystem(e.system), addedCodeKey(canonicalSystem(e.system), e.code))) : added, origin),
    editionFor: (date) => editionOf(state, date),
    info: { icd10cmEditions: icd10cm.editions, notesEdition: state.notesEdition, hcpcsRelease: hcpcs.release, placeOfServiceVersion: other.placeOfService.version },
    placesOfService: other.placeOfService.codes,
    modifiers: other.modifiers,
    evaluationAndManagement: other.evaluationAndManagement,
  };
}
