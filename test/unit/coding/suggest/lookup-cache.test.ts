import { describe, expect, it } from "vitest";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { withLookupCache } from "../../../../src/coding/suggest/lookup-cache.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";

function countingIndex(): { index: CodeIndex; lookups: string[] } {
  const lookups: string[] = [];
  const index: CodeIndex = {
    search: () => [],
    lookup: (system, code, date) => {
      lookups.push(`${code}@${date ?? ""}`);
      return code === "I10" ? ({ system, code, display: "Essential (primary) hypertension", billable: true, children: [], validOnDate: true, editions: [], notes: {} } as CodeEntry) : undefined;
    },
  };
  return { index, lookups };
}

describe("lookups kept for one suggestion", () => {
  it("looks each code and date up once, a missing code too", () => {
    const { index, lookups } = countingIndex();
    const cached = withLookupCache(index);
    const first = cached.lookup(ICD10CM, "I10", "2025-10-01");
    expect(cached.lookup(ICD10CM, "I10", "2025-10-01")).toBe(first);
    expect(cached.lookup(ICD10CM, "Q99.99", "2025-10-01")).toBeUndefined();
    expect(cached.lookup(ICD10CM, "Q99.99", "2025-10-01")).toBeUndefined();
    cached.lookup(ICD10CM, "I10", "2024-10-01");
    expect(lookups).toEqual(["I10@2025-10-01", "Q99.99@2025-10-01", "I10@2024-10-01"]);
  });
});
