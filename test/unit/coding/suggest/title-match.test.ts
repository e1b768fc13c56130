import { describe, expect, it } from "vitest";
import { titleMatch } from "../../../../src/coding/suggest/title-match.ts";
import { annotatedTitle, sameWord } from "../../../../src/coding/suggest/title-words.ts";

describe("titleMatch ranks the title a coder would pick above its neighbour", () => {
  it.each([
    ["unspecified when the text gives no detail", "acute bronchitis", "Acute bronchitis, unspecified", "Acute bronchitis due to rhinovirus"],
    ["no side given: unspecified side", "sprain of ankle", "Sprain of unspecified ligament of unspecified ankle, initial encounter", "Sprain of unspecified ligament of left ankle, initial encounter"],
    ["a side given: that side", "sprain of left ankle", "Sprain of unspecified ligament of left ankle, initial encounter", "Sprain of unspecified ligament of right ankle, initial encounter"],
    ["initial encounter by default", "sprain of ankle", "Sprain of unspecified ligament of unspecified ankle, initial encounter", "Sprain of unspecified ligament of unspecified ankle, subsequent encounter"],
    ["a later encounter when the text says so", "sprain of ankle sequela", "Sprain of unspecified ligament of unspecified ankle, sequela", "Sprain of unspecified ligament of unspecified ankle, initial encounter"],
    ["negated details are the default", "epilepsy", "Epilepsy, unspecified, not intractable, without status epilepticus", "Epilepsy, unspecified, intractable, with status epilepticus"],
    ["a negation the text does not make contradicts it", "concussion with loss of consciousness", "Concussion with loss of consciousness of unspecified duration, initial encounter", "Concussion without loss of consciousness, initial encounter"],
    ["a negation the text makes matches", "concussion without loss of consciousness", "Concussion without loss of consciousness, initial encounter", "Concussion with loss of consciousness of unspecified duration, initial encounter"],
    ["a prefix the text does not say is another condition", "eclampsia", "Eclampsia, unspecified as to time period", "Unspecified pre-eclampsia, unspecified trimester"],
    ["negation reaches only to the preposition", "laceration of forearm", "Laceration without foreign body of unspecified forearm, initial encounter", "Laceration with foreign body of unspecified forearm, initial encounter"],
    ["a stated detail wins over its negation", "chronic intractable migraine without aura", "Chronic migraine without aura, intractable, without status migrainosus", "Chronic migraine without aura, not intractable, without status migrainosus"],
    ["another setting costs (screening, newborn)", "cardiac arrest", "Cardiac arrest, cause unspecified", "Cardiac arrest of newborn"],
    ["essential (primary) is the default hypertension", "hypertension", "Essential (primary) hypertension", "Portal hypertension"],
    ["'unspecified' qualifies a phrase-final word only", "hypertension", "Essential (primary) hypertension", "Unspecified maternal hypertension, unspecified trimester"],
    ["hyphenated words match their parts", "attention deficit hyperactivity disorder", "Attention-deficit hyperactivity disorder, unspecified type", "Attention and concentration deficit"],
    ["a negated clause carries over the list after it", "dementia", "Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety", "Unspecified dementia, unspecified severity, with agitation"],
    ["a clause that merely contains a negation does not carry it", "chronic intractable migraine", "Chronic migraine without aura, intractable, without status migrainosus", "Chronic migraine without aura, not intractable, without status migrainosus"],
    ["( ) and [ ] enclose nonessential words (convention I.A.7)", "panic disorder", "Panic disorder [episodic paroxysmal anxiety]", "Agoraphobia with panic disorder"],
    ["words after 'and' name a companion site, not a further detail", "secondary malignant neoplasm of liver", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "Secondary malignant neoplasm of unspecified lung"],
    ["'<name>, unspecified' is the code for the bare name", "angina", "Angina pectoris, unspecified", "Unstable angina"],
    ["the name's default does not reach a detail after the first comma", "major depressive disorder", "Major depressive disorder, single episode, unspecified", "Major depressive disorder, recurrent severe without psychotic features"],
    ["a word matching part of a hyphenated word is only part of it", "reflux", "Esophageal reflux", "Vesicoureteral-reflux with reflux nephropathy without hydroureter, unspecified"],
    ["a preposition right after a negation is inside it", "multiple myeloma not in remission", "Multiple myeloma not having achieved remission", "Multiple myeloma in remission"],
    ["'unspecified as X or Y' is the default, not two details", "gastric ulcer", "Gastric ulcer, unspecified as acute or chronic, without hemorrhage or perforation", "Acute gastric ulcer without hemorrhage or perforation"],
    ["a negated clause does not carry over a lone clause after it", "inguinal hernia", "Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent", "Unilateral inguinal hernia, without obstruction or gangrene, recurrent"],
    ["'<name>, unspecified' followed by negated defaults is the bare name's code", "cluster headache", "Cluster headache syndrome, unspecified, not intractable", "Chronic cluster headache, not intractable"],
    ["the Index's 'non-' default form", "aortic stenosis", "Nonrheumatic aortic (valve) stenosis", "Rheumatic aortic stenosis"],
    ["a noun matches its adjective", "counseling on diet", "Dietary counseling and surveillance", "Counseling, unspecified"],
    ["bilateral without a bilateral code: a side (I.B.13)", "shoulder pain bilateral", "Pain in right shoulder", "Pain in unspecified shoulder"],
    ["bilateral with a bilateral code: that code", "osteoarthritis of knee bilateral", "Bilateral primary osteoarthritis of knee", "Unilateral primary osteoarthritis, right knee"],
    ["a fracture not said to be displaced is displaced (I.C.19.c.1)", "fracture of fifth metatarsal right foot", "Displaced fracture of fifth metatarsal bone, right foot, initial encounter for closed fracture", "Unspecified fracture of right foot, initial encounter for closed fracture"],
    ["'except' negates", "malignant neoplasm of left kidney", "Malignant neoplasm of left kidney, except renal pelvis", "Malignant neoplasm of left renal pelvis"],
    ["a title saying only where costs (wart on left hand)", "wart left hand", "Viral wart, unspecified", "Pain in left hand"],
    ["a negation reaches a side or 'intractable' only right after it", "migraine without aura intractable", "Migraine without aura, intractable, without status migrainosus", "Migraine without aura, not intractable, without status migrainosus"],
    ["a screening is an encounter", "screening for malignant neoplasm of prostate", "Encounter for screening for malignant neoplasm of prostate", "Malignant neoplasm of prostate"],
    ["generic condition nouns are no detail", "patellofemoral right knee", "Patellofemoral disorders, right knee", "Patellofemoral instability, right knee"],
    ["a negation does not reach the encounter", "laceration without foreign body of hand subsequent encounter", "Laceration without foreign body of unspecified hand, subsequent encounter", "Laceration without foreign body of unspecified hand, initial encounter"],
  ])("%s", (_why, text, better, worse) => {
    expect(titleMatch(text, better)).toBeGreaterThan(titleMatch(text, worse));
  });

  it("scores stay in 0..1 and need shared words", () => {
    expect(titleMatch("prediabetes", "Prediabetes")).toBe(1);
    expect(titleMatch("prediabetes", "Essential (primary) hypertension")).toBe(0);
    expect(titleMatch("", "Prediabetes")).toBe(0);
  });
});

describe("sameWord", () => {
  it.each([
    ["diabetic", "diabetes", true], ["fracture", "fractures", true], ["asthma", "asthmatic", false],
    ["sinus", "sinusitis", false], ["tics", "tic", true], ["lives", "liver", false], ["rectal", "rectum", true], ["epilepsy", "epilepticus", false], ["30", "30", true], ["3", "30", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });
});

describe("the reach of a negation in a title", () => {
  it("'without mention of' negates the whole list after it", () => {
    const words = annotatedTitle("Other intervertebral disc degeneration, lumbar region without mention of lumbar back pain or lower extremity pain");
    const negated = words.filter((w) => w.negated).map((w) => w.word);
    expect(negated).toEqual(["mention", "lumbar", "back", "pain", "lower", "extremity", "pain"]);
    expect(words.find((w) => w.word === "degeneration")?.negated).toBe(false);
  });
});

describe("an opening 'unspecified'", () => {
  it("leaves the condition it opens a detail to ask for; later ones still mark the default", () => {
    const words = annotatedTitle("Unspecified dementia, unspecified severity, with anxiety");
    expect(words.find((w) => w.word === "dementia")?.unspecifiedOf).toBe(false);
    expect(words.find((w) => w.word === "severity")?.unspecifiedOf).toBe(true);
    expect(titleMatch("anxiety", "Anxiety disorder, unspecified")).toBeGreaterThan(titleMatch("anxiety", "Unspecified dementia, unspecified severity, with anxiety"));
  });
});
