// Pins draft-issue.ts: the issue shape, the record/text guards and the exact words
// describeStoredValue uses for each kind of stored value (short and truncated text and numbers).
import { describe, expect, it } from "vitest";
import { describeStoredValue, draftIssue, isRecord, isText } from "../../../../src/billing/draft/draft-issue.ts";

describe("draftIssue", () => {
  it("builds one OperationOutcome issue pointing at the expression", () => {
    expect(draftIssue("warning", "value", "ClaimDraft.revision", "Text.")).toStrictEqual({
      severity: "warning", code: "value", diagnostics: "Text.", expression: ["ClaimDraft.revision"],
    });
  });
});

describe("isRecord", () => {
  it("accepts a plain object and refuses text, numbers, null and lists", () => {
    expect([{}, "text", 5, true, null, undefined, []].map(isRecord)).toStrictEqual([true, false, false, false, false, false, false]);
  });
});

describe("isText", () => {
  it("accepts non-empty text only", () => {
    expect(["a", "", 5, null].map(isText)).toStrictEqual([true, false, false, false]);
  });
});

describe("describeStoredValue", () => {
  it("names nothing and null", () => {
    expect(describeStoredValue(undefined)).toBe("nothing");
    expect(describeStoredValue(null)).toBe("null");
  });

  it("quotes short text whole, text of exactly 16 characters whole, and cuts longer text at 16", () => {
    expect(describeStoredValue("ab")).toBe('text "ab"');
    expect(describeStoredValue("abcdefghijklmnop")).toBe('text "abcdefghijklmnop"');
    expect(describeStoredValue("abcdefghijklmnopq")).toBe('text "abcdefghijklmnop…" (17 characters)');
  });

  it("shows short numbers whole, 16 digits whole, and cuts longer numbers at 16 characters", () => {
    expect(describeStoredValue(42)).toBe("42");
    expect(describeStoredValue(1234567890123456)).toBe("1234567890123456");
    expect(describeStoredValue(1.2345678901234567)).toBe("1.23456789012345… (18 characters)");
  });

  it("counts a list, names an object, and spells other values", () => {
    expect(describeStoredValue([1, 2, 3])).toBe("a list of 3");
    expect(describeStoredValue({ a: 1 })).toBe("an object");
    expect(describeStoredValue(true)).toBe("true");
  });
});
