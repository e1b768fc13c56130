import { describe, expect, it } from "vitest";
import { phraseReadings } from "../../../../src/coding/suggest/clinical-phrases.ts";

const coderReading = (text: string): string | undefined => phraseReadings(text)[1]?.text;

describe("a body function and its problem read as the symptom title", () => {
  it.each([
    ["pain when peeing", "dysuria"],
    ["burning when I urinate", "dysuria"],
    ["peeing a lot at night", "nocturia"],
    ["urinating all the time", "frequency of micturition"],
    ["can't hold my pee", "unspecified urinary incontinence"],
    ["trouble swallowing pills", "dysphagia pills"],
    ["can't catch my breath", "shortness of breath"],
    ["poop is hard", "constipation"],
    ["feel dizzy when I stand up", "dizziness"],
    ["sore back", "back pain"],
    ["blood sugar is high", "hyperglycemia"],
    ["hair falling out", "hair loss"],
    ["right knee swelling", "right effusion knee"],
    ["chest tightness", "other chest pain"],
    ["abnormal mammogram", "abnormal diagnostic imaging of breast"],
    ["abnormal chest x-ray", "abnormal chest diagnostic imaging"],
    ["sports physical", "encounter for examination for sports"],
    ["bruises easily", "spontaneous ecchymoses"],
  ])("%s -> %s", (text, reading) => {
    expect(coderReading(text)).toBe(reading);
  });

  it("a place after 'on' stays in the text instead of splitting it", () => {
    expect(phraseReadings("lump on my neck").map((r) => r.text)).not.toContain("neck");
    expect(phraseReadings("atrial fibrillation on warfarin").map((r) => r.text)).toContain("warfarin");
  });
});
