import type { Condition } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { applyCodingConventions } from "../../../../src/coding/suggest/coding-conventions.ts";
import { proposeClaimDiagnoses } from "../../../../src/coding/suggest/propose-claim-diagnoses.ts";
import { SNOMED } from "../../../../src/coding/systems.ts";
import { realCodeIndex } from "../real-code-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await realCodeIndex();
});

const DOS = "2025-11-01";
const chart = (...texts: string[]): { condition: Condition }[] =>
  texts.map((text, i) => ({ condition: { resourceType: "Condition", id: `c${i}`, subject: { reference: "Patient/p" }, code: { text, coding: [{ system: SNOMED, code: "0", display: text }] } } }));
const propose = (...texts: string[]): string[] => proposeClaimDiagnoses(chart(...texts), index, { dateOfService: DOS }).map((d) => d.code);
const listed = (...codes: string[]): string[] =>
  applyCodingConventions(codes.map((code) => ({ code, display: code, reason: "chart" })), index, DOS).map((d) => d.code);

describe("suggestions follow the combination and sequencing conventions (real code sets)", () => {
  it("hypertension with CKD stage 1-4 is I12.9 followed by the stage, not I10", () => {
    expect(propose("Hypertension", "Chronic kidney disease stage 3a")).toEqual(["I12.9", "N18.31"]);
    expect(propose("Chronic kidney disease stage 3a", "Hypertension")).toEqual(["I12.9", "N18.31"]);
  });

  it("hypertension with heart failure is I11.0 + I50.x; with CKD as well I13.0 + I50.x + N18.x", () => {
    expect(propose("Hypertension", "Chronic systolic heart failure")).toEqual(["I11.0", "I50.22"]);
    expect(propose("Hypertension", "Chronic systolic heart failure", "Chronic kidney disease stage 3a")).toEqual(["I13.0", "I50.22", "N18.31"]);
  });

  it("keeps the condition a combination code came from, and says why", () => {
    const [first] = proposeClaimDiagnoses(chart("Hypertension", "Chronic kidney disease stage 3a"), index, { dateOfService: DOS });
    expect(first?.conditionRef).toBe("Condition/c0");
    expect(first?.reason).toMatch(/combined with N18\.31 as I12\.9 \(ICD-10-CM I\.C\.9\.a\.2\)/);
  });

  it("COVID-19 pneumonia starts with U07.1, then J12.82", () => {
    expect(propose("COVID-19 pneumonia")).toEqual(["U07.1", "J12.82"]);
    expect(propose("Pneumonia due to COVID-19", "COVID-19")).toEqual(["U07.1", "J12.82"]);
  });

  it("a BMI code follows its weight diagnosis and never comes first", () => {
    expect(propose("Body mass index 35.0-35.9, adult", "Obesity")).toEqual(["E66.9", "Z68.35"]);
    expect(propose("BMI 36", "Type 2 diabetes mellitus", "Morbid obesity")).toEqual(["E11.9", "E66.01", "Z68.36"]);
    expect(listed("Z68.35")).toEqual(["Z68.35"]);
  });

  it("a diabetic foot ulcer is E11.621 first, then the site code; a pressure ulcer keeps its site code", () => {
    expect(propose("Ulcer of left heel, limited to breakdown of skin", "Type 2 diabetes mellitus")).toEqual(["E11.621", "L97.421"]);
    expect(listed("L97.421", "E11.621")).toEqual(["E11.621", "L97.421"]);
    expect(propose("Pressure ulcer of sacrum, stage 2", "Type 2 diabetes mellitus")).toEqual(["L89.152", "E11.9"]);
  });

  it("a combination that also describes its second part drops it (E11.9 + G62.9 is E11.42)", () => {
    expect(listed("E11.9", "G62.9")).toEqual(["E11.42"]);
    expect(listed("E11.9", "E11.22", "N18.31")).toEqual(["E11.22", "N18.31"]);
  });

  it("quiet when nothing combines: order and codes as proposed", () => {
    expect(propose("Type 2 diabetes mellitus", "Hypertension", "Prediabetes")).toEqual(["E11.9", "I10", "R73.03"]);
    expect(listed("I12.9", "N18.31")).toEqual(["I12.9", "N18.31"]);
    expect(listed("J12.82", "U07.1")).toEqual(["U07.1", "J12.82"]);
    expect(listed("I10", "E66.9", "Z68.35")).toEqual(["I10", "E66.9", "Z68.35"]);
    expect(listed("L97.421")).toEqual(["L97.421"]);
  });
});
