import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";
import { invalidAcceptedCodes, measureSuggestions, type SuggestionCase } from "../../../../src/coding/suggest/evaluate-suggestions.ts";

const DATE = "2025-10-01";
const read = (file: string): SuggestionCase[] =>
  (JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../fixtures/suggest", file), "utf8")) as { items: SuggestionCase[] }).items;

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

describe("suggestion evaluation sets", () => {
  it.each(["dev-set.json", "tuning-set.json", "held-out-set.json"])("%s: every accepted code is a billable FY2026 leaf", (file) => {
    const items = read(file);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(invalidAcceptedCodes(index, items, DATE)).toEqual([]);
  });

  it("the check catches headers, unknown codes and codes without the dot", () => {
    const bad = [{ text: "x", accept: ["E11", "E11.9", "Q99.99", "E119"] }];
    expect(invalidAcceptedCodes(index, bad, DATE)).toEqual(["x: E11", "x: Q99.99", "x: E119"]);
  });

  // Regression floors under the measured values; `npm run bench` reports every set and batch.
  // The timeouts only guard against a hang: a whole set is about 30 s on a quiet 2-core machine and
  // was 230 s with the machine's load at 15, so the limit leaves room for a loaded CI host.
  it.each([
    ["dev-set.json", 1, 0.91, 0.95],
    ["tuning-set.json", 1, 0.92, 0.97],
    ["held-out-set.json", 1, 0.95, 0.98],
  ])("%s (batch %i) stays above top-1 %d and top-5 %d", { timeout: 600_000 }, (file, batch, top1, top5) => {
    const result = measureSuggestions(index, read(file).filter((item) => (item.batch ?? 1) === batch), DATE);
    expect(result.top1).toBeGreaterThanOrEqual(top1);
    expect(result.top5).toBeGreaterThanOrEqual(top5);
  });

  // The honest figure: held-out batch 9 (110 items) was written before the suggestion changes it
  // measures, by a writer who read neither the code nor the other sets, and its misses are never
  // looked at (held-out-set.json "about"). Measured 85.5% top-1 (94/110) and 95.5% top-5 (105/110)
  // at 251b909 on 2026-11-26, and the same again at 5f81fba on 2026-12-07. The floor is that
  // measurement: one item fewer is a regression on text the code was never tuned to.
  it("held-out batch 9, never tuned on, keeps its measured 94/110 top-1 and 105/110 top-5", { timeout: 600_000 }, () => {
    const batch = read("held-out-set.json").filter((item) => item.batch === 9);
    expect(batch).toHaveLength(110);
    const result = measureSuggestions(index, batch, DATE);
    expect(Math.round(result.top1 * batch.length)).toBeGreaterThanOrEqual(94);
    expect(Math.round(result.top5 * batch.length)).toBeGreaterThanOrEqual(105);
  });
});
