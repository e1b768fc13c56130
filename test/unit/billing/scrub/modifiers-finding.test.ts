import { describe, expect, it } from "vitest";
import { checkModifiers } from "../../../../src/billing/scrub/rule-modifiers.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// modifier-limit, modifier-invalid and modifier-59-with-x, read whole: the line's number and code,
// the modifiers dropped or named, and the modifier each finding points at.
const check = (lines: LineSpec[], modifiers?: ReadonlySet<string>) =>
  checkModifiers(ruleInput({ diagnoses: ["M17.11"], lines }, modifiers ? { modifiers } : {}));

describe("modifier findings", () => {
  it("four known modifiers fit on a line: no finding", () => {
    expect(check([{ code: "20610", modifiers: ["RT", "59", "76", "GA"] }])).toStrictEqual([]);
  });

  it("six modifiers on line 2: the count, the two past the fourth named, pointing at the fifth", () => {
    expect(check([{ code: "36415" }, { code: "20610", modifiers: ["RT", "59", "76", "77", "GA", "GY"] }])).toStrictEqual([
      expected("modifier-limit", "error", "business-rule", "Line 2 (20610) has 6 modifiers but a line holds 4: keep the pricing modifiers first and drop GA, GY (or split the line).", ["Claim.item[1].modifier[4]"]),
    ]);
  });

  it("a modifier of two characters no list knows, and ones with a character too many, each at its position", () => {
    expect(check([{ code: "36415" }, { code: "99213", modifiers: ["9Z", "25-", "-25"] }])).toStrictEqual([
      expected("modifier-invalid", "error", "invalid", "Line 2 (99213) has modifier 9Z, which is not a known CPT or HCPCS Level II modifier: correct or remove it.", ["Claim.item[1].modifier[0]"]),
      expected("modifier-invalid", "error", "invalid", 'Line 2 (99213) has modifier "25-", but modifiers are two letters or digits (e.g. 25, 59, RT): correct or remove it.', ["Claim.item[1].modifier[1]"]),
      expected("modifier-invalid", "error", "invalid", 'Line 2 (99213) has modifier "-25", but modifiers are two letters or digits (e.g. 25, 59, RT): correct or remove it.', ["Claim.item[1].modifier[2]"]),
    ]);
  });

  it("a practice's modifier list cannot make a three-character modifier valid", () => {
    expect(check([{ code: "99213", modifiers: ["25", "25X"] }], new Set(["25", "25X"]))).toStrictEqual([
      expected("modifier-invalid", "error", "invalid", 'Line 1 (99213) has modifier "25X", but modifiers are two letters or digits (e.g. 25, 59, RT): correct or remove it.', ["Claim.item[0].modifier[1]"]),
    ]);
  });

  it("59 after an X modifier on line 2: names the X modifier and points at 59", () => {
    expect(check([{ code: "36415" }, { code: "20610", modifiers: ["XU", "59"] }])).toStrictEqual([
      expected("modifier-59-with-x", "error", "business-rule", "Line 2 (20610) carries both 59 and XU: CMS does not allow 59 with an X modifier on one line, so remove 59 and keep XU.", ["Claim.item[1].modifier[1]"]),
    ]);
  });

  it("an X modifier without 59: no finding", () => {
    expect(check([{ code: "20610", modifiers: ["XS"] }])).toStrictEqual([]);
  });
});
