import type { NoteSet } from "../artifacts/index.ts";
import type { IndexArtifacts } from "../artifacts/index.ts";
import type { CodeStore } from "../store/index.ts";
import type { DynamicCodes } from "../store/index.ts";
import { editionForDate, type EditionChoice } from "../artifacts/index.ts";
import { HCPCS, HCPCS_OID } from "../systems.ts";

/** Everything search and lookup read: the shipped store, codes added at run time, and the artifacts. */
export interface IndexState {
  artifacts: IndexArtifacts;
  store: CodeStore;
  dynamic: DynamicCodes;
  /** Title in an older edition where it differs: key "KEY|FY2025". */
  olderTitles: ReadonlyMap<string, { long: string; short: string }>;
  notesEdition: string;
  /** Tabular notes by code without the dot, parsed on first use (none until the notes artifact is given). */
  notes: () => Record<string, NoteSet>;
  /** The CPT numbers CMS's public files know, with no text (found by number only), built on first use. */
  cptNumbers: () => CodeStore;
}

export function canonicalSystem(system: string): string {
  return system === HCPCS_OID ? HCPCS : system;
}

export function editionOf(state: IndexState, dateOfService?: string): EditionChoice {
  return editionForDate(state.artifacts.icd10cm.editions, dateOfService);
}

/** The stores to search: codes added at run time first (their displays win), then the shipped ones. */
export function storesOf(state: IndexState): CodeStore[] {
  const added = state.dynamic.store();
  return added ? [added, state.store] : [state.store];
}

/** The stores a code is found in by its number: those above, then the CPT numbers without text. */
export function keyedStoresOf(state: IndexState): CodeStore[] {
  return [...storesOf(state), state.cptNumbers()];
}
