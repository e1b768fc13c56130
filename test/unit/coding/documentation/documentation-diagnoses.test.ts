import type { Condition } from "fhir/r4";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { documentationDiagnoses, isDiagnosisSentence, leadingClause, pickDocumentationDiagnoses, type SourceSentence } from "../../../../src/coding/documentation/documentation-diagnoses.ts";
import { assessmentSentences } from "../../../../src/coding/documentation/note-sentences.ts";
import { suggestDiagnoses } from "../../../../src/coding/suggest/suggest-diagnoses.ts";
import { realCodeIndex } from "../real-code-index.ts";

const DATE = "2026-11-20";
const NOTES = resolve(import.meta.dirname, "../../../../smart-launch/seed-build/notes");

async function fromNote(text: string) {
  const index = await realCodeIndex();
  const sentences = assessmentSentences(text).filter((s) => isDiagnosisSentence(s.text)).map((s): SourceSentence => ({ sourceKey: "note", ...s }));
  const suggest = (s: SourceSentence) => suggestDiagnoses({ resourceType: "Condition", subject: {}, code: { ...(s.code ?? {}), text: s.text } } as Condition, index, { dateOfService: DATE });
  return documentationDiagnoses(sentences, suggest);
}

describe("diagnoses from the documentation", () => {
  it("suggests each assessment diagnosis of a written note, linked to its sentence by offsets", async () => {
    const text = readFileSync(resolve(NOTES, "enc-office-1.txt"), "utf8");
    const found = await fromNote(text);
    expect(found.map((d) => d.code)).toEqual(["E11.22", "N18.31", "I10"]);
    for (const d of found) expect(text.slice(d.source.start, d.source.end)).toBe(d.source.text);
    expect(found[1]?.source.text).toBe("Chronic kidney disease stage 3a.");
    expect(found[2]?.source.text).toBe("Essential hypertension, above goal.");
  }, 60_000);

  it("gives the signs and symptoms of an uncertain diagnosis, not the diagnosis (guideline IV.H)", async () => {
    const found = await fromNote("Assessment:\nPruritic rash of both forearms, suspected contact dermatitis from the new detergent.\nSore throat and fever, likely strep pharyngitis.");
    const codes = found.map((d) => d.code);
    expect(codes).toContain("R21");
    expect(codes.some((c) => c.startsWith("L23") || c.startsWith("L25") || c.startsWith("J02.0"))).toBe(false);
    expect(found.every((d) => d.uncertain && /guideline IV\.H/.test(d.reason))).toBe(true);
    expect(codes.some((c) => c === "J02.9" || c === "R07.0" || c === "R50.9")).toBe(true);
  }, 60_000);

  it("reads rule out, probable and questionable as uncertain, and a sentence that is only uncertain gives nothing", async () => {
    const found = await fromNote("A/P:\nRule out pneumonia.\nProbable influenza.\nQuestionable appendicitis.");
    expect(found).toEqual([]);
  }, 60_000);

  it("skips plan, order and negated sentences", () => {
    for (const text of ["Continue metformin 500 mg twice daily.", "Low-sodium diet.", "Diabetic eye exam referral placed.", "No signs of pneumonia on exam.", "Denies chest pain."]) {
      expect(isDiagnosisSentence(text), text).toBe(false);
    }
    expect(isDiagnosisSentence("Acute cystitis without hematuria.")).toBe(true);
  });

  it("reads the leading clause when the whole sentence matched weakly", () => {
    expect(leadingClause("Essential hypertension, above goal.")).toBe("Essential hypertension");
    expect(leadingClause("Acute bronchitis.")).toBeUndefined();
  });

  it("keeps one suggestion per sentence above the threshold, each code once, from its first sentence", () => {
    const s = (text: string, start: number): SourceSentence => ({ sourceKey: "n", text, start, end: start + text.length });
    const hit = (code: string, score: number) => [{ coding: { code, display: code }, score, reason: "r" }];
    const picked = pickDocumentationDiagnoses([s("a", 0), s("b", 10), s("c", 20)], [hit("I10", 0.9), hit("I10", 0.95), hit("E87.1", 0.3)]);
    expect(picked.map((p) => [p.code, p.source.start])).toEqual([["I10", 0]]);
  });
});
