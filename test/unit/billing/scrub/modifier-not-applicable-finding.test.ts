import { describe, expect, it } from "vitest";
import { checkModifierApplicable } from "../../../../src/billing/scrub/rule-modifier-not-applicable.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// modifier-not-applicable, read whole: the line's number and code, the modifier and its position,
// the reason per modifier; codes no CMS file knows are not judged on 26/TC/50; modifier 91 only on
// codes that are wholly a laboratory code (8xxxx, PLA xxxxU, P xxxx, G0480-G0483), not on codes
// that merely contain one.
const check = (lines: LineSpec[]) => checkModifierApplicable(ruleInput({ diagnoses: ["E11.9"], lines }));
const notApplicable = (index: number, at: number, modifier: string, code: string, why: string) =>
  expected("modifier-not-applicable", "error", "business-rule", `Line ${index + 1}: modifier ${modifier} does not apply to ${code}; ${why}.`, [`Claim.item[${index}].modifier[${at}]`]);
const not91 = (index: number, code: string) =>
  notApplicable(index, 0, "91", code, `91 marks a repeated clinical laboratory test; ${code} is not one: remove it (76/77 for a repeated procedure)`);

describe("modifier-not-applicable finding", () => {
  it("26, TC, 50 and 91 on an office visit on line 2: one finding per modifier, each at its position", () => {
    expect(check([{ code: "36415" }, { code: "99213", modifiers: ["26", "TC", "50", "91"] }])).toStrictEqual([
      notApplicable(1, 0, "26", "99213", "99213 has no professional component in the PFS (PC/TC indicator): remove 26"),
      notApplicable(1, 1, "TC", "99213", "99213 has no technical component in the PFS (PC/TC indicator): remove TC"),
      notApplicable(1, 2, "50", "99213", "99213 is not a bilateral procedure in the PFS (bilateral indicator 0, 2 or 9): remove 50 (use RT/LT or units where the code allows)"),
      notApplicable(1, 3, "91", "99213", "91 marks a repeated clinical laboratory test; 99213 is not one: remove it (76/77 for a repeated procedure)"),
    ]);
  });

  it("25 and 57 on procedures name the procedure", () => {
    expect(check([{ code: "20610", modifiers: ["RT", "25"] }, { code: "27447", modifiers: ["57"] }])).toStrictEqual([
      notApplicable(0, 1, "25", "20610", "25 goes only on an E/M visit, not on 20610: remove it (for a distinct procedure use 59 or XE/XS/XP/XU)"),
      notApplicable(1, 0, "57", "27447", "57 goes only on the E/M visit that decided on surgery, not on 27447: remove it"),
    ]);
  });

  it("26, TC and 50 where the PFS allows them, and on a code no CMS file knows: no finding", () => {
    expect(check([{ code: "71046", modifiers: ["26"] }, { code: "71046", modifiers: ["TC"] }, { code: "20610", modifiers: ["50"] }])).toStrictEqual([]);
    expect(check([{ code: "99999", modifiers: ["26", "TC", "50"] }])).toStrictEqual([]);
  });

  it("91 on each kind of laboratory code: no finding", () => {
    const labs = ["80053", "0001U", "P3000", "G0480", "G0483"];
    expect(check(labs.map((code) => ({ code, modifiers: ["91"] })))).toStrictEqual([]);
  });

  it("91 on a code that only contains a laboratory code, or on G0484, is flagged", () => {
    const codes = ["180053", "800531", "10001U", "0001U1", "AP3000", "P30001", "XG0480", "G04801", "G0484"];
    expect(check(codes.map((code) => ({ code, modifiers: ["91"] })))).toStrictEqual(codes.map((code, index) => not91(index, code)));
  });
});
