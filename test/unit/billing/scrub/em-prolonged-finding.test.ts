import type { Encounter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { checkProlonged } from "../../../../src/billing/scrub/rule-em-prolonged.ts";
import { DOS, type LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// em-prolonged, read whole: the line number, units billed and due, the CPT or Medicare threshold
// of a new or an established patient, "not checked" without a time; the level-5 visit sought on the
// prolonged line's own day (not the day's first line, not another day); nothing at all, not an
// empty placeholder, when the units fit or there is no level-5 visit.
const lasting = (minutes: number): Encounter => ({
  resourceType: "Encounter", status: "finished", class: { code: "AMB" }, length: { value: minutes, unit: "min", code: "min" }, period: { start: `${DOS}T09:00:00Z` },
});
const check = (lines: LineSpec[], minutes?: number) =>
  checkProlonged(ruleInput({ diagnoses: ["I10"], lines }, minutes === undefined ? {} : { encounter: lasting(minutes) }));
const error = (index: number, text: string) => expected("em-prolonged", "error", "business-rule", text, [`Claim.item[${index}].quantity`]);

describe("em-prolonged finding", () => {
  it("short of the first unit: the threshold of the payer (CPT or Medicare) and of the patient (new or established)", () => {
    expect(check([{ code: "99215" }, { code: "99417" }], 50)).toStrictEqual([
      error(1, "Line 2 bills 99417 with 99215, but the encounter records 50 min, short of the CPT threshold for the first unit (55 min total time on the date): remove 99417."),
    ]);
    expect(check([{ code: "99205" }, { code: "99417" }], 70)).toStrictEqual([
      error(1, "Line 2 bills 99417 with 99205, but the encounter records 70 min, short of the CPT threshold for the first unit (75 min total time on the date): remove 99417."),
    ]);
    expect(check([{ code: "99215" }, { code: "G2212" }], 60)).toStrictEqual([
      error(1, "Line 2 bills G2212 with 99215, but the encounter records 60 min, short of the Medicare threshold for the first unit (69 min total time on the date): remove G2212."),
    ]);
    expect(check([{ code: "99205" }, { code: "G2212" }], 80)).toStrictEqual([
      error(1, "Line 2 bills G2212 with 99205, but the encounter records 80 min, short of the Medicare threshold for the first unit (89 min total time on the date): remove G2212."),
    ]);
  });

  it("more units than the time supports: the line number, units billed and the units due", () => {
    expect(check([{ code: "36415" }, { code: "99215" }, { code: "99417", units: 3 }], 70)).toStrictEqual([
      error(2, "Line 3 bills 3 units of 99417, but 70 min with 99215: 2 x 99417 (first unit at 55 min, then each full 15 min): reduce the units to 2."),
    ]);
  });

  it("no total time on the encounter: 'not checked', naming the line", () => {
    expect(check([{ code: "36415" }, { code: "99215" }, { code: "99417" }])).toStrictEqual([
      expected("em-prolonged", "information", "informational",
        "Not checked: line 3 bills 99417, but the encounter records no total time (Encounter.length or a timed period), so its units were not checked against the time; make sure the note documents the total time.",
        ["Claim.item[2].quantity"]),
    ]);
  });

  it("units within the time: no finding at all", () => {
    expect(check([{ code: "99215" }, { code: "99417" }], 55)).toStrictEqual([]);
    expect(check([{ code: "99205" }, { code: "G2212", units: 2 }], 104)).toStrictEqual([]);
  });

  it("no level-5 visit on the prolonged line's day: no finding at all (addon-without-primary reports it)", () => {
    expect(check([{ code: "99215", date: "2026-05-11" }, { code: "99417" }])).toStrictEqual([]);
    expect(check([{ code: "99215", date: "2026-05-11" }, { code: "99417" }], 50)).toStrictEqual([]);
    expect(check([{ code: "99214" }, { code: "99417" }])).toStrictEqual([]);
  });
});
