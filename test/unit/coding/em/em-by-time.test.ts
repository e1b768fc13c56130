import type { Encounter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { emByTime, visitMinutes } from "../../../../src/coding/em/em-by-time.ts";
import type { PatientStatus } from "../../../../src/coding/em/em-levels.ts";

/** 2024 office E/M total-time thresholds (met or exceeded). */
const THRESHOLDS: [PatientStatus, string, number][] = [
  ["new", "99202", 15], ["new", "99203", 30], ["new", "99204", 45], ["new", "99205", 60],
  ["established", "99212", 10], ["established", "99213", 20], ["established", "99214", 30], ["established", "99215", 40],
];

describe("emByTime", () => {
  it.each(THRESHOLDS)("%s: exactly %s's %i min gives that code", (status, code, minutes) => {
    expect(emByTime(minutes, status)).toMatchObject({ kind: "code", code });
  });

  it.each(THRESHOLDS)("%s: one minute below %s's %i min does not", (status, code, minutes) => {
    const result = emByTime(minutes - 1, status);
    if (result.kind === "code") expect(result.code).not.toBe(code);
    expect(result.kind === "none" || Number(result.code) === Number(code) - 1).toBe(true);
  });

  it.each([["new", 14], ["established", 9], ["new", 0]] as [PatientStatus, number][])("%s below the lowest threshold (%i min): no code, and says why", (status, minutes) => {
    const result = emByTime(minutes, status);
    expect(result.kind).toBe("none");
    expect(result.reason).toMatch(/below/);
  });

  it("stays at level 5 far beyond its threshold (prolonged time is a separate add-on)", () => {
    expect(emByTime(120, "new")).toMatchObject({ code: "99205" });
    expect(emByTime(120, "established")).toMatchObject({ code: "99215" });
  });

  it("refuses negative or missing time", () => {
    expect(emByTime(-5, "new").kind).toBe("none");
    expect(emByTime(Number.NaN, "established").kind).toBe("none");
  });

  it("labels are our own words with the level and time, no descriptor text", () => {
    const result = emByTime(31, "established");
    expect(result).toMatchObject({ kind: "code", code: "99214" });
    if (result.kind === "code") expect(result.label).toBe("Established patient office visit, level 4: moderate decisions or 30+ minutes");
  });
});

const encounter = (e: Partial<Encounter>): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, ...e });

describe("visitMinutes", () => {
  it.each([
    ["length in minutes", encounter({ length: { value: 25, unit: "min", system: "http://unitsofmeasure.org", code: "min" } }), 25],
    ["length in hours", encounter({ length: { value: 1.5, code: "h" } }), 90],
    ["length wins over period", encounter({ length: { value: 20, code: "min" }, period: { start: "2025-03-01T09:00:00Z", end: "2025-03-01T10:00:00Z" } }), 20],
    ["period with times", encounter({ period: { start: "2025-03-01T09:00:00-05:00", end: "2025-03-01T09:42:00-05:00" } }), 42],
    ["period across time zones", encounter({ period: { start: "2025-03-01T09:00:00-05:00", end: "2025-03-01T14:30:00Z" } }), 30],
  ])("%s", (_name, e, minutes) => {
    expect(visitMinutes(e)).toBe(minutes);
  });

  it.each([
    ["no period or length", encounter({})],
    ["bare dates", encounter({ period: { start: "2025-03-01", end: "2025-03-01" } })],
    ["open period", encounter({ period: { start: "2025-03-01T09:00:00Z" } })],
    ["end before start", encounter({ period: { start: "2025-03-01T10:00:00Z", end: "2025-03-01T09:00:00Z" } })],
    ["unknown length unit", encounter({ length: { value: 3, code: "wk" } })],
  ])("undefined with %s", (_name, e) => {
    expect(visitMinutes(e)).toBeUndefined();
  });
});
