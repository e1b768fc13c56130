import { describe, expect, it } from "vitest";
import { isPrefixWithinOneEdit } from "../../../src/coding/search/typo-words.ts";
import { queryWords, tokenizeText } from "../../../src/coding/store/text-tokens.ts";
import { buildWordIndex, prefixRange, type WordIndex } from "../../../src/coding/store/word-index.ts";

const docs = [
  "Sprain of ankle",
  "Sprain of ankle, initial encounter",
  "Gastro-esophageal reflux",
  "Gastro-esophageal reflux-like, sequela",
  "Alzheimer's disease",
  "Sjögren syndrome | dry eye",
  "Sprain of ankles",
];
const parent = Int32Array.from([-1, 0, -1, 2, -1, -1, 0]);

function wordsOf(index: WordIndex, d: number): string[] {
  return [...index.fwd.subarray(index.fwdOff[d], index.fwdOff[d + 1])].map((w) => index.vocab[w] ?? "").sort();
}

describe("word index", () => {
  it("indexes the same words as the query tokenizer", () => {
    const index = buildWordIndex(docs);
    docs.forEach((text, d) => expect(wordsOf(index, d)).toEqual([...new Set(tokenizeText(text))].sort()));
    expect(wordsOf(index, 4)).toEqual(["alzheimers", "disease"]);
    expect(wordsOf(index, 5)).toContain("sjogren");
    expect(wordsOf(index, 2)).toContain("gastroesophageal");
  });

  it("gives the same words when a child copies its parent's words", () => {
    const plain = buildWordIndex(docs);
    const shared = buildWordIndex(docs, parent);
    docs.forEach((_, d) => expect(wordsOf(shared, d)).toEqual(wordsOf(plain, d)));
  });

  it("lists prefix matches as one id range with their postings", () => {
    const index = buildWordIndex(docs);
    const [lo, hi] = prefixRange(index, "ankle");
    expect(index.vocab.slice(lo, hi)).toEqual(["ankle", "ankles"]);
    const posted = [...index.post.subarray(index.postOff[lo], index.postOff[hi])].sort();
    expect(posted).toEqual([0, 1, 6]);
  });

  it("drops stop words from queries unless nothing else is left", () => {
    expect(queryWords("Diabetes with the kidney")).toEqual(["diabetes", "kidney"]);
    expect(queryWords("of")).toEqual(["of"]);
  });

  it.each([
    ["diabetis", "diabetes", true], ["diabtes", "diabetes", true], ["daibetes", "diabetes", true], ["diabettes", "diabetes", true],
    ["pneumonai", "pneumonia", true], ["diabet", "diabetes", true], ["diabxtxs", "diabetes", false], ["fracture", "fever", false],
  ])("%s is within one typo of a prefix of %s: %s", (q, w, expected) => {
    expect(isPrefixWithinOneEdit(q, w)).toBe(expected);
  });
});

describe("the shipped search index", () => {
  it("holds exactly the words a fresh tokenising build finds, for every shipped code", async () => {
    const { realArtifacts } = await import("./real-code-index.ts");
    const { shippedCodes } = await import("../../../src/coding/store/code-table.ts");
    const { buildCodeStore } = await import("../../../src/coding/store/code-store.ts");
    const { notesReader } = await import("../../../src/coding/conventions/tabular-notes.ts");
    const a = await realArtifacts();
    const { entries, icd } = shippedCodes(a.icd10cm, a.icd10cmShort, a.hcpcs, a.other);
    const loaded = buildCodeStore(entries, { notes: notesReader(a.notes), icd, shipped: a.search });
    // Without the table's facts: every entry sorted, parents and ranking facts asked of the entries.
    const built = buildCodeStore(entries, { notes: notesReader(a.notes) });
    expect(loaded.parent.every((p, i) => p === built.parent[i])).toBe(true);
    const decoded = loaded.words;
    const fresh = built.words;
    expect(decoded.vocab).toEqual(fresh.vocab);
    let differing = 0;
    for (let d = 0; d < entries.length; d++) if (wordsOf(decoded, d).join(" ") !== wordsOf(fresh, d).join(" ")) differing++;
    expect(differing).toBe(0);
    expect(decoded.post.length).toBe(fresh.post.length);
    expect(decoded.post.every((d, i) => d === fresh.post[i])).toBe(true);
  }, 60_000);
});
