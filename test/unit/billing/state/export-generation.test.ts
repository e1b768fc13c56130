import { describe, expect, it } from "vitest";
import { exportGeneration } from "../../../../src/billing/state/index.ts";

describe("exportGeneration", () => {
  it.each([
    ["nothing exported before: an original", undefined, "h1", { prior: 0, generation: 1 }],
    ["the same claim again: the same generation (a re-download)", { generation: 1, contentHash: "h1" }, "h1", { prior: 0, generation: 1 }],
    ["a changed claim: the next generation replaces the one exported", { generation: 1, contentHash: "h1" }, "h2", { prior: 1, generation: 2 }],
    ["a third version", { generation: 2, contentHash: "h2" }, "h3", { prior: 2, generation: 3 }],
  ] as const)("%s", (_, before, hash, expected) => {
    expect(exportGeneration(before, hash)).toEqual(expected);
  });
});
