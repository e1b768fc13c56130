import { describe, expect, it } from "vitest";
import { isInIcdRange, parseIcdCodeRefs, parseRangeText } from "../../../../src/billing/scrub/icd-code-refs.ts";

describe("code references in Tabular notes", () => {
  it.each([
    ["type 1 diabetes mellitus (E10.-)", [{ from: "E10", to: "E10" }]],
    ["tuberculous enteritis (A18.32)", [{ from: "A1832", to: "A1832" }]],
    ["Escherichia coli infection (A04.0-A04.4)", [{ from: "A040", to: "A044" }]],
    ["hypertensive disease (I10-I16)", [{ from: "I10", to: "I16" }]],
    ["pregnancy (O00-O9A)", [{ from: "O00", to: "O9A" }]],
    ["diabetes mellitus (E08-E13 with .42)", [{ from: "E08", to: "E13", suffix: "42" }]],
    ["poisoning (T36-T65 with fifth or sixth character 1-4 or 6)", []],
    ["hemoglobin A1C level, see text without parentheses", []],
  ])("reads %s", (note, ranges) => {
    expect(parseIcdCodeRefs(note)).toEqual(ranges);
  });

  it.each([
    ["E11.9", "E08-E13", true], ["E14.9", "E08-E13", false], ["O9A.11", "O00-O9A", true],
    ["A04.71", "A04.0-A04.4", false], ["A04.3", "A04.0-A04.4", true], ["Z3A.20", "Z3A", true], ["Z38.00", "Z3A", false],
  ] as const)("%s under %s: %s", (code, range, inside) => {
    expect(isInIcdRange(code, parseRangeText(range))).toBe(inside);
  });

  it("matches a 'with .42' range only on the .42 codes", () => {
    const [range] = parseIcdCodeRefs("(E08-E13 with .42)");
    expect(range && isInIcdRange("E11.42", range)).toBe(true);
    expect(range && isInIcdRange("E11.9", range)).toBe(false);
  });
});
