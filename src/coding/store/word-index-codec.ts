import type { SearchIndexArtifact } from "../artifacts/index.ts";
import { ARTIFACT_FORMAT } from "../artifacts/index.ts";
import { ByteReader, ByteWriter } from "../artifacts/index.ts";
import { buildPostings, type WordIndex } from "./word-index.ts";

/**
 * The shipped word index, so loading needs no tokenising: the vocabulary and, per document, the
 * word ids it adds to its parent's (when it has all of its parent's words) or all its word ids.
 * Numbers are little-endian base-128 varints (7 bits a byte, high bit = more follows), in a
 * binary column; ids within a document are delta-coded.
 */
function wordsOf(index: WordIndex, d: number): number[] {
  return [...index.fwd.subarray(index.fwdOff[d], index.fwdOff[d + 1])];
}

export function encodeWordIndex(index: WordIndex, parent: Int32Array): SearchIndexArtifact {
  const out = new ByteWriter();
  const docs = index.fwdOff.length - 1;
  for (let d = 0; d < docs; d++) {
    const own = wordsOf(index, d).sort((a, b) => a - b);
    const p = parent[d] ?? -1;
    const inherited = p >= 0 && p < d ? new Set(wordsOf(index, p)) : undefined;
    const inherit = inherited !== undefined && [...inherited].every((w) => own.includes(w));
    const extra = inherit ? own.filter((w) => !inherited.has(w)) : own;
    out.varint(extra.length * 2 + (inherit ? 1 : 0));
    extra.forEach((w, i) => out.varint(w - (i > 0 ? (extra[i - 1] ?? 0) : 0)));
  }
  return { format: ARTIFACT_FORMAT, kind: "search-index", docs, words: index.fwd.length, vocab: index.vocab.join("\n"), ids: out.toBytes() };
}

/** Rebuilds the index; `parent` must be the same hierarchy the encoder saw. */
export function decodeWordIndex(artifact: SearchIndexArtifact, parent: Int32Array, docOrder?: Int32Array): WordIndex {
  const reader = new ByteReader(artifact.ids, "search index: the id stream ends early");
  const docs = artifact.docs;
  const fwd = new Int32Array(artifact.words);
  const fwdOff = new Int32Array(docs + 1);
  let n = 0;
  for (let d = 0; d < docs; d++) {
    const head = reader.varint();
    const count = head >>> 1;
    const p = parent[d] ?? -1;
    const inherit = (head & 1) === 1 && p >= 0;
    const to = inherit ? (fwdOff[p + 1] ?? 0) : 0;
    if (n + (inherit ? to - (fwdOff[p] ?? 0) : 0) + count > fwd.length) throw new Error("search index: more words than the header says");
    for (let i = inherit ? (fwdOff[p] ?? 0) : 0; i < to; i++) fwd[n++] = fwd[i] ?? 0;
    let w = 0;
    for (let k = 0; k < count; k++) { w += reader.varint(); fwd[n++] = w; }
    fwdOff[d + 1] = n;
  }
  if (reader.offset !== artifact.ids.length) throw new Error(`search index: ${artifact.ids.length - reader.offset} bytes after the last document`);
  const vocab = artifact.vocab.split("\n");
  return { vocab, ...buildPostings(fwd.subarray(0, n), fwdOff, vocab.length, docOrder) };
}
