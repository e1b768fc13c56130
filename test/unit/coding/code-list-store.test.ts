import { describe, expect, it } from "vitest";
import { TableCodeList, type LazyTable } from "../../../src/coding/store/code-list.ts";
import { buildCodeStore, findCode, type CodeStore } from "../../../src/coding/store/code-store.ts";
import { shippedCodes, type IndexedCode } from "../../../src/coding/store/code-table.ts";
import { CPT, HCPCS, ICD10CM, MODIFIER, PLACE_OF_SERVICE } from "../../../src/coding/systems.ts";
import { realArtifacts } from "./real-code-index.ts";

const TABLE_KEYS = ["A00", "A0001", "G01", "J01"];

function table(made: number[]): LazyTable {
  return {
    system: ICD10CM, keys: TABLE_KEYS, masks: Uint8Array.from([1, 3, 15, 3]),
    make: (i) => { made.push(i); return { system: ICD10CM, key: TABLE_KEYS[i] ?? "", code: TABLE_KEYS[i] ?? "", display: `t${i}`, mask: 1 }; },
  };
}

const code = (system: string, key: string): IndexedCode => ({ system, key, code: key, display: `${key} ${system.length}` });
/** Keys shared by two systems: an ICD key equal to an HCPCS one, a modifier equal to a POS code and a CPT number. */
const REST = [code(HCPCS, "J01"), code(MODIFIER, "22"), code(PLACE_OF_SERVICE, "22"), code(CPT, "22"), code(HCPCS, "A0001"), code(MODIFIER, "GT")];

function keyed(store: CodeStore): string[] {
  return [...store.byKey].map((id) => `${store.entries.keyOf(id)}|${store.entries.systemOf(id)}`);
}

function bySystemThenKey(a: string, b: string): number {
  const [ka = "", sa = ""] = a.split("|");
  const [kb = "", sb = ""] = b.split("|");
  return ka !== kb ? (ka < kb ? -1 : 1) : sa < sb ? -1 : sa > sb ? 1 : 0;
}

describe("a table-backed code list", () => {
  it("makes a table entry once, on first read, and answers outside the table from the rest", () => {
    const made: number[] = [];
    const list = new TableCodeList(table(made), REST);
    expect(list.length).toBe(10);
    expect(list.keyOf(3)).toBe("J01");
    expect(list.at(3)?.key).toBe("J01");
    expect(list.at(3)).toBe(list.at(3));
    expect(made).toEqual([3]);
    expect([list.keyOf(4), list.systemOf(4), list.maskOf(4), list.at(4)?.system]).toEqual(["J01", HCPCS, undefined, HCPCS]);
    expect([list.maskOf(2), list.systemOf(3)]).toEqual([15, ICD10CM]);
    for (const id of [-1, -5, 10, 11]) {
      expect([list.at(id), list.keyOf(id), list.systemOf(id), list.maskOf(id)]).toEqual([undefined, "", "", undefined]);
    }
    expect(made).toEqual([3]);
  });
});

describe("key order of a store over a table run and other entries", () => {
  it("merges keys shared by two systems in system order, and finds each by system", () => {
    const store = buildCodeStore(new TableCodeList(table([]), REST), { icd: { keys: TABLE_KEYS, parents: Int32Array.from([-1, 0, -1, -1]), titleLength: Int32Array.from([2, 2, 2, 2]) } });
    const order = keyed(store);
    expect(order).toEqual([...order].sort(bySystemThenKey));
    expect(new Set(store.byKey).size).toBe(10);
    for (const [id, e] of [...TABLE_KEYS.map((k) => ({ system: ICD10CM, key: k })), ...REST].entries()) {
      expect(findCode(store, e.system, e.key)).toBe(id);
    }
    expect(findCode(store, HCPCS, "A00")).toBe(-1);
  });

  it("keeps the shipped index in (key, system) order, with every entry once", async () => {
    const a = await realArtifacts();
    const { entries, icd } = shippedCodes(a.icd10cm, a.icd10cmShort, a.hcpcs, a.other);
    const store = buildCodeStore(entries, { icd, shipped: a.search });
    const order = keyed(store);
    const misplaced = order.filter((k, i) => i > 0 && bySystemThenKey(order[i - 1] ?? "", k) > 0);
    expect(misplaced).toEqual([]);
    expect(new Set(store.byKey).size).toBe(entries.length);
  });
});
