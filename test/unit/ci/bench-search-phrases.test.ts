import { describe, expect, it } from "vitest";
import { heldOutPhrasings, keystrokePrefixes, searchQuerySets } from "../../../scripts/bench-search-phrases.ts";

describe("code-search benchmark phrasings", () => {
  it("searches every keystroke of a typed phrase but blank text", () => {
    expect(keystrokePrefixes("dm 2")).toEqual(["d", "dm", "dm ", "dm 2"]);
    expect(keystrokePrefixes(" a")).toEqual([" a"]);
    expect(keystrokePrefixes("   ")).toEqual([]);
  });

  it("takes first phrases whole and typed queries key by key, in order", () => {
    const sets = searchQuerySets(["high blood pressure"], ["htn", "E11.9"]);
    expect(sets.browser).toEqual(["high blood pressure", "h", "ht", "htn", "E", "E1", "E11", "E11.", "E11.9"]);
  });

  it("times the held-out clinician phrasings whole and as every keystroke that leads to them", () => {
    const phrasings = heldOutPhrasings();
    const sets = searchQuerySets([], []);
    expect(phrasings.length).toBeGreaterThan(500);
    expect(sets.heldOutWhole).toEqual(phrasings);
    expect(sets.heldOutTyped).toHaveLength(phrasings.reduce((n, p) => n + keystrokePrefixes(p).length, 0));
    expect(sets.heldOutTyped.filter((q) => q.trim() === "")).toEqual([]);
    expect(sets.heldOutTyped.slice(0, 3)).toEqual(["H", "HT", "HTN"]);
  });
});
