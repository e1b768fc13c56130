/**
 * What building the code index computes (see createCodeIndexWithParts), in the shape the
 * browser's store keeps: one ArrayBuffer holding every typed array back to back and the
 * vocabulary as UTF-8, described by a small JSON header at its start. Storing and reading it is
 * a copy of bytes (no graph of objects for the structured clone to walk); reading back checks
 * every part's type, length and bounds, so an entry written by another version of the app, or
 * damaged, reads as "nothing kept" and the index is built again.
 *
 *   [u32 header length][header JSON][padding to 8][arrays, each 8-aligned][vocabulary]
 */
import type { BuiltIndexParts } from "../../coding/search/index.ts";

/** Bump when the layout of the kept parts, or what they mean, changes (part of the cache key). */
export const INDEX_PARTS_FORMAT = 2;

/** The kept parts: one buffer (see the layout above). */
export type StoredIndexParts = ArrayBuffer;

type ArrayKind = "i32" | "u8" | "i8" | "u16";
type TypedArray = Int32Array | Uint8Array | Int8Array | Uint16Array;
const CONSTRUCTORS = { i32: Int32Array, u8: Uint8Array, i8: Int8Array, u16: Uint16Array } as const;

/** Every typed array of the parts: its path in BuiltIndexParts and its kind. */
const LAYOUT: [path: string, kind: ArrayKind][] = [
  ["icd.parents", "i32"], ["icd.longLength", "i32"], ["icd.longStarts", "i32"], ["icd.masks", "u8"],
  ["store.byKey", "i32"], ["store.parent", "i32"], ["store.preference", "i8"], ["store.titleLength", "u16"],
  ["store.words.postOff", "i32"], ["store.words.post", "i32"], ["store.words.fwdOff", "i32"], ["store.words.fwd", "i32"],
];

interface Header { format: number; arrays: [offset: number, length: number][]; vocab: [offset: number, bytes: number] }

const align = (n: number) => Math.ceil(n / 8) * 8;

function at(root: object, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[k] : undefined), root);
}

export function toStoredParts(built: BuiltIndexParts): StoredIndexParts {
  const arrays = LAYOUT.map(([path]) => at(built, path) as TypedArray);
  const vocab = new TextEncoder().encode(built.store.words.vocab.join("\n"));
  // The header's numbers are laid out after its own length is known: its size does not depend on them by more than the padding.
  const place = (start: number) => {
    let pos = start;
    const offsets = arrays.map((a) => { const o = pos; pos = align(pos + a.byteLength); return [o, a.length] as [number, number]; });
    return { offsets, vocabAt: pos, end: pos + vocab.byteLength };
  };
  let start = 0;
  let header = "";
  for (;;) {
    const { offsets, vocabAt } = place(start);
    header = JSON.stringify({ format: INDEX_PARTS_FORMAT, arrays: offsets, vocab: [vocabAt, vocab.byteLength] } satisfies Header);
    const needed = align(4 + new TextEncoder().encode(header).byteLength);
    if (needed <= start) break;
    start = needed;
  }
  const { offsets, vocabAt, end } = place(start);
  const buffer = new ArrayBuffer(end);
  const bytes = new Uint8Array(buffer);
  const head = new TextEncoder().encode(header);
  new DataView(buffer).setUint32(0, head.byteLength, true);
  bytes.set(head, 4);
  arrays.forEach((a, i) => bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offsets[i]![0]));
  bytes.set(vocab, vocabAt);
  return buffer;
}

function readHeader(buffer: ArrayBuffer): Header | undefined {
  if (buffer.byteLength < 4) return undefined;
  const length = new DataView(buffer).getUint32(0, true);
  if (4 + length > buffer.byteLength) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length)));
  } catch {
    return undefined;
  }
  const h = header as Partial<Header> | null;
  const pair = (p: unknown) => Array.isArray(p) && p.length === 2 && p.every((n) => Number.isInteger(n) && n >= 0);
  if (typeof h !== "object" || h === null || h.format !== INDEX_PARTS_FORMAT) return undefined;
  if (!Array.isArray(h.arrays) || h.arrays.length !== LAYOUT.length || !h.arrays.every(pair) || !pair(h.vocab)) return undefined;
  return h as Header;
}

/** The kept parts (views of `value`), or undefined when `value` is not a whole set of them in this format. */
export function fromStoredParts(value: unknown): BuiltIndexParts | undefined {
  if (!(value instanceof ArrayBuffer)) return undefined;
  const header = readHeader(value);
  if (!header) return undefined;
  const views: TypedArray[] = [];
  for (const [i, [, kind]] of LAYOUT.entries()) {
    const [offset, length] = header.arrays[i]!;
    const C = CONSTRUCTORS[kind];
    if (offset % C.BYTES_PER_ELEMENT !== 0 || offset + length * C.BYTES_PER_ELEMENT > value.byteLength) return undefined;
    views.push(new C(value, offset, length));
  }
  const [vocabAt, vocabBytes] = header.vocab;
  if (vocabAt + vocabBytes > value.byteLength) return undefined;
  const vocab = new TextDecoder().decode(new Uint8Array(value, vocabAt, vocabBytes)).split("\n");
  const [parents, longLength, longStarts, masks, byKey, parent, preference, titleLength, postOff, post, fwdOff, fwd] = views;
  return {
    icd: { parents: parents as Int32Array, longLength: longLength as Int32Array, longStarts: longStarts as Int32Array, masks: masks as Uint8Array },
    store: {
      byKey: byKey as Int32Array, parent: parent as Int32Array, preference: preference as Int8Array, titleLength: titleLength as Uint16Array,
      words: { vocab, postOff: postOff as Int32Array, post: post as Int32Array, fwdOff: fwdOff as Int32Array, fwd: fwd as Int32Array },
    },
  };
}
