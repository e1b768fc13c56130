import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { clinicalTermTable, clinicalTermTableNames } from "../../../../src/coding/suggest/clinical-term-table.ts";
import { findTerms, parseTermTable, readingsThroughTerms, tableEntries } from "../../../../src/coding/suggest/clinical-terms.ts";
import { inclusionTermsOf } from "../../../../src/coding/suggest/inclusion-terms.ts";
import { rankByTitle } from "../../../../src/coding/suggest/text-candidates.ts";
import { suggestDiagnoses } from "../../../../src/coding/suggest/suggest-diagnoses.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";

const DATE = "2025-11-01";
let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

const sample = parseTermTable({
  knee: "M25.46 | water on the knee; fluid on the knee",
  ears: "H93.1 | ringing in the ears\nI10 | high blood pressure; htn",
});

describe("clinical terms table", () => {
  it("counts codes and terms (a term two tables give one code once), and refuses a malformed line naming its table", () => {
    expect([sample.codes, sample.terms]).toEqual([3, 5]);
    const twice = parseTermTable({ a: "I10 | htn; high bp", b: "I10 | htn\nI11.9 | htn" });
    expect([twice.codes, twice.terms]).toEqual([2, 3]);
    expect(() => parseTermTable({ bad: "I10 high blood pressure" })).toThrow(/bad: "I10 high blood pressure"/);
    expect(() => parseTermTable({ bad: "I10 | High, blood" })).toThrow(/"High, blood" of I10/);
    expect(() => parseTermTable({ bad: "I10 | the of" })).toThrow(/"the of" of I10/);
  });

  it("finds a term by all its words in any order, plural or singular, and not when a word is missing or negated", () => {
    expect(findTerms(sample, ["ringing in both ears"])).toEqual(new Map([["H93.1", ["ringing in the ears"]]]));
    expect([...findTerms(sample, ["knee water, right"]).keys()]).toEqual(["M25.46"]);
    expect(findTerms(sample, ["ringing"]).size).toBe(0);
    expect(findTerms(sample, ["no high blood pressure"]).size).toBe(0);
    expect(findTerms(sample, ["HTN, fluid on the knee"])).toEqual(new Map([["I10", ["htn"]], ["M25.46", ["fluid on the knee"]]]));
  });

  it("a hyphenated term is found in the text with or without its hyphen", () => {
    const hyphen = parseTermTable({ t: "M32.0 | drug-induced lupus" });
    expect([...findTerms(hyphen, ["drug induced lupus"]).keys()]).toEqual(["M32.0"]);
    expect([...findTerms(hyphen, ["drug-induced lupus"]).keys()]).toEqual(["M32.0"]);
  });

  it("an abbreviation term is found in the text as typed, before the shorthand spells it out", () => {
    const first = suggestDiagnoses({ resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text: "posterior MI" } }, index, { dateOfService: DATE })[0];
    expect(first?.coding.code).toBe("I21.29");
  });

  it("a header's found terms reach its leaves as synonyms, next to the Tabular inclusion terms", () => {
    const found = findTerms(sample, ["water on the knee"]);
    const terms = inclusionTermsOf(index, "M25.461", DATE, new Map(), found);
    expect(terms).toContain("water on the knee");
    expect(inclusionTermsOf(index, "M25.561", DATE, new Map(), found)).not.toContain("water on the knee");
  });
});

describe("a term at a leaf is that code's default", () => {
  it("its title's words add no detail, so it ranks above a sibling the bare word matches better", () => {
    const hits = [
      { system: ICD10CM, code: "M81.0", display: "Age-related osteoporosis without current pathological fracture", billable: true },
      { system: ICD10CM, code: "M81.8", display: "Other osteoporosis without current pathological fracture", billable: true },
    ];
    const readings = [{ text: "osteoporosis", weight: 1 }];
    expect(rankByTitle(hits, readings)[0]?.hit.code).toBe("M81.8");
    const withDefault = rankByTitle(hits, readings, { titles: new Map(), defaultOf: (hit) => (hit.code === "M81.0" ? ["osteoporosis"] : []) });
    expect(withDefault[0]?.hit.code).toBe("M81.0");
  });

  it("a detail the text adds still tells against it", () => {
    const hits = [
      { system: ICD10CM, code: "M81.0", display: "Age-related osteoporosis without current pathological fracture", billable: true },
      { system: ICD10CM, code: "M80.00XA", display: "Age-related osteoporosis with current pathological fracture, unspecified site, initial encounter for fracture", billable: true },
    ];
    const ranked = rankByTitle(hits, [{ text: "osteoporosis with pathological fracture", weight: 1 }], { titles: new Map(), defaultOf: (hit) => (hit.code === "M81.0" ? ["osteoporosis"] : []) });
    expect(ranked[0]?.hit.code).toBe("M80.00XA");
  });
});

describe("readings through a term's code title", () => {
  const table = parseTermTable({ t: "C44.91 | bcc\nS12.9 | neck fracture\nE11.9 | t2dm" });
  const titleOf = (code: string): string | undefined => index.lookup(ICD10CM, code, DATE)?.display;
  const through = (text: string): string[] => readingsThroughTerms(table, [{ text, weight: 1 }], titleOf).map((r) => r.text);

  it("puts the title in the term's place, its defaults dropped, so the site the text names can pick a sibling", () => {
    expect(through("bcc of nose")).toEqual(["basal cell carcinoma of skin, of nose"]);
    expect(through("t2dm with ckd")).toEqual(["type 2 diabetes mellitus with ckd"]);
    expect(readingsThroughTerms(table, [{ text: "bcc", weight: 0.5 }], titleOf)[0]?.weight).toBeCloseTo(0.45);
  });

  it("adds nothing when the reading already says the title's words", () => {
    expect(through("fracture of neck of femur")).toEqual([]);
  });

  it("BCC of the nose is the nose's basal cell carcinoma, not the unspecified site the term names", () => {
    const first = suggestDiagnoses({ resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text: "bcc of ear" } }, index, { dateOfService: DATE })[0];
    expect(first?.coding.code).toMatch(/^C44\.21/);
  });
});

describe("the shipped clinical terms", () => {
  it("every table in index-terms/ is read", () => {
    const files = readdirSync(resolve(import.meta.dirname, "../../../../src/coding/suggest/index-terms")).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4));
    expect([...clinicalTermTableNames()].sort()).toEqual(files.sort());
  });

  it("every code is an ICD-10-CM FY2026 code or header", () => {
    const table = clinicalTermTable();
    expect(table.codes).toBeGreaterThan(500);
    const unknown = tableEntries(table).filter((e) => !index.lookup(ICD10CM, e.code, DATE)).map((e) => `${e.code} | ${e.term}`);
    expect(unknown).toEqual([]);
  });
});

describe("suggestions through the shipped clinical terms", () => {
  const first = (text: string): string | undefined =>
    suggestDiagnoses({ resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text } }, index, { dateOfService: DATE })[0]?.coding.code;

  it.each([
    // An eponym naming a header: the side and the episode come from the rest of the text.
    ["golfer's elbow, right", "M77.01"],
    ["gamekeeper's thumb, right, initial", "S63.641A"],
    // A lay name naming a leaf no title word says.
    ["kissing disease", "B27.90"],
  ])("%s -> %s", (text, code) => {
    expect(first(text)).toBe(code);
  });
});
