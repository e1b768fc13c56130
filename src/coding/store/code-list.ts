import type { IndexedCode } from "./code-table.ts";

/**
 * The codes of a store by entry id. Search reads keys, systems and edition flags for many codes
 * and whole entries only for the hits, so a table-backed list makes an entry only when it is read.
 */
export interface CodeList {
  readonly length: number;
  at(id: number): IndexedCode | undefined;
  /** Upper case without the dot; "" outside the list. */
  keyOf(id: number): string;
  systemOf(id: number): string;
  /** ICD-10-CM edition flags (see Icd10CmArtifact.flags); undefined for other systems. */
  maskOf(id: number): number | undefined;
  /** The leading run of table codes (ids 0 .. masks.length), all of one system, when there is one. */
  tableRun?(): { system: string; masks: Uint8Array } | undefined;
}

/** A list over entries that already exist (codes added at run time, the builder's tests). */
export class ArrayCodeList implements CodeList {
  constructor(private readonly items: readonly IndexedCode[]) {}
  get length(): number { return this.items.length; }
  at(id: number): IndexedCode | undefined { return this.items[id]; }
  keyOf(id: number): string { return this.items[id]?.key ?? ""; }
  systemOf(id: number): string { return this.items[id]?.system ?? ""; }
  maskOf(id: number): number | undefined { return this.items[id]?.mask; }
}

/** A table whose entries are made on first read. */
export interface LazyTable {
  readonly system: string;
  readonly keys: readonly string[];
  readonly masks: Uint8Array;
  make(i: number): IndexedCode;
}

/** The table's codes first (made on first read, then kept), then ordinary entries. */
export class TableCodeList implements CodeList {
  private readonly made: (IndexedCode | undefined)[];
  private readonly count: number;

  constructor(private readonly table: LazyTable, private readonly rest: readonly IndexedCode[]) {
    this.count = table.keys.length;
    this.made = new Array<IndexedCode | undefined>(this.count);
  }

  get length(): number { return this.count + this.rest.length; }

  at(id: number): IndexedCode | undefined {
    if (id >= this.count || id < 0) return this.rest[id - this.count];
    let entry = this.made[id];
    if (entry === undefined) {
      entry = this.table.make(id);
      this.made[id] = entry;
    }
    return entry;
  }

  keyOf(id: number): string {
    return id < this.count && id >= 0 ? (this.table.keys[id] ?? "") : (this.rest[id - this.count]?.key ?? "");
  }

  systemOf(id: number): string {
    return id < this.count && id >= 0 ? this.table.system : (this.rest[id - this.count]?.system ?? "");
  }

  maskOf(id: number): number | undefined {
    return id < this.count && id >= 0 ? this.table.masks[id] : this.rest[id - this.count]?.mask;
  }

  tableRun(): { system: string; masks: Uint8Array } {
    return { system: this.table.system, masks: this.table.masks };
  }
}
