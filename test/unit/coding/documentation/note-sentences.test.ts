import { describe, expect, it } from "vitest";
import { assessmentSentences, noteSections, sentencesIn } from "../../../../src/coding/documentation/note-sentences.ts";

const SOAP = [
  "PROGRESS NOTE",
  "",
  "Subjective:",
  "Cough for 9 days. No fever.",
  "",
  "Objective:",
  "Temp 37.4 C. Lungs with rhonchi.",
  "",
  "Assessment and Plan:",
  "1. Type 2 diabetes mellitus with diabetic chronic kidney disease. Continue metformin.",
  "2. Chronic kidney disease stage 3a. eGFR stable, Dr. Lee to see in 3 mo. since last visit.",
  "Hypertension: above goal, BP 146/88.",
  "",
  "Signed: Ana Rivera, MD",
].join("\n");

describe("note sections", () => {
  it("finds the SOAP sections by their known headings, with offsets of each body", () => {
    const sections = noteSections(SOAP);
    expect(sections.map((s) => [s.heading, s.kind])).toEqual([
      ["", "other"], ["Subjective", "other"], ["Objective", "other"], ["Assessment and Plan", "assessment"], ["Signed", "other"],
    ]);
    const ap = sections[3];
    expect(SOAP.slice(ap?.start, ap?.end)).toMatch(/^\n1\. Type 2 diabetes[\s\S]*BP 146\/88\.\n\n$/);
  });

  it.each([
    ["A/P:", "assessment"], ["ASSESSMENT/PLAN", "assessment"], ["Impression and plan:", "assessment"], ["## Assessment", "assessment"],
    ["Diagnoses:", "assessment"], ["Plan:", "plan"], ["HPI:", "other"], ["Physical exam", "other"],
  ])("reads %s as a %s heading", (heading, kind) => {
    expect(noteSections(`${heading}\nSomething here.`).at(-1)?.kind).toBe(kind);
  });

  it("does not take a diagnosis with a colon for a heading", () => {
    expect(noteSections("Assessment:\nHypertension: above goal.\nGout: flare.").map((s) => s.heading)).toEqual(["Assessment"]);
  });
});

describe("sentences", () => {
  it("splits at full stops before a capital, a digit or a word like eGFR, not after abbreviations or in decimals", () => {
    const text = "CKD stage 3a. eGFR 48, A1c 7.8 today. Dr. Lee agrees, e.g. for 2 wk. 3 follow-ups";
    expect(sentencesIn(text).map((s) => s.text)).toEqual(["CKD stage 3a.", "eGFR 48, A1c 7.8 today.", "Dr. Lee agrees, e.g. for 2 wk. 3 follow-ups"]);
  });

  it("gives each sentence its offsets in the note, list markers left out", () => {
    for (const s of assessmentSentences(SOAP)) expect(SOAP.slice(s.start, s.end)).toBe(s.text);
    expect(assessmentSentences(SOAP).map((s) => s.text)).toEqual([
      "Type 2 diabetes mellitus with diabetic chronic kidney disease.", "Continue metformin.",
      "Chronic kidney disease stage 3a.", "eGFR stable, Dr. Lee to see in 3 mo. since last visit.",
      "Hypertension: above goal, BP 146/88.",
    ]);
  });

  it("reads the assessment when the plan is separate, the plan when there is no assessment, nothing without either", () => {
    expect(assessmentSentences("Assessment:\nAcute bronchitis.\n\nPlan:\nFluids.").map((s) => s.text)).toEqual(["Acute bronchitis."]);
    expect(assessmentSentences("HPI: cough.\nPlan: Gout flare. Colchicine.").map((s) => s.text)).toEqual(["Gout flare.", "Colchicine."]);
    expect(assessmentSentences("Cough and fever for two days. Likely flu.")).toEqual([]);
  });

  it("reads text/html turned into lines (a heading line, one list item per line)", () => {
    const text = "Progress Note\n Assessment and Plan\n Acute low back pain due to lumbar muscle strain. No red flags.\nIbuprofen 600 mg.\n";
    expect(assessmentSentences(text).map((s) => s.text)).toEqual(["Acute low back pain due to lumbar muscle strain.", "No red flags.", "Ibuprofen 600 mg."]);
  });
});
