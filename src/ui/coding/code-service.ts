import type { Coding, Condition } from "fhir/r4";
import type { CodeEntry, CodeHit, SearchOptions } from "../../coding/code-index.ts";
import type { LoadedCodeIndex } from "../../coding/search/index.ts";
import type { AddedCode } from "../../coding/store/index.ts";
import { suggestDiagnoses } from "../../coding/suggest/index.ts";
import type { Claim, OperationOutcome } from "fhir/r4";
import type { NcciEdits } from "../../billing/ncci/load-ncci.ts";
import { describeNcciEditions, type NcciEditionLabels } from "../../billing/ncci/ncci-edition-labels.ts";
import { scrubClaim, type ScrubContext } from "../../billing/scrub/index.ts";

/** What the scrubber needs from the screen (the code sets and NCCI tables live with the service). */
export type ScrubRequestContext = Omit<ScrubContext, "index" | "edits">;

export interface ScrubResult {
  outcome: OperationOutcome;
  editions: NcciEditionLabels;
}

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
  scrub(claim: Claim, context: ScrubRequestContext): Promise<ScrubResult>;
  /** The editions loaded (shown to the user). */
  info(): Promise<LoadedCodeIndex["info"]>;
  /** Codings seen in the EMR: CPT codes keep the EMR's display. */
  addCodings(codings: Coding[]): Promise<number>;
  /** A licensed practice's CPT descriptors, or a terminology server's entries. */
  addEntries(entries: AddedCode[], origin: "licensed" | "terminology-server"): Promise<number>;
  /** Fetch what the first review needs (the scrubber, the NCCI tables) ahead of it, as low-priority work. */
  preloadScrubber?(): void;
}

/** Scrubs with an index and NCCI tables at hand (in the worker or in this thread). */
export function scrubWith(index: LoadedCodeIndex, edits: NcciEdits | undefined, claim: Claim, context: ScrubRequestContext): ScrubResult {
  return { outcome: scrubClaim(claim, { ...context, index, ...(edits ? { edits } : {}) }), editions: describeNcciEditions(edits) };
}

/** A CodeService over an index loaded in this thread. */
export function createLocalCodeService(index: Promise<LoadedCodeIndex> | LoadedCodeIndex, edits?: Promise<NcciEdits> | NcciEdits): CodeService {
  const ready = Promise.resolve(index);
  const tables = Promise.resolve(edits);
  return {
    search: async (text, options) => (await ready).search(text, options),
    lookup: async (system, code, date) => (await ready).lookup(system, code, date),
    suggestDiagnoses: async (condition, options) => suggestDiagnoses(condition, await ready, options),
    scrub: async (claim, context) => scrubWith(await ready, await tables, claim, context),
    info: async () => (await ready).info,
    addCodings: async (codings) => (await ready).addCodings(codings),
    addEntries: async (entries, origin) => (await ready).addEntries(entries, origin),
  };
}
