import type { Coding } from "fhir/r4";
import type { CuratedModifier, EditionInfo, EmCode, SimpleCode } from "./artifact-format.ts";
import type { CodeArtifacts } from "./code-artifacts.ts";
import type { CodeHit, CodeIndex, SearchOptions } from "./code-index.ts";
import { buildCodeStore, findCode, type CodeStore } from "./code-store.ts";
import { hcpcsCodes, icdCodes, otherCodes, type IndexedCode } from "./code-table.ts";
import { editionForDate, type EditionChoice } from "./editions.ts";
import { lookupEntry, type IndexedCodeEntry, type LookupContext } from "./lookup-code.ts";
import { DynamicCodes, type AddedCode } from "./dynamic-codes.ts";
import { searchCodes, searchText, type SearchContext, type StoreHit } from "./search-store.ts";
import { CPT, HCPCS, HCPCS_OID, ICD10CM, MODIFIER } from "./systems.ts";
import { queryWords } from "./text-tokens.ts";

export const DEFAULT_SYSTEMS: readonly string[] = [ICD10CM, HCPCS, CPT];
export const DEFAULT_LIMIT = 20;

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

export function canonicalSystem(system: string): string {
  return system === HCPCS_OID ? HCPCS : system;
}

function codeKey(text: string, systems: ReadonlySet<string>): string | undefined {
  const s = text.toUpperCase().replace(/[\s.]/g, "");
  if (!/^[A-Z0-9]{2,7}$/.test(s)) return undefined;
  return /\d/.test(s) || (s.length === 2 && systems.has(MODIFIER)) ? s : undefined;
}

export function createCodeIndex(artifacts: CodeArtifacts): LoadedCodeIndex {
  const { icd10cm, notes, hcpcs, other } = artifacts;
  const icd = icdCodes(icd10cm);
  const entries: IndexedCode[] = [...icd, ...hcpcsCodes(hcpcs), ...otherCodes(other, hcpcs)];
  const store = buildCodeStore(entries, notes.notes, icd.length);
  const dynamic = new DynamicCodes();
  const olderTitles = new Map(icd10cm.older.map((o) => [`${o.code}|${o.edition}`, { long: o.long, short: o.short }]));
  const notesEdition = `${notes.fiscalYear} Tabular`;
  const editionFor = (date?: string): EditionChoice => editionForDate(icd10cm.editions, date);

  const context = (options: SearchOptions): SearchContext => ({
    systems: new Set((options.systems ?? DEFAULT_SYSTEMS).map(canonicalSystem)),
    editionIndex: editionFor(options.dateOfService).index,
    date: options.dateOfService?.slice(0, 10),
    billableOnly: options.billableOnly ?? false,
    limit: Math.max(1, options.limit ?? DEFAULT_LIMIT),
  });

  const toHit = (h: StoreHit, edition: string): CodeHit => {
    const e = h.store.entries[h.id] as IndexedCode;
    const override = h.store === store ? dynamic.find(e.system, e.key) : undefined;
    const older = e.mask !== undefined ? olderTitles.get(`${e.key}|${edition}`) : undefined;
    return { system: e.system, code: e.code, display: override?.display ?? older?.long ?? e.display, billable: h.billable };
  };

  const search = (text: string, options: SearchOptions = {}): CodeHit[] => {
    const ctx = context(options);
    const query = text.trim();
    if (query === "") return [];
    const stores: CodeStore[] = dynamic.store() ? [dynamic.store() as CodeStore, store] : [store];
    const key = codeKey(query, ctx.systems);
    const hits: StoreHit[] = [];
    if (key !== undefined) {
      const codeCtx = query.includes(".") ? { ...ctx, systems: new Set([...ctx.systems].filter((s) => s === ICD10CM)) } : ctx;
      for (const s of stores) hits.push(...searchCodes(s, key, query.toUpperCase().replace(/\s/g, ""), codeCtx));
    }
    const words = hits.length > 0 || query.includes(".") ? [] : queryWords(query);
    for (const s of stores) if (words.length > 0) hits.push(...searchText(s, words, ctx));
    hits.sort((a, b) => b.score - a.score);
    const edition = editionFor(options.dateOfService).edition.id;
    const seen = new Set<string>();
    const out: CodeHit[] = [];
    for (const h of hits) {
      const hit = toHit(h, edition);
      const id = `${hit.system}|${hit.code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(hit);
      if (out.length >= ctx.limit) break;
    }
    return out;
  };

  const lookup = (system: string, code: string, dateOfService?: string): IndexedCodeEntry | undefined => {
    const sys = canonicalSystem(system);
    const key = code.trim().toUpperCase().replace(/\./g, "");
    const ctx: LookupContext = {
      choice: editionFor(dateOfService), date: dateOfService?.slice(0, 10), editions: icd10cm.editions,
      hcpcsRelease: hcpcs.release, notes: notes.notes, notesEdition, olderTitles,
    };
    const added = dynamic.store();
    const dynamicId = added ? findCode(added, sys, key) : -1;
    if (added && dynamicId >= 0) return lookupEntry(added, dynamicId, ctx);
    const id = findCode(store, sys, key);
    return id >= 0 ? lookupEntry(store, id, ctx) : undefined;
  };

  return {
    search,
    lookup,
    addCodings: (codings) => dynamic.addCodings(codings, (sys, key) => findCode(store, sys, key) >= 0 && store.entries[findCode(store, sys, key)]?.origin !== "label"),
    addEntries: (added, origin) => dynamic.add(added, origin),
    editionFor,
    info: { icd10cmEditions: icd10cm.editions, notesEdition, hcpcsRelease: hcpcs.release, placeOfServiceVersion: other.placeOfService.version },
    placesOfService: other.placeOfService.codes,
    modifiers: other.modifiers,
    evaluationAndManagement: other.evaluationAndManagement,
  };
}
