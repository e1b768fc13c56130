import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { complicatingCategory, pregnancyReading } from "../../../../src/coding/suggest/pregnancy-complications.ts";
import { suggestDiagnoses } from "../../../../src/coding/suggest/suggest-diagnoses.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";

const hit = (code: string) => ({ system: ICD10CM, code, display: "", billable: true });

describe("a condition in pregnancy", () => {
  it.each([
    ["Depression in pregnancy, second trimester", "depression", "second trimester"],
    ["asthma during pregnancy at 30 weeks", "asthma", "third trimester"],
    ["migraine, pregnant", "migraine", "unspecified trimester"],
  ])("%s: the condition and the trimester", (text, condition, trimester) => {
    expect(pregnancyReading(text)).toEqual({ condition, trimester });
  });

  it("is nothing for a text without pregnancy", () => {
    expect(pregnancyReading("depression, recurrent")).toBeUndefined();
  });

  it.each([
    ["F32.A", "O99.34"], ["J45.909", "O99.51"], ["D64.9", "O99.01"], ["D69.6", "O99.11"], ["I10", undefined], ["E11.9", undefined], ["N39.0", undefined],
  ])("%s goes to %s", (code, category) => {
    expect(complicatingCategory(hit(code))).toBe(category);
  });
});

describe("suggestions for a condition in pregnancy", () => {
  let index: CodeIndex;
  beforeAll(async () => {
    index = await loadCodeIndex();
  });

  it("offer the chapter 15 code of the condition's body system with the trimester first", () => {
    const condition = { resourceType: "Condition" as const, subject: { reference: "Patient/p" }, code: { text: "asthma in pregnancy, third trimester" } };
    expect(suggestDiagnoses(condition, index, { dateOfService: "2025-10-01" })[0]?.coding.code).toBe("O99.513");
  });
});
