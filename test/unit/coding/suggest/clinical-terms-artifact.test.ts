import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clinicalTermTable } from "../../../../src/coding/suggest/clinical-term-table.ts";
import { findTerms, parseTermEntries, parseTermTable, TermTableError, termTableOf, type TermTable } from "../../../../src/coding/suggest/clinical-terms.ts";
import { clinicalTermsArtifact, clinicalTermTableOf, formatClinicalTermsArtifact } from "../../../../src/coding/suggest/clinical-terms-artifact.ts";

const root = resolve(import.meta.dirname, "../../../..");
const sources = resolve(root, "src/coding/suggest/index-terms");
const committed = resolve(root, "src/coding/suggest/data/clinical-terms.json");

function shippedTables(): Record<string, string> {
  const names = readdirSync(sources).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(sources, `${n}.txt`), "utf8")]));
}

const shape = (table: TermTable) => ({
  codes: table.codes,
  terms: table.terms,
  byWord: [...table.firstWords()].map((w) => [w, table.entriesOf(w).map((e) => [e.code, e.term, [...e.words]])]),
});

describe("the clinical-terms artifact", () => {
  it("is what the build makes of the committed tables, byte for byte (run npm run build:clinical-terms after editing one)", () => {
    const tables = shippedTables();
    const built = formatClinicalTermsArtifact(clinicalTermsArtifact(Object.keys(tables), parseTermEntries(tables)));
    expect(built === readFileSync(committed, "utf8")).toBe(true);
  });

  it("loads as the very table the text tables parse to: same keys, entries, order and words", () => {
    expect(shape(clinicalTermTable())).toEqual(shape(parseTermTable(shippedTables())));
  });

  it("keeps a term whose content words differ from its text with those words, and finds it by them", () => {
    const entries = parseTermEntries({ t: "M25.46 | water on the knee; knee effusion\nI10 | htn\nM25.46 | knee water" });
    const artifact = clinicalTermsArtifact(["t"], entries);
    expect(artifact.byWord).toEqual(["water|M25.46|water on the knee|water knee", "knee|M25.46|knee effusion||M25.46|knee water|", "htn|I10|htn|"]);
    expect([artifact.codes, artifact.terms]).toEqual([2, 4]);
    const table = clinicalTermTableOf(JSON.parse(formatClinicalTermsArtifact(artifact)));
    expect(findTerms(table, ["knee water, right"])).toEqual(new Map([["M25.46", ["knee water", "water on the knee"]]]));
    expect(shape(table)).toEqual(shape(termTableOf(entries)));
  });

  it("refuses another kind, format or a malformed group, saying to rebuild", () => {
    expect(() => clinicalTermTableOf({ kind: "clinical-terms", format: 2, byWord: [] })).toThrow(/format 3; rebuild it/);
    expect(() => clinicalTermTableOf({ kind: "clinical-terms", format: 3, byWord: ["htn"] })).toThrow(/a key is not "word\|code/);
    expect(() => clinicalTermTableOf({ kind: "clinical-terms", format: 3, byWord: [["htn", "I10", "htn", ""]] })).toThrow(/a key is not/);
    const broken = clinicalTermTableOf({ kind: "clinical-terms", format: 3, byWord: ["htn|I10|htn||I11.9"] });
    expect(() => broken.entriesOf("htn")).toThrow(/the entries of "htn" are not code\|term\|words triples/);
  });

  it("a malformed line names its table and line, comments and blank lines counted", () => {
    let error: unknown;
    try {
      parseTermEntries({ knee: "# knee terms\nM25.46 | water on the knee\n\nM25.46 water" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TermTableError);
    expect(error).toMatchObject({ table: "knee", line: 4 });
  });
});

describe("scripts/build-clinical-terms.ts", () => {
  const dir = mkdtempSync(join(tmpdir(), "clinical-terms-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const build = (tables: Record<string, string>) => {
    const src = mkdtempSync(join(dir, "src-"));
    for (const [name, text] of Object.entries(tables)) writeFileSync(join(src, `${name}.txt`), text);
    const out = join(src, "out.json");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-clinical-terms.ts", "--sources", src, "--out", out], { cwd: root, encoding: "utf8" });
    return { status: run.status, stderr: run.stderr, out: () => readFileSync(out, "utf8") };
  };

  it("fails on a malformed line or a code not in the newest ICD-10-CM edition, with file:line, and writes nothing", () => {
    const bad = build({ a: "I10 | htn\n", b: "# b\nR51.9 | headache\nR51.9 headache\n" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/b\.txt:3: Clinical terms b: "R51\.9 headache" is not/);
    expect(bad.out).toThrow();
    const unknown = build({ a: "I10 | htn\nQ99.99 | made up\n" });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/a\.txt:2: Q99\.99 \("made up"\) is not an ICD-10-CM FY\d{4} code or header/);
  }, 60_000);

  it("writes the artifact the runtime loads", () => {
    const good = build({ b: "R51.9 | headache\n", a: "I10 | htn; high blood pressure\n" });
    expect(good.status).toBe(0);
    const table = clinicalTermTableOf(JSON.parse(good.out()));
    expect(JSON.parse(good.out()).tables).toEqual(["a", "b"]);
    expect(findTerms(table, ["high blood pressure and headache"])).toEqual(new Map([["I10", ["high blood pressure"]], ["R51.9", ["headache"]]]));
  }, 60_000);
});
