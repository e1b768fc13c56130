import { beforeAll, describe, expect, it } from "vitest";
import { CPT, HCPCS, HCPCS_OID, ICD10CM, noteCodeRefs, type LoadedCodeIndex } from "../../../src/coding/index.ts";
import { realArtifacts, realCodeIndex } from "./real-code-index.ts";

let index: LoadedCodeIndex;
beforeAll(async () => { index = await realCodeIndex(); });

describe("lookup: Tabular notes applied by inheritance", () => {
  it("E11 carries its own Excludes1 and use-additional-code notes", () => {
    const notes = index.lookup(ICD10CM, "E11")?.notes;
    expect(notes?.excludes1).toContain("type 1 diabetes mellitus (E10.-)");
    expect(notes?.useAdditionalCode?.some((n) => n.includes("Z79.4"))).toBe(true);
  });

  it("E11.9 inherits the category's notes", () => {
    const entry = index.lookup(ICD10CM, "e11.9");
    expect(entry?.code).toBe("E11.9");
    expect(entry?.notes.excludes1).toContain("type 1 diabetes mellitus (E10.-)");
  });

  it("a code new since the FY2023 Tabular still gets its category's notes", () => {
    const entry = index.lookup(ICD10CM, "E11.A");
    expect(entry?.validOnDate).toBe(true);
    expect(entry?.notes.excludes1).toContain("type 1 diabetes mellitus (E10.-)");
  });

  it("7th characters come from the category, with code-first notes", () => {
    const entry = index.lookup(ICD10CM, "S93.401A");
    expect(entry?.notes.seventhCharacters).toEqual([
      { char: "A", meaning: "initial encounter" }, { char: "D", meaning: "subsequent encounter" }, { char: "S", meaning: "sequela" },
    ]);
    expect(entry?.parent).toBe("S93.401");
    expect(index.lookup(ICD10CM, "S93.401")?.children).toEqual(["S93.401A", "S93.401D", "S93.401S"]);
    expect(index.lookup(ICD10CM, "F02.80")?.notes.codeFirst?.length).toBeGreaterThan(0);
  });

  it("gives short titles, and the older edition's title for an older date of service", async () => {
    expect(index.lookup(ICD10CM, "S93.401A")?.shortDisplay).toBe("Sprain of unspecified ligament of right ankle, init encntr");
    expect(index.lookup(ICD10CM, "E11.9")?.shortDisplay).toBe("Type 2 diabetes mellitus without complications");
    const { icd10cm } = await realArtifacts();
    const revised = icd10cm.older.find((o) => o.edition === "FY2025");
    expect(revised).toBeDefined();
    const code = `${revised?.code.slice(0, 3)}.${revised?.code.slice(3)}`.replace(/\.$/, "");
    expect(index.lookup(ICD10CM, code, "2025-01-15")?.display).toBe(revised?.long);
    expect(index.lookup(ICD10CM, code, "2026-01-15")?.display).not.toBe(revised?.long);
  });

  it("inclusion terms are the code's own", () => {
    expect(index.lookup(ICD10CM, "I10")?.notes.includes).toContain("high blood pressure");
    expect(index.lookup(ICD10CM, "S93.0")?.notes.inclusionTerms).toContain("Subluxation and dislocation of talus");
    expect(index.lookup(ICD10CM, "S93.01XA")?.notes.inclusionTerms).toBeUndefined();
  });

  it("reads the codes a note points to", () => {
    expect(noteCodeRefs("type 1 diabetes mellitus (E10.-)")).toEqual([{ code: "E10", wholeCategory: true }]);
    expect(noteCodeRefs("insulin (Z79.4)")).toEqual([{ code: "Z79.4", wholeCategory: false }]);
    expect(noteCodeRefs("gestational diabetes (O24.4-)")).toEqual([{ code: "O24.4", wholeCategory: true }]);
  });

  it("unknown codes are undefined", () => {
    expect(index.lookup(ICD10CM, "E11.99999")).toBeUndefined();
    expect(index.lookup(CPT, "12345")).toBeUndefined();
  });
});

describe("lookup: HCPCS Level II by date", () => {
  it("G2212 is valid in 2026, under either HCPCS system URI", () => {
    expect(index.lookup(HCPCS, "G2212", "2026-02-01")).toMatchObject({ code: "G2212", validOnDate: true, editions: ["HCPCS 2026-01"] });
    expect(index.lookup(HCPCS_OID, "g2212", "2026-02-01")?.validOnDate).toBe(true);
  });

  it("a code added on 2026-01-01 is not valid before it", async () => {
    const { hcpcs } = await realArtifacts();
    const added = hcpcs.codes.find((c) => c.added === "2026-01-01");
    expect(added).toBeDefined();
    expect(index.lookup(HCPCS, added?.code ?? "", "2025-12-31")?.validOnDate).toBe(false);
    expect(index.lookup(HCPCS, added?.code ?? "", "2026-01-01")?.validOnDate).toBe(true);
    expect(index.search(added?.code ?? "", { dateOfService: "2025-12-31", systems: [HCPCS] })).toEqual([]);
  });
});
