import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseMpfsArtifact, type MpfsArtifact } from "../../../../src/coding/fee-schedule/mpfs-artifact.ts";
import { isFacilityPlace, mpfsFee } from "../../../../src/coding/fee-schedule/mpfs-fees.ts";
import { priceLine } from "../../../../src/coding/fee-schedule/price-line.ts";
import type { FeeSchedule } from "../../../../src/coding/fee-schedule/fee-schedule.ts";

const read = parseMpfsArtifact(JSON.parse(gunzipSync(readFileSync(resolve(import.meta.dirname, "../../../../public/mpfs/mpfs-rvu-2025.json.gz"))).toString("utf8")));
if (!("artifact" in read)) throw new Error(read.problem);
const artifact: MpfsArtifact = read.artifact;
const amount = (fee: ReturnType<typeof mpfsFee>) => ("amount" in fee ? fee.amount : undefined);

describe("MPFS default fees: RVUs x GPCI x conversion factor x practice multiplier", () => {
  it("the CY2025 conversion factor and RVUs as CMS publishes them", () => {
    expect(artifact.conversionFactor).toBe(32.3465);
    expect(artifact.rvus["99213"]).toEqual([130, 135, 57, 10]);
    expect(artifact.localities["14212-01"]).toMatchObject({ state: "MA", name: "METROPOLITAN BOSTON", gpci: [1.042, 1.197, 0.894] });
  });

  it.each([
    // code, modifiers, POS, locality, multiplier, expected per unit
    ["99213", [], "11", undefined, 1, 88.95], // (1.30 + 1.35 + 0.10) x 32.3465
    ["99213", [], "22", undefined, 1, 63.72], // facility PE 0.57: 1.97 x 32.3465
    ["99213", [], "11", "14212-01", 1, 98.98], // (1.30x1.042 + 1.35x1.197 + 0.10x0.894 = 3.05995) x 32.3465
    ["99213", [], "11", undefined, 1.5, 133.43],
    ["20610", [], "11", undefined, 1, 63.4], // 1.96 x 32.3465
    ["71046", ["26"], "11", undefined, 1, 10.03], // the 26 row: 0.31
    ["71046", ["TC"], "11", undefined, 1, 22.64], // the TC row: 0.70
    ["71046", [], "11", undefined, 1, 32.67], // global 1.01
  ] as const)("%s %j at POS %s, locality %s, x%s = $%s", (code, modifiers, pos, locality, multiplier, expected) => {
    expect(amount(mpfsFee({ artifact, ...(locality ? { locality } : {}), multiplier }, code, modifiers, pos))).toBe(expected);
  });

  it.each([
    ["J3490", /J3490 has no MPFS RVUs \(status E: excluded from the fee schedule by regulation\).*Enter the charge/],
    ["85025", /85025 has no MPFS RVUs \(status X: excluded .* by statute/],
    ["Q9999", /Q9999 is not in the CY2025 MPFS RVU file.*Enter the charge/],
  ])("%s has no default price and says why", (code, why) => {
    const fee = mpfsFee({ artifact }, code, []);
    expect("missing" in fee && fee.missing).toMatch(why);
  });

  it("facility rate for hospital, ASC and SNF places and telehealth 02; office rate for 11, 10, 12", () => {
    expect(["02", "21", "22", "23", "24", "31"].every(isFacilityPlace)).toBe(true);
    expect(["11", "10", "12", "81", "", undefined].some(isFacilityPlace)).toBe(false);
  });
});

describe("priceLine: practice entries win over the MPFS default, which wins over a flat default", () => {
  const schedule: FeeSchedule = { name: "Practice", effective: "2025-01-01", currency: "USD", fees: { "99213": { amount: 120, modifiers: { "25": 125 } } }, default: { amount: 50 } };
  const fees = { artifact, multiplier: 2 };
  it.each([
    ["99213", [], { amount: 120, basis: "practice" }],
    ["99213", ["25"], { amount: 125, basis: "practice" }],
    ["20610", [], { amount: 126.8, basis: "mpfs" }],
    ["J3490", [], { amount: 50, basis: "practice-default" }],
  ] as const)("%s %j", (code, modifiers, expected) => {
    expect(priceLine(schedule, fees, code, modifiers, "11")).toMatchObject(expected);
  });

  it("a line no one prices is $0 with the reason", () => {
    const { default: _flat, ...withoutDefault } = schedule;
    expect(priceLine(withoutDefault, fees, "J3490", [], "11")).toEqual({ amount: 0, basis: "none", missing: expect.stringMatching(/^No default price: J3490 has no MPFS RVUs/) });
    expect(priceLine(undefined, undefined, "J3490", [])).toMatchObject({ amount: 0, missing: expect.stringMatching(/no default fee schedule is loaded/) });
  });
});
