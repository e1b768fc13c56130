import { describe, expect, it } from "vitest";
import type { WordIndex } from "../../../src/coding/store/word-index.ts";
import { decodeWordIndex, encodeWordIndex } from "../../../src/coding/store/word-index-codec.ts";

/** A hand-made index whose word ids and deltas sit on the varint byte boundaries (127/128, 16383/16384). */
const VOCAB = Array.from({ length: 20000 }, (_, i) => `w${String(i).padStart(5, "0")}`);
const DOC_WORDS = [[0, 127, 128, 255, 16383, 16384, 19999], [0, 127], [0, 127, 16511], [], [5]];
const parent = Int32Array.from([-1, -1, 1, -1, 3]);

function handMade(): WordIndex {
  const fwdOff = new Int32Array(DOC_WORDS.length + 1);
  DOC_WORDS.forEach((w, d) => { fwdOff[d + 1] = (fwdOff[d] ?? 0) + w.length; });
  return { vocab: VOCAB, fwd: Int32Array.from(DOC_WORDS.flat()), fwdOff, post: new Int32Array(0), postOff: new Int32Array(0) };
}

function docWords(index: WordIndex, d: number): number[] {
  return [...index.fwd.subarray(index.fwdOff[d], index.fwdOff[d + 1])].sort((a, b) => a - b);
}

describe("the shipped word index codec", () => {
  it("gives back every document's word ids across varint byte boundaries, inherited or not", () => {
    const artifact = encodeWordIndex(handMade(), parent);
    expect(artifact.words).toBe(DOC_WORDS.flat().length);
    const back = decodeWordIndex(artifact, parent);
    expect(DOC_WORDS.map((_, d) => docWords(back, d))).toEqual(DOC_WORDS);
    expect(back.postOff[VOCAB.length]).toBe(DOC_WORDS.flat().length);
  });

  it("says so when the id stream ends early, holds more words than the header, or goes on past the last document", () => {
    const artifact = encodeWordIndex(handMade(), parent);
    expect(() => decodeWordIndex({ ...artifact, ids: artifact.ids.subarray(0, artifact.ids.length - 1) }, parent)).toThrow(/ends early/);
    expect(() => decodeWordIndex({ ...artifact, words: artifact.words - 1 }, parent)).toThrow(/more words than the header/);
    const extra = Uint8Array.from([...artifact.ids, 3]);
    expect(() => decodeWordIndex({ ...artifact, ids: extra }, parent)).toThrow(/search index: 1 bytes after the last document/);
  });
});
