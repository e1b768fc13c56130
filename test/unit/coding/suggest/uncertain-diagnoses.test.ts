import type { Coding, Condition } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { suggestDiagnoses } from "../../../../src/coding/suggest/suggest-diagnoses.ts";
import { withoutUncertainDiagnoses } from "../../../../src/coding/suggest/uncertain-diagnoses.ts";
import { ICD10CM, SNOMED } from "../../../../src/coding/systems.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

const DATE = "2025-11-01";
const condition = (text: string, coding?: Coding[]): Condition => ({
  resourceType: "Condition",
  subject: { reference: "Patient/p" },
  code: { text, ...(coding ? { coding } : {}) },
});
const codes = (c: Condition): string[] => suggestDiagnoses(c, index, { dateOfService: DATE }).map((s) => s.coding.code ?? "");

describe("uncertain diagnoses are not suggested as confirmed (guideline IV.H)", () => {
  it.each([
    ["likely strep throat", "J02.0"],
    ["rule out pneumonia", "J18.9"],
    ["r/o pneumonia", "J18.9"],
    ["suspected influenza", "J11.1"],
    ["probable UTI", "N39.0"],
    ["possible migraine", "G43.909"],
    ["strep throat suspected", "J02.0"],
  ])("%s: not %s", (text, confirmed) => {
    expect(codes(condition(text))).not.toContain(confirmed);
  });

  it.each([
    ["cough, rule out pneumonia", "R05.9", "J18.9"],
    ["dysuria, probable UTI", "R30.0", "N39.0"],
    ["fever with suspected pneumonia", "R50.9", "J18.9"],
    ["headache; questionable migraine", "R51.9", "G43.909"],
    ["possible pneumonia (cough and fever)", "R05.9", "J18.9"],
  ])("%s: still offers the symptom %s, not %s", (text, symptom, confirmed) => {
    const got = codes(condition(text));
    expect(got).toContain(symptom);
    expect(got).not.toContain(confirmed);
  });

  it("drops the codings of a condition whose text calls it uncertain", () => {
    expect(codes(condition("likely strep throat", [{ system: SNOMED, code: "43878008", display: "Streptococcal sore throat (disorder)" }]))).not.toContain("J02.0");
    expect(codes(condition("likely strep throat", [{ system: ICD10CM, code: "J02.0" }]))).not.toContain("J02.0");
  });

  it.each([
    ["strep throat", "J02.0"],
    ["pneumonia", "J18.9"],
  ])("codes a confirmed %s", (text, code) => {
    expect(codes(condition(text))[0]).toBe(code);
  });

  it.each([
    ["cough and fever, likely viral URI", "cough and fever"],
    ["r/o UTI - dysuria", "dysuria"],
    ["pneumonia?", ""],
    ["unlikely to be serious: back pain", "unlikely to be serious: back pain"],
  ])("reads %j as %j", (text, certain) => {
    expect(withoutUncertainDiagnoses(text)).toBe(certain);
  });
});
