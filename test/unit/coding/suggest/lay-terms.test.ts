import { describe, expect, it } from "vitest";
import { phraseReadings } from "../../../../src/coding/suggest/clinical-phrases.ts";

const coderReading = (text: string): string | undefined => phraseReadings(text)[1]?.text;

describe("lay terms and shorthand read as ICD-10-CM title words", () => {
  it.each([
    ["nosebleed", "epistaxis"],
    ["DVT of left leg", "acute embolism and thrombosis of deep veins of left lower extremity"],
    ["cellulitis of right foot", "cellulitis of right lower limb"],
    ["s/p CABG", "presence of aortocoronary bypass graft"],
    ["hx of colon cancer", "personal history of malignant neoplasm of large intestine"],
    ["pancreatic cancer", "malignant neoplasm of pancreas"],
    ["metastatic disease to liver", "secondary malignant neoplasm of liver"],
    ["adenocarcinoma of pancreas", "malignant neoplasm of pancreas"],
    ["bone mets", "secondary malignant neoplasm of bone"],
    ["brain tumor", "brain neoplasm"],
    ["bloody nose", "epistaxis"],
    ["pre-op exam", "encounter for other preprocedural examination"],
    ["advanced maternal age, G1", "supervision of elderly primigravida"],
    ["pyelo", "tubulo-interstitial nephritis not specified as acute or chronic"],
    ["Tdap booster", "encounter for immunization"],
    ["BPH with nocturia", "benign prostatic hyperplasia with lower urinary tract symptoms"],
    ["pacemaker in place", "presence of pacemaker"],
    ["pituitary adenoma", "pituitary benign neoplasm"],
    ["s/p right TKA", "presence of artificial knee joint right"],
    ["smoking cessation counseling", "tobacco abuse counseling"],
    ["routine infant check", "encounter for routine child health examination"],
    ["elevated creatinine", "abnormal results of kidney function studies"],
    ["laceration of forehead", "laceration of other part of head"],
    ["STD screening", "encounter for screening for infections with a predominantly sexual mode of transmission"],
    ["flu", "influenza due to unidentified influenza virus with other respiratory manifestations"],
    ["abdominal pain, RLQ", "right lower quadrant pain"],
    ["DKA, type 1", "diabetes mellitus with ketoacidosis without coma type 1"],
    ["stroke with left hemiparesis", "hemiplegia and hemiparesis following cerebral infarction affecting left side"],
  ])("%s -> %s", (text, reading) => {
    expect(coderReading(text)).toBe(reading);
  });

  it("a named virus or manifestation keeps influenza as written", () => {
    expect(phraseReadings("influenza due to H1N1").map((r) => r.text)).toEqual(["influenza due to h1n1"]);
  });

  it("a stated acute or chronic pyelonephritis is not read as the unspecified one", () => {
    expect(phraseReadings("acute pyelonephritis").map((r) => r.text)).toEqual(["acute pyelonephritis"]);
    expect(coderReading("pyelonephritis")).toBe("tubulo-interstitial nephritis not specified as acute or chronic");
  });

  it("a type 1 diabetic complication stays type 1", () => {
    expect(coderReading("type 1 diabetic retinopathy")).not.toContain("type 2");
  });
});

describe("shorthand", () => {
  it.each([
    ["recurrent UTIs", "recurrent urinary tract infection"],
    ["sprained right ankle, follow-up visit", "sprain right ankle subsequent encounter"],
    ["fam hx of colon cancer", "family history of malignant neoplasm of digestive organs"],
    ["fx of right distal radius", "fracture of right lower end of radius"],
    ["adenocarcinoma RLL", "malignant neoplasm right lower lobe"],
    ["broken left ankle, follow up", "fracture left ankle subsequent encounter"],
    ["s/p cholecystectomy", "acquired absence of other specified parts of digestive tract"],
    ["wrist sprain from a fall", "wrist sprain"],
    ["stroke with right-sided weakness", "hemiplegia and hemiparesis following cerebral infarction affecting right side"],
    ["melanoma of flank", "malignant melanoma of skin of trunk"],
  ])("%s -> %s", (text, reading) => {
    expect(phraseReadings(text).map((r) => r.text)).toContain(reading);
  });

  it("OD, OS and OU are sides of an eye; OD elsewhere is left alone", () => {
    expect(phraseReadings("cortical cataract OD").map((r) => r.text)).toContain("cortical cataract right eye");
    expect(phraseReadings("dry AMD OS").map((r) => r.text).join(" | ")).toContain("left eye");
    expect(phraseReadings("POAG OU").map((r) => r.text).join(" | ")).toContain("bilateral");
    expect(phraseReadings("heroin OD").map((r) => r.text).join(" | ")).not.toContain("right eye");
  });

  it("a closing follow-up is an episode of care only for an injury", () => {
    expect(phraseReadings("HTN, follow up").map((r) => r.text).join(" | ")).not.toContain("subsequent");
  });

  it("a short plural is not read as an abbreviation", () => {
    expect(phraseReadings("pes planus").map((r) => r.text)).not.toContain("pulmonary embolism planus");
  });

  it("a condition on a treatment also gives the condition alone", () => {
    const readings = phraseReadings("chronic AF on warfarin");
    expect(readings.find((r) => r.text === "chronic af")?.weight).toBeLessThan(1);
  });
});

describe("complaints in a patient's own words", () => {
  it.each([
    ["my heart is skipping", "palpitations"],
    ["lightheaded", "dizziness and giddiness"],
    ["rolled right ankle", "sprain of right ankle"],
    ["bruise on arm", "contusion of upper arm"],
    ["sulfa allergy", "allergy status to sulfonamides"],
  ])("%s -> %s", (text, reading) => {
    expect(phraseReadings(text).map((r) => r.text).join(" | ")).toContain(reading);
  });
});

describe("narrative and descriptive words", () => {
  it("drop the presentation, certainty and duration words", () => {
    expect(phraseReadings("pt presents with likely strep throat x 3 days").map((r) => r.text)).toContain("streptococcal throat");
  });

  it("give a lower-weighted reading without descriptors that are no axis of the code set", () => {
    const plain = phraseReadings("recurrent headaches").find((r) => r.text === "headaches");
    expect(plain?.weight).toBeGreaterThan(0);
    expect(plain?.weight).toBeLessThan(1);
  });
});
