import type { Coding, Condition } from "fhir/r4";
import type { CodeEntry, CodeHit, CodeIndex, SearchOptions } from "../../coding/code-index.ts";
import { suggestDiagnoses } from "../../coding/suggest/suggest-diagnoses.ts";

/** A ranked ICD-10-CM candidate for a Condition (see coding/suggest). */
export interface DiagnosisSuggestionView {
  coding: Coding;
  score: number;
  reason: string;
}

/**
 * What the screens ask of the code sets. In the browser it is answered by a Web Worker
 * (typing never blocks rendering); in tests by an index in the same thread.
 */
export interface CodeService {
  search(text: string, options?: SearchOptions): Promise<CodeHit[]>;
  lookup(system: string, code: string, dateOfService?: string): Promise<CodeEntry | undefined>;
  suggestDiagnoses(condition: Condition, options?: { dateOfService?: string }): Promise<DiagnosisSuggestionView[]>;
}

/** A CodeService over an index loaded in this thread. */
export function createLocalCodeService(index: Promise<CodeIndex> | CodeIndex): CodeService {
  const ready = Promise.resolve(index);
  return {
    search: async (text, options) => (await ready).search(text, options),
    lookup: async (system, code, date) => (await ready).lookup(system, code, date),
    suggestDiagnoses: async (condition, options) => suggestDiagnoses(condition, await ready, options),
  };
}
