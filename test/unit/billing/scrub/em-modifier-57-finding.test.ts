import { describe, expect, it } from "vitest";
import { checkEmModifier57 } from "../../../../src/billing/scrub/rule-em-modifier-57.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// em-modifier-57, read whole: same day or the day before, both line numbers, the 25 advice only
// when 25 is there, and the lines the rule cannot judge.
const check = (lines: LineSpec[]) => checkEmModifier57(ruleInput({ diagnoses: ["K80.20"], lines }));
const TAIL = "a major procedure with a 90-day global period): add modifier 57 if this visit was the decision for surgery, otherwise remove the E/M, which the global package includes.";
const em57 = (index: number, text: string) => expected("em-modifier-57", "error", "business-rule", text, [`Claim.item[${index}].modifier`]);

describe("em-modifier-57 finding", () => {
  it("an E/M with 25 on the day of a major procedure: same day, both lines, and replace 25 with 57", () => {
    expect(check([{ code: "27447" }, { code: "99214", modifiers: ["25"] }])).toStrictEqual([
      em57(1, `Line 2 bills E/M 99214 on the same day as 27447 (line 1, ${TAIL} Modifier 25 is for minor (0/10-day) procedures: replace it with 57.`),
    ]);
  });

  it("an E/M the day before a major procedure, without 25: 'the day before' and no modifier-25 advice", () => {
    expect(check([{ code: "99204", date: "2026-05-11" }, { code: "47562", date: "2026-05-12" }])).toStrictEqual([
      em57(0, `Line 1 bills E/M 99204 the day before 47562 (line 2, ${TAIL}`),
    ]);
  });

  it("a line whose code no CMS file knows is passed over on the way to the major procedure", () => {
    expect(check([{ code: "99213" }, { code: "0000T" }, { code: "47562" }])).toStrictEqual([
      em57(0, `Line 1 bills E/M 99213 on the same day as 47562 (line 3, ${TAIL}`),
    ]);
  });

  it("an E/M without a date is not judged", () => {
    expect(check([{ code: "99213", date: "" }, { code: "27447", date: "" }])).toStrictEqual([]);
  });
});
