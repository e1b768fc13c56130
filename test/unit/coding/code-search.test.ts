import { beforeAll, describe, expect, it } from "vitest";
import { CPT, HCPCS, ICD10CM, MODIFIER, PLACE_OF_SERVICE, type LoadedCodeIndex } from "../../../src/coding/index.ts";
import { realCodeIndex } from "./real-code-index.ts";

let index: LoadedCodeIndex;
beforeAll(async () => { index = await realCodeIndex(); });

const codes = (text: string, options = {}): string[] => index.search(text, options).map((h) => h.code);

describe("search by code", () => {
  it.each([["e119"], ["E11.9"], [" e11.9 "], ["E119"]])("%s finds E11.9 first", (q) => {
    const [first] = index.search(q);
    expect(first).toMatchObject({ system: ICD10CM, code: "E11.9", billable: true });
  });

  it("a partial code with a dot lists ICD-10-CM codes under it, billable ones ahead of headers", () => {
    const hits = index.search("s93.4", { limit: 30 });
    expect(hits[0]?.code).toBe("S93.4");
    expect(hits.every((h) => h.code.startsWith("S93.4") && h.system === ICD10CM)).toBe(true);
    const firstHeader = hits.slice(1).findIndex((h) => !h.billable);
    const lastBillable = hits.slice(1).map((h) => h.billable).lastIndexOf(true);
    expect(firstHeader === -1 || firstHeader > lastBillable).toBe(true);
  });

  it("a category needing a 7th character offers the completions", () => {
    expect(codes("S93.401", { billableOnly: true })).toEqual(["S93.401A", "S93.401D", "S93.401S"]);
    expect(codes("t45.0x1", { billableOnly: true })).toEqual(expect.arrayContaining(["T45.0X1A", "T45.0X1D", "T45.0X1S"]));
  });

  it("a lone letter starts a code, and nonsense finds nothing", () => {
    expect(index.search("e", { systems: [ICD10CM] }).every((h) => h.code.startsWith("E"))).toBe(true);
    expect(index.search("e", { systems: [ICD10CM] }).length).toBe(20);
    expect(index.search("   ")).toEqual([]);
    expect(index.search("???")).toEqual([]);
    expect(index.search("x".repeat(300))).toEqual([]);
  });

  it("finds HCPCS Level II codes and our CPT E/M numbers", () => {
    expect(index.search("J1100")[0]).toMatchObject({ system: HCPCS, code: "J1100" });
    expect(index.search("g2212")[0]).toMatchObject({ system: HCPCS, code: "G2212" });
    expect(index.search("99213")[0]).toMatchObject({ system: CPT, code: "99213", billable: true });
  });

  it("modifiers and places of service only when asked for", () => {
    expect(codes("25")).not.toContain("25");
    expect(index.search("25", { systems: [MODIFIER] })[0]?.code).toBe("25");
    expect(index.search("11", { systems: [PLACE_OF_SERVICE] })[0]).toMatchObject({ code: "11", display: "Office" });
    expect(index.search("xs", { systems: [MODIFIER] })[0]?.code).toBe("XS");
  });
});

describe("search by words", () => {
  it("word prefixes in any order", () => {
    expect(codes("diab typ 2 neph")[0]).toBe("E11.21");
    expect(codes("neph 2 typ diab")[0]).toBe("E11.21");
  });

  it("inclusion terms work as synonyms", () => {
    expect(codes("high blood pressure", { limit: 5 })).toContain("I10");
    expect(codes("demodex")).toContain("B88.01");
  });

  it.each([
    ["diabetis mellitus typ 2", "E11.9"], ["hypertenson", "I10"], ["pneumonai", "J18.9"], ["astma", "J45.909"],
  ])("forgives one typo: %s -> %s", (q, code) => {
    expect(codes(q, { limit: 10 })).toContain(code);
  });

  it("never matches a short word with a typo", () => {
    expect(codes("tbe")).toEqual([]);
  });

  it("billableOnly leaves out headers and brings the header's billable children", () => {
    const hits = index.search("type 2 diabetes mellitus", { billableOnly: true, limit: 30 });
    expect(hits.length).toBe(30);
    expect(hits.every((h) => h.billable)).toBe(true);
    expect(hits.map((h) => h.code)).toContain("E11.9");
    // E11 also prefixes HCPCS keys (E1100 wheelchair ...): a header brings only its own system's codes.
    expect(index.search("type 2 diabetes mellitus", { limit: 40 }).every((h) => h.system === ICD10CM)).toBe(true);
  });

  it("ranks shorter titles ahead when coverage ties", () => {
    const [first] = index.search("cholera");
    expect(first?.code).toBe("A00.9");
  });
});

describe("clinical abbreviations", () => {
  it.each([
    ["htn", /^I10$/], ["HTN", /^I10$/], ["t2dm", /^E11\./], ["DM2", /^E11\./], ["ckd", /^N18\./], ["copd", /^J44\./],
    ["gerd", /^K21\./], ["uti", /^N39\.0$/], ["uri", /^J06\.9$/], ["chf", /^I50\./], ["afib", /^I48\./], ["mi", /^I21\./],
    ["bph", /^N40\./], ["oa knee", /^M17\./], ["ra", /^M0[5-6]\./], ["dvt", /^I82\./], ["pe", /^I26\./], ["adhd", /^F90\./],
    ["cad", /^I25\./], ["hld", /^E78\./], ["osa", /^G47\.33$/],
  ])("%s -> %s", (q, expected) => {
    const [first] = index.search(q, { systems: [ICD10CM] });
    expect(first?.code).toMatch(expected);
    expect(first?.billable).toBe(true);
  });
});
