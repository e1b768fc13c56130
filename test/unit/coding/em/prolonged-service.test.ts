import { describe, expect, it } from "vitest";
import type { PatientStatus } from "../../../../src/coding/em/em-levels.ts";
import { prolongedService } from "../../../../src/coding/em/prolonged-service.ts";

describe("prolongedService", () => {
  it.each([
    // CPT 99417: each full 15 min beyond 60 (99205) / 40 (99215) minutes.
    ["new", false, 74, undefined],
    ["new", false, 75, { code: "99417", units: 1 }],
    ["new", false, 89, { code: "99417", units: 1 }],
    ["new", false, 90, { code: "99417", units: 2 }],
    ["established", false, 54, undefined],
    ["established", false, 55, { code: "99417", units: 1 }],
    ["established", false, 69, { code: "99417", units: 1 }],
    ["established", false, 70, { code: "99417", units: 2 }],
    // Medicare G2212: first unit at 89 (new) / 69 (established), then each 15 min.
    ["new", true, 75, undefined],
    ["new", true, 88, undefined],
    ["new", true, 89, { code: "G2212", units: 1 }],
    ["new", true, 103, { code: "G2212", units: 1 }],
    ["new", true, 104, { code: "G2212", units: 2 }],
    ["established", true, 55, undefined],
    ["established", true, 68, undefined],
    ["established", true, 69, { code: "G2212", units: 1 }],
    ["established", true, 83, { code: "G2212", units: 1 }],
    ["established", true, 84, { code: "G2212", units: 2 }],
  ] as [PatientStatus, boolean, number, { code: string; units: number } | undefined][])("%s, medicare %s, %i min", (status, medicare, minutes, expected) => {
    const result = prolongedService(minutes, status, { medicare });
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });

  it("says which visit and threshold it counted from", () => {
    expect(prolongedService(90, "new", { medicare: false })?.reason).toMatch(/99205.*first unit at 75 min/);
  });
});
