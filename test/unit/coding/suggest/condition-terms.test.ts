import { describe, expect, it } from "vitest";
import { phraseReadings } from "../../../../src/coding/suggest/clinical-phrases.ts";
import { conditionIcd10CmCodes, conditionTexts, normalizeIcd10CmCode, stripSemanticTag } from "../../../../src/coding/suggest/condition-terms.ts";
import { ICD10CM, SNOMED } from "../../../../src/coding/systems.ts";

describe("condition terms", () => {
  it.each([
    ["Acute bronchitis (disorder)", "Acute bronchitis"],
    ["Body mass index 30+ - obesity (finding)", "Body mass index 30+ - obesity"],
    ["History of cardiac arrest (situation)", "History of cardiac arrest"],
    ["Pain (finding) in knee", "Pain (finding) in knee"],
  ])("stripSemanticTag(%s) = %s", (text, stripped) => {
    expect(stripSemanticTag(text)).toBe(stripped);
  });

  it.each([["E119", "E11.9"], ["s93.401a", "S93.401A"], ["I10", "I10"], [" J45.909 ", "J45.909"]])("normalizeIcd10CmCode(%s) = %s", (code, normalized) => {
    expect(normalizeIcd10CmCode(code)).toBe(normalized);
  });

  it("texts: code.text first, then displays, tags stripped, no repeats", () => {
    const coding = [{ system: SNOMED, code: "1", display: "Hypertension (disorder)" }, { system: ICD10CM, code: "I10", display: "Essential (primary) hypertension" }];
    expect(conditionTexts({ resourceType: "Condition", subject: {}, code: { text: "hypertension", coding } })).toEqual(["hypertension", "Essential (primary) hypertension"]);
  });

  it("ICD-10-CM codes from both system spellings, without repeats; other systems ignored", () => {
    const coding = [{ system: ICD10CM, code: "E119" }, { system: "urn:oid:2.16.840.1.113883.6.90", code: "E11.9" }, { system: SNOMED, code: "44054006" }, { system: ICD10CM, code: "" }];
    expect(conditionIcd10CmCodes({ resourceType: "Condition", subject: {}, code: { coding } })).toEqual(["E11.9"]);
  });
});

describe("phraseReadings: the coder's reading next to the original", () => {
  const texts = (t: string): string[] => phraseReadings(t).map((r) => r.text);

  it.each([
    ["DM type II w/ neuropathy", "diabetes mellitus type 2 with neuropathy"],
    ["Concussion with no loss of consciousness", "concussion without loss of consciousness"],
    ["Diabetic renal disease (disorder)", "type 2 diabetes mellitus with diabetic kidney disease"],
    ["Streptococcal sore throat", "streptococcal pharyngitis"],
    ["hx of MI", "old myocardial infarction"],
    ["CHF", "heart failure"],
    ["Routine physical exam", "encounter for general adult medical examination"],
    ["Well baby visit", "encounter for routine child health examination"],
    ["COVID vaccine", "encounter for immunization"],
    ["Hypertension and chronic kidney disease", "hypertensive chronic kidney disease"],
    ["CKD 4 with HTN", "hypertensive chronic kidney disease"],
    ["hypertension, heart failure", "hypertensive heart disease with heart failure"],
    ["Type 2 diabetes, poorly controlled", "type 2 diabetes with hyperglycemia"],
    ["Hypertension stage 2", "hypertension"],
  ])("%s -> %s", (text, reading) => {
    const all = texts(text.replace(/ \(disorder\)$/, ""));
    expect(all[0]).toBe(text.replace(/ \(disorder\)$/, "").toLowerCase().replace(/[^a-z0-9/+]+/g, " ").trim());
    expect(all).toContain(reading);
  });

  it("a dash-separated SNOMED name also gives its parts, weighted lower", () => {
    const readings = phraseReadings("Body mass index 30+ - obesity");
    expect(readings[0]).toEqual({ text: "body mass index 30+ obesity", weight: 1 });
    expect(readings.find((r) => r.text === "obesity")?.weight).toBeLessThan(1);
  });

  it("a text with commas also gives its head, weighted lower than a dash part", () => {
    const readings = phraseReadings("Pneumonia, right lower lobe");
    const head = readings.find((r) => r.text === "pneumonia");
    expect(head?.weight).toBeLessThan(0.85);
    expect(readings[0]).toEqual({ text: "pneumonia right lower lobe", weight: 1 });
  });

  it("diabetes with a stated type keeps it", () => {
    expect(texts("type 1 diabetes").join("|")).not.toContain("type 2");
  });
});
