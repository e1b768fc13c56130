import { describe, expect, it } from "vitest";
import { checkAddOnPrimary } from "../../../../src/billing/scrub/rule-addon-without-primary.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// addon-without-primary, read whole: the line, the add-on, its date, its listed primaries or the
// PFS ZZZ wording, and nothing at all (not an empty placeholder) when the primary is there.
const check = (lines: LineSpec[]) => checkAddOnPrimary(ruleInput({ diagnoses: ["M17.11"], lines }));
const addOn = (text: string, index: number) => expected("addon-without-primary", "error", "business-rule", text, [`Claim.item[${index}].productOrService`]);

describe("addon-without-primary finding", () => {
  it("a listed add-on without any of its primaries names the line, date and every listed primary", () => {
    expect(check([{ code: "99214" }, { code: "99417" }])).toStrictEqual([
      addOn("Line 2 bills add-on code 99417 on 2026-05-12 without one of its primary services (99205, 99215, 99245, 99345, 99350, 99483) that day: bill it with its primary, or remove it.", 1),
    ]);
  });

  it("a PFS ZZZ add-on without a primary procedure, on a line with no date, says 'its date'", () => {
    expect(check([{ code: "11042", date: "2026-05-11" }, { code: "11045", date: "" }])).toStrictEqual([
      addOn("Line 2 bills add-on code 11045 on its date without a primary procedure that day (an add-on, PFS global ZZZ, is paid only with its primary): add the primary service or remove 11045.", 1),
    ]);
  });

  it("with its primary the same day the rule returns no finding at all", () => {
    expect(check([{ code: "99215" }, { code: "99417" }])).toStrictEqual([]);
    expect(check([{ code: "17000" }, { code: "17003" }])).toStrictEqual([]);
  });
});
