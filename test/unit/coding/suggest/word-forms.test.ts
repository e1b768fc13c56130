import { describe, expect, it } from "vitest";
import { organOf, organVariants, sameOrgan } from "../../../../src/coding/suggest/organ-words.ts";
import { titleMatch } from "../../../../src/coding/suggest/title-match.ts";
import { sameWord } from "../../../../src/coding/suggest/title-words.ts";
import { sameStem, stemOf } from "../../../../src/coding/suggest/word-stems.ts";

describe("organ adjectives and nouns are one word", () => {
  it.each([
    ["renal", "kidney", true], ["kidneys", "renal", true], ["hepatic", "liver", true], ["venous", "veins", true],
    ["cardiac", "heart", true], ["pulmonary", "lung", true], ["gastric", "stomach", true],
    ["hepatic", "kidney", false], ["renal", "rental", false], ["liver", "lung", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameOrgan(a, b)).toBe(same);
    expect(sameWord(a, b)).toBe(same);
  });

  it("names the organ of a form, nothing for other words", () => {
    expect(organOf("cerebral")).toBe("brain");
    expect(organOf("cirrhosis")).toBeUndefined();
  });

  it("gives the text with its organ words in the other form, none without organ words", () => {
    expect(organVariants("renal cyst")).toEqual(["kidney cyst"]);
    expect(organVariants("liver failure")).toEqual(["hepatic failure"]);
    expect(organVariants("acute bronchitis")).toEqual([]);
  });

  it("lets a title with the noun say a text with the adjective", () => {
    expect(titleMatch("hepatic cirrhosis", "Unspecified cirrhosis of liver")).toBeGreaterThan(titleMatch("hepatic cirrhosis", "Hepatitis A without hepatic coma"));
  });
});

describe("derivational forms share a stem", () => {
  it.each([
    ["infarct", "infarction", true], ["obstructive", "obstruction", true], ["infective", "infection", true],
    ["medical", "medication", false], ["ulcerative", "ulcer", false], ["degenerative", "degeneration", true],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameStem(a, b)).toBe(same);
  });

  it("strips one suffix only from a long enough word", () => {
    expect(stemOf("infarction")).toBe("infarct");
    expect(stemOf("action")).toBe("action");
  });

  it("matches a title written with the other form", () => {
    expect(titleMatch("splenic infarct", "Infarction of spleen")).toBe(1);
  });
});
