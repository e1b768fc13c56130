import { describe, expect, it } from "vitest";
import type { Icd10CmArtifact, Icd10CmShortArtifact } from "../../../src/coding/artifacts/artifact-format.ts";
import { IcdTable, IcdTitles, lineStarts } from "../../../src/coding/store/icd-code.ts";
import { expandTitles, frontCodeTitles, prefixParents } from "../../../src/coding/artifacts/prefix-parents.ts";
import { realArtifacts } from "./real-code-index.ts";

/** A hand-made table: A00 > A000 > A0001 (each front-coded on its parent), B01 alone, B010 with an empty short title. */
const keys = ["A00", "A000", "A0001", "B01", "B010"];
const long = ["Cholera", "Cholera due to x", "Cholera due to x, severe", "Varicella", "Varicella meningitis"];
const short = ["Chol", "Chol x", "Chol x sev", "", ""];

function tiny(): { icd: Icd10CmArtifact; short: Icd10CmShortArtifact } {
  const parents = prefixParents(keys);
  const icd: Icd10CmArtifact = {
    format: 3, kind: "icd10cm", editions: [], codes: keys.join("\n"), flags: "3f3b3", older: [],
    long: frontCodeTitles(long, parents).join("\n"),
  };
  return { icd, short: { format: 3, kind: "icd10cm-short", short: new TextEncoder().encode(frontCodeTitles(short, parents).join("\n")) } };
}

describe("line starts of a newline-joined column", () => {
  it("cuts the first, an empty, and the last line (with or without a final newline)", () => {
    const lines = (column: string, count: number): string[] => {
      const s = lineStarts(column, count);
      return Array.from({ length: count }, (_, i) => column.slice(s[i], (s[i + 1] ?? 0) - 1));
    };
    expect(lines("a\n\nbc", 3)).toEqual(["a", "", "bc"]);
    expect(lines("a\nbc\n", 2)).toEqual(["a", "bc"]);
    expect(lines("\n", 2)).toEqual(["", ""]);
    expect(lines("", 1)).toEqual([""]);
  });
});

describe("ICD-10-CM titles read by line offsets", () => {
  it("expands a title whose parent is itself front-coded, and its length without expanding it", () => {
    const { icd, short: shortArtifact } = tiny();
    expect(icd.long.split("\n")).toEqual(["Cholera", "~ due to x", "~, severe", "Varicella", "~ meningitis"]);
    const titles = new IcdTitles(icd, keys, shortArtifact);
    expect(keys.map((_, i) => titles.longTitle(i))).toEqual(long);
    expect([...titles.longLength]).toEqual(long.map((t) => t.length));
    expect(keys.map((_, i) => titles.shortTitle(i))).toEqual(["Chol", "Chol x", "Chol x sev", "Varicella", "Varicella meningitis"]);
  });

  it("makes entries with the table's key, code, flags and titles", () => {
    const { icd, short: shortArtifact } = tiny();
    const table = new IcdTable(icd, shortArtifact);
    expect([...table.masks]).toEqual([3, 15, 3, 11, 3]);
    const e = table.make(2);
    expect([e.key, e.code, e.display, e.shortDisplay, e.displayLength]).toEqual(["A0001", "A00.01", long[2], "Chol x sev", long[2]?.length]);
  });

  it("names the artifact when the flags do not give one character per code", () => {
    const { icd } = tiny();
    expect(() => new IcdTable({ ...icd, flags: "3f3b" })).toThrow(/code-set artifact icd10cm: 4 flags for 5 codes/);
    expect(() => new IcdTable({ ...icd, flags: "3f3b33" })).toThrow(/code-set artifact icd10cm: 6 flags for 5 codes/);
  });

  it("gives every shipped long and short title as the front-coding inverse does", async () => {
    const { icd10cm, icd10cmShort } = await realArtifacts();
    const table = new IcdTable(icd10cm, icd10cmShort);
    const parents = prefixParents(table.keys);
    const longs = expandTitles(icd10cm.long.split("\n"), parents);
    const shorts = expandTitles(new TextDecoder().decode(icd10cmShort.short).split("\n"), parents);
    expect(longs.length).toBe(table.keys.length);
    const bad: string[] = [];
    table.keys.forEach((key, i) => {
      const want = shorts[i] === "" ? longs[i] : shorts[i];
      if (table.titles.longTitle(i) !== longs[i] || table.titles.shortTitle(i) !== want || table.titles.longLength[i] !== longs[i]?.length) bad.push(key);
    });
    expect(bad).toEqual([]);
  });
});
