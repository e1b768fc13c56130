import type { Condition } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { suggestDiagnoses } from "../../../../src/coding/suggest/suggest-diagnoses.ts";
import { ICD10CM, SNOMED } from "../../../../src/coding/systems.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

const FY2026 = "2025-11-01";
const FY2025 = "2025-06-01";

function condition(coding: { system: string; code: string; display?: string }[], text?: string): Condition {
  return { resourceType: "Condition", subject: { reference: "Patient/p" }, code: { coding, ...(text ? { text } : {}) } };
}
const snomed = (code: string, display: string): Condition => condition([{ system: SNOMED, code, display }]);
const codes = (c: Condition, date = FY2026): string[] => suggestDiagnoses(c, index, { dateOfService: date }).map((s) => s.coding.code ?? "");

describe("an ICD-10-CM code on the condition", () => {
  it.each([
    [ICD10CM, "E11.9"],
    [ICD10CM, "E119"],
    ["urn:oid:2.16.840.1.113883.6.90", "e11.9"],
  ])("%s %s is taken first, with the dot", (system, code) => {
    const [first] = suggestDiagnoses(condition([{ system, code }]), index, { dateOfService: FY2026 });
    expect(first).toMatchObject({ coding: { system: ICD10CM, code: "E11.9" }, score: 1, reason: "ICD-10-CM code on the condition" });
    expect(first?.coding.display).toMatch(/type 2 diabetes/i);
  });

  it("is taken only when valid on the date of service (E11.A is new in FY2026)", () => {
    const c = condition([{ system: ICD10CM, code: "E11.A" }], "Type 2 diabetes mellitus in remission");
    expect(codes(c, FY2026)[0]).toBe("E11.A");
    const fy2025 = suggestDiagnoses(c, index, { dateOfService: FY2025 });
    expect(fy2025.map((s) => s.coding.code)).not.toContain("E11.A");
    expect(fy2025[0]?.reason).toMatch(/^matched '.*'; the condition's E11.A is not a valid code on 2025-06-01$/);
  });

  it("a header with no words on the condition: every leaf, closest to the header's own title first", () => {
    const result = suggestDiagnoses(condition([{ system: ICD10CM, code: "J45.90" }]), index, { dateOfService: FY2026 });
    expect(result.map((s) => s.coding.code).sort()).toEqual(["J45.901", "J45.902", "J45.909"]);
    expect(result[0]?.coding.code).toBe("J45.909");
  });

  it("a header offers its billable children, ranked by the condition's text", () => {
    const result = suggestDiagnoses(condition([{ system: ICD10CM, code: "E11.2" }], "Diabetic nephropathy"), index, { dateOfService: FY2026 });
    const fromHeader = result.filter((s) => s.reason === "header E11.2: pick a billable child").map((s) => s.coding.code);
    expect(fromHeader.sort()).toEqual(["E11.21", "E11.22", "E11.29"]);
    expect(result[0]?.coding.code).toBe("E11.21");
  });

  it("a code without its 7th character: the initial encounter first, or the episode asked for", () => {
    const c = condition([{ system: ICD10CM, code: "S93.401" }]);
    expect(codes(c).slice(0, 3).sort()).toEqual(["S93.401A", "S93.401D", "S93.401S"]);
    expect(codes(c)[0]).toBe("S93.401A");
    expect(suggestDiagnoses(c, index, { dateOfService: FY2026, episode: "subsequent" })[0]?.coding.code).toBe("S93.401D");
  });

  it("a code that became a header follows the fiscal year (E78.01 split in FY2026)", () => {
    const c = condition([{ system: ICD10CM, code: "E78.01" }]);
    expect(suggestDiagnoses(c, index, { dateOfService: FY2025 })[0]).toMatchObject({ coding: { code: "E78.01" }, score: 1 });
    const fy2026 = suggestDiagnoses(c, index, { dateOfService: FY2026 });
    expect(fy2026.length).toBeGreaterThan(1);
    expect(fy2026.every((s) => s.coding.code?.startsWith("E78.01") && s.coding.code !== "E78.01" && s.reason.startsWith("header E78.01"))).toBe(true);
  });
});

describe("a SNOMED-only or text-only condition", () => {
  it.each([
    ["44054006", "Diabetes mellitus type 2 (disorder)", "E11.9"],
    ["44054006", "Type 2 diabetes mellitus", "E11.9"],
    ["195662009", "Acute viral pharyngitis (disorder)", "J02.9"],
    ["162864005", "Body mass index 30+ - obesity (finding)", "E66.9"],
    ["15777000", "Prediabetes", "R73.03"],
    ["44465007", "Sprain of ankle", "S93.409A"],
    ["38341003", "Hypertension", "I10"],
    ["10509002", "Acute bronchitis (disorder)", "J20.9"],
  ])("SNOMED %s '%s' -> %s first", (code, display, expected) => {
    const [first] = suggestDiagnoses(snomed(code, display), index, { dateOfService: FY2026 });
    expect(first?.coding).toMatchObject({ system: ICD10CM, code: expected });
    expect(first?.reason).toMatch(/^matched '/);
  });

  it("text only, with side and encounter words", () => {
    expect(codes(condition([], "left ankle sprain"))[0]).toBe("S93.402A");
    expect(suggestDiagnoses(snomed("44465007", "Sprain of ankle"), index, { dateOfService: FY2026, episode: "subsequent" })[0]?.coding.code).toBe("S93.409D");
  });

  it("offers only billable codes valid on the date, once each, best first, within the limit", () => {
    const result = suggestDiagnoses(condition([], "Closed fracture of hip"), index, { dateOfService: FY2026, limit: 7 });
    expect(result.length).toBeLessThanOrEqual(7);
    expect(new Set(result.map((s) => s.coding.code)).size).toBe(result.length);
    for (const s of result) {
      const entry = index.lookup(ICD10CM, s.coding.code ?? "", FY2026);
      expect(entry?.validOnDate && entry.children.length === 0, s.coding.code).toBe(true);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(1);
    }
    expect(result.map((s) => s.score)).toEqual([...result.map((s) => s.score)].sort((a, b) => b - a));
  });

  it("an injury comes before its external cause (guideline I.C.20)", () => {
    const first = codes(condition([], "human bite of hand"))[0] ?? "";
    expect(first).toMatch(/^S61\.45/);
  });

  it("nothing to go on: no suggestions", () => {
    expect(suggestDiagnoses({ resourceType: "Condition", subject: {} }, index)).toEqual([]);
    expect(suggestDiagnoses(condition([{ system: SNOMED, code: "38341003" }]), index)).toEqual([]);
  });
});
