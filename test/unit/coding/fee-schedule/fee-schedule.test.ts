import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { feeFor, type FeeSchedule } from "../../../../src/coding/fee-schedule/fee-schedule.ts";
import { parseFeeSchedule } from "../../../../src/coding/fee-schedule/parse-fee-schedule.ts";

const valid = { name: "Test practice", effective: "2025-01-01", currency: "USD", fees: { "99213": { amount: 134 }, "93000": { amount: 21, modifiers: { "26": 14, TC: 9 } } } };

function problemsOf(json: unknown): string[] {
  const result = parseFeeSchedule(json);
  return "problems" in result ? result.problems : [];
}

describe("parseFeeSchedule", () => {
  it("accepts a valid schedule and keeps its fees", () => {
    const result = parseFeeSchedule({ ...valid, default: { amount: 0 }, about: "test" });
    expect(result).toEqual({ schedule: { ...valid, default: { amount: 0 }, about: "test" } });
  });

  it.each([
    ["not an object", [], /JSON object/],
    ["no name", { ...valid, name: "" }, /^name:/],
    ["bad date", { ...valid, effective: "2025-13-01" }, /^effective:/],
    ["other currency", { ...valid, currency: "EUR" }, /^currency: must be "USD"/],
    ["fees missing", { ...valid, fees: undefined }, /^fees: must be an object/],
    ["negative amount", { ...valid, fees: { "99213": { amount: -1 } } }, /fees\.99213\.amount/],
    ["amount as text", { ...valid, fees: { "99213": { amount: "134" } } }, /fees\.99213\.amount/],
    ["fractions of a cent", { ...valid, fees: { "99213": { amount: 1.005 } } }, /at most 2 decimals/],
    ["not a code", { ...valid, fees: { "9921": { amount: 10 } } }, /"9921" is not a CPT or HCPCS code/],
    ["bad modifier", { ...valid, fees: { "93000": { amount: 21, modifiers: { "2": 14 } } } }, /"2" is not a two-character modifier/],
    ["bad modifier amount", { ...valid, fees: { "93000": { amount: 21, modifiers: { "26": null } } } }, /modifiers\.26/],
    ["bad default", { ...valid, default: 5 }, /^default:/],
    ["misspelt field", { ...valid, fee: {} }, /unknown field "fee"/],
  ])("%s: a clear problem", (_name, json, message) => {
    expect(problemsOf(json).some((p) => message.test(p))).toBe(true);
  });

  it("lists every problem at once and never throws", () => {
    expect(problemsOf({ name: 1, effective: null, currency: "usd", fees: { x: 1 } })).toHaveLength(5);
    for (const json of [null, undefined, 42, "text", { fees: null }]) expect(() => parseFeeSchedule(json)).not.toThrow();
  });

  it("accepts CPT Category II/III and HCPCS Level II code numbers", () => {
    expect(problemsOf({ ...valid, fees: { "0591T": { amount: 50 }, "1036F": { amount: 0 }, J1100: { amount: 6 } } })).toEqual([]);
  });
});

describe("feeFor", () => {
  const schedule = (parseFeeSchedule({ ...valid, default: { amount: 25 } }) as { schedule: FeeSchedule }).schedule;

  it.each([
    ["99213", [], 134, "code"],
    ["93000", ["26"], 14, "modifier"],
    ["93000", ["59", "TC"], 9, "modifier"],
    ["93000", ["25"], 21, "code"],
    ["99499", [], 25, "default"],
  ])("%s %o -> %d (%s)", (code, modifiers, amount, basis) => {
    expect(feeFor(schedule, code, modifiers)).toMatchObject({ amount, basis });
  });

  it("no default: an unlisted code has no charge", () => {
    const noDefault = (parseFeeSchedule(valid) as { schedule: FeeSchedule }).schedule;
    expect(feeFor(noDefault, "99499")).toBeUndefined();
    expect(feeFor(noDefault, "constructor")).toBeUndefined();
  });
});

describe("the shipped sample", () => {
  const json: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../../public/fee-schedule.sample.json"), "utf8"));

  it("passes the validator and prices the common office codes", () => {
    const result = parseFeeSchedule(json);
    expect(problemsOf(json)).toEqual([]);
    if (!("schedule" in result)) return;
    for (const code of ["99202", "99205", "99212", "99215", "99381", "99397", "99417", "G2212", "36415", "93000", "J1100"]) {
      expect(feeFor(result.schedule, code)?.amount, code).toBeGreaterThan(0);
    }
    const level = (code: string): number => feeFor(result.schedule, code)?.amount ?? 0;
    expect(level("99215")).toBeGreaterThan(level("99214"));
    expect(level("99214")).toBeGreaterThan(level("99213"));
  });
});
