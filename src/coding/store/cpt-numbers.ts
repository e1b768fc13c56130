import file from "../data/cpt-numbers.json" with { type: "json" };
import { ArrayCodeList } from "./code-list.ts";
import type { CodeStore } from "./code-store.ts";
import type { IndexedCode } from "./code-table.ts";
import { buildWordIndex } from "./word-index.ts";
import { CPT } from "../systems.ts";

let numbers: readonly string[] | undefined;

/** The CPT numbers CMS's public files know, sorted. */
export function cptNumbers(): readonly string[] {
  numbers ??= file.numbers.split(" ");
  return numbers;
}

/**
 * The CPT numbers as a store found by number only (no words: the AMA owns the descriptors), in
 * the numbers' own order. A line shows "CPT 20610", plus the EMR's or a licensed text when there is one.
 */
export function cptNumberStore(): CodeStore {
  const codes = cptNumbers();
  const entries = new ArrayCodeList(codes.map((code): IndexedCode => ({ system: CPT, code, key: code, display: "" })));
  const parent = new Int32Array(codes.length).fill(-1);
  return {
    entries,
    words: buildWordIndex([]),
    byKey: Int32Array.from(codes, (_, i) => i),
    parent,
    seen: new Int32Array(codes.length),
    preference: new Int8Array(codes.length),
    titleLength: new Uint16Array(codes.length),
    rankCache: new Map(),
  };
}
