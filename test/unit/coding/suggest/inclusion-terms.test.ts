import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { inclusionTermsOf } from "../../../../src/coding/suggest/inclusion-terms.ts";
import { rankByTitle } from "../../../../src/coding/suggest/text-candidates.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

describe("inclusion terms as synonyms", () => {
  it("a leaf inherits its ancestors' inclusion terms; the cache holds each code once", () => {
    const cache = new Map<string, string[]>();
    expect(inclusionTermsOf(index, "E05.90", "2025-11-01", cache)).toContain("Hyperthyroidism NOS");
    expect(cache.has("E05.9")).toBe(true);
    expect(inclusionTermsOf(index, "Q99.999", "2025-11-01", cache)).toEqual([]);
  });

  it("a code whose title does not say the words is found through its inclusion term, a little below a title match", () => {
    const hits = [
      { system: ICD10CM, code: "A", display: "Thyrotoxicosis, unspecified without thyrotoxic crisis or storm", billable: true },
      { system: ICD10CM, code: "B", display: "Hyperthyroidism", billable: true },
    ];
    const readings = [{ text: "hyperthyroidism", weight: 1 }];
    expect(rankByTitle(hits.slice(0, 1), readings)).toEqual([]);
    const ranked = rankByTitle(hits, readings, { titles: new Map(), synonymsOf: (hit) => (hit.code === "A" ? ["Hyperthyroidism NOS"] : []) });
    expect(ranked.map((r) => r.hit.code)).toEqual(["B", "A"]);
    expect(ranked[1]?.score).toBeGreaterThan(0.5);
  });
});
