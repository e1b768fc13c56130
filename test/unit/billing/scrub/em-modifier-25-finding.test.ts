import { describe, expect, it } from "vitest";
import { checkEmModifier25 } from "../../../../src/billing/scrub/rule-em-modifier-25.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// em-modifier-25, read whole: both line numbers, the procedure's global period, the preventive
// visit's wording with and without a misplaced 25, on the E/M line's modifiers.
const check = (lines: LineSpec[]) => checkEmModifier25(ruleInput({ diagnoses: ["L02.413"], lines }));
const PROCEDURE_TAIL = "add modifier 25 if the visit was significant and separately identifiable, otherwise remove the E/M line.";
const em25 = (index: number, text: string) => expected("em-modifier-25", "error", "business-rule", text, [`Claim.item[${index}].modifier`]);

describe("em-modifier-25 finding", () => {
  it("an E/M after a 10-day minor procedure: the E/M's and the procedure's line numbers and the global period", () => {
    expect(check([{ code: "10060" }, { code: "99213" }])).toStrictEqual([
      em25(1, `Line 2 bills E/M 99213 on the same day as 10060 (line 1, a minor procedure with a 10-day global period): ${PROCEDURE_TAIL}`),
    ]);
  });

  it("an E/M before a 0-day procedure, with a service that has no global period between them", () => {
    expect(check([{ code: "99214" }, { code: "36415" }, { code: "20610" }])).toStrictEqual([
      em25(0, `Line 1 bills E/M 99214 on the same day as 20610 (line 3, a minor procedure with a 0-day global period): ${PROCEDURE_TAIL}`),
    ]);
  });

  it("a problem visit after a preventive visit: 25 goes on the problem visit, on its line", () => {
    expect(check([{ code: "99396" }, { code: "99213" }])).toStrictEqual([
      em25(1, "Line 2 bills problem-oriented visit 99213 on the same day as preventive visit 99396 (line 1): add modifier 25 to 99213 when the problem work was significant and separately identifiable, otherwise remove 99213."),
    ]);
  });

  it("25 on the preventive visit instead: the finding says it belongs on the problem visit", () => {
    expect(check([{ code: "99396", modifiers: ["25"] }, { code: "99214" }])).toStrictEqual([
      em25(1, "Line 2 bills problem-oriented visit 99214 on the same day as preventive visit 99396 (line 1): add modifier 25 to 99214 (25 belongs on the problem visit, not on the preventive 99396) when the problem work was significant and separately identifiable, otherwise remove 99214."),
    ]);
  });

  it("no finding when the E/M carries 25 or the minor procedure is on another day", () => {
    expect(check([{ code: "99213", modifiers: ["25"] }, { code: "10060" }])).toStrictEqual([]);
    expect(check([{ code: "99213", date: "2026-05-11" }, { code: "10060" }])).toStrictEqual([]);
  });
});
