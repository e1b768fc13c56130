import type { Encounter, Location } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { MdmElements } from "../../../../src/coding/em/em-by-mdm.ts";
import { emForSetting, type SettingInputs } from "../../../../src/coding/em/em-for-setting.ts";
import type { MdmLevel } from "../../../../src/coding/em/em-levels.ts";
import { settingPlaceOfService, visitSetting, type VisitSetting } from "../../../../src/coding/em/visit-setting.ts";
import { basesFor } from "../../../../src/ui/coding/em-choice.ts";

const mdm = (level: MdmLevel): MdmElements => ({ problems: level, data: level, risk: level });
const byMdm = (level: MdmLevel, extra: Partial<SettingInputs> = {}): SettingInputs => ({ basis: "mdm", status: "established", mdm: mdm(level), day: "initial", ...extra });
const byTime = (minutes: number, extra: Partial<SettingInputs> = {}): SettingInputs => ({ basis: "time", status: "established", minutes, mdm: mdm("low"), day: "initial", ...extra });
const code = (setting: VisitSetting, inputs: SettingInputs) => {
  const choice = emForSetting(setting, inputs);
  return choice.kind === "code" ? choice.code : undefined;
};

describe("visitSetting: from Encounter.class, type, service type and location", () => {
  const enc = (classCode: string, typeText?: string): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: classCode }, ...(typeText ? { type: [{ text: typeText }] } : {}) });
  const loc = (pos: string, name = "Place"): Location => ({ resourceType: "Location", name, type: [{ coding: [{ system: "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set", code: pos }] }] });
  it.each([
    [enc("AMB"), undefined, "office"],
    [enc("EMER"), undefined, "emergency"],
    [enc("IMP"), undefined, "hospital-inpatient"],
    [enc("OBSENC"), undefined, "hospital-observation"],
    [enc("HH"), undefined, "home"],
    [enc("VR"), undefined, "telehealth"],
    [enc("AMB", "Emergency room admission (procedure)"), undefined, "emergency"],
    [enc("AMB", "Video visit"), undefined, "telehealth"],
    [enc("AMB", "Skilled nursing facility visit"), undefined, "nursing-facility"],
    [enc("AMB"), loc("23"), "emergency"],
    [enc("AMB"), loc("32"), "nursing-facility"],
    [enc("AMB"), loc("13"), "home"],
    [enc("AMB"), loc("22"), "office"],
    [enc("AMB"), loc("11"), "office"],
  ] as [Encounter, Location | undefined, VisitSetting][])("%o at %o -> %s", (encounter, location, setting) => {
    expect(visitSetting(encounter, location).setting).toBe(setting);
  });

  it("the place of service follows the setting (ED 23, telehealth 10 at home or 02)", () => {
    expect(settingPlaceOfService("emergency", undefined)).toBe("23");
    expect(settingPlaceOfService("telehealth", undefined)).toBe("10");
    expect(settingPlaceOfService("telehealth", undefined, false)).toBe("02");
    expect(settingPlaceOfService("office", loc("22"))).toBe("22");
    expect(settingPlaceOfService("emergency", loc("11"))).toBe("23");
  });
});

describe("emergency department: 99282-99285 by decision making only", () => {
  it.each([["straightforward", "99282"], ["low", "99283"], ["moderate", "99284"], ["high", "99285"]] as [MdmLevel, string][])("%s -> %s", (level, expected) => {
    expect(code("emergency", byMdm(level))).toBe(expected);
  });
  it("time selects no level (and so no prolonged service)", () => {
    expect(emForSetting("emergency", byTime(120))).toMatchObject({ kind: "none", reason: expect.stringContaining("decision making only") });
  });
});

describe("hospital inpatient and observation: 99221-99223, 99231-99233, discharge 99238/99239", () => {
  it.each([
    ["initial", "straightforward", "99221"], ["initial", "low", "99221"], ["initial", "moderate", "99222"], ["initial", "high", "99223"],
    ["subsequent", "straightforward", "99231"], ["subsequent", "low", "99231"], ["subsequent", "moderate", "99232"], ["subsequent", "high", "99233"],
  ] as const)("%s day, %s MDM -> %s", (day, level, expected) => {
    expect(code("hospital-inpatient", byMdm(level, { day }))).toBe(expected);
    expect(code("hospital-observation", byMdm(level, { day }))).toBe(expected);
  });
  it.each([
    ["initial", 39, undefined], ["initial", 40, "99221"], ["initial", 54, "99221"], ["initial", 55, "99222"], ["initial", 74, "99222"], ["initial", 75, "99223"],
    ["subsequent", 24, undefined], ["subsequent", 25, "99231"], ["subsequent", 34, "99231"], ["subsequent", 35, "99232"], ["subsequent", 49, "99232"], ["subsequent", 50, "99233"],
    ["discharge", 30, "99238"], ["discharge", 31, "99239"], ["discharge", 0, "99238"],
  ] as const)("%s day, %i min -> %s", (day, minutes, expected) => {
    expect(code("hospital-inpatient", byTime(minutes, { day }))).toBe(expected);
  });
  it("discharge is by time: without minutes no level", () => {
    expect(emForSetting("hospital-inpatient", byMdm("high", { day: "discharge" }))).toMatchObject({ kind: "none" });
  });
});

describe("nursing facility: 99304-99306 initial, 99307-99310 subsequent", () => {
  it.each([
    ["initial", "straightforward", "99304"], ["initial", "low", "99304"], ["initial", "moderate", "99305"], ["initial", "high", "99306"],
    ["subsequent", "straightforward", "99307"], ["subsequent", "low", "99308"], ["subsequent", "moderate", "99309"], ["subsequent", "high", "99310"],
  ] as const)("%s, %s MDM -> %s", (day, level, expected) => {
    expect(code("nursing-facility", byMdm(level, { day }))).toBe(expected);
  });
  it.each([
    ["initial", 24, undefined], ["initial", 25, "99304"], ["initial", 35, "99305"], ["initial", 45, "99306"],
    ["subsequent", 9, undefined], ["subsequent", 10, "99307"], ["subsequent", 15, "99308"], ["subsequent", 29, "99308"], ["subsequent", 30, "99309"], ["subsequent", 45, "99310"],
  ] as const)("%s, %i min -> %s", (day, minutes, expected) => {
    expect(code("nursing-facility", byTime(minutes, { day }))).toBe(expected);
  });
});

describe("nursing facility discharge management: 99315 (30 min or less), 99316 (more than 30 min), by time only", () => {
  it.each([
    [0, "99315"], [1, "99315"], [29, "99315"], [30, "99315"], [30.5, "99316"], [31, "99316"], [90, "99316"],
  ] as const)("%s min -> %s", (minutes, expected) => {
    expect(code("nursing-facility", byTime(minutes, { day: "discharge" }))).toBe(expected);
  });
  it("says why, in minutes against the 30", () => {
    expect(emForSetting("nursing-facility", byTime(31, { day: "discharge" }))).toMatchObject({ label: "Nursing facility discharge management, more than 30 minutes", reason: "31 min on the discharge day is more than 30 min" });
    expect(emForSetting("nursing-facility", byTime(30, { day: "discharge" }))).toMatchObject({ label: "Nursing facility discharge management, 30 minutes or less" });
  });
  it("is chosen by time: without minutes, or with unusable minutes, no level; decision making gives none", () => {
    expect(emForSetting("nursing-facility", byMdm("high", { day: "discharge" }))).toMatchObject({ kind: "none", reason: expect.stringContaining("nursing facility discharge management is chosen by time") });
    expect(emForSetting("nursing-facility", byTime(-1, { day: "discharge" }))).toMatchObject({ kind: "none" });
    expect(emForSetting("nursing-facility", byTime(Number.NaN, { day: "discharge" }))).toMatchObject({ kind: "none" });
  });
  it("the helper offers time only on the nursing facility discharge day", () => {
    expect(basesFor("nursing-facility", "discharge")).toEqual(["time"]);
    expect(basesFor("nursing-facility", "subsequent")).toEqual(["time", "mdm"]);
  });
  it("stays apart from hospital discharge (99238/99239) at the same minutes", () => {
    expect([30, 31].map((m) => code("hospital-inpatient", byTime(m, { day: "discharge" })))).toEqual(["99238", "99239"]);
  });
});

describe("home or residence: 99341-99345 new, 99347-99350 established", () => {
  it.each([
    ["new", "straightforward", "99341"], ["new", "low", "99342"], ["new", "moderate", "99344"], ["new", "high", "99345"],
    ["established", "straightforward", "99347"], ["established", "low", "99348"], ["established", "moderate", "99349"], ["established", "high", "99350"],
  ] as const)("%s, %s MDM -> %s", (status, level, expected) => {
    expect(code("home", byMdm(level, { status }))).toBe(expected);
  });
  it.each([
    ["new", 14, undefined], ["new", 15, "99341"], ["new", 30, "99342"], ["new", 59, "99342"], ["new", 60, "99344"], ["new", 75, "99345"],
    ["established", 19, undefined], ["established", 20, "99347"], ["established", 30, "99348"], ["established", 40, "99349"], ["established", 60, "99350"],
  ] as const)("%s, %i min -> %s", (status, minutes, expected) => {
    expect(code("home", byTime(minutes, { status }))).toBe(expected);
  });
});

describe("office and telehealth use the office levels", () => {
  it.each([
    ["office", 9, undefined], ["office", 10, "99212"], ["office", 20, "99213"], ["office", 30, "99214"], ["office", 40, "99215"],
    ["telehealth", 19, "99212"], ["telehealth", 40, "99215"],
  ] as const)("%s, established %i min -> %s", (setting, minutes, expected) => {
    expect(code(setting, byTime(minutes))).toBe(expected);
  });
  it("new patient by decision making", () => {
    expect(code("telehealth", byMdm("moderate", { status: "new" }))).toBe("99204");
  });
});
