import type { Encounter, Period } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { checkDateInEncounter } from "../../../../src/billing/scrub/rule-dos-encounter.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// dos-outside-encounter, read whole: lines before the start and after the end, the period named as
// one calendar day or a span of days, and the lines the rule cannot judge.
const encounter = (period?: Period): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, ...(period ? { period } : {}) });
const check = (lines: LineSpec[], period?: Period) => checkDateInEncounter(ruleInput({ diagnoses: ["M17.11"], lines }, { encounter: encounter(period) }));
const outside = (index: number, code: string, date: string, span: string) =>
  expected("dos-outside-encounter", "error", "invalid", `Line ${index + 1} (${code}) is dated ${date}, outside the encounter (${span}): correct the service date or bill it on the encounter where it happened.`, [`Claim.item[${index}].servicedDate`]);

describe("dos-outside-encounter finding", () => {
  it("an encounter over two days: a line the day before and a line the day after, with the span by calendar date", () => {
    const period = { start: "2026-05-10T21:00:00-04:00", end: "2026-05-11T09:30:00-04:00" };
    const lines = [{ code: "99223", date: "2026-05-11" }, { code: "36415", date: "2026-05-09" }, { code: "81002", date: "2026-05-12" }, { code: "99233", date: "2026-05-10" }];
    expect(check(lines, period)).toStrictEqual([outside(1, "36415", "2026-05-09", "2026-05-10 to 2026-05-11"), outside(2, "81002", "2026-05-12", "2026-05-10 to 2026-05-11")]);
  });

  it("an encounter within one day is named by that date alone, its times cut off", () => {
    const period = { start: "2026-05-12T09:00:00Z", end: "2026-05-12T10:15:00Z" };
    expect(check([{ code: "99213", date: "2026-05-12" }, { code: "96372", date: "2026-05-13" }], period)).toStrictEqual([outside(1, "96372", "2026-05-13", "2026-05-12")]);
  });

  it("an encounter without an end lasts its start day", () => {
    expect(check([{ code: "99213", date: "2026-05-13" }], { start: "2026-05-12T09:00:00Z" })).toStrictEqual([outside(0, "99213", "2026-05-13", "2026-05-12")]);
  });

  it("nothing to compare: a line without a date, an encounter without a start or without a period", () => {
    expect(check([{ code: "99213", date: "" }], { start: "2026-05-12", end: "2026-05-12" })).toStrictEqual([]);
    expect(check([{ code: "99213", date: "2026-05-20" }], { end: "2026-05-12T10:00:00Z" })).toStrictEqual([]);
    expect(check([{ code: "99213", date: "2026-05-20" }])).toStrictEqual([]);
  });
});
