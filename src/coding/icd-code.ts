import type { Icd10CmArtifact } from "./artifact-format.ts";
import { PARENT_TITLE_MARK, prefixParents } from "./prefix-parents.ts";
import { ICD10CM } from "./systems.ts";

export function withIcdDot(key: string): string {
  return key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

/** The front-coded title columns of the ICD-10-CM artifact, expanded only when a title is read. */
export class IcdTitles {
  readonly parents: Int32Array;
  /** Length of each expanded long title (ranking needs it for every code, the text only for hits). */
  readonly longLength: Int32Array;
  private readonly long: string[];
  /** Split on first use: only lookups read short titles. */
  private short: string[] | undefined;
  private readonly shortColumn: string;

  constructor(artifact: Icd10CmArtifact, keys: readonly string[]) {
    this.parents = prefixParents(keys);
    this.long = artifact.long.split("\n");
    this.shortColumn = artifact.short;
    this.longLength = new Int32Array(keys.length);
    const mark = PARENT_TITLE_MARK.charCodeAt(0);
    for (let i = 0; i < this.long.length; i++) {
      const raw = this.long[i] ?? "";
      this.longLength[i] = raw.charCodeAt(0) === mark ? (this.longLength[this.parents[i] ?? 0] ?? 0) + raw.length - 1 : raw.length;
    }
  }

  longTitle(i: number): string {
    return this.expand(this.long, i);
  }

  /** The short title ("" in the artifact = same as the long one). */
  shortTitle(i: number): string {
    this.short ??= this.shortColumn.split("\n");
    const s = this.expand(this.short, i);
    return s === "" ? this.longTitle(i) : s;
  }

  private expand(column: readonly string[], i: number): string {
    const raw = column[i] ?? "";
    return raw.startsWith(PARENT_TITLE_MARK) ? this.expand(column, this.parents[i] ?? -1) + raw.slice(PARENT_TITLE_MARK.length) : raw;
  }
}

const HEX = "0123456789abcdef";

/** An ICD-10-CM code of the shipped table; its dotted code and titles are made when read. */
export class IcdCode {
  readonly system = ICD10CM;
  constructor(readonly key: string, readonly mask: number, private readonly titles: IcdTitles, private readonly i: number) {}
  get code(): string { return withIcdDot(this.key); }
  get display(): string { return this.titles.longTitle(this.i); }
  get shortDisplay(): string { return this.titles.shortTitle(this.i); }
  get displayLength(): number { return this.titles.longLength[this.i] ?? 0; }
}

export function icdTable(artifact: Icd10CmArtifact): { codes: IcdCode[]; titles: IcdTitles } {
  const keys = artifact.codes.split("\n");
  const titles = new IcdTitles(artifact, keys);
  return { codes: keys.map((key, i) => new IcdCode(key, HEX.indexOf(artifact.flags[i] ?? "0"), titles, i)), titles };
}

export function icdCodes(artifact: Icd10CmArtifact): IcdCode[] {
  return icdTable(artifact).codes;
}
