/**
 * What building the code index computes (see createCodeIndexWithParts), in the shape the
 * browser's store keeps: typed arrays as they are (copied as bytes) and the vocabulary as one
 * newline-joined string. Reading it back checks every part's type, so an entry written by another
 * version of the app, or damaged, reads as "nothing kept" and the index is built again.
 */
import type { BuiltIndexParts } from "../../coding/search/create-code-index.ts";

/** Bump when the shape of the kept parts, or what they mean, changes (part of the cache key). */
export const INDEX_PARTS_FORMAT = 1;

export interface StoredIndexParts {
  format: number;
  icd: { parents: Int32Array; longLength: Int32Array; longStarts: Int32Array; masks: Uint8Array };
  store: {
    byKey: Int32Array; parent: Int32Array; preference: Int8Array; titleLength: Uint16Array;
    words: { vocab: string; postOff: Int32Array; post: Int32Array; fwdOff: Int32Array; fwd: Int32Array };
  };
}

/** A view of part of a larger buffer is kept as its own bytes only. */
function own<T extends Int32Array | Uint8Array | Int8Array | Uint16Array>(array: T): T {
  return array.byteLength === array.buffer.byteLength ? array : (array.slice() as T);
}

export function toStoredParts(built: BuiltIndexParts): StoredIndexParts {
  const { icd, store } = built;
  const { words } = store;
  return {
    format: INDEX_PARTS_FORMAT,
    icd: { parents: own(icd.parents), longLength: own(icd.longLength), longStarts: own(icd.longStarts), masks: own(icd.masks) },
    store: {
      byKey: own(store.byKey), parent: own(store.parent), preference: own(store.preference), titleLength: own(store.titleLength),
      words: { vocab: words.vocab.join("\n"), postOff: own(words.postOff), post: own(words.post), fwdOff: own(words.fwdOff), fwd: own(words.fwd) },
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The kept parts, or undefined when `value` is not a whole set of them in this format. */
export function fromStoredParts(value: unknown): BuiltIndexParts | undefined {
  if (!isObject(value) || value["format"] !== INDEX_PARTS_FORMAT) return undefined;
  const icd = value["icd"];
  const store = value["store"];
  const words = isObject(store) ? store["words"] : undefined;
  if (!isObject(icd) || !isObject(store) || !isObject(words) || typeof words["vocab"] !== "string") return undefined;
  const i32 = (o: Record<string, unknown>, names: string[]) => names.every((n) => o[n] instanceof Int32Array);
  if (!i32(icd, ["parents", "longLength", "longStarts"]) || !(icd["masks"] instanceof Uint8Array)) return undefined;
  if (!i32(store, ["byKey", "parent"]) || !(store["preference"] instanceof Int8Array) || !(store["titleLength"] instanceof Uint16Array)) return undefined;
  if (!i32(words, ["postOff", "post", "fwdOff", "fwd"])) return undefined;
  const s = store as unknown as StoredIndexParts["store"];
  return {
    icd: icd as unknown as StoredIndexParts["icd"],
    store: { byKey: s.byKey, parent: s.parent, preference: s.preference, titleLength: s.titleLength, words: { ...s.words, vocab: s.words.vocab.split("\n") } },
  };
}
