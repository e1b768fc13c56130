import type { SearchIndexArtifact } from "./artifact-format.ts";
import { ARTIFACT_FORMAT } from "./artifact-format.ts";
import { buildPostings, type WordIndex } from "./word-index.ts";

/**
 * The shipped word index, so loading needs no tokenising: the vocabulary and, per document, the
 * word ids it adds to its parent's (when it has all of its parent's words) or all its word ids.
 * Numbers are little-endian base-128 varints (7 bits a byte, high bit = more follows), in a
 * binary column; ids within a document are delta-coded.
 */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 128) { out.push(128 | (v & 127)); v = Math.floor(v / 128); }
  out.push(v);
}

function wordsOf(index: WordIndex, d: number): number[] {
  return [...index.fwd.subarray(index.fwdOff[d], index.fwdOff[d + 1])];
}

export function encodeWordIndex(index: WordIndex, parent: Int32Array): SearchIndexArtifact {
  const out: number[] = [];
  const docs = index.fwdOff.length - 1;
  for (let d = 0; d < docs; d++) {
    const own = wordsOf(index, d).sort((a, b) => a - b);
    const p = parent[d] ?? -1;
    const inherited = p >= 0 && p < d ? new Set(wordsOf(index, p)) : undefined;
    const inherit = inherited !== undefined && [...inherited].every((w) => own.includes(w));
    const extra = inherit ? own.filter((w) => !inherited.has(w)) : own;
    pushVarint(out, extra.length * 2 + (inherit ? 1 : 0));
    extra.forEach((w, i) => pushVarint(out, w - (i > 0 ? (extra[i - 1] ?? 0) : 0)));
  }
  return { format: ARTIFACT_FORMAT, kind: "search-index", docs, words: index.fwd.length, vocab: index.vocab.join("\n"), ids: Uint8Array.from(out) };
}

/** Reads the varints of the id stream one after another. */
class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  next(): number {
    const bytes = this.bytes;
    let b = bytes[this.pos++] ?? 256;
    if (b < 128) return b;
    let v = 0;
    let scale = 1;
    for (;;) {
      if (b > 255) throw new Error("search index: the id stream ends early");
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
      b = bytes[this.pos++] ?? 256;
    }
  }
}

/** Rebuilds the index; `parent` must be the same hierarchy the encoder saw. */
export function decodeWordIndex(artifact: SearchIndexArtifact, parent: Int32Array, docOrder?: Int32Array): WordIndex {
  const reader = new VarintReader(artifact.ids);
  const docs = artifact.docs;
  const fwd = new Int32Array(artifact.words);
  const fwdOff = new Int32Array(docs + 1);
  let n = 0;
  for (let d = 0; d < docs; d++) {
    const head = reader.next();
    const count = head >>> 1;
    const p = parent[d] ?? -1;
    const inherit = (head & 1) === 1 && p >= 0;
    const to = inherit ? (fwdOff[p + 1] ?? 0) : 0;
    if (n + (inherit ? to - (fwdOff[p] ?? 0) : 0) + count > fwd.length) throw new Error("search index: more words than the header says");
    for (let i = inherit ? (fwdOff[p] ?? 0) : 0; i < to; i++) fwd[n++] = fwd[i] ?? 0;
    let w = 0;
    for (let k = 0; k < count; k++) { w += reader.next(); fwd[n++] = w; }
    fwdOff[d + 1] = n;
  }
  if (reader.pos !== artifact.ids.length) throw new Error(`search index: ${artifact.ids.length - reader.pos} bytes after the last document`);
  const vocab = artifact.vocab.split("\n");
  return { vocab, ...buildPostings(fwd.subarray(0, n), fwdOff, vocab.length, docOrder) };
}
