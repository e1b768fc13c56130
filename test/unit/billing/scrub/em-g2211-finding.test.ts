import { describe, expect, it } from "vitest";
import { checkG2211 } from "../../../../src/billing/scrub/rule-em-g2211.ts";
import type { ScrubContext } from "../../../../src/billing/scrub/scrub-context.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// em-g2211, read whole: the G2211 line's number, the visit it stands beside, the other services of
// that day (and only of that day), the payer's severity; and the lines that make it no finding.
const check = (lines: LineSpec[], payerType: ScrubContext["payerType"] = "medicare") =>
  checkG2211(ruleInput({ diagnoses: ["E11.9"], lines }, { payerType }));
const TAIL = "Medicare pays G2211 beside an E/M with modifier 25 only when the 25 is for an annual wellness visit, a vaccine administration or a Part B preventive service the same day; remove G2211, or remove 25 if no separately identifiable service was billed.";
const g2211 = (index: number, severity: "error" | "warning", text: string) =>
  expected("em-g2211", severity, "business-rule", text, [`Claim.item[${index}].productOrService`]);

describe("em-g2211 finding", () => {
  it("names the visit with 25 (not the day's first line) and the day's other services, not the next day's", () => {
    const lines = [{ code: "36415" }, { code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "81002" }, { code: "96372", date: "2026-05-13" }];
    expect(check(lines)).toStrictEqual([g2211(2, "error", `Line 3 bills G2211 with 99213-25 (same day: 36415, 81002): ${TAIL}`)]);
  });

  it("25 and nothing else the same day, for a payer that is not Medicare: a warning without a same-day list", () => {
    expect(check([{ code: "99214", modifiers: ["25"] }, { code: "G2211" }], "other")).toStrictEqual([
      g2211(1, "warning", `Line 2 bills G2211 with 99214-25: ${TAIL}`),
    ]);
  });

  it("a vaccine administration on another day neither allows G2211 nor appears in the text", () => {
    expect(check([{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "90471", date: "2026-05-13" }])).toStrictEqual([
      g2211(1, "error", `Line 2 bills G2211 with 99213-25: ${TAIL}`),
    ]);
  });

  it("no finding when the visit has no 25, when the day's 25 is for a vaccine administration, or when the visit with 25 was another day", () => {
    expect(check([{ code: "36415" }, { code: "99213" }, { code: "G2211" }])).toStrictEqual([]);
    expect(check([{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "90471" }])).toStrictEqual([]);
    expect(check([{ code: "99213", modifiers: ["25"], date: "2026-05-11" }, { code: "G2211" }])).toStrictEqual([]);
  });
});
