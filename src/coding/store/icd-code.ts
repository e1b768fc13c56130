import type { Icd10CmArtifact, Icd10CmShortArtifact } from "../artifacts/index.ts";
import { PARENT_TITLE_MARK, prefixParents } from "../artifacts/index.ts";
import type { LazyTable } from "./code-list.ts";
import { ICD10CM } from "../systems.ts";

export function withIcdDot(key: string): string {
  return key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

/**
 * Where each line of a newline-joined column starts; line i is column.slice(starts[i], starts[i + 1] - 1).
 * Loading keeps the column whole and cuts a line out only when it is read.
 */
export function lineStarts(column: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = pos;
    const nl = column.indexOf("\n", pos);
    pos = nl < 0 ? column.length + 1 : nl + 1;
  }
  starts[count] = pos;
  return starts;
}

/** One front-coded title column (see Icd10CmArtifact.long), read line by line on demand. */
class TitleColumn {
  readonly starts: Int32Array;
  constructor(private readonly column: string, count: number, private readonly parents: Int32Array, starts?: Int32Array) {
    this.starts = starts?.length === count + 1 ? starts : lineStarts(column, count);
  }

  /** The stored line: a title, or the mark plus what follows the parent's title. */
  raw(i: number): string {
    return this.column.slice(this.starts[i] ?? 0, (this.starts[i + 1] ?? 1) - 1);
  }

  isFrontCoded(i: number): boolean {
    const start = this.starts[i] ?? 0;
    return start < (this.starts[i + 1] ?? 0) - 1 && this.column.charCodeAt(start) === PARENT_TITLE_MARK.charCodeAt(0);
  }

  storedLength(i: number): number {
    return (this.starts[i + 1] ?? 1) - 1 - (this.starts[i] ?? 0);
  }

  title(i: number): string {
    return this.isFrontCoded(i) ? this.title(this.parents[i] ?? -1) + this.raw(i).slice(PARENT_TITLE_MARK.length) : this.raw(i);
  }
}

/**
 * What building the ICD-10-CM table computes from its artifact (hierarchy, title lengths and line
 * starts, edition flags): kept by the browser beside the artifacts so a later launch reads them.
 */
export interface IcdTableParts {
  parents: Int32Array;
  longLength: Int32Array;
  longStarts: Int32Array;
  masks: Uint8Array;
}

/** Whether `parts` fits a table of `count` codes (else it is rebuilt). */
function partsFit(parts: IcdTableParts | undefined, count: number): parts is IcdTableParts {
  return parts !== undefined && parts.parents.length === count && parts.longLength.length === count && parts.longStarts.length === count + 1 && parts.masks.length === count;
}

/** The front-coded title columns of the ICD-10-CM artifact, expanded only when a title is read. */
export class IcdTitles {
  readonly parents: Int32Array;
  /** Length of each expanded long title (ranking needs it for every code, the text only for hits). */
  readonly longLength: Int32Array;
  private readonly long: TitleColumn;
  /** Decoded and indexed on first use: only lookups read short titles. */
  private short: TitleColumn | undefined;

  /** Until short titles are given (useShortTitles), a short title is the long one. */
  private shortTitles: Icd10CmShortArtifact | undefined;

  constructor(artifact: Icd10CmArtifact, keys: readonly string[], shortTitles?: Icd10CmShortArtifact, built?: IcdTableParts) {
    this.shortTitles = shortTitles;
    if (partsFit(built, keys.length)) {
      this.parents = built.parents;
      this.long = new TitleColumn(artifact.long, keys.length, this.parents, built.longStarts);
      this.longLength = built.longLength;
      return;
    }
    this.parents = prefixParents(keys);
    this.long = new TitleColumn(artifact.long, keys.length, this.parents);
    this.longLength = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const own = this.long.storedLength(i);
      this.longLength[i] = this.long.isFrontCoded(i) ? (this.longLength[this.parents[i] ?? 0] ?? 0) + own - PARENT_TITLE_MARK.length : own;
    }
  }

  longTitle(i: number): string {
    return this.long.title(i);
  }

  /** Where each stored long title starts (see lineStarts). */
  get longStarts(): Int32Array {
    return this.long.starts;
  }

  /** The short titles of the same table (they arrive in a file of their own). */
  useShortTitles(shortTitles: Icd10CmShortArtifact): void {
    this.shortTitles = shortTitles;
    this.short = undefined;
  }

  /** The short title ("" in the artifact = same as the long one). */
  shortTitle(i: number): string {
    if (!this.shortTitles) return this.longTitle(i);
    this.short ??= new TitleColumn(new TextDecoder().decode(this.shortTitles.short), this.longLength.length, this.parents);
    const s = this.short.title(i);
    return s === "" ? this.longTitle(i) : s;
  }
}

const FLAG_VALUE = new Int8Array(128);
for (const [i, c] of [..."0123456789abcdef"].entries()) FLAG_VALUE[c.charCodeAt(0)] = i;

/** An ICD-10-CM code of the shipped table; its dotted code and titles are made when read. */
export class IcdCode {
  constructor(readonly key: string, readonly mask: number, private readonly titles: IcdTitles, private readonly i: number) {}
  get system(): string { return ICD10CM; }
  get code(): string { return withIcdDot(this.key); }
  get display(): string { return this.titles.longTitle(this.i); }
  get shortDisplay(): string { return this.titles.shortTitle(this.i); }
  get displayLength(): number { return this.titles.longLength[this.i] ?? 0; }
}

/** The ICD-10-CM table of the artifact: keys, edition flags and titles; entries made on request. */
export class IcdTable implements LazyTable {
  readonly system = ICD10CM;
  readonly keys: string[];
  readonly masks: Uint8Array;
  readonly titles: IcdTitles;

  /** `built`: what an earlier build of the same artifact computed (IcdTable.parts), used when it fits. */
  constructor(artifact: Icd10CmArtifact, shortTitles?: Icd10CmShortArtifact, built?: IcdTableParts) {
    this.keys = artifact.codes.split("\n");
    if (artifact.flags.length !== this.keys.length) throw new Error(`code-set artifact icd10cm: ${artifact.flags.length} flags for ${this.keys.length} codes`);
    const fits = partsFit(built, this.keys.length);
    this.titles = new IcdTitles(artifact, this.keys, shortTitles, fits ? built : undefined);
    if (fits) {
      this.masks = built.masks;
      return;
    }
    this.masks = new Uint8Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) this.masks[i] = FLAG_VALUE[artifact.flags.charCodeAt(i) & 127] ?? 0;
  }

  /** What this table computed from its artifact, to be kept and handed to a later build. */
  parts(): IcdTableParts {
    return { parents: this.titles.parents, longLength: this.titles.longLength, longStarts: this.titles.longStarts, masks: this.masks };
  }

  make(i: number): IcdCode {
    return new IcdCode(this.keys[i] ?? "", this.masks[i] ?? 0, this.titles, i);
  }
}

/** Every code of the table as an entry (tests and tools; the index makes them on first read). */
export function icdCodes(artifact: Icd10CmArtifact): IcdCode[] {
  const table = new IcdTable(artifact);
  return table.keys.map((_, i) => table.make(i));
}
