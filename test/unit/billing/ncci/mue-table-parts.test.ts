// Pins parseMai: the MAI digit is read after surrounding blanks are trimmed, and only 1, 2 and 3
// are indicators (any other first character, or none, is no MAI).
import { describe, expect, it } from "vitest";
import { parseMai } from "../../../../src/billing/ncci/mue-table.ts";

describe("parseMai", () => {
  it.each([
    ["1 Line Edit", 1],
    ["  2 Date of Service Edit: Policy", 2],
    ["\t3 Date of Service Edit: Clinical ", 3],
    ["3", 3],
  ])("reads %j as MAI %d", (text, mai) => {
    expect(parseMai(text)).toBe(mai);
  });

  it.each(["", "   ", "0 Line Edit", "4", "9 Not applicable", "Date of Service Edit"])("reads %j as no MAI", (text) => {
    expect(parseMai(text)).toBe(undefined);
  });
});
