import type { NoteSet } from "../artifacts/index.ts";
import type { CodeEntry } from "../code-index.ts";
import { findCode, type CodeStore } from "../store/index.ts";
import { editionsOf, maskValidity, validityOn } from "../store/index.ts";
import type { EditionChoice } from "../artifacts/index.ts";
import { canonicalSystem, editionOf, keyedStoresOf, storesOf, type IndexState } from "./index-state.ts";
import { CPT } from "../systems.ts";
import { inheritNotes } from "../conventions/index.ts";

/** A looked-up code, with the code-set edition the date picked. */
export interface IndexedCodeEntry extends CodeEntry {
  /** ICD-10-CM edition used for the date, e.g. "FY2026". */
  codeSetEdition?: string;
  /** Set when the date is outside the shipped editions and the nearest one was used. */
  codeSetNote?: string;
}

export interface LookupContext {
  choice: EditionChoice;
  date: string | undefined;
  editions: EditionChoice["edition"][];
  hcpcsRelease: string;
  notes: Record<string, NoteSet>;
  notesEdition: string;
  /** Title in an older edition where it differs: key "KEY|FY2025". */
  olderTitles: ReadonlyMap<string, { long: string; short: string }>;
}

function childrenOf(store: CodeStore, id: number, ctx: LookupContext): string[] {
  const out: string[] = [];
  const key = store.entries.keyOf(id);
  for (let d = id + 1; d < store.entries.length; d++) {
    const mask = store.entries.maskOf(d);
    if (mask === undefined || !store.entries.keyOf(d).startsWith(key)) break;
    if (store.parent[d] === id && maskValidity(mask, ctx.choice.index) !== 0) out.push(store.entries.at(d)?.code ?? "");
  }
  return out;
}

function ancestry(store: CodeStore, id: number): number[] {
  const chain: number[] = [];
  for (let a = id; a >= 0; a = store.parent[a] ?? -1) chain.push(a);
  return chain;
}

export function lookupEntry(store: CodeStore, id: number, ctx: LookupContext): IndexedCodeEntry | undefined {
  const e = store.entries.at(id);
  if (!e) return undefined;
  const validity = validityOn(e, ctx.choice.index, ctx.date);
  const older = e.mask !== undefined ? ctx.olderTitles.get(`${e.key}|${ctx.choice.edition.id}`) : undefined;
  const entry: IndexedCodeEntry = {
    system: e.system,
    code: e.code,
    display: older?.long ?? e.display,
    billable: validity === 2,
    children: [],
    validOnDate: validity === 2,
    editions: editionsOf(e, ctx.editions, ctx.hcpcsRelease),
    notes: {},
  };
  const short = older?.short ?? e.shortDisplay;
  if (short !== undefined) entry.shortDisplay = short;
  if (e.mask === undefined) return entry;
  const parent = store.entries.at(store.parent[id] ?? -1);
  if (parent) entry.parent = parent.code;
  entry.children = childrenOf(store, id, ctx);
  entry.notes = inheritNotes(ancestry(store, id).map((a) => ctx.notes[store.entries.keyOf(a)]));
  entry.notesEdition = ctx.notesEdition;
  entry.codeSetEdition = ctx.choice.edition.id;
  if (ctx.choice.note !== undefined) entry.codeSetNote = ctx.choice.note;
  return entry;
}

/** The entry for a code (codes added at run time first), or undefined. */
export function lookupCode(state: IndexState, system: string, code: string, dateOfService?: string): IndexedCodeEntry | undefined {
  const sys = canonicalSystem(system);
  const key = code.trim().toUpperCase().replace(/\./g, "");
  const { icd10cm, hcpcs } = state.artifacts;
  const ctx: LookupContext = {
    choice: editionOf(state, dateOfService), date: dateOfService?.slice(0, 10), editions: icd10cm.editions,
    hcpcsRelease: hcpcs.release, notes: state.notes(), notesEdition: state.notesEdition, olderTitles: state.olderTitles,
  };
  for (const store of sys === CPT ? keyedStoresOf(state) : storesOf(state)) {
    const id = findCode(store, sys, key);
    if (id >= 0) return lookupEntry(store, id, ctx);
  }
  return undefined;
}
