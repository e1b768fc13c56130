import { describe, expect, it } from "vitest";
import { emByMdm, mdmLevel, type MdmElements } from "../../../../src/coding/em/em-by-mdm.ts";
import { emByTime } from "../../../../src/coding/em/em-by-time.ts";
import { higherLevel, type MdmLevel } from "../../../../src/coding/em/em-levels.ts";

const m = (problems: MdmLevel, data: MdmLevel, risk: MdmLevel): MdmElements => ({ problems, data, risk });

describe("mdmLevel: the level two of three elements meet or exceed", () => {
  it.each([
    [m("high", "high", "straightforward"), "high"],
    [m("high", "straightforward", "straightforward"), "straightforward"],
    [m("moderate", "low", "high"), "moderate"],
    [m("straightforward", "moderate", "moderate"), "moderate"],
    [m("low", "low", "low"), "low"],
    [m("high", "low", "moderate"), "moderate"],
    [m("straightforward", "high", "low"), "low"],
  ] as [MdmElements, MdmLevel][])("%o -> %s", (elements, level) => {
    expect(mdmLevel(elements)).toBe(level);
  });
});

describe("emByMdm", () => {
  it.each([
    ["straightforward", "99202", "99212"],
    ["low", "99203", "99213"],
    ["moderate", "99204", "99214"],
    ["high", "99205", "99215"],
  ] as [MdmLevel, string, string][])("%s MDM: new %s, established %s", (level, newCode, establishedCode) => {
    expect(emByMdm(m(level, level, "straightforward"), "new")).toMatchObject({ kind: "code", code: newCode });
    expect(emByMdm(m("straightforward", level, level), "established")).toMatchObject({ kind: "code", code: establishedCode });
  });

  it("explains the level with the three ratings", () => {
    const result = emByMdm(m("moderate", "low", "high"), "established");
    expect(result.reason).toContain("moderate decision making");
    expect(result.reason).toContain("problems moderate, data low, risk high");
  });
});

describe("higherLevel: code by time or by MDM, whichever supports more", () => {
  it("takes the higher code, and a code over none", () => {
    expect(higherLevel(emByTime(25, "established"), emByMdm(m("moderate", "moderate", "low"), "established"))).toMatchObject({ code: "99214" });
    expect(higherLevel(emByTime(41, "established"), emByMdm(m("low", "low", "low"), "established"))).toMatchObject({ code: "99215" });
    expect(higherLevel(emByTime(5, "new"), emByMdm(m("low", "low", "low"), "new"))).toMatchObject({ code: "99203" });
    expect(higherLevel(emByTime(5, "new")).kind).toBe("none");
  });
});
