import { beforeAll, describe, expect, it } from "vitest";
import { icdCodes, validityOn } from "../../../src/coding/store/code-table.ts";
import { editionForDate, ICD10CM, type CodeArtifacts, type LoadedCodeIndex } from "../../../src/coding/index.ts";
import { realArtifacts, realCodeIndex } from "./real-code-index.ts";

let artifacts: CodeArtifacts;
let index: LoadedCodeIndex;
beforeAll(async () => {
  artifacts = await realArtifacts();
  index = await realCodeIndex();
});

function fy(id: string): number {
  return artifacts.icd10cm.editions.findIndex((e) => e.id === id);
}

describe("ICD-10-CM code sets from the committed artifacts", () => {
  it("FY2026 has exactly 74,719 billable codes (the CMS published total)", () => {
    const billable = icdCodes(artifacts.icd10cm).filter((e) => validityOn(e, fy("FY2026"), undefined) === 2);
    expect(billable.length).toBe(74_719);
  });

  it("FY2025 has 74,260 billable codes", () => {
    const billable = icdCodes(artifacts.icd10cm).filter((e) => validityOn(e, fy("FY2025"), undefined) === 2);
    expect(billable.length).toBe(74_260);
  });

  it("a code with codes under it is never billable, in either edition", () => {
    for (const edition of ["FY2025", "FY2026"]) {
      const present = icdCodes(artifacts.icd10cm).filter((e) => validityOn(e, fy(edition), undefined) !== 0);
      const offenders = present.filter((e, i) => (present[i + 1]?.key.startsWith(e.key) ?? false) && validityOn(e, fy(edition), undefined) === 2);
      expect(offenders.map((e) => e.code)).toEqual([]);
    }
  });

  it("headers are looked up as not billable and lead to their children", () => {
    const e11 = index.lookup(ICD10CM, "E11");
    expect(e11?.billable).toBe(false);
    expect(e11?.validOnDate).toBe(false);
    expect(e11?.children).toContain("E11.9");
    expect(index.lookup(ICD10CM, "E11.9")?.parent).toBe("E11");
  });

  it("records the fiscal year of the Tabular notes", () => {
    expect(artifacts.notes.fiscalYear).toBe("FY2023");
    expect(index.info.notesEdition).toBe("FY2023 Tabular");
    expect(index.lookup(ICD10CM, "E11.9")?.notesEdition).toBe("FY2023 Tabular");
  });
});

describe("the date of service picks the code set (FY runs Oct 1 - Sep 30)", () => {
  // From icd10cm_order_addenda_2026.txt: "Delete: 1 S301XXA Contusion of abdominal wall, initial encounter".
  const deleted = "S30.1XXA";
  // "Add: 1 B8801 Infestation by Demodex mites"; and B88.0 went from billable to header.
  const added = "B88.01";
  const becameHeader = "B88.0";

  it.each([
    ["2025-09-30", deleted, true], ["2025-10-01", deleted, false], ["2026-03-15", deleted, false],
    ["2025-09-30", added, false], ["2025-10-01", added, true],
    ["2025-09-30", becameHeader, true], ["2025-10-01", becameHeader, false],
  ])("on %s %s is valid: %s", (date, code, valid) => {
    expect(index.lookup(ICD10CM, code, date)?.validOnDate).toBe(valid);
  });

  it("a deleted code is offered by billable-only search before FY2026 and refused after", () => {
    const codes = (date: string): string[] => index.search(deleted, { dateOfService: date, billableOnly: true }).map((h) => h.code);
    expect(codes("2025-06-01")).toContain(deleted);
    expect(codes("2025-10-01")).not.toContain(deleted);
  });

  it("a date outside FY2025-FY2026 uses the nearest edition and says so", () => {
    const early = editionForDate(artifacts.icd10cm.editions, "2023-05-01");
    expect(early.edition.id).toBe("FY2025");
    expect(early.covered).toBe(false);
    const late = index.lookup(ICD10CM, "E11.9", "2027-01-10");
    expect(late?.codeSetEdition).toBe("FY2026");
    expect(late?.codeSetNote).toMatch(/outside/);
    expect(index.lookup(ICD10CM, "E11.9", "2026-01-10")?.codeSetNote).toBeUndefined();
  });
});
